package org.corebalance.media;

import java.awt.image.BufferedImage;

/**
 * How a camera says its JPEG must be turned to be seen upright (the EXIF Orientation tag, 1 to 8).
 * Browsers honour the tag, but the variants are written with no metadata at all, so the turn is
 * made in the pixels instead. Anything unexpected in the EXIF data reads as {@link #NORMAL}.
 */
enum ExifOrientation {

    NORMAL, FLIP_HORIZONTAL, ROTATE_180, FLIP_VERTICAL, TRANSPOSE, ROTATE_90, TRANSVERSE, ROTATE_270;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;

    /** The orientation a JPEG's EXIF segment declares, read before its image data begins. */
    static ExifOrientation ofJpeg(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            if ((jpeg[pos] & 0xFF) != 0xFF) {
                return NORMAL;
            }
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += 2;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return NORMAL;
            }
            int end = pos + 2 + unsigned16(jpeg, pos + 2, false);
            if (end < pos + 4 || end > jpeg.length) {
                return NORMAL;
            }
            if (marker == 0xE1 && isExif(jpeg, pos + 4, end)) {
                return ofTiff(jpeg, pos + 10, end);
            }
            pos = end;
        }
        return NORMAL;
    }

    /** Whether width and height trade places. */
    boolean swapsSides() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /**
     * The image turned upright, or the same image when it already is. It is copied a row at a time,
     * so turning takes the upright copy and one row besides, not two more copies of the pixels.
     */
    BufferedImage apply(BufferedImage image) {
        if (this == NORMAL) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int uprightWidth = swapsSides() ? h : w;
        int uprightHeight = swapsSides() ? w : h;
        var result = new BufferedImage(uprightWidth, uprightHeight,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] row = new int[uprightWidth];
        for (int y = 0; y < uprightHeight; y++) {
            int line = sourceLine(y, uprightHeight);
            if (swapsSides()) {
                image.getRGB(line, 0, 1, h, row, 0, 1);
            } else {
                image.getRGB(0, line, w, 1, row, 0, w);
            }
            if (reversesLines()) {
                reverse(row);
            }
            result.setRGB(0, y, uprightWidth, 1, row, 0, uprightWidth);
        }
        return result;
    }

    /**
     * Which stored line holds row y of the upright image: a row of the stored image, or a column
     * when the sides swap; counted from the far end when the turn flips that way.
     */
    private int sourceLine(int y, int lines) {
        boolean fromFarEnd = switch (this) {
            case ROTATE_180, FLIP_VERTICAL, TRANSVERSE, ROTATE_270 -> true;
            default -> false;
        };
        return fromFarEnd ? lines - 1 - y : y;
    }

    /** Whether that line is read backwards: right to left, or bottom to top for a column. */
    private boolean reversesLines() {
        return switch (this) {
            case FLIP_HORIZONTAL, ROTATE_180, ROTATE_90, TRANSVERSE -> true;
            default -> false;
        };
    }

    private static void reverse(int[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            int value = values[i];
            values[i] = values[j];
            values[j] = value;
        }
    }

    private static boolean isExif(byte[] b, int start, int end) {
        return end - start >= 14 && b[start] == 'E' && b[start + 1] == 'x' && b[start + 2] == 'i'
                && b[start + 3] == 'f' && b[start + 4] == 0 && b[start + 5] == 0;
    }

    private static ExifOrientation ofTiff(byte[] b, int tiff, int end) {
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return NORMAL;
        }
        if (unsigned16(b, tiff + 2, little) != 42) {
            return NORMAL;
        }
        long ifd = tiff + unsigned32(b, tiff + 4, little);
        if (ifd + 2 > end) {
            return NORMAL;
        }
        int entries = unsigned16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            long entry = ifd + 2 + 12L * i;
            if (entry + 12 > end) {
                return NORMAL;
            }
            int at = (int) entry;
            if (unsigned16(b, at, little) == ORIENTATION_TAG) {
                int value = unsigned16(b, at + 8, little);
                boolean valid = unsigned16(b, at + 2, little) == TYPE_SHORT && value >= 1 && value <= 8;
                return valid ? values()[value - 1] : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int unsigned16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return little ? first | second << 8 : first << 8 | second;
    }

    private static long unsigned32(byte[] b, int at, boolean little) {
        long high = unsigned16(b, little ? at + 2 : at, little);
        long low = unsigned16(b, little ? at : at + 2, little);
        return high << 16 | low;
    }
}
