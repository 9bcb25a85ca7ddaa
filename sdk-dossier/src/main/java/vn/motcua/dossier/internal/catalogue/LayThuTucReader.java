package vn.motcua.dossier.internal.catalogue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.FeeKind;
import vn.motcua.dossier.Sector;
import vn.motcua.dossier.catalogue.ChannelOffer;
import vn.motcua.dossier.catalogue.ComponentDefinition;
import vn.motcua.dossier.catalogue.ComponentForm;
import vn.motcua.dossier.catalogue.FeeItem;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.catalogue.ProcessingTime;
import vn.motcua.dossier.catalogue.ProcessingTimeUnit;
import vn.motcua.dossier.internal.validation.Problems;

/**
 * Reads the national portal's procedure detail ({@code LayThuTuc}) into a {@link
 * ProcedureDefinition}.
 *
 * <p>The portal's answer is loosely typed: numbers arrive as strings or numbers, amounts with
 * thousands separators, units as Vietnamese text. This reader accepts those variants, reports every
 * value it cannot use (with its JSON path, never the value), and ignores the sections the
 * definition does not hold (results, legal basis, agencies, requirements).
 */
public final class LayThuTucReader {
  /** The exception code for an answer that cannot be read. */
  public static final String INVALID = "dossier.catalogue.invalid";

  static final String MISSING = "dossier.catalogue.missing";
  static final String INVALID_VALUE = "dossier.catalogue.invalid_value";
  static final String PORTAL_ERROR = "dossier.catalogue.portal_error";
  static final String CODE_MISMATCH = "dossier.catalogue.code_mismatch";

  private LayThuTucReader() {}

  /**
   * Reads the definition of {@code code} from a {@code LayThuTuc} answer.
   *
   * @throws InvalidInputException with a JSON failure code for malformed JSON, or {@code
   *     dossier.catalogue.invalid} listing every unusable value
   */
  public static ProcedureDefinition read(ProcedureCode code, byte[] response) {
    JsonNode root = MotcuaJson.lenient().readTree(response);
    Problems problems = new Problems();
    if (!isSuccess(root.path("error_code"))) {
      problems.add("/error_code", PORTAL_ERROR);
      throw invalid(problems.report());
    }
    JsonNode procedure = root.path("result").path(0);
    if (!procedure.isObject()) {
      problems.add("/result/0", MISSING);
      throw invalid(problems.report());
    }
    String base = "/result/0";
    String portalCode = text(procedure.path("MATTHC"));
    if (portalCode != null
        && !(ProcedureCode.isValid(portalCode)
            && ProcedureCode.parse(portalCode).national().equals(code.national()))) {
      problems.add(base + "/MATTHC", CODE_MISMATCH);
    }
    String name = required(procedure, "TENTTHC", base, problems);
    Sector sector = sector(procedure.path("LINHVUCTHUCHIEN"), base + "/LINHVUCTHUCHIEN", problems);
    List<ChannelOffer> channels =
        channels(procedure.path("CACHTHUCTHUCHIEN"), base + "/CACHTHUCTHUCHIEN", problems);
    List<ComponentDefinition> components =
        components(procedure.path("THANHPHANHOSO"), base + "/THANHPHANHOSO", problems);
    ValidationReport report = problems.report();
    if (!report.isValid() || name == null || sector == null) {
      throw invalid(report);
    }
    return ProcedureDefinition.builder()
        .code(code.national())
        .name(name)
        .sector(sector)
        .channels(channels)
        .components(components)
        .build();
  }

  private static boolean isSuccess(JsonNode errorCode) {
    String value = text(errorCode);
    return value != null && (value.equals("0") || value.equals("00"));
  }

