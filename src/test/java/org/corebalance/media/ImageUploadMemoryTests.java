package org.corebalance.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Uploads are bounded by the memory they take, not only by their pixels: the heap a read takes is
 * measured as the bytes the reading thread allocates (garbage included, so more than it holds).
 */
class ImageUploadMemoryTests {

    /** Just under 50 megapixels, as in the report of one PNG exhausting a 512 MB heap. */
    private static final int SIDE = 7_071;
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    @BeforeAll
    static void allocationsAreCounted() {
        assertThat(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled()).isTrue();
    }

    @Test
    void aFiftyMegapixelSixteenBitPngIsReadSubsampledWithinTheBudget() {
        byte[] png = TestImages.rgbaPng(SIDE, SIDE, 16);
        assertThat(png.length).isLessThan(1024 * 1024);
        readsWithinTheBudgetAtEveryWidth(png);
    }

    @Test
    void anEightBitOneOfTheSameSizeToo() {
        readsWithinTheBudgetAtEveryWidth(TestImages.rgbaPng(SIDE, SIDE, 8));
    }

    private static void readsWithinTheBudgetAtEveryWidth(byte[] png) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        UploadedImage image = UploadedImage.read(new ByteArrayInputStream(png));
        BufferedImage largest = image.scaledTo(1600);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        // Decoded whole, its 16-bit pixels alone were 400 MB, and reading it allocated 676 MB.
        assertThat(allocated).isLessThan(2 * DecodePlan.BUDGET);
        assertThat(image.width()).isEqualTo(SIDE);
        assertThat(image.height()).isEqualTo(SIDE);
        assertThat(image.maxWidth()).isGreaterThanOrEqualTo(1600).isLessThan(SIDE);
        assertThat(largest.getWidth()).isEqualTo(1600);
        assertThat(largest.getHeight()).isEqualTo(1600);
        assertThat(isMarker(largest.getRGB(100, 100))).isTrue();
        assertThat(largest.getRGB(1500, 1500) & 0xFFFFFF).isEqualTo(0x808080);
    }

    @Test
    void aTurnedPhotoTooLargeToReadWholeKeepsItsUprightProportions() {
        // 4800 × 3200 as the camera stored it, to be turned a quarter clockwise.
        byte[] jpeg = TestImages.withExif(TestImages.jpeg(4800, 3200), 6);

        UploadedImage image = UploadedImage.read(new ByteArrayInputStream(jpeg));

        assertThat(image.width()).isEqualTo(3200);
        assertThat(image.height()).isEqualTo(4800);
        assertThat(image.maxWidth()).isEqualTo(1600);
        BufferedImage upright = image.scaledTo(1600);
        assertThat(upright.getWidth()).isEqualTo(1600);
        assertThat(upright.getHeight()).isEqualTo(2400);
        assertThat(isMarker(upright.getRGB(1590, 10))).isTrue();
        assertThat(isMarker(upright.getRGB(10, 10))).isFalse();
    }

    @Test
    void aWebpTheReaderCannotReadSubsampledIsRefusedBeforeItsPixelsAreDecoded() {
        byte[] lossless = TestImages.webp(5000, 4000, 200, 40);

        long before = THREADS.getCurrentThreadAllocatedBytes();
        assertThatThrownBy(() -> UploadedImage.read(new ByteArrayInputStream(lossless)))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining("5,000 × 4,000 pixels").hasMessageContaining("WebP")
                .hasMessageContaining("Export it smaller").hasMessageContaining("as JPEG");
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        // Its pixels would have taken 60 MB, and as many again for the reader's own raster.
        assertThat(allocated).isLessThan(8L * lossless.length);
    }

    private static boolean isMarker(int rgb) {
        int red = rgb >> 16 & 0xFF;
        int green = rgb >> 8 & 0xFF;
        int blue = rgb & 0xFF;
        return red > 200 && green < 60 && blue < 60;
    }
}
