package org.corebalance.blog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The article editor's fields as typed. {@code publishAt} is a local date and time in the
 * practice's time zone (an HTML datetime-local value); {@code submissionId} makes a
 * double-submitted new article one article.
 */
public record ArticleForm(
        @NotBlank(message = "Please give the article a title.") @Size(max = 200, message = "Keep the title under 200 characters.") String title,
        @Size(max = 80, message = "Keep the address under 80 characters.") String slug,
        @NotBlank(message = "Please write a one- or two-sentence summary; it shows in lists and search results.")
        @Size(max = 300, message = "Keep the summary under 300 characters.") String summary,
        @NotBlank(message = "The article has no text yet.") @Size(max = 200_000, message = "The article is too long (200,000 characters at most).") String body,
        @Size(max = 400, message = "That is too many tags.") String tags,
        Long heroMediaId,
        @Size(max = 250, message = "Keep the description under 250 characters.") String heroAlt,
        String publishAt,
        @Size(max = 36) String submissionId) {

    static ArticleForm empty(String submissionId) {
        return new ArticleForm("", "", "", "", "", null, "", "", submissionId);
    }

    String titleOrEmpty() {
        return title == null ? "" : title;
    }
}
