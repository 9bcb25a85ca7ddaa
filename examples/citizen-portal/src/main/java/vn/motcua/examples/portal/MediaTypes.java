package vn.motcua.examples.portal;

/**
 * Tells a file's media type from its first bytes, never from the name or the browser's claim: PDF,
 * PNG and JPEG are recognised, anything else is {@code application/octet-stream} (which no
 * component of the sample catalogue accepts, so validation reports it).
 */
final class MediaTypes {
  private MediaTypes() {}

  static String detect(byte[] content) {
    if (starts(content, '%', 'P', 'D', 'F', '-')) {
      return "application/pdf";
    }
    if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (starts(content, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    return "application/octet-stream";
  }

  private static boolean starts(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
