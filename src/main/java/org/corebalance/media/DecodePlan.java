package org.corebalance.media;

import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageTypeSpecifier;

/**
 * How much of a photo to decode so that reading and shrinking it stays within {@link #BUDGET}:
 * every pixel, or one in {@code subsampling} × {@code subsampling} (ImageIO's source subsampling),
 * giving a {@code width} × {@code height} image as stored (before any EXIF turn), and the heap that
 * takes at its peak.
 *
 * <p>The peak is the larger of two moments, each counted from what the decoder will allocate
 * rather than from pixels alone (a 16-bit RGBA pixel takes 8 bytes, a JPEG's 3):
 * <ul>
 * <li>decoding: the file twice (its bytes and the reader's cache), what the decoder keeps for every
 *     pixel of the full image whatever it skips ({@link ImageFormat.Decoder#bytesPerPixel()}), the
 *     decoded raster, and, for types Java 2D cannot scale directly, its 4-byte-a-pixel copy;</li>
 * <li>shrinking: the decoded (or copied) pixels, the halvings {@link ImageScaler} makes of them (at
 *     most 4/3 byte per decoded pixel: 4 bytes a pixel at a quarter of the area, then a sixteenth…)
 *     and the largest variant twice (scaled, then turned upright; the smaller variants, made and
 *     encoded one at a time so that at most one is held in pixels, 1200²/1600² = 0.56 of it at the
 *     most, and the JPEG bytes of all then take the room of the unturned one).</li>
 * </ul>
 */
record DecodePlan(int subsampling, int width, int height, long bytes) {

    /**
     * The heap one upload may take while it is decoded and shrunk: 80 MiB. {@link MediaApi} decodes
     * two at a time, so uploads hold at most 160 MiB, under a third of a 512 MB heap. That is enough
     * to read a 12-megapixel phone photo (4032 × 3024, turned or not) whole; larger or deeper images
     * are decoded subsampled. That still leaves the 1,600 pixels of the widest variant to any image
     * of the limits that is no taller than wide (at 16 bits a sample, twice as wide as tall); a tall
     * one too large to read whole may come out narrower, at worst 2/5 of that (1/3 at 16 bits).
     */
    static final long BUDGET = 80L * 1024 * 1024;

    private static final int INT_PIXEL = 4;

    /**
     * The plan that keeps the most pixels within the budget: no subsampling when that fits, else the
     * smallest that does, and none at all (empty) when the decoder cannot subsample and the whole
     * image does not fit, or when fitting would leave the image narrower than {@code minSide}.
     *
     * @param width     the image's width as stored (the reader's {@code getWidth(0)})
     * @param height    its height as stored
     * @param turned    whether its EXIF orientation swaps width and height
     * @param type      the image type the reader will decode into (the first of {@code getImageTypes(0)})
     * @param decoder   how the reader spends memory besides that image
     * @param fileBytes the size of the file
     * @param widest    the widest variant the site makes
     * @param minSide   the narrowest an image may be to be worth showing
     */
    static Optional<DecodePlan> of(int width, int height, boolean turned, ImageTypeSpecifier type,
            ImageFormat.Decoder decoder, int fileBytes, int widest, int minSide) {
        boolean copied = !ImageScaler.scalesDirectly(type.getBufferedImageType());
        long fixed = 2L * fileBytes + (long) Math.ceil(decoder.bytesPerPixel() * width * height);
        int uprightWidth = turned ? height : width;
        int uprightHeight = turned ? width : height;
        for (int s = 1; s == 1 || decoder.subsamples(); s++) {
            int w = ceilDiv(width, s);
            int h = ceilDiv(height, s);
            if (Math.min(w, h) < minSide) {
                return Optional.empty();
            }
            long pixels = (long) w * h;
            long raster = rasterBytes(type.getSampleModel(w, h));
            long copy = copied ? INT_PIXEL * pixels : 0;
            long decoded = copied ? copy : raster;
            int variantWidth = Math.min(widest, turned ? h : w);
            long variant = (long) INT_PIXEL * variantWidth * ImageScaler.heightAt(uprightWidth, uprightHeight, variantWidth);
            long decoding = fixed + raster + copy;
            long shrinking = decoded + ceilDiv(INT_PIXEL * pixels, 3) + 2 * variant;
            long bytes = Math.max(decoding, shrinking);
            if (bytes <= BUDGET) {
                return Optional.of(new DecodePlan(s, w, h, bytes));
            }
        }
        return Optional.empty();
    }

    /** The bytes the data buffer of a raster with this sample model takes, padding included. */
    static long rasterBytes(SampleModel model) {
        long elements;
        if (model instanceof ComponentSampleModel component) {
            long banks = Arrays.stream(component.getBankIndices()).distinct().count();
            elements = banks * component.getScanlineStride() * component.getHeight();
        } else if (model instanceof SinglePixelPackedSampleModel packed) {
            elements = (long) packed.getScanlineStride() * packed.getHeight();
        } else if (model instanceof MultiPixelPackedSampleModel packed) {
            elements = (long) packed.getScanlineStride() * packed.getHeight();
        } else {
            elements = (long) model.getNumDataElements() * model.getWidth() * model.getHeight();
        }
        return elements * DataBuffer.getDataTypeSize(model.getDataType()) / 8;
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
