package org.corebalance.media;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of media: store an illustration, describe an image for a page. */
@Service
public class MediaApi {

    /** Responsive widths every image is offered in (never wider than the original). */
    static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    private static final int MAX_CACHED = 10_000;

    private final MediaRepository repository;
    private final Clock clock;
    /** Stored images never change, so what a page needs to know of one can be kept. */
    private final Map<Long, ResponsiveImage> described = new ConcurrentHashMap<>();

    MediaApi(MediaRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Stores one of Core Balance's own SVG illustrations, drawn at each responsive width.
     *
     * @return the new image's id
     */
    @Transactional
    public long importIllustration(String name, byte[] svg) {
        var variants = new ArrayList<MediaRepository.Variant>();
        int height = 0;
        for (int width : WIDTHS) {
            BufferedImage image = SvgRasterizer.render(svg, width);
            height = image.getHeight();
            variants.add(new MediaRepository.Variant(width, image.getHeight(), ImageEncoder.CONTENT_TYPE,
                    ImageEncoder.jpeg(image)));
        }
        return repository.insert(name, WIDTHS.get(WIDTHS.size() - 1), height, variants, clock.instant());
    }

    public Optional<ResponsiveImage> describe(long id) {
        ResponsiveImage image = described.get(id);
        if (image != null) {
            return Optional.of(image);
        }
        Optional<ResponsiveImage> found = repository.find(id).map(MediaAsset::responsive);
        found.ifPresent(value -> {
            if (described.size() >= MAX_CACHED) {
                described.clear();
            }
            described.put(id, value);
        });
        return found;
    }
}
