package org.corebalance.media;

/** The media library page: one page of images, the one just uploaded (or null), and an upload problem (or null). */
public record MediaAdminPage(MediaLibraryPage library, Long uploaded, String problem) {
}
