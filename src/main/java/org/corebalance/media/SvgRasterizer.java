package org.corebalance.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Draws an SVG illustration that ships with Core Balance at a given width. Only for our own
 * trusted files: external resources are refused, and uploaded SVGs never come here.
 */
final class SvgRasterizer {

    private SvgRasterizer() {
    }

    static BufferedImage render(byte[] svg, int width) {
        var transcoder = new CapturingTranscoder();
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        try {
            transcoder.transcode(new TranscoderInput(new ByteArrayInputStream(svg)), null);
        } catch (TranscoderException e) {
            throw new IllegalArgumentException("Not a drawable SVG: " + e.getMessage(), e);
        }
        return transcoder.image;
    }

    private static final class CapturingTranscoder extends ImageTranscoder {

        private BufferedImage image;

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage image, TranscoderOutput output) {
            this.image = image;
        }
    }
}
