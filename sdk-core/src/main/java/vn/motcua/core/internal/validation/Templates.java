package vn.motcua.core.internal.validation;

import java.util.Map;

/** Fills {@code {name}} placeholders of message templates. */
final class Templates {
  private Templates() {}

  /** Replaces each {@code {name}} in the template by the argument's value; unknown names stay. */
  static String fill(String template, Map<String, ?> args) {
    if (args.isEmpty() || template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (open < 0 || close < 0) {
        out.append(template, i, template.length());
        break;
      }
      String name = template.substring(open + 1, close);
      out.append(template, i, open);
      out.append(args.containsKey(name) ? String.valueOf(args.get(name)) : "{" + name + "}");
      i = close + 1;
    }
    return out.toString();
  }
}
