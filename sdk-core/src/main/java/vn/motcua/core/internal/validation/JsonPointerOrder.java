package vn.motcua.core.internal.validation;

import java.util.Comparator;

/**
 * Orders JSON Pointers as a reader expects: segment by segment, array indices by number ({@code
 * /documents/2} before {@code /documents/10}) and before names, a parent before its children.
 */
public final class JsonPointerOrder implements Comparator<String> {
  /** The one instance; it holds no state. */
  public static final JsonPointerOrder INSTANCE = new JsonPointerOrder();

  private JsonPointerOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = segmentEnd(a, i + 1);
      int endB = segmentEnd(b, j + 1);
      int order = compareSegments(a.substring(i + 1, endA), b.substring(j + 1, endB));
      if (order != 0) {
        return order;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int segmentEnd(String pointer, int from) {
    int slash = pointer.indexOf('/', from);
    return slash < 0 ? pointer.length() : slash;
  }

  // Indices before names, so that the order stays transitive when both occur at one level.
  private static int compareSegments(String a, String b) {
    boolean indexA = isIndex(a);
    boolean indexB = isIndex(b);
    if (indexA && indexB) {
      int byLength = Integer.compare(a.length(), b.length());
      return byLength != 0 ? byLength : a.compareTo(b);
    }
    if (indexA != indexB) {
      return indexA ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || (segment.length() > 1 && segment.charAt(0) == '0')) {
      return false;
    }
    for (int k = 0; k < segment.length(); k++) {
      char c = segment.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
