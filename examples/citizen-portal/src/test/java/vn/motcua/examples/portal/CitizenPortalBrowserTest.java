package vn.motcua.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.dossier.receipt.ReceiptVerifier;
import vn.motcua.dossier.receipt.VerifiedReceipt;

/**
 * The whole citizen journey in a real browser: the system Chromium, driven through the system
 * chromedriver (Debian packages {@code chromium} and {@code chromium-driver}); nothing is
 * downloaded at run time. Skipped, with a message, where either is missing.
 */
class CitizenPortalBrowserTest {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir static Path dataDir;
  @TempDir static Path profileDir;
  @TempDir static Path uploads;

  private static CitizenPortal app;
  private static WebDriver driver;

  /** Why the browser tests cannot run here, or null. */
  private static String missing;

  @BeforeAll
  static void start() {
    // Assumed per test (below), not here: a class skipped in @BeforeAll is reported by surefire
    // as "Tests run: 0", without the reason.
    if (!Files.isExecutable(Path.of(CHROMIUM))) {
      missing = "browser test skipped: " + CHROMIUM + " is missing (apt-get install chromium)";
      return;
    }
    if (!Files.isExecutable(Path.of(CHROMEDRIVER))) {
      missing =
          "browser test skipped: " + CHROMEDRIVER + " is missing (apt-get install chromium-driver)";
      return;
    }

    app = CitizenPortal.start(PortalConfig.defaults(dataDir).withPort(0));

    // The system driver and browser, named explicitly, so Selenium Manager is never consulted.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,2400",
        "--user-data-dir=" + profileDir.toAbsolutePath());
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(WAIT);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.close();
    }
  }

  @BeforeEach
  void signedOut() {
    assumeTrue(missing == null, missing);
    driver.get(app.baseUri() + "/");
    driver.manage().deleteAllCookies();
    driver.get(app.baseUri() + "/");
  }

  @Test
  void aCitizenSignsInAppliesAndGetsAReceiptWithAQrCode() throws Exception {
    screenshot("home");
    signIn();
    assertThat(driver.findElement(By.id("signed-in")).getText()).contains("N*** V*** A***");
    screenshot("form");

    driver.findElement(By.id("summary")).sendKeys("Đăng ký khai sinh cho con");
    driver.findElement(By.id("phone")).sendKeys("0912000001");
    driver.findElement(By.id("doc-TK-KS")).sendKeys(file("to-khai.pdf", pdf("to khai")));
    driver.findElement(By.id("doc-GCS")).sendKeys(file("giay-chung-sinh.pdf", pdf("chung sinh")));
    driver.findElement(By.id("submit")).click();

    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/dossiers/"));
    // The page refreshes itself until the outbox has delivered the dossier.
    new WebDriverWait(driver, WAIT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("delivery")).getText().contains("Delivered"));

    screenshot("status");
    String code = driver.findElement(By.id("dossier-code")).getText();
    assertThat(driver.getCurrentUrl()).endsWith("/dossiers/" + code);
    assertThat(driver.findElement(By.id("status")).getText())
        .contains("Mới đăng ký", "(1)", "Submitted online, not yet accepted");
    String due = driver.findElement(By.id("due-date")).getText();
    assertThat(due).matches("17:00 ngày \\d{2}/\\d{2}/\\d{4}");
    assertThat(driver.findElement(By.id("applicant")).getText()).isEqualTo("N*** V*** A***");
    assertThat(driver.getPageSource()).doesNotContain("Nguyễn Văn An", "001085901069");

    WebElement qr = driver.findElement(By.id("receipt-qr"));
    Long width =
        (Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", qr);
    assertThat(width).as("the QR image loaded").isPositive();
    String src = qr.getAttribute("src");
    assertThat(src).startsWith("data:image/png;base64,");
    String fromImage = decodeQr(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)));
    String fromScreen = decodeQr(qr.getScreenshotAs(OutputType.BYTES));
    assertThat(fromScreen).isEqualTo(fromImage);

    VerifiedReceipt receipt =
        ReceiptVerifier.fromJwks(fetch("/receipt-keys.json")).verify(fromImage);
    assertThat(receipt.dossierCode().value()).isEqualTo(code);
    assertThat(receipt.due()).isPresent();
    assertThat(Pages.dateTime(receipt.due().get())).isEqualTo(due);
    assertThat(receipt.maskedApplicantName()).isEqualTo("N*** V*** A***");
    assertThat(receipt.documentCount()).isEqualTo(2);
    assertThat(app.stubPortal().stored(code)).as("delivered to the portal").isPresent();
  }

  @Test
  void validationProblemsAreShownNextToTheirFields() throws IOException {
    signIn();

    driver.findElement(By.id("summary")).sendKeys("Đăng ký khai sinh <b>cho con</b>");
    driver.findElement(By.id("email")).sendKeys("not-an-address");
    driver
        .findElement(By.id("doc-TK-KS"))
        .sendKeys(file("to-khai.txt", "a plain text file".getBytes(StandardCharsets.UTF_8)));
    driver.findElement(By.id("submit")).click();

    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
    screenshot("invalid-form");
    assertThat(driver.getCurrentUrl()).endsWith("/apply");
    assertThat(driver.findElement(By.id("errors")).getText()).contains("4 problems");
    assertThat(driver.findElement(By.id("error-phone")).getText()).contains("phone number");
    assertThat(driver.findElement(By.id("error-email")).getText()).isNotBlank();
    assertThat(driver.findElement(By.id("error-doc-TK-KS")).getText()).isNotBlank();
    assertThat(codes("error-doc-TK-KS")).contains("dossier.document.media_type_not_accepted");
    assertThat(codes("error-doc-GCS")).containsExactly("dossier.component.missing");
    assertThat(codes("error-email")).containsExactly("dossier.email_format");
    // What the citizen typed is kept, as text.
    assertThat(driver.findElement(By.id("summary")).getAttribute("value"))
        .isEqualTo("Đăng ký khai sinh <b>cho con</b>");
    assertThat(driver.findElements(By.cssSelector("main b"))).isEmpty();

    driver.findElement(By.id("sign-out")).click();
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
  }

  private static void signIn() {
    driver.findElement(By.id("sign-in")).click();
    // The stub identity provider has no login page: it signs its default persona (citizen-01,
    // VNeID level 2) in at once and sends the browser back to the callback.
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/apply"));
  }

  /**
   * Saves a screenshot of the page when {@code -Dportal.screenshots=DIR} is set, to look at what
   * the citizen sees.
   */
  private static void screenshot(String name) throws IOException {
    String dir = System.getProperty("portal.screenshots");
    if (dir != null) {
      Files.createDirectories(Path.of(dir));
      byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(Path.of(dir, name + ".png"), png);
    }
  }

  private static List<String> codes(String listId) {
    return driver.findElements(By.cssSelector("#" + listId + " li")).stream()
        .map(li -> li.getAttribute("data-code"))
        .toList();
  }

  private static String file(String name, byte[] content) throws IOException {
    Path path = uploads.resolve(name);
    Files.write(path, content);
    return path.toAbsolutePath().toString();
  }

  private static byte[] pdf(String text) {
    return PortalClient.pdf(text);
  }

  private static String fetch(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(app.baseUri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /**
   * Reads the QR code in {@code png}. The image is the symbol alone on its quiet zone (the app's
   * PNG, or a screenshot of that image element), so it is first read as a pure barcode, module by
   * module; ZXing's search for finder patterns, tried next, misses about one in thirty codes of
   * this size even when perfectly drawn (2,000 random receipts of 380-440 characters: 72 missed,
   * none as a pure barcode), which made this test fail now and then.
   */
  private static String decodeQr(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("a readable PNG").isNotNull();
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    List<Map<DecodeHintType, Object>> attempts =
        List.of(
            Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE),
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    ReaderException last = null;
    for (Map<DecodeHintType, Object> hints : attempts) {
      BinaryBitmap bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      try {
        return new QRCodeReader().decode(bitmap, hints).getText();
      } catch (ReaderException e) {
        last = e;
      }
    }
    throw new AssertionError("no QR code could be read in the image", last);
  }
}
