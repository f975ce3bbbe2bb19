package org.corebalance.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Shrinks photos without the shimmer of a one-step resize: halves the image (each pixel then the
 * average of four) until less than half is left to go, and takes the last step bicubic. The result
 * is opaque RGB, any transparency laid on white, ready for JPEG.
 */
final class ImageScaler {

    private ImageScaler() {
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
