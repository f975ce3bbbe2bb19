package org.corebalance.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** What an upload must be before any of it is stored: its bytes, its size, its header, its pixels. */
class ImageUploadCheckTests {

    private static final String WRONG_TYPE = "Only JPEG, PNG and WebP images can be uploaded";
    private static final String UNREADABLE = "could not be read";

    @Test
    void readsJpegPngAndWebpByTheirBytes() {
        assertThat(read(TestImages.jpeg(1200, 800))).extracting(UploadedImage::width, UploadedImage::height)
                .containsExactly(1200, 800);
        assertThat(read(TestImages.png(800, 600))).extracting(UploadedImage::width, UploadedImage::height)
                .containsExactly(800, 600);
        assertThat(read(TestImages.transparentPng(300, 200))).extracting(UploadedImage::width, UploadedImage::height)
                .containsExactly(300, 200);
        assertThat(read(TestImages.webp(640, 360, 200, 40))).extracting(UploadedImage::width, UploadedImage::height)
                .containsExactly(640, 360);
    }

    @Test
    void decodesTheWebpPixels() {
        BufferedImage image = read(TestImages.webp(640, 360, 200, 40)).scaledTo(640);
        assertThat(image.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0xC8FF28);
        assertThat(image.getRGB(630, 350) & 0xFFFFFF).isEqualTo(0xC80028);
    }

    @Test
    void exactlyTenMegabytesIsAccepted() {
        byte[] jpeg = Arrays.copyOf(TestImages.jpeg(400, 300), UploadedImage.MAX_BYTES);
        assertThat(read(jpeg).width()).isEqualTo(400);
    }

    @Test
    void refusesOneByteMoreThanTenMegabytesAndReadsNoFurther() {
        var endless = new CountingZeros();
        rejected(endless).hasMessageContaining("larger than 10 MB");
        assertThat(endless.read).isEqualTo(UploadedImage.MAX_BYTES + 1L);

        byte[] jpeg = Arrays.copyOf(TestImages.jpeg(400, 300), UploadedImage.MAX_BYTES + 1);
        rejected(jpeg).hasMessageContaining("larger than 10 MB");
    }

    @Test
    void refusesAnEmptyFile() {
        rejected(new byte[0]).hasMessageContaining("The file is empty");
    }

    @Test
    void refusesWhatIsNotJpegPngOrWebpWhateverItsName() {
        rejected("Not a photo, just text saved as hero.jpg\n".getBytes(StandardCharsets.UTF_8))
                .hasMessageContaining(WRONG_TYPE).hasMessageContaining("whatever its name says");
        rejected("""
                <svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
                  <script>alert(document.cookie)</script><rect width="800" height="600"/>
                </svg>""".getBytes(StandardCharsets.UTF_8)).hasMessageContaining(WRONG_TYPE);
        rejected(TestImages.gif(800, 600)).hasMessageContaining(WRONG_TYPE);
        rejected("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII))
                .hasMessageContaining(WRONG_TYPE);
        rejected(TestImages.ascii("RIFF\0\0\0\0WAVEfmt ")).hasMessageContaining(WRONG_TYPE);
    }

    @Test
    void refusesAnAbsurdSizeFromTheHeaderWithoutDecodingIt() {
        byte[] bomb = TestImages.pngHeader(50_000, 50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            rejected(bomb).hasMessageContaining("50,000 × 50,000 pixels")
                    .hasMessageContaining("at most 12,000 pixels on a side and 50 megapixels");
        });
        rejected(TestImages.pngHeader(12_001, 300)).hasMessageContaining("12,001 × 300 pixels");
        rejected(TestImages.pngHeader(8_000, 7_000)).hasMessageContaining("50 megapixels");
    }

    @Test
    void refusesAnImageTooSmallForThePage() {
        rejected(TestImages.png(100, 100)).hasMessageContaining("only 100 × 100 pixels")
                .hasMessageContaining("at least 200 pixels");
        rejected(TestImages.jpeg(800, 199)).hasMessageContaining("only 800 × 199 pixels");
        assertThat(read(TestImages.png(200, 200)).width()).isEqualTo(200);
    }

    @Test
    void refusesTruncatedOrCorruptFiles() {
        byte[] jpeg = TestImages.jpeg(1200, 800);
        rejected(Arrays.copyOf(jpeg, jpeg.length / 2)).hasMessageContaining(UNREADABLE);
        rejected(Arrays.copyOf(jpeg, jpeg.length - 2)).hasMessageContaining(UNREADABLE);
        rejected(Arrays.copyOf(jpeg, 300)).hasMessageContaining(UNREADABLE);

        byte[] png = TestImages.png(1200, 800);
        rejected(Arrays.copyOf(png, png.length / 2)).hasMessageContaining(UNREADABLE);

        byte[] webp = TestImages.webp(640, 360, 200, 40);
        rejected(Arrays.copyOf(webp, webp.length / 2)).hasMessageContaining(UNREADABLE);

        byte[] garbage = new byte[5000];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;
        rejected(garbage).hasMessageContaining(UNREADABLE);
    }

    @Test
    void aPhoneJpegWithExifIsReadAndTurnedUpright() {
        UploadedImage image = read(TestImages.withExif(TestImages.jpeg(1200, 800), 6));
        assertThat(image.width()).isEqualTo(800);
        assertThat(image.height()).isEqualTo(1200);
        BufferedImage upright = image.scaledTo(400);
        assertThat(upright.getWidth()).isEqualTo(400);
        assertThat(upright.getHeight()).isEqualTo(600);
        // Turned a quarter clockwise, the red top-left corner is now the top-right one.
        assertThat(isMarker(upright.getRGB(390, 10))).isTrue();
        assertThat(isMarker(upright.getRGB(10, 10))).isFalse();
    }

    private static boolean isMarker(int rgb) {
        int red = rgb >> 16 & 0xFF;
        int green = rgb >> 8 & 0xFF;
        int blue = rgb & 0xFF;
        return red > 200 && green < 60 && blue < 60;
    }

    private static UploadedImage read(byte[] bytes) {
        return UploadedImage.read(new ByteArrayInputStream(bytes));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> rejected(byte[] bytes) {
        return rejected(new ByteArrayInputStream(bytes));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> rejected(InputStream content) {
        return assertThatThrownBy(() -> UploadedImage.read(content)).isInstanceOf(ImageRejectedException.class);
    }

    /** An upload that never ends, counting what was taken from it. */
    private static final class CountingZeros extends InputStream {

        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 0);
            read += len;
            return len;
        }
    }
}
