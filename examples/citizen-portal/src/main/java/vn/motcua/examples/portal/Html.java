package vn.motcua.examples.portal;

import java.util.Objects;

/** HTML output helpers: every value that reaches a page goes through {@link #escape}. */
final class Html {
  private Html() {}

  /**
   * Escapes text for HTML element content and double- or single-quoted attribute values: {@code & <
   * > " '} become character references; control characters other than tab and line breaks are
   * dropped.
   */
  static String escape(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Returns a whole page: the layout around {@code body}, which must already be escaped HTML.
   *
   * @param title the page title, plain text (escaped here)
   * @param head extra elements for {@code <head>}, already HTML (such as a refresh)
   */
  static String page(String title, String head, String body) {
    return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + escape(title)
        + " · Cổng dịch vụ công (ví dụ)</title>\n"
        + "<link rel=\"stylesheet\" href=\"/assets/portal.css\">\n"
        + head
        + "</head>\n<body>\n<header><a href=\"/\" class=\"brand\">Cổng dịch vụ công"
        + " <span class=\"en\">Public services portal</span></a>"
        + "<span class=\"demo\">Ví dụ, dữ liệu giả lập · Example, synthetic data</span></header>\n"
        + "<main>\n"
        + body
        + "</main>\n</body>\n</html>\n";
  }
}
