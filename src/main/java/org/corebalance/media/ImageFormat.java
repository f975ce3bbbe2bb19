package org.corebalance.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * The photo formats an upload may be in, recognised by their first bytes (magic numbers) and never
 * by the file's name, so that a renamed text file, GIF, SVG or PDF is not handed to any decoder.
 */
enum ImageFormat {

    JPEG("jpeg"),
    PNG("png"),
    WEBP("webp");

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_BRAND = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_LOSSY = "VP8 ".getBytes(StandardCharsets.US_ASCII);

    private final String readerName;

    ImageFormat(String readerName) {
        this.readerName = readerName;
    }

    static Optional<ImageFormat> of(byte[] bytes) {
        if (startsWith(bytes, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_BRAND)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /**
     * Whether the file is shorter than its own header says. Only WebP needs this: its decoder fills
     * a cut-off picture in silently, while the JPEG and PNG decoders notice a missing end themselves.
     */
    boolean isTruncated(byte[] bytes) {
        if (this != WEBP) {
            return false;
        }
        long riffSize = (bytes[4] & 0xFFL) | (bytes[5] & 0xFFL) << 8 | (bytes[6] & 0xFFL) << 16 | (bytes[7] & 0xFFL) << 24;
        return riffSize + 8 > bytes.length;
    }

    /**
     * How this format's reader spends heap on this file beyond the image it returns. The JDK's
     * JPEG and PNG readers decode a row at a time and keep only the rows and columns a subsampled
     * read asks for (libjpeg's own buffers are native memory). The WebP reader does the same for
     * plain lossy files (a {@code VP8 } chunk straight after the header), keeping about half a byte
     * per pixel of block modes. Lossless or transparent WebP it decodes into a full-size raster
     * whatever is asked (the alpha of a transparent one in a 4-byte-a-pixel raster of its own), so
     * those are only read whole.
     */
    Decoder decoder(byte[] bytes) {
        if (this != WEBP) {
            return new Decoder(true, 0);
        }
        return startsWith(bytes, 12, WEBP_LOSSY) ? new Decoder(true, 0.5) : new Decoder(false, 4.5);
    }

    /**
     * What a reader needs besides the decoded image.
     *
     * @param subsamples    whether reading one pixel in s × s takes about 1/s² of the memory
     * @param bytesPerPixel what it holds for every pixel of the full image however it reads
     */
    record Decoder(boolean subsamples, double bytesPerPixel) {
    }

    /** A new reader for this format only; the caller disposes of it. */
    ImageReader reader() {
        var readers = ImageIO.getImageReadersByFormatName(readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + readerName + " on the class path");
        }
        return readers.next();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] expected) {
        return bytes.length >= offset + expected.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }
}
