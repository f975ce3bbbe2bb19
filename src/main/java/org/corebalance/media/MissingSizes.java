package org.corebalance.media;

import jakarta.annotation.PreDestroy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives each image stored before a width joined {@link MediaApi#WIDTHS} that width, made from its
 * largest stored size (the upload itself is never kept), in the background after start-up. Pages
 * offer only the sizes an image has, so until then it is simply offered in fewer. Several instances
 * may do it at once: a size two of them make is stored once.
 */
@Component
class MissingSizes {

    private static final Logger log = LoggerFactory.getLogger(MissingSizes.class);

    private final MediaRepository repository;
    private final MediaApi media;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "media-missing-sizes");
        thread.setDaemon(true);
        return thread;
    });

    MissingSizes(MediaRepository repository, MediaApi media) {
        this.repository = repository;
        this.media = media;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        background.execute(() -> {
            try {
                int added = addAll();
                if (added > 0) {
                    log.info("Added the newer sizes to {} images stored before them", added);
                }
            } catch (RuntimeException e) {
                log.warn("Could not add the newer sizes to older images; they keep the sizes they have", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Adds every size an image lacks; how many images got sizes. */
    int addAll() {
        int added = 0;
        for (MediaAsset asset : repository.findAll()) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            List<Integer> missing = missing(asset);
            if (!missing.isEmpty() && add(asset, missing)) {
                added++;
            }
        }
        return added;
    }

    /** The widths an image of its size is offered in today that it has not got. */
    static List<Integer> missing(MediaAsset asset) {
        return MediaApi.variantWidths(asset.width()).stream().filter(w -> !asset.variantWidths().contains(w)).toList();
    }

    private boolean add(MediaAsset asset, List<Integer> widths) {
        Optional<MediaRepository.Variant> largest = repository.findVariant(asset.id(), asset.width());
        if (largest.isEmpty()) {
            return false;
        }
        List<MediaRepository.Variant> made;
        try {
            made = media.decoding(() -> MediaApi.smallerSizes(read(largest.get().bytes()), widths));
        } catch (RuntimeException e) {
            log.warn("Could not make the newer sizes of image {}", asset.id(), e);
            return false;
        }
        made.forEach(variant -> repository.addVariant(asset.id(), variant));
        repository.recordWidths(asset.id());
        media.forget(asset.id());
        return true;
    }

    /** One of our own stored JPEGs, at most the widest width: safe to decode whole. */
    private static BufferedImage read(byte[] jpeg) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (image == null) {
                throw new IllegalStateException("not a readable JPEG");
            }
            return image;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
