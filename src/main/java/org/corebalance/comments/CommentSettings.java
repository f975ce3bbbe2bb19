package org.corebalance.comments;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The coach's site-wide choices: are comments open, who may write them (everyone, or only people
 * with an account), and words that hold a comment for review. One word or phrase per line.
 */
record CommentSettings(boolean enabled, Audience audience, String blockedWords) {

    static final CommentSettings DEFAULTS = new CommentSettings(true, Audience.EVERYONE, "");

    /** Who may comment. */
    enum Audience {
        EVERYONE, MEMBERS
    }

    List<String> blockedWordList() {
        return Arrays.stream(blockedWords.split("\\R"))
                .map(word -> word.strip().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .distinct()
                .toList();
    }
}
