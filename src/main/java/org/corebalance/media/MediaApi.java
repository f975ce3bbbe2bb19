package org.corebalance.media;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What other modules may ask of media: store a coach's photo or one of our illustrations, list the
 * library, describe an image for a page, address an image in an e-mail. Which images readers may
 * fetch is told by every module's {@link MediaUses}.
 */
@Service
public class MediaApi {

    /** Responsive widths every image is offered in (never wider than the original). */
    static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_CACHED = 10_000;
    /**
     * Each decode, from the upload's bytes to its variants' JPEG, stays within {@link DecodePlan#BUDGET}
     * (80 MiB); two at a time keep all uploads together under 160 MiB of heap, whatever the images.
     */
    private static final int CONCURRENT_DECODES = 2;

    private final MediaRepository repository;
    private final MediaVisibility visibility;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Stored images never change, so what a page needs to know of one can be kept. */
    private final Map<Long, ResponsiveImage> described = new ConcurrentHashMap<>();
    private final Semaphore decoding = new Semaphore(CONCURRENT_DECODES);

    MediaApi(MediaRepository repository, MediaVisibility visibility, TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.visibility = visibility;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Stores a photo a coach uploaded, as JPEG variants with none of the original's metadata (no
     * EXIF, no GPS position), turned upright as its camera said. Reads at most 10 MB of the stream
     * and does not close it.
     *
     * @param originalFilename the name the file had on the coach's computer, kept only as a label
     * @return the new image's id
     * @throws ImageRejectedException when the file is not a sensible JPEG, PNG or WebP photo of at
     *                                most 10 MB; nothing is stored then, and the message says why
     */
    public long upload(String originalFilename, InputStream content) {
        return store(nameOf(originalFilename), variantsOf(content));
    }

    /**
     * Stores one of Core Balance's own SVG illustrations, drawn at each responsive width.
     *
     * @return the new image's id
     */
    public long importIllustration(String name, byte[] svg) {
        return store(nameOf(name), encoded(WIDTHS.stream().map(width -> SvgRasterizer.render(svg, width)).toList()));
    }

    /**
     * One page of every stored image, newest first. A page below 1 is read as 1 and a page size is
     * kept between 1 and {@value #MAX_PAGE_SIZE}; the page returned says which were used.
     */
    public MediaLibraryPage library(int page, int pageSize) {
        int number = Math.max(1, page);
        int size = Math.min(MAX_PAGE_SIZE, Math.max(1, pageSize));
        long total = repository.count();
        long offset = (long) (number - 1) * size;
        List<MediaItem> items = offset >= total ? List.of()
                : repository.findNewest(size, (int) offset).stream().map(MediaAsset::item).toList();
        return new MediaLibraryPage(items, number, size, total);
    }

    public boolean exists(long id) {
        return repository.exists(id);
    }

    /** The stored bytes of one size of an image, as {@link MediaController} serves them. */
    Optional<MediaRepository.Variant> variant(long id, int width) {
        return repository.findVariant(id, width);
    }

    /**
     * The address of one size of an image that shows it to whoever holds the address, whether or
     * not a public page shows it yet: for e-mail, which people read signed out (a newsletter may
     * show an image no published article does). Relative to the site, like {@code /media/12/960.jpg?k=…}.
     */
    public String sharedAddress(long id, int width) {
        return "/media/" + id + "/" + width + ".jpg?k=" + visibility.shareKey(id);
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

    /**
     * The widths an image of this width is offered in: each responsive width, but none wider than
     * the image itself (an 800 px photo gives 480 and 800).
     */
    static List<Integer> variantWidths(int originalWidth) {
        return WIDTHS.stream().map(width -> Math.min(width, originalWidth)).distinct().toList();
    }

    /** A label for the library: the file's own name without any folder, control characters or excess. */
    static String nameOf(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            return "Untitled image";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            int end = MAX_NAME_LENGTH;
            if (Character.isLowSurrogate(name.charAt(end))) {
                end--;
            }
            name = name.substring(0, end);
        }
        return name;
    }

    /**
     * Decodes the upload, shrinks it to every width it is offered in and encodes those, largest
     * last; none wider than what was decoded, which for an image decoded subsampled may be less
     * than its own width. The pixels are all let go before the permit is.
     */
    private List<MediaRepository.Variant> variantsOf(InputStream content) {
        decoding.acquireUninterruptibly();
        try {
            UploadedImage image = UploadedImage.read(content);
            List<Integer> widths = variantWidths(image.maxWidth());
            BufferedImage largest = image.scaledTo(widths.get(widths.size() - 1));
            var variants = new ArrayList<BufferedImage>();
            for (int width : widths.subList(0, widths.size() - 1)) {
                variants.add(ImageScaler.toWidth(largest, width));
            }
            variants.add(largest);
            return encoded(variants);
        } finally {
            decoding.release();
        }
    }

    /** Each size (ascending) as JPEG. */
    private static List<MediaRepository.Variant> encoded(List<BufferedImage> images) {
        return images.stream().map(image -> new MediaRepository.Variant(image.getWidth(), image.getHeight(),
                ImageEncoder.CONTENT_TYPE, ImageEncoder.jpeg(image))).toList();
    }

    /** Stores the sizes (ascending) all or none. */
    private long store(String name, List<MediaRepository.Variant> variants) {
        MediaRepository.Variant largest = variants.get(variants.size() - 1);
        return transaction.execute(status ->
                repository.insert(name, largest.width(), largest.height(), variants, clock.instant()));
    }
}
