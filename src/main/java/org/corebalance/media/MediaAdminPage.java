package org.corebalance.media;

/**
 * The media library page: one page of images, the one just uploaded (or null), an upload problem
 * (or null), and a confirmation such as a deletion's (or null).
 */
public record MediaAdminPage(MediaLibraryPage library, Long uploaded, String problem, String notice) {
}
