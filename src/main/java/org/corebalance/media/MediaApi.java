package org.corebalance.media;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What other modules may ask of media: store a coach's photo or one of our illustrations, list the
 * library, describe an image for a page, address an image in an e-mail, hold the images they save
 * as used. Which images readers may fetch, and which are used and so kept from deletion, is told by
 * every module's {@link MediaUses}.
 */
@Service
public class MediaApi {

    /**
     * Responsive widths every image is offered in (never wider than the original). Close enough
     * together that a browser's pick is never much more than it shows: an image a 360 px phone shows
     * 320 px wide wants 640 pixels at 2x and 960 at 3x, and the phones of 375 to 430 px at 3x want
     * 1,000 to 1,170 ({@code blog.ImageSizes} says how wide each place shows them). Images stored
     * before a width was added get it from {@link MissingSizes}.
     */
    static final List<Integer> WIDTHS = List.of(480, 640, 800, 960, 1200, 1600);
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
    private final List<MediaUses> uses;

    MediaApi(MediaRepository repository, MediaVisibility visibility, TransactionTemplate transaction, Clock clock,
            List<MediaUses> uses) {
        this.repository = repository;
        this.visibility = visibility;
        this.transaction = transaction;
        this.clock = clock;
        this.uses = List.copyOf(uses);
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
        return store(nameOf(name), WIDTHS.stream().map(width -> encoded(SvgRasterizer.render(svg, width))).toList());
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

    /** One image as the library lists it. */
    Optional<MediaItem> item(long id) {
        return repository.find(id).map(MediaAsset::item);
    }

    public boolean exists(long id) {
        return repository.exists(id);
    }

    /**
     * Which of these images exist, each kept from being deleted until the caller's transaction
     * ends (their rows are locked). A module calls it in the transaction that records it uses
     * them, and records only those returned: an image being deleted at that moment is either
     * still there and kept, or already gone and not returned.
     *
     * @throws IllegalStateException outside a transaction, where the hold would end at once
     */
    public Set<Long> holdForUse(Collection<Long> ids) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Images can only be held for use inside a transaction");
        }
        return new LinkedHashSet<>(repository.lockExisting(ids));
    }

    /** Everything that shows the image, as the modules that show images tell it. */
    public List<MediaUse> usesOf(long id) {
        return uses.stream().flatMap(use -> use.usesOf(id).stream()).toList();
    }

    /**
     * Deletes an image with all its sizes, unless anything shows it (as every {@link MediaUses}
     * tells, drafts too). The check and the delete are one transaction holding the image's row,
     * so an article saved with the image at the same moment either comes first, and the image
     * stays, or finds the image gone.
     */
    Removal delete(long id) {
        try {
            return transaction.execute(status -> {
                Optional<MediaAsset> asset = repository.findForUpdate(id);
                if (asset.isEmpty()) {
                    return new Removal.NotFound();
                }
                List<MediaUse> shownBy = usesOf(id);
                if (!shownBy.isEmpty()) {
                    return new Removal.InUse(asset.get().name(), shownBy);
                }
                repository.delete(id);
                return new Removal.Deleted(asset.get().name());
            });
        } catch (DataIntegrityViolationException e) {
            // Something that refers to it by a foreign key but does not hold it (an article's hero
            // written by older code): the database refused, so it is in use after all.
            return repository.find(id).<Removal>map(asset -> new Removal.InUse(asset.name(), usesOf(id)))
                    .orElseGet(Removal.NotFound::new);
        } finally {
            forget(id);
        }
    }

    /** What became of an image the coach asked to delete. */
    sealed interface Removal {

        record Deleted(String name) implements Removal {
        }

        record InUse(String name, List<MediaUse> uses) implements Removal {
        }

        record NotFound() implements Removal {
        }
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
        return decoding(() -> {
            UploadedImage image = UploadedImage.read(content);
            List<Integer> widths = variantWidths(image.maxWidth());
            BufferedImage largest = image.scaledTo(widths.get(widths.size() - 1));
            var variants = new ArrayList<>(smallerSizes(largest, widths.subList(0, widths.size() - 1)));
            variants.add(encoded(largest));
            return variants;
        });
    }

    /**
     * The image at each of these widths (each less than its own), as JPEG. Each size is encoded as
     * soon as it is made, so that besides the image only one smaller size is ever held in pixels
     * (see {@link DecodePlan}).
     */
    static List<MediaRepository.Variant> smallerSizes(BufferedImage largest, List<Integer> widths) {
        var variants = new ArrayList<MediaRepository.Variant>();
        for (int width : widths) {
            variants.add(encoded(ImageScaler.toWidth(largest, width)));
        }
        return variants;
    }

    /** Runs {@code work} as one of the few decodes allowed at a time (see {@link DecodePlan#BUDGET}). */
    <T> T decoding(java.util.function.Supplier<T> work) {
        decoding.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            decoding.release();
        }
    }

    /** Forgets what was kept of an image that changed or is gone. */
    void forget(long id) {
        described.remove(id);
    }

    private static MediaRepository.Variant encoded(BufferedImage image) {
        return new MediaRepository.Variant(image.getWidth(), image.getHeight(), ImageEncoder.CONTENT_TYPE,
                ImageEncoder.jpeg(image));
    }


    /** Stores the sizes (ascending) all or none. */
    private long store(String name, List<MediaRepository.Variant> variants) {
        MediaRepository.Variant largest = variants.get(variants.size() - 1);
        return transaction.execute(status ->
                repository.insert(name, largest.width(), largest.height(), variants, clock.instant()));
    }
}
