package org.corebalance.blog;

import java.util.List;
import org.corebalance.media.MediaItem;
import org.corebalance.shared.FieldErrors;

/**
 * The article editor: the form, its errors, a preview (rendered exactly as readers will see it),
 * the images to choose a hero from or put into the text, and where the article stands.
 *
 * @param id        null for a new article
 * @param images    the newest images of the media library
 * @param state     "Draft", "Scheduled" or "Published"
 * @param notice    a confirmation after saving, or null
 * @param insert    what the "Insert an image" panel holds
 * @param scriptUrl the editor's own script, which inserts images where the cursor is
 */
public record ArticleEditorPage(
        Long id,
        ArticleForm form,
        FieldErrors errors,
        String previewHtml,
        List<MediaItem> images,
        String state,
        String publicUrl,
        String notice,
        String timeZone,
        Insert insert,
        String scriptUrl) {

    /** The "Insert an image" panel: its description and caption as typed, and whether it is open. */
    public record Insert(String alt, String caption, boolean open) {

        static final Insert CLOSED = new Insert("", "", false);
    }

    public boolean isNew() {
        return id == null;
    }

    public String action() {
        return id == null ? "/admin/articles" : "/admin/articles/" + id;
    }
}
