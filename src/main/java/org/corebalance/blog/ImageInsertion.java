package org.corebalance.blog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.corebalance.media.ImageRejectedException;
import org.corebalance.media.MediaApi;
import org.corebalance.media.ResponsiveImage;
import org.corebalance.shared.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editor's images: a hero uploaded with the form, and an image from the media library (or one
 * uploaded there now) put into an article's text, as
 * Markdown with the description the coach gave and an optional caption. The editor's script does the
 * same in the browser, where the cursor is ({@code static/js/editor.js}, which must escape alike);
 * without it the editor posts here and the image goes at the end of the text.
 */
@Component
class ImageInsertion {

    /** The button that uploads a file instead of choosing one of the library's images. */
    static final String UPLOAD = "upload";
    static final int MAX_ALT = 250;
    static final int MAX_CAPTION = 300;

    /** What CommonMark would read as markup inside an image's description, and inside its title. */
    private static final String ALT_SPECIAL = "\\[]*_`<&";
    private static final String TITLE_SPECIAL = "\\\"&";

    private final MediaApi media;

    ImageInsertion(MediaApi media) {
        this.media = media;
    }

    /** The form with the image at the end of its text, or the form as it was and what is wrong. */
    record Outcome(ArticleForm form, FieldErrors errors) {

        boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Inserts the image {@code choice} names: a library image's id, or {@link #UPLOAD} for the file
     * in {@code upload}. An upload is stored in the library even when the description is missing,
     * so that the coach only has to describe it and press its button. {@code found} holds what was
     * already found wrong with the form; the image is inserted all the same.
     *
     * @throws ResponseStatusException (400) when {@code choice} is neither, which no form sends
     */
    Outcome insert(ArticleForm form, FieldErrors found, String choice, String alt, String caption, MultipartFile upload) {
        FieldErrors errors = found;
        Optional<ResponsiveImage> image;
        if (UPLOAD.equals(choice)) {
            if (upload == null || upload.isEmpty()) {
                return new Outcome(form, errors.with("imageUpload", "Choose an image to upload first."));
            }
            try (InputStream in = upload.getInputStream()) {
                image = media.describe(media.upload(upload.getOriginalFilename(), in));
            } catch (ImageRejectedException e) {
                return new Outcome(form, errors.with("imageUpload", e.getMessage()));
            } catch (IOException | UncheckedIOException e) {
                return new Outcome(form, errors.with("imageUpload", "The upload did not arrive whole. Please try again."));
            }
            if (oneLine(alt).isEmpty()) {
                return new Outcome(form, errors.with("insertAlt", "Your image is in the library now, first in the list"
                        + " below. Say what it shows here, then press its Insert button."));
            }
        } else if (choice != null && choice.matches("\\d{1,18}")) {
            image = media.describe(Long.parseLong(choice));
            if (image.isEmpty()) {
                return new Outcome(form, errors.with("insertImage",
                        "That image is no longer in the media library; choose another."));
            }
        } else {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choose an image from the list.");
        }
        String description = oneLine(alt);
        if (description.isEmpty()) {
            errors = errors.with("insertAlt", "Say what the image shows first, for readers who cannot see it.");
        } else if (description.length() > MAX_ALT) {
            errors = errors.with("insertAlt", "Keep the description under " + MAX_ALT + " characters.");
        }
        if (oneLine(caption).length() > MAX_CAPTION) {
            errors = errors.with("insertCaption", "Keep the caption under " + MAX_CAPTION + " characters.");
        }
        if (errors.has("insertAlt") || errors.has("insertCaption")) {
            return new Outcome(form, errors);
        }
        String markdown = markdown(image.get().src(), description, caption);
        return new Outcome(new ArticleForm(form.title(), form.slug(), form.summary(), appended(form.body(), markdown),
                form.tags(), form.heroMediaId(), form.heroAlt(), form.publishAt(), form.submissionId()), errors);
    }

    /** The form with the hero chosen to upload stored in the library and chosen, or why it could not be. */
    Outcome withHeroUpload(ArticleForm form, MultipartFile heroUpload, FieldErrors errors) {
        if (heroUpload == null || heroUpload.isEmpty()) {
            return new Outcome(form, errors);
        }
        try (InputStream in = heroUpload.getInputStream()) {
            long uploaded = media.upload(heroUpload.getOriginalFilename(), in);
            return new Outcome(new ArticleForm(form.title(), form.slug(), form.summary(), form.body(), form.tags(),
                    uploaded, form.heroAlt(), form.publishAt(), form.submissionId()), errors);
        } catch (ImageRejectedException e) {
            return new Outcome(form, errors.with("heroUpload", e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            return new Outcome(form, errors.with("heroUpload", "The upload did not arrive whole. Please try again."));
        }
    }

    /**
     * {@code ![description](src "caption")}, each escaped so that it reads back exactly as typed:
     * one line, without markup. Without a caption, no title.
     */
    static String markdown(String src, String alt, String caption) {
        String title = oneLine(caption);
        return "![" + escape(oneLine(alt), ALT_SPECIAL) + "](" + src
                + (title.isEmpty() ? "" : " \"" + escape(title, TITLE_SPECIAL) + "\"") + ")";
    }

    /** The text with a paragraph added at its end. */
    static String appended(String body, String paragraph) {
        String text = body == null ? "" : body.stripTrailing();
        return (text.isEmpty() ? "" : text + "\n\n") + paragraph + "\n";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("(?U)\\s+", " ").strip();
    }

    private static String escape(String text, String special) {
        var escaped = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> {
            if (special.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append((char) c);
        });
        return escaped.toString();
    }
}
