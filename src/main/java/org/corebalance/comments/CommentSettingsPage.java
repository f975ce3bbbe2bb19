package org.corebalance.comments;

import java.util.List;
import org.corebalance.shared.FieldErrors;

/** /admin/comments/settings: comments on or off, who may comment, blocked words, and each article's switch. */
public record CommentSettingsPage(boolean enabled, String audience, String blockedWords, List<ArticleSwitch> articles,
        FieldErrors errors, boolean saved) {

    /** A published article and whether its comments are open. */
    public record ArticleSwitch(long id, String title, boolean open) {
    }
}
