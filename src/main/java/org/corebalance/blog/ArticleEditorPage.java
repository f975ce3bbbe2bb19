package org.corebalance.blog;

import java.util.List;
import org.corebalance.media.MediaItem;
import org.corebalance.shared.FieldErrors;

/**
 * The article editor: the form, its errors, a preview (rendered exactly as readers will see it),
 * the images to choose a hero from, and where the article stands.
 *
 * @param id       null for a new article
 * @param state    "Draft", "Scheduled" or "Published"
 * @param notice   a confirmation after saving, or null
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
        String timeZone) {

    public boolean isNew() {
        return id == null;
    }

    public String action() {
        return id == null ? "/admin/articles" : "/admin/articles/" + id;
    }
}
