package org.corebalance.media;

import java.util.List;

/**
 * One page of the media library, newest image first; {@code page} starts at 1, and a page past the
 * end has no items.
 */
public record MediaLibraryPage(List<MediaItem> items, int page, int pageSize, long total) {

    public MediaLibraryPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
