package org.corebalance.media;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Shrinks photos without the shimmer of a one-step resize: halves the image (each pixel then the
 * average of four) until less than half is left to go, and takes the last step bicubic. The result
 * is opaque RGB, any transparency laid on white, ready for JPEG. Working images are at most a
 * quarter of the area of the one given, at 4 bytes a pixel, then a quarter of that, and so on.
 */
final class ImageScaler {

    private ImageScaler() {
    }

    /** Rows converted at a time by {@link #scalable}: a strip's temporary copy stays small. */
    private static final int STRIP = 64;

    /**
     * Whether Java 2D scales images of this {@link BufferedImage} type with its own loops. It scales
     * any other type (16-bit, packed 1 to 4 bits, grey with alpha, TYPE_CUSTOM) by first copying the
     * whole image into 4 to 8 bytes a pixel.
     */
    static boolean scalesDirectly(int type) {
        return switch (type) {
            case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_ARGB_PRE,
                    BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR,
                    BufferedImage.TYPE_4BYTE_ABGR_PRE, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_INDEXED -> true;
            default -> false;
        };
    }

    /**
     * The image itself if Java 2D scales it directly, else a copy as 8-bit (A)RGB ints made a strip
     * at a time, so that the copy is the only one: exactly 4 bytes a pixel.
     */
    static BufferedImage scalable(BufferedImage image) {
        if (scalesDirectly(image.getType())) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        var copy = new BufferedImage(width, height,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            for (int y = 0; y < height; y += STRIP) {
                g.drawImage(image.getSubimage(0, y, width, Math.min(STRIP, height - y)), 0, y, null);
            }
        } finally {
            g.dispose();
        }
        return copy;
    }

    static BufferedImage toWidth(BufferedImage image, int width) {
        return resize(image, width, heightAt(image.getWidth(), image.getHeight(), width));
    }

    /** The height that keeps the proportions of a width × height image at the new width. */
    static int heightAt(int width, int height, int newWidth) {
        return (int) Math.max(1, Math.round((double) height * newWidth / width));
    }

    static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (true) {
            int w = Math.max(width, current.getWidth() / 2);
            int h = Math.max(height, current.getHeight() / 2);
            boolean last = w == width && h == height;
            current = draw(current, w, h, last ? RenderingHints.VALUE_INTERPOLATION_BICUBIC
                    : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            if (last) {
                return current;
            }
        }
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation) {
        var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
