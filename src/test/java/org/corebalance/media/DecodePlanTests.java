package org.corebalance.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageTypeSpecifier;
import org.junit.jupiter.api.Test;

/** How much of an image is decoded so that reading and shrinking it stays within the budget. */
class DecodePlanTests {

    private static final int WIDEST = 1600;
    private static final ImageFormat.Decoder ROW_BY_ROW = new ImageFormat.Decoder(true, 0);
    private static final ImageTypeSpecifier JPEG_RGB = standard(BufferedImage.TYPE_3BYTE_BGR);
    private static final ImageTypeSpecifier RGBA_16 = ImageTypeSpecifier.createInterleaved(
            ColorSpace.getInstance(ColorSpace.CS_sRGB), new int[] {0, 1, 2, 3}, DataBuffer.TYPE_USHORT, true, false);

    /** What the JPEG and PNG readers decode into, from 1 to 64 bits a pixel; none 16-bit but the last three. */
    private static final Map<String, ImageTypeSpecifier> TYPES = Map.of(
            "JPEG or PNG RGB", JPEG_RGB,
            "PNG RGBA", standard(BufferedImage.TYPE_4BYTE_ABGR),
            "grey", standard(BufferedImage.TYPE_BYTE_GRAY),
            "1-bit palette", standard(BufferedImage.TYPE_BYTE_BINARY),
            "16-bit grey", standard(BufferedImage.TYPE_USHORT_GRAY),
            "16-bit RGB", ImageTypeSpecifier.createInterleaved(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                    new int[] {0, 1, 2}, DataBuffer.TYPE_USHORT, false, false),
            "16-bit RGBA", RGBA_16);

    @Test
    void aTwelveMegapixelPhonePhotoIsReadWholeTurnedOrNot() {
        assertThat(plan(4032, 3024, false, JPEG_RGB, ROW_BY_ROW, UploadedImage.MAX_BYTES).orElseThrow().subsampling()).isEqualTo(1);
        assertThat(plan(4032, 3024, true, JPEG_RGB, ROW_BY_ROW, UploadedImage.MAX_BYTES).orElseThrow().subsampling()).isEqualTo(1);
    }

    @Test
    void largerOrDeeperImagesAreReadSubsampledAndStillWiderThanTheWidestVariant() {
        DecodePlan camera = plan(6000, 4000, false, JPEG_RGB, ROW_BY_ROW, UploadedImage.MAX_BYTES).orElseThrow();
        assertThat(camera.subsampling()).isEqualTo(2);
        assertThat(camera.width()).isEqualTo(3000);
        assertThat(camera.height()).isEqualTo(2000);

        // The file of issue 15 (about 400 KB); with 10 MB of file to hold besides, it is read at 1 in 4.
        DecodePlan deep = plan(7071, 7071, false, RGBA_16, ROW_BY_ROW, 400_000).orElseThrow();
        assertThat(deep.subsampling()).isEqualTo(3);
        assertThat(deep.width()).isEqualTo(2357).isGreaterThanOrEqualTo(WIDEST);
        assertThat(deep.bytes()).isLessThanOrEqualTo(DecodePlan.BUDGET);
    }

    @Test
    void everyImageTheLimitsAcceptIsReadWithinTheBudgetAndWideEnoughWhenItIsNotTall() {
        for (var type : TYPES.entrySet()) {
            boolean deep = type.getKey().startsWith("16-bit");
            double narrowest = 1;
            for (int width = UploadedImage.MIN_SIDE; width <= UploadedImage.MAX_SIDE; width += 200) {
                for (int height = UploadedImage.MIN_SIDE; height <= UploadedImage.MAX_SIDE; height += 200) {
                    if ((long) width * height > UploadedImage.MAX_PIXELS) {
                        continue;
                    }
                    for (boolean turned : new boolean[] {false, true}) {
                        DecodePlan plan = plan(width, height, turned, type.getValue(), ROW_BY_ROW, UploadedImage.MAX_BYTES)
                                .orElse(null);
                        int uprightWidth = turned ? height : width;
                        int uprightHeight = turned ? width : height;
                        int wanted = Math.min(uprightWidth, WIDEST);
                        boolean wide = deep ? uprightWidth >= 2 * uprightHeight : uprightWidth >= uprightHeight;
                        if (plan == null || plan.bytes() > DecodePlan.BUDGET
                                || wide && (turned ? plan.height() : plan.width()) < wanted) {
                            fail("%s %d × %d%s: %s", type.getKey(), width, height, turned ? " turned" : "", plan);
                        }
                        narrowest = Math.min(narrowest, (double) (turned ? plan.height() : plan.width()) / wanted);
                    }
                }
            }
            // Tall images too large to read whole may come out narrower, but not by much.
            assertThat(narrowest).as(type.getKey()).isGreaterThan(deep ? 1 / 3.0 : 2 / 5.0);
        }
    }

    @Test
    void aWebpTheReaderCannotSubsampleIsReadWholeOrNotAtAll() {
        var whole = new ImageFormat.Decoder(false, 4.5);
        ImageTypeSpecifier rgba = standard(BufferedImage.TYPE_4BYTE_ABGR);
        assertThat(plan(2000, 1500, false, rgba, whole, 3_000_000).orElseThrow().subsampling()).isEqualTo(1);
        assertThat(plan(5000, 4000, false, rgba, whole, 3_000_000)).isEmpty();

        var lossy = new ImageFormat.Decoder(true, 0.5);
        assertThat(plan(5000, 4000, false, JPEG_RGB, lossy, 3_000_000).orElseThrow().subsampling()).isEqualTo(2);
    }

    @Test
    void countsTheBytesTheDecodedRasterReallyTakes() {
        assertThat(DecodePlan.rasterBytes(RGBA_16.getSampleModel(10, 10))).isEqualTo(800);
        assertThat(DecodePlan.rasterBytes(JPEG_RGB.getSampleModel(10, 10))).isEqualTo(300);
        assertThat(DecodePlan.rasterBytes(standard(BufferedImage.TYPE_INT_RGB).getSampleModel(10, 10))).isEqualTo(400);
        assertThat(DecodePlan.rasterBytes(standard(BufferedImage.TYPE_USHORT_GRAY).getSampleModel(10, 10))).isEqualTo(200);
        // One bit a pixel, each row padded to whole bytes: 2 bytes for 10 pixels.
        assertThat(DecodePlan.rasterBytes(standard(BufferedImage.TYPE_BYTE_BINARY).getSampleModel(10, 10))).isEqualTo(20);
    }

    private static Optional<DecodePlan> plan(int width, int height, boolean turned, ImageTypeSpecifier type,
            ImageFormat.Decoder decoder, int fileBytes) {
        return DecodePlan.of(width, height, turned, type, decoder, fileBytes, WIDEST, UploadedImage.MIN_SIDE);
    }

    private static ImageTypeSpecifier standard(int bufferedImageType) {
        return ImageTypeSpecifier.createFromBufferedImageType(bufferedImageType);
    }
}