  private static @Nullable Sector sector(JsonNode sectors, String path, Problems problems) {
    JsonNode first = sectors.path(0);
    if (!first.isObject()) {
      problems.add(path, MISSING);
      return null;
    }
    String code = required(first, "MALINHVUC", path + "/0", problems);
    String name = required(first, "TENLINHVUC", path + "/0", problems);
    return code == null || name == null ? null : Sector.of(code, name);
  }

  private static List<ChannelOffer> channels(JsonNode ways, String path, Problems problems) {
    List<ChannelOffer> offers = new ArrayList<>();
    if (!ways.isArray() || ways.isEmpty()) {
      problems.add(path, MISSING);
      return offers;
    }
    for (int i = 0; i < ways.size(); i++) {
      JsonNode way = ways.get(i);
      String at = path + "/" + i;
      Channel channel = channel(way.path("KENH"), at + "/KENH", problems);
      JsonNode times = way.path("THOIGIAN");
      if (!times.isArray() || times.isEmpty()) {
        problems.add(at + "/THOIGIAN", MISSING);
        continue;
      }
      for (int j = 0; j < times.size(); j++) {
        JsonNode time = times.get(j);
        String timeAt = at + "/THOIGIAN/" + j;
        ProcessingTime processingTime = processingTime(time, timeAt, problems);
        List<FeeItem> fees = fees(time.path("PHILEPHI"), timeAt + "/PHILEPHI", problems);
        if (channel != null && processingTime != null) {
          offers.add(new ChannelOffer(channel, processingTime, text(time.path("MOTA")), fees));
        }
      }
    }
    return offers;
  }

  private static @Nullable Channel channel(JsonNode node, String path, Problems problems) {
    String value = text(node);
    if (value == null) {
      problems.add(path, MISSING);
      return null;
    }
    Channel channel =
        isDigits(value) && value.length() <= 2
            ? Channel.fromCode(Integer.parseInt(value)).orElse(null)
            : null;
    if (channel == null) {
      problems.add(path, INVALID_VALUE);
    }
    return channel;
  }

  private static @Nullable ProcessingTime processingTime(
      JsonNode time, String path, Problems problems) {
    String amountText = text(time.path("THOIGIANGIAIQUYET"));
    String unitText = text(time.path("DONVITINH"));
    BigDecimal amount = null;
    if (amountText == null) {
      problems.add(path + "/THOIGIANGIAIQUYET", MISSING);
    } else {
      amount = decimal(amountText.replace(',', '.'));
      if (amount == null) {
        problems.add(path + "/THOIGIANGIAIQUYET", INVALID_VALUE);
      }
    }
    ProcessingTimeUnit unit = null;
    if (unitText == null) {
      problems.add(path + "/DONVITINH", MISSING);
    } else {
      unit = unit(unitText);
      if (unit == null) {
        problems.add(path + "/DONVITINH", INVALID_VALUE);
      }
    }
    return amount == null || unit == null ? null : new ProcessingTime(amount, unit);
  }

  private static @Nullable ProcessingTimeUnit unit(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    if (lower.contains("giờ")) {
      return ProcessingTimeUnit.WORKING_HOURS;
    }
    if (lower.contains("làm việc")) {
      return ProcessingTimeUnit.WORKING_DAYS;
    }
    if (lower.contains("ngày")) {
      return ProcessingTimeUnit.DAYS;
    }
    return null;
  }

  private static List<FeeItem> fees(JsonNode items, String path, Problems problems) {
    List<FeeItem> fees = new ArrayList<>();
    if (!items.isArray()) {
      return fees; // no fee items: free on this channel
    }
    for (int k = 0; k < items.size(); k++) {
      JsonNode item = items.get(k);
      String at = path + "/" + k;
      String code = required(item, "MAPHILEPHI", at, problems);
      String description = text(item.path("MOTA"));
      Long amount = amount(text(item.path("SOTIEN")), text(item.path("DONVI")));
      if (code != null) {
        fees.add(
            new FeeItem(
                kindOf(description),
                code,
                description == null ? code : description,
                amount,
                description));
      }
    }
    return fees;
  }

