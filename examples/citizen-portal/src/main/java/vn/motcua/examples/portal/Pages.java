package vn.motcua.examples.portal;

import static vn.motcua.examples.portal.Html.escape;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.core.privacy.Mask;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.Document;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.catalogue.ComponentDefinition;
import vn.motcua.dossier.catalogue.ComponentForm;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.identity.CitizenIdentity;

/** The portal's pages. Every value is escaped; personal data is shown masked. */
final class Pages {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy", Locale.ROOT);

  private Pages() {}

  static String home(
      Optional<CitizenIdentity> citizen, List<Applications.Submission> mine, String csrfToken) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>Nộp hồ sơ trực tuyến <span class=\"en\">Apply online</span></h1>\n");
    if (citizen.isEmpty()) {
      body.append(
              "<p>Đăng nhập bằng tài khoản định danh điện tử VNeID mức 2 để nộp hồ sơ."
                  + " <span class=\"en\">Sign in with a level 2 VNeID account to apply.</span>"
                  + "</p>\n")
          .append(
              "<p><a id=\"sign-in\" class=\"button\" href=\"/login\">Đăng nhập với VNeID"
                  + " <span class=\"en\">Sign in with VNeID</span></a></p>\n");
    } else {
      body.append(signedIn(citizen.get(), csrfToken))
          .append(
              "<p><a id=\"apply\" class=\"button\" href=\"/apply\">Nộp hồ sơ mới"
                  + " <span class=\"en\">New application</span></a></p>\n");
      if (!mine.isEmpty()) {
        body.append("<h2>Hồ sơ của bạn <span class=\"en\">Your dossiers</span></h2>\n<ul>\n");
        for (Applications.Submission s : mine) {
          String code = s.dossier().code().value();
          body.append("<li><a href=\"/dossiers/")
              .append(escape(code))
              .append("\">")
              .append(escape(code))
              .append("</a> · ")
              .append(escape(s.dossier().procedure().name()))
              .append("</li>\n");
        }
        body.append("</ul>\n");
      }
    }
    return Html.page("Trang chủ", "", body.toString());
  }

  static String signedIn(CitizenIdentity citizen, String csrfToken) {
    return "<div class=\"who\"><p id=\"signed-in\">Người nộp <span class=\"en\">Applicant</span>: "
        + escape(Mask.name(citizen.fullName().orElse("?")))
        + " · CCCD "
        + escape(citizen.personalIdNumber().map(p -> Mask.idNumber(p.value())).orElse("—"))
        + " · VNeID "
        + escape(level(citizen))
        + "</p>\n<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"csrf\""
        + " value=\""
        + escape(csrfToken)
        + "\"><button type=\"submit\" id=\"sign-out\" class=\"link\">Đăng xuất"
        + " <span class=\"en\">Sign out</span></button></form></div>\n";
  }

  private static String level(CitizenIdentity citizen) {
    return switch (citizen.assuranceLevel()) {
      case HIGH -> "mức 2";
      case SUBSTANTIAL -> "mức 1";
      default -> "chưa xác định";
    };
  }

  static String form(
      ProcedureDefinition procedure,
      String agencyName,
      CitizenIdentity citizen,
      String csrfToken,
      Applications.Form values,
      Map<String, List<Violation>> problems,
      long maxRequestBytes) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>")
        .append(escape(procedure.name()))
        .append("</h1>\n<p class=\"meta\">Mã thủ tục <span class=\"en\">Procedure</span> ")
        .append(escape(procedure.code().value()))
        .append(" · ")
        .append(escape(procedure.sector().name()))
        .append(" · ")
        .append(escape(agencyName))
        .append("</p>\n")
        .append(
            "<p class=\"notice\">Dữ liệu mẫu, chưa đối chiếu với Cơ sở dữ liệu quốc gia về thủ tục"
                + " hành chính. <span class=\"en\">Sample catalogue data, not verified against the"
                + " national procedure database.</span></p>\n")
        .append(signedIn(citizen, csrfToken));
    if (!problems.isEmpty()) {
      int count = problems.values().stream().mapToInt(List::size).sum();
      body.append("<div class=\"errors\" id=\"errors\" role=\"alert\"><p>Hồ sơ chưa hợp lệ: ")
          .append(count)
          .append(" lỗi. <span class=\"en\">The application is not valid: ")
          .append(count)
          .append(count == 1 ? " problem" : " problems")
          .append(", shown next to each field.</span></p>\n");
      body.append(problemList(problems.get(Applications.GENERAL), "error-general"));
      body.append("</div>\n");
    }
    body.append(
            "<form method=\"post\" action=\"/apply\" enctype=\"multipart/form-data\""
                + " id=\"application\">\n")
        .append("<input type=\"hidden\" name=\"csrf\" value=\"")
        .append(escape(csrfToken))
        .append("\">\n");
    body.append(
        textField(
            "summary",
            "Trích yếu nội dung",
            "Summary",
            values.summary(),
            true,
            problems,
            "textarea"));
    body.append(
        textField("phone", "Số điện thoại", "Phone", values.phone(), true, problems, "tel"));
    body.append(
        textField(
            "email", "Thư điện tử", "E-mail (optional)", values.email(), false, problems, "text"));
    body.append("<fieldset><legend>Thành phần hồ sơ <span class=\"en\">Documents</span></legend>\n")
        .append("<p class=\"hint\">Tổng dung lượng tối đa ")
        .append(megabytes(maxRequestBytes))
        .append(" · <span class=\"en\">Total at most ")
        .append(megabytes(maxRequestBytes))
        .append(". Attach again after an error.</span></p>\n");
    for (ComponentDefinition component : procedure.components()) {
      String field = Applications.DOCUMENT_FIELD_PREFIX + component.code();
      body.append("<div class=\"field\"><label for=\"")
          .append(escape(field))
          .append("\">")
          .append(escape(component.name()))
          .append(component.required() ? " <span class=\"req\">*</span>" : "")
          .append("</label>\n<input type=\"file\" id=\"")
          .append(escape(field))
          .append("\" name=\"")
          .append(escape(field))
          .append("\" accept=\"")
          .append(escape(String.join(",", component.mediaTypes())))
          .append("\">\n<p class=\"hint\">")
          .append(escape(String.join(", ", component.mediaTypes())))
          .append(component.maxSize().map(m -> " · ≤ " + megabytes(m)).orElse(""))
          .append("</p>\n")
          .append(
              component.form().filter(f -> f == ComponentForm.CERTIFIED_COPY).isPresent()
                  ? "<label class=\"check\"><input type=\"checkbox\" name=\""
                      + escape(Applications.CERTIFIED_FIELD_PREFIX + component.code())
                      + "\" value=\"yes\""
                      + (values.certified().contains(component.code()) ? " checked" : "")
                      + "> Bản sao có chứng thực <span class=\"en\">Certified copy</span></label>\n"
                  : "")
          .append(problemList(problems.get(field), "error-" + field))
          .append("</div>\n");
    }
    body.append("</fieldset>\n")
        .append(
            "<p><button type=\"submit\" id=\"submit\">Nộp hồ sơ <span class=\"en\">Submit"
                + "</span></button></p>\n</form>\n");
    return Html.page(procedure.name(), "", body.toString());
  }

  private static String textField(
      String name,
      String label,
      String english,
      String value,
      boolean required,
      Map<String, List<Violation>> problems,
      String kind) {
    StringBuilder out = new StringBuilder();
    out.append("<div class=\"field\"><label for=\"")
        .append(name)
        .append("\">")
        .append(escape(label))
        .append(required ? " <span class=\"req\">*</span>" : "")
        .append(" <span class=\"en\">")
        .append(escape(english))
        .append("</span></label>\n");
    if (kind.equals("textarea")) {
      out.append("<textarea id=\"")
          .append(name)
          .append("\" name=\"")
          .append(name)
          .append("\" rows=\"3\" maxlength=\"2000\">")
          .append(escape(value))
          .append("</textarea>\n");
    } else {
      out.append("<input type=\"")
          .append(kind)
          .append("\" id=\"")
          .append(name)
          .append("\" name=\"")
          .append(name)
          .append("\" value=\"")
          .append(escape(value))
          .append("\">\n");
    }
    out.append(problemList(problems.get(name), "error-" + name)).append("</div>\n");
    return out.toString();
  }

  private static String problemList(List<Violation> problems, String id) {
    if (problems == null || problems.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<ul class=\"error\" id=\"" + escape(id) + "\">\n");
    for (Violation v : problems) {
      out.append("<li data-code=\"")
          .append(escape(v.code()))
          .append("\">")
          .append(escape(v.message()))
          .append(" <span class=\"en\">")
          .append(escape(v.message(Locale.ENGLISH)))
          .append("</span></li>\n");
    }
    return out.append("</ul>\n").toString();
  }

  static String status(
      Applications.Submission submission,
      List<OutboxEntry> deliveries,
      Optional<String> portalStatus,
      String qrDataUrl) {
    var dossier = submission.dossier();
    OutboxEntry latest = deliveries.isEmpty() ? null : deliveries.get(deliveries.size() - 1);
    boolean settled =
        latest != null
            && (latest.state().name().equals("DELIVERED") || latest.state().name().equals("DEAD"));
    String head = settled ? "" : "<meta http-equiv=\"refresh\" content=\"2\">\n";
    StringBuilder body = new StringBuilder();
    body.append("<h1>Đã nộp hồ sơ <span class=\"en\">Application submitted</span></h1>\n")
        .append("<dl class=\"facts\">\n")
        .append(fact("Mã hồ sơ", "Dossier code", "dossier-code", dossier.code().value()))
        .append(fact("Thủ tục", "Procedure", "procedure", dossier.procedure().name()))
        .append(
            fact("Người nộp", "Applicant", "applicant", Mask.name(dossier.applicant().fullName())))
        .append(fact("Ngày nộp", "Received", "received-at", dateTime(dossier.receivedAt())))
        .append(
            fact(
                "Hẹn trả kết quả",
                "Due",
                "due-date",
                dossier.dueAt().map(Pages::dateTime).orElse("không giới hạn / no time limit")))
        .append(
            fact(
                "Trạng thái",
                "Status",
                "status",
                statusText(portalStatus.flatMap(s -> parseStatus(s)).orElse(dossier.status()))))
        .append(
            fact("Gửi lên Cổng DVCQG", "Sent to the national portal", "delivery", delivery(latest)))
        .append("</dl>\n");
    body.append(
        "<h2>Thành phần hồ sơ <span class=\"en\">Documents</span></h2>\n<ul id=\"documents\">\n");
    for (Document d : dossier.documents()) {
      body.append("<li>")
          .append(escape(d.name()))
          .append(" · ")
          .append(d.size().map(Pages::kilobytes).orElse("?"))
          .append(" · <code class=\"digest\">SHA-256 ")
          .append(escape(d.sha256().orElse("?")))
          .append("</code></li>\n");
    }
    body.append("</ul>\n");
    body.append(
            "<h2>Giấy tiếp nhận hồ sơ và hẹn trả kết quả <span class=\"en\">Receipt</span></h2>\n")
        .append("<figure class=\"qr\"><img id=\"receipt-qr\" src=\"")
        .append(escape(qrDataUrl))
        .append("\" alt=\"Mã QR của giấy tiếp nhận ")
        .append(escape(dossier.code().value()))
        .append(
            "\">\n<figcaption>Mã QR có chữ ký số của cơ quan (ES256); kiểm tra bằng khóa công"
                + " khai tại <a href=\"/receipt-keys.json\">/receipt-keys.json</a>."
                + " <span class=\"en\">Signed by the agency (ES256); verify it with the keys at"
                + " /receipt-keys.json.</span></figcaption></figure>\n")
        .append("<details><summary>Nội dung mã QR <span class=\"en\">QR content</span></summary>")
        .append("<code id=\"receipt-token\" class=\"token\">")
        .append(escape(submission.signedReceipt()))
        .append("</code></details>\n")
        .append("<p><a href=\"/\">Trang chủ <span class=\"en\">Home</span></a></p>\n");
    return Html.page("Hồ sơ " + dossier.code().value(), head, body.toString());
  }

  private static Optional<DossierStatus> parseStatus(String code) {
    try {
      return DossierStatus.fromCode(Integer.parseInt(code.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String fact(String label, String english, String id, String value) {
    return "<dt>"
        + escape(label)
        + " <span class=\"en\">"
        + escape(english)
        + "</span></dt><dd id=\""
        + escape(id)
        + "\">"
        + escape(value)
        + "</dd>\n";
  }

  static String statusText(DossierStatus status) {
    return status.label(VIETNAMESE) + " (" + status.code() + ") · " + status.label(Locale.ENGLISH);
  }

  static String delivery(OutboxEntry latest) {
    if (latest == null) {
      return "chưa ghi nhận · not recorded";
    }
    return switch (latest.state()) {
      case DELIVERED -> "Đã gửi · Delivered";
      case DEAD ->
          "Cổng từ chối · Refused by the portal ("
              + (latest.lastErrorCode() == null ? "?" : latest.lastErrorCode())
              + ")";
      case PENDING, IN_FLIGHT ->
          "Đang chờ gửi · Waiting to be sent (lần thử / attempts: " + latest.attempts() + ")";
    };
  }

  static String dateTime(OffsetDateTime at) {
    return at.atZoneSameInstant(WorkingCalendar.ZONE).format(DATE_TIME);
  }

  private static String kilobytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
  }

  static String message(String title, String english, String text, String englishText) {
    return Html.page(
        title,
        "",
        "<h1>"
            + escape(title)
            + " <span class=\"en\">"
            + escape(english)
            + "</span></h1>\n<p id=\"message\">"
            + escape(text)
            + " <span class=\"en\">"
            + escape(englishText)
            + "</span></p>\n<p><a href=\"/\">Trang chủ <span class=\"en\">Home</span></a></p>\n");
  }
}
