package org.corebalance.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Image files made in code for upload tests: real ones, damaged ones and hostile ones. */
final class TestImages {

    static final Color MARKER = new Color(230, 20, 20);
    /** What the fake GPS block says, so a test can look for it in what was stored. */
    static final String GPS_TEXT = "GPS 33.4270N 117.6120W San Clemente";

    private TestImages() {
    }

    /** A gradient with a red square in its top-left corner, so orientation and proportions show. */
    static BufferedImage picture(int width, int height, boolean alpha) {
        var image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 160, alpha ? 120 : 255), width, height,
                    new Color(250, 220, 120, alpha ? 200 : 255)));
            g.fillRect(0, 0, width, height);
            g.setColor(MARKER);
            g.fillRect(0, 0, width / 5, height / 5);
        } finally {
            g.dispose();
        }
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return write(picture(width, height, false), "jpeg");
    }

    static byte[] png(int width, int height) {
        return write(picture(width, height, false), "png");
    }

    static byte[] transparentPng(int width, int height) {
        return write(picture(width, height, true), "png");
    }

    static byte[] gif(int width, int height) {
        return write(picture(width, height, false), "gif");
    }

    static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new AssertionError("not an image ImageIO can read");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A lossless WebP (VP8L), written bit by bit since Java has no WebP writer: no transforms, one
     * fixed code each for red, blue and alpha, and a two-symbol code for green, so the left half is
     * green 255 and the right half green 0.
     */
    static byte[] webp(int width, int height, int red, int blue) {
        var bits = new LsbBits();
        bits.put(0x2F, 8);
        bits.put(width - 1, 14);
        bits.put(height - 1, 14);
        bits.put(0, 1); // alpha not used
        bits.put(0, 3); // version 0
        bits.put(0, 1); // no transform
        bits.put(0, 1); // no colour cache
        bits.put(0, 1); // no meta prefix codes
        bits.put(1, 1); // green: simple code
        bits.put(1, 1); // of two symbols
        bits.put(1, 1); // the first in 8 bits
        bits.put(0, 8);
        bits.put(255, 8);
        oneSymbol(bits, red);
        oneSymbol(bits, blue);
        oneSymbol(bits, 255);
        bits.put(1, 1); // distance: simple code of one 1-bit symbol, 0
        bits.put(0, 1);
        bits.put(0, 1);
        bits.put(0, 1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                bits.put(x < width / 2 ? 1 : 0, 1);
            }
        }
        byte[] data = bits.bytes();
        int padding = data.length & 1;
        ByteBuffer riff = ByteBuffer.allocate(20 + data.length + padding).order(ByteOrder.LITTLE_ENDIAN);
        riff.put(ascii("RIFF")).putInt(12 + data.length + padding).put(ascii("WEBP"));
        riff.put(ascii("VP8L")).putInt(data.length).put(data);
        return riff.array();
    }

    private static void oneSymbol(LsbBits bits, int symbol) {
        bits.put(1, 1);
        bits.put(0, 1);
        bits.put(1, 1);
        bits.put(symbol, 8);
    }

    /** Just a PNG signature and a valid IHDR (CRC included) declaring any size, and IEND: no pixels. */
    static byte[] pngHeader(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * An opaque RGBA PNG (colour type 6) of 8 or 16 bits a sample, written row by row through a
     * deflater so that not even a row of it is held as an image: the {@link #MARKER} red in its
     * top-left fifth, grey elsewhere. A 7,071 × 7,071 one at 16 bits is about 400 KB of file and
     * 400 MB of pixels once decoded whole.
     */
    static byte[] rgbaPng(int width, int height, int bitDepth) {
        int bytesPerSample = bitDepth / 8;
        byte[] marked = rgbaRow(width, width / 5, bytesPerSample);
        byte[] plain = rgbaRow(width, 0, bytesPerSample);
        var idat = new ByteArrayOutputStream();
        try (var deflated = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION), 64 * 1024)) {
            for (int y = 0; y < height; y++) {
                deflated.write(y < height / 5 ? marked : plain);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) bitDepth).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** One row as PNG stores it: filter type 0 (none), then each pixel's R, G, B, A, big-endian. */
    private static byte[] rgbaRow(int width, int markedPixels, int bytesPerSample) {
        byte[] row = new byte[1 + width * 4 * bytesPerSample];
        int at = 1;
        for (int x = 0; x < width; x++) {
            int[] rgba = x < markedPixels
                    ? new int[] {MARKER.getRed(), MARKER.getGreen(), MARKER.getBlue(), 255}
                    : new int[] {128, 128, 128, 255};
            for (int sample : rgba) {
                for (int b = 0; b < bytesPerSample; b++) {
                    row[at++] = (byte) sample; // 16 bits: the 8-bit value twice, e.g. 0xE6E6 for 0xE6
                }
            }
        }
        return row;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        var crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(ascii(type));
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * The JPEG with an APP1 Exif segment after its JFIF one, as a phone writes it: an IFD0 with the
     * orientation and a pointer to a GPS IFD holding a latitude, plus {@link #GPS_TEXT} as a note.
     */
    static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(200).order(ByteOrder.BIG_ENDIAN);
        tiff.put(ascii("MM")).putShort((short) 42).putInt(8);
        byte[] note = (GPS_TEXT + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0Entries = 3;
        int gpsIfd = 8 + 2 + 12 * ifd0Entries + 4;
        int gpsEntries = 2;
        int latitude = gpsIfd + 2 + 12 * gpsEntries + 4;
        int noteAt = latitude + 24;
        tiff.putShort((short) ifd0Entries);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(note.length).putInt(noteAt);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) gpsEntries);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(ascii("N")).put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latitude);
        tiff.putInt(0);
        tiff.putInt(33).putInt(1).putInt(25).putInt(1).putInt(3720).putInt(100);
        tiff.put(note);
        byte[] tiffBytes = Arrays.copyOf(tiff.array(), tiff.position());

        int length = 2 + 6 + tiffBytes.length;
        var segment = new ByteArrayOutputStream();
        segment.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        segment.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        segment.writeBytes(tiffBytes);

        int insertAt = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            insertAt = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        }
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, insertAt);
        out.writeBytes(segment.toByteArray());
        out.write(jpeg, insertAt, jpeg.length - insertAt);
        return out.toByteArray();
    }

    /** The markers of every segment before a JPEG's image data, e.g. 0xE0 for JFIF, 0xE1 for Exif. */
    static List<Integer> segmentMarkers(byte[] jpeg) {
        var markers = new ArrayList<Integer>();
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            pos += 2 + ((jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF));
        }
        return markers;
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Bits packed least significant first, as VP8L reads them. */
    private static final class LsbBits {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int count;

        void put(int value, int bits) {
            for (int i = 0; i < bits; i++) {
                current |= ((value >>> i) & 1) << count;
                if (++count == 8) {
                    out.write(current);
                    current = 0;
                    count = 0;
                }
            }
        }

        byte[] bytes() {
            if (count > 0) {
                out.write(current);
                current = 0;
                count = 0;
            }
            return out.toByteArray();
        }
    }
}
