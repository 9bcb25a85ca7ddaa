package vn.motcua.examples.portal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** Renders text as a QR code PNG with ZXing's encoder (medium error correction). */
final class QrCodes {
  /** Pixels per QR module. */
  static final int SCALE = 4;

  /** Quiet zone around the symbol, in modules (the standard asks for 4). */
  static final int QUIET_ZONE = 4;

  private QrCodes() {}

  /** Returns the PNG bytes of a QR code holding {@code text}. */
  static byte[] png(String text) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      QUIET_ZONE));
    } catch (WriterException e) {
      throw new IllegalArgumentException("the text does not fit in a QR code", e);
    }
    int size = matrix.getWidth() * SCALE;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        image.setRGB(x, y, matrix.get(x / SCALE, y / SCALE) ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Returns a {@code data:} URL of the PNG, for an {@code <img src>}. */
  static String pngDataUrl(String text) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
  }
}
