package org.corebalance.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A photo a coach uploaded, read only as far as it is safe to: at most {@link #MAX_BYTES} of the
 * file, its type from its first bytes, its size from its header, and its pixels only when that size
 * is sensible, and then only as many of them as fit {@link DecodePlan#BUDGET} (a large or deep image
 * is decoded subsampled). Every refusal is an {@link ImageRejectedException} that tells the coach
 * what to do.
 */
final class UploadedImage {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_SIDE = 12_000;
    static final long MAX_PIXELS = 50_000_000;
    static final int MIN_SIDE = 200;

    private static final String ACCEPTED = "Only JPEG, PNG and WebP images can be uploaded";

    /** Fragments of the decoders' warnings that mean pixels were missing or garbled and made up. */
    private static final List<String> DAMAGE_WARNINGS = List.of("truncated", "premature end", "corrupt");

    /** The pixels as decoded: the whole image, or one in s × s of it; as stored, not yet upright. */
    private final BufferedImage pixels;
    private final ExifOrientation orientation;
    /** The size of the whole image as stored, which its proportions are taken from. */
    private final int storedWidth;
    private final int storedHeight;

    private UploadedImage(BufferedImage pixels, ExifOrientation orientation, int storedWidth, int storedHeight) {
        this.pixels = pixels;
        this.orientation = orientation;
        this.storedWidth = storedWidth;
        this.storedHeight = storedHeight;
    }

    /** Reads the upload (the stream is left open) or refuses it. */
    static UploadedImage read(InputStream content) {
        return decode(readAtMost(content));
    }

    private static UploadedImage decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImageRejectedException("The file is empty. Choose a JPEG, PNG or WebP photo and upload it again.");
        }
        ImageFormat format = ImageFormat.of(bytes).orElseThrow(() -> new ImageRejectedException(ACCEPTED
                + ", and this file is none of them, whatever its name says. Save or export the picture as"
                + " JPEG, PNG or WebP and upload it again."));
        if (format.isTruncated(bytes)) {
            throw unreadable(null);
        }
        ExifOrientation orientation = format == ImageFormat.JPEG ? ExifOrientation.ofJpeg(bytes) : ExifOrientation.NORMAL;
        ImageReader reader = format.reader();
        BufferedImage pixels;
        int width;
        int height;
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
            checkSize(width, height);
            DecodePlan plan = plan(width, height, reader.getImageTypes(0).next(), format, bytes, orientation);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(plan.subsampling(), plan.subsampling(), 0, 0);
            var warnings = new ArrayList<String>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            pixels = reader.read(0, param);
            if (warnings.stream().anyMatch(UploadedImage::meansDamage)) {
                throw unreadable(null);
            }
        } catch (ImageRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders throw more than IOException on hostile input (index and state errors).
            throw unreadable(e);
        } finally {
            reader.dispose();
        }
        return new UploadedImage(ImageScaler.scalable(pixels), orientation, width, height);
    }

    /** Width of the whole image seen upright. */
    int width() {
        return orientation.swapsSides() ? storedHeight : storedWidth;
    }

    /** Height of the whole image seen upright. */
    int height() {
        return orientation.swapsSides() ? storedWidth : storedHeight;
    }

    /**
     * The widest it can be shown without enlarging what was decoded: its upright width, or about
     * 1/s of it when it was decoded one pixel in s × s.
     */
    int maxWidth() {
        return orientation.swapsSides() ? pixels.getHeight() : pixels.getWidth();
    }

    /** The image upright, shrunk to the given width (at most {@link #maxWidth()}), opaque. */
    BufferedImage scaledTo(int width) {
        int height = ImageScaler.heightAt(width(), height(), width);
        // Shrink first and turn after: turning the full-size photo would copy all of its pixels.
        BufferedImage scaled = orientation.swapsSides()
                ? ImageScaler.resize(pixels, height, width)
                : ImageScaler.resize(pixels, width, height);
        return orientation.apply(scaled);
    }

    /** Reads the whole upload, but never more than one byte past the limit. */
    private static byte[] readAtMost(InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive the upload", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImageRejectedException("The file is larger than 10 MB. Export the photo smaller"
                    + " (about 3,000 pixels wide is plenty for the site) and upload it again.");
        }
        return bytes;
    }

    /** Refuses absurd sizes from the header alone, before a single pixel is decoded. */
    private static void checkSize(int width, int height) {
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new ImageRejectedException(String.format(Locale.ROOT, "The image is %,d × %,d pixels, more"
                    + " than the site can take (at most %,d pixels on a side and %d megapixels in all)."
                    + " Export it smaller and upload it again.", width, height, MAX_SIDE, MAX_PIXELS / 1_000_000));
        }
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new ImageRejectedException(String.format(Locale.ROOT, "The image is only %d × %d pixels,"
                    + " too small to show well on the site. Choose one at least %d pixels on each side.",
                    width, height, MIN_SIDE));
        }
    }

    /**
     * How to read the image within the budget, from its size and the type the reader decodes it
     * into (the first it offers); refused when no way fits, which only a WebP the reader cannot
     * subsample comes to within the size limits.
     */
    private static DecodePlan plan(int width, int height, ImageTypeSpecifier type, ImageFormat format, byte[] bytes,
            ExifOrientation orientation) {
        return DecodePlan.of(width, height, orientation.swapsSides(), type, format.decoder(bytes), bytes.length,
                MediaApi.WIDTHS.get(MediaApi.WIDTHS.size() - 1), MIN_SIDE).orElseThrow(() -> {
                    String size = String.format(Locale.ROOT, "The image is %,d × %,d pixels", width, height);
                    if (format == ImageFormat.WEBP) {
                        return new ImageRejectedException(size + ", a WebP with transparency or lossless"
                                + " compression, which the site can only read whole, and that takes more memory"
                                + " than it allows for one image. Export it smaller (2,000 pixels wide is plenty)"
                                + " or as JPEG and upload it again.");
                    }
                    return new ImageRejectedException(size + " with " + type.getColorModel().getPixelSize()
                            + " bits to a pixel, which takes more memory to read than the site allows for one"
                            + " image. Export it smaller, as an 8-bit JPEG, and upload it again.");
                });
    }

    private static boolean meansDamage(String warning) {
        String lower = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
        return DAMAGE_WARNINGS.stream().anyMatch(lower::contains);
    }

    private static ImageRejectedException unreadable(Exception cause) {
        return new ImageRejectedException("The image could not be read: the file seems damaged or incomplete,"
                + " or saved in a form browsers cannot show. Open it on your computer, export it again as"
                + " JPEG, PNG or WebP and upload it again.", cause);
    }
}
