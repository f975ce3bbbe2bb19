/**
 * Images the site shows: each stored once in the database (so every instance sees it) as JPEG
 * variants at responsive widths, served at {@code /media/{id}/{width}.jpg}. Coaches' uploads
 * (JPEG, PNG or WebP, judged by their bytes) are checked before any pixel is decoded, decoded
 * within a memory budget (subsampled when whole would not fit) and keep none of their metadata;
 * our own SVG illustrations are drawn at each width.
 *
 * <p>An image is anyone's (and cached for a year) once a public page shows it, as the modules that
 * show images tell through their {@link org.corebalance.media.MediaUses} beans; until then only
 * staff see it, and to anyone else it is not found, like an id never stored. E-mail gives images
 * a shared address that opens just that image. The coach deletes an image only when no module's
 * {@code MediaUses} uses it (drafts and sent newsletters too); modules lock the images they save
 * ({@code MediaApi.holdForUse}), so none is deleted from under a save. Other modules use
 * {@link org.corebalance.media.MediaApi}; uses {@code system} for the key of shared addresses and
 * {@code shared} to ask who is signed in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package org.corebalance.media;