  /** A fixed amount in đồng, or null when it varies: per page, per square metre, by case. */
  static @Nullable Long amount(@Nullable String amount, @Nullable String unit) {
    if (amount == null || (unit != null && unit.indexOf('/') >= 0)) {
      return null;
    }
    String digits = amount.strip().replace(".", "").replace(",", "").replace(" ", "");
    if (digits.isEmpty() || digits.length() > 15 || !isDigits(digits)) {
      return null;
    }
    return Long.parseLong(digits);
  }

  /** Phí or lệ phí when the description starts by saying so; the portal has no field for it. */
  static @Nullable FeeKind kindOf(@Nullable String description) {
    if (description == null) {
      return null;
    }
    String lower = description.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("lệ phí")) {
      return FeeKind.CHARGE;
    }
    if (lower.startsWith("phí")) {
      return FeeKind.FEE;
    }
    return null;
  }

  private static List<ComponentDefinition> components(
      JsonNode items, String path, Problems problems) {
    List<ComponentDefinition> components = new ArrayList<>();
    if (!items.isArray()) {
      return components;
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = path + "/" + i;
      String code = required(item, "MAGIAYTO", at, problems);
      String name = required(item, "GIAYTO", at, problems);
      if (code == null || name == null) {
        continue;
      }
      ComponentDefinition.Builder component =
          ComponentDefinition.builder().code(code).name(name).required(isRequired(item, name));
      Integer originals = count(text(item.path("SOBANCHINH")));
      Integer copies = count(text(item.path("SOBANSAO")));
      if (originals != null || copies != null) {
        int o = originals == null ? 0 : originals;
        int c = copies == null ? 0 : copies;
        if (o + c > 0) {
          component.quantity(o + c).form(o > 0 ? ComponentForm.ORIGINAL : ComponentForm.COPY);
        }
      }
      String url = text(item.path("URL"));
      if (url != null && !url.isBlank()) {
        try {
          component.templateUrl(new URI(url.strip()));
        } catch (URISyntaxException e) {
          problems.add(at + "/URL", INVALID_VALUE);
        }
      }
      components.add(component.build());
    }
    return components;
  }

  /**
   * Required unless the answer says otherwise ({@code BATBUOC} 0/false) or the name states the case
   * it applies to ("Trường hợp…"), which the portal uses for conditional papers.
   */
  private static boolean isRequired(JsonNode item, String name) {
    String flag = text(item.path("BATBUOC"));
    if (flag != null) {
      return flag.equals("1") || flag.equalsIgnoreCase("true");
    }
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return !(lower.startsWith("trường hợp") || lower.startsWith("trong trường hợp"));
  }

  private static @Nullable Integer count(@Nullable String text) {
    if (text == null || text.isBlank() || text.length() > 6 || !isDigits(text.strip())) {
      return null;
    }
    return Integer.parseInt(text.strip());
  }

  private static @Nullable String required(
      JsonNode object, String field, String path, Problems problems) {
    String value = text(object.path(field));
    if (value == null || value.isBlank()) {
      problems.add(path + "/" + field, MISSING);
      return null;
    }
    return value.strip();
  }

  /** A string value as is, a number as its text; anything else is absent. */
  private static @Nullable String text(JsonNode node) {
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isNumber()) {
      return node.asString();
    }
    return null;
  }

  private static @Nullable BigDecimal decimal(String text) {
    String value = text.strip();
    if (value.isEmpty() || value.length() > 12) {
      return null;
    }
    int dots = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    if (dots > 1 || value.startsWith(".") || value.endsWith(".")) {
      return null;
    }
    return new BigDecimal(value);
  }

  private static boolean isDigits(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static InvalidInputException invalid(ValidationReport report) {
    return new InvalidInputException(
        INVALID, "Cannot read the portal's procedure detail: " + report.summary(), report, null);
  }
}
