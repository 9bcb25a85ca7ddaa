package vn.motcua.core.internal.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import vn.motcua.core.internal.json.JsonPointers;

/**
 * Turns a Bean Validation property path into a JSON Pointer: {@code applicant.documents[2].sha256}
 * becomes {@code /applicant/documents/2/sha256}.
 */
final class PropertyPaths {
  private PropertyPaths() {}

  /**
   * Returns the pointer of a path. A node inside a list or array contributes its index, inside a
   * map its key (hidden as {@code *} when it may hold data, see {@link JsonPointers}); property
   * nodes contribute their name. Elements of sets have no position, so the pointer of a violation
   * inside a set stops at the set.
   */
  static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          pointer.append('/').append(node.getIndex());
        } else if (node.getKey() != null) {
          pointer.append('/').append(JsonPointers.inputSegment(String.valueOf(node.getKey())));
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer.append('/').append(JsonPointers.escape(node.getName()));
      }
    }
    return pointer.toString();
  }
}
