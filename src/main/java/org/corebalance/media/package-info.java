/**
 * Images the site shows: each stored once in the database (so every instance sees it) as JPEG
 * variants at responsive widths, served at {@code /media/{id}/{width}.jpg} with a year-long
 * cache. Coaches' uploads (JPEG, PNG or WebP, judged by their bytes) are checked before any pixel
 * is decoded, decoded within a memory budget (subsampled when whole would not fit) and keep none
 * of their metadata; our own SVG illustrations are drawn at each width.
 * Other modules use {@link org.corebalance.media.MediaApi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package org.corebalance.media;
