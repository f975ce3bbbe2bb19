package org.corebalance.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How an accepted photo becomes its variants: which widths, how it is shrunk and turned, its label. */
class ImageUploadVariantsTests {

    @Test
    void offersEachWidthButNeverWiderThanTheOriginal() {
        assertThat(MediaApi.variantWidths(4000)).containsExactly(480, 640, 800, 960, 1200, 1600);
        assertThat(MediaApi.variantWidths(1600)).containsExactly(480, 640, 800, 960, 1200, 1600);
        assertThat(MediaApi.variantWidths(1000)).containsExactly(480, 640, 800, 960, 1000);
        assertThat(MediaApi.variantWidths(960)).containsExactly(480, 640, 800, 960);
        assertThat(MediaApi.variantWidths(700)).containsExactly(480, 640, 700);
        assertThat(MediaApi.variantWidths(300)).containsExactly(300);
    }

    @Test
    void shrinksFineDetailToItsAverageInsteadOfShimmering() {
        // One-pixel stripes: a one-step nearest or bilinear resize keeps whole black or white columns.
        var stripes = new BufferedImage(1600, 400, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1600; x++) {
            for (int y = 0; y < 400; y++) {
                stripes.setRGB(x, y, x % 2 == 0 ? 0x000000 : 0xFFFFFF);
            }
        }
        BufferedImage small = ImageScaler.toWidth(stripes, 480);
        assertThat(small.getWidth()).isEqualTo(480);
        assertThat(small.getHeight()).isEqualTo(120);
        for (int x = 1; x < 479; x++) {
            int grey = small.getRGB(x, 60) & 0xFF;
            assertThat(grey).as("x=%d", x).isBetween(100, 155);
        }
    }

    @Test
    void laysTransparencyOnWhite() {
        var clear = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        BufferedImage flat = ImageScaler.toWidth(clear, 200);
        assertThat(flat.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(flat.getRGB(100, 100) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void turnsEachOfTheEightExifOrientationsUpright() {
        // What a camera stores for a picture whose upright form is [1 2 3 / 4 5 6], per orientation.
        int[][] stored = {
                {1, 2, 3, 4, 5, 6},
                {3, 2, 1, 6, 5, 4},
                {6, 5, 4, 3, 2, 1},
                {4, 5, 6, 1, 2, 3},
                {1, 4, 2, 5, 3, 6},
                {3, 6, 2, 5, 1, 4},
                {6, 3, 5, 2, 4, 1},
                {4, 1, 5, 2, 6, 3},
        };
        for (ExifOrientation orientation : ExifOrientation.values()) {
            boolean swaps = orientation.swapsSides();
            int w = swaps ? 2 : 3;
            int h = swaps ? 3 : 2;
            var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, w, h, stored[orientation.ordinal()], 0, w);
            BufferedImage upright = orientation.apply(image);
            assertThat(upright.getWidth()).isEqualTo(3);
            assertThat(upright.getHeight()).isEqualTo(2);
            int[] pixels = upright.getRGB(0, 0, 3, 2, null, 0, 3);
            assertThat(Arrays.stream(pixels).map(p -> p & 0xFFFFFF).toArray()).as(orientation.name())
                    .containsExactly(1, 2, 3, 4, 5, 6);
        }
    }

    @Test
    void readsTheOrientationFromExifAndNothingFromDamagedExif() {
        byte[] jpeg = TestImages.jpeg(300, 200);
        for (int value = 1; value <= 8; value++) {
            assertThat(ExifOrientation.ofJpeg(TestImages.withExif(jpeg, value))).isEqualTo(ExifOrientation.values()[value - 1]);
        }
        assertThat(ExifOrientation.ofJpeg(jpeg)).isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.ofJpeg(TestImages.withExif(jpeg, 9))).isEqualTo(ExifOrientation.NORMAL);

        byte[] withExif = TestImages.withExif(jpeg, 6);
        int exif = 20; // SOI (2) + the 18-byte JFIF segment ImageIO writes
        assertThat(withExif[exif + 1] & 0xFF).isEqualTo(0xE1);
        byte[] farOffset = withExif.clone();
        farOffset[exif + 14] = (byte) 0x7F; // IFD0 offset far beyond the segment
        assertThat(ExifOrientation.ofJpeg(farOffset)).isEqualTo(ExifOrientation.NORMAL);
        byte[] longSegment = withExif.clone();
        longSegment[exif + 2] = (byte) 0xFF; // a length that runs past the file
        assertThat(ExifOrientation.ofJpeg(Arrays.copyOf(longSegment, 200))).isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.ofJpeg(Arrays.copyOf(withExif, 30))).isEqualTo(ExifOrientation.NORMAL);
    }

    @Test
    void labelsTheImageWithItsFileNameOnly() {
        assertThat(MediaApi.nameOf("C:\\Users\\coach\\Pictures\\bridge.jpg")).isEqualTo("bridge.jpg");
        assertThat(MediaApi.nameOf("../../etc/passwd")).isEqualTo("passwd");
        assertThat(MediaApi.nameOf("  side\u0000plank\r\n.png ")).isEqualTo("sideplank.png");
        assertThat(MediaApi.nameOf(null)).isEqualTo("Untitled image");
        assertThat(MediaApi.nameOf("   ")).isEqualTo("Untitled image");
        assertThat(MediaApi.nameOf("a".repeat(199) + "😀.jpg")).hasSize(199);
        assertThat(MediaApi.nameOf("x".repeat(500))).hasSize(MediaApi.MAX_NAME_LENGTH);
    }
}
