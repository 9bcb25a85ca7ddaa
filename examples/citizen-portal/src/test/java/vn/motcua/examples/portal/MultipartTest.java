package vn.motcua.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartTest {
  @Test
  void readsFieldsAndFilesAsBrowsersSendThem() throws Exception {
    String body =
        "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"csrf\"\r\n\r\n"
            + "tok\r\n"
            + "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"doc-GCS\"; filename=\"a;b \\\"c\\\".pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n"
            + "%PDF-1.4\r\n--not-the-boundary\r\n"
            + "--XyZ--\r\n";

    List<Multipart.Part> parts = Multipart.parse(body.getBytes(StandardCharsets.UTF_8), "XyZ");

    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).name()).isEqualTo("csrf");
    assertThat(parts.get(0).filename()).isEmpty();
    assertThat(parts.get(0).text()).isEqualTo("tok");
    assertThat(parts.get(1).filename()).contains("a;b \"c\".pdf");
    assertThat(parts.get(1).text()).isEqualTo("%PDF-1.4\r\n--not-the-boundary");
  }

  @Test
  void findsTheBoundaryOnlyInMultipartFormData() {
    assertThat(Multipart.boundary("multipart/form-data; boundary=\"ab c\"")).contains("ab c");
    assertThat(Multipart.boundary("Multipart/Form-Data;boundary=x")).contains("x");
    assertThat(Multipart.boundary("application/x-www-form-urlencoded")).isEmpty();
    assertThat(Multipart.boundary("multipart/form-data")).isEmpty();
    assertThat(Multipart.boundary(null)).isEmpty();
  }

  @Test
  void refusesBodiesThatAreNotMultipart() {
    assertThatThrownBy(() -> Multipart.parse("hello".getBytes(StandardCharsets.UTF_8), "x"))
        .isInstanceOf(Multipart.MalformedException.class);
    assertThatThrownBy(
            () ->
                Multipart.parse(
                    "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunclosed"
                        .getBytes(StandardCharsets.UTF_8),
                    "x"))
        .isInstanceOf(Multipart.MalformedException.class);
    assertThatThrownBy(
            () ->
                Multipart.parse(
                    "--x\r\nContent-Type: text/plain\r\n\r\nv\r\n--x--"
                        .getBytes(StandardCharsets.UTF_8),
                    "x"))
        .isInstanceOf(Multipart.MalformedException.class)
        .hasMessageContaining("no name");
  }

  @Test
  void escapesEveryHtmlSpecialCharacter() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>\u0000"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void keepsOnlyTheLastSegmentOfAnUploadedFileName() {
    assertThat(Applications.fileName("C:\\Users\\an\\to-khai.pdf")).isEqualTo("to-khai.pdf");
    assertThat(Applications.fileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(Applications.fileName("..")).isEqualTo("tep-dinh-kem");
    assertThat(Applications.fileName("a<b>\u0007.pdf")).isEqualTo("ab.pdf");
  }

  @Test
  void tellsTheMediaTypeFromTheContent() {
    assertThat(MediaTypes.detect("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("application/pdf");
    assertThat(MediaTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
        .isEqualTo("image/jpeg");
    assertThat(MediaTypes.detect("<html>".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("application/octet-stream");
  }
}
