package org.corebalance.media;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coach's media library: every image, uploading new ones, and deleting those nothing shows. */
@Controller
class MediaAdminController {

    static final int PAGE_SIZE = 24;

    private final MediaApi media;

    MediaAdminController(MediaApi media) {
        this.media = media;
    }

    @GetMapping("/admin/media")
    String library(@RequestParam(defaultValue = "1") String page, @RequestParam(required = false) Long uploaded, Model model) {
        int number = page.matches("[1-9]\\d{0,5}") ? Integer.parseInt(page) : 1;
        // Only the flash attribute of our own redirect, never a request parameter.
        Object notice = model.getAttribute("notice");
        model.addAttribute("page", new MediaAdminPage(media.library(number, PAGE_SIZE), uploaded, null,
                notice instanceof String text ? text : null));
        return "media/library";
    }

    @PostMapping("/admin/media")
    String upload(@RequestParam(required = false) MultipartFile image, Model model, HttpServletResponse response) {
        String problem;
        if (image == null || image.isEmpty()) {
            problem = "Choose an image to upload first.";
        } else {
            try (InputStream in = image.getInputStream()) {
                long id = media.upload(image.getOriginalFilename(), in);
                return "redirect:/admin/media?uploaded=" + id;
            } catch (ImageRejectedException e) {
                problem = e.getMessage();
            } catch (IOException | java.io.UncheckedIOException e) {
                problem = "The upload did not arrive whole. Please try again.";
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("page", new MediaAdminPage(media.library(1, PAGE_SIZE), null, problem, null));
        return "media/library";
    }

    /** Confirming a deletion, or, for an image in use, what uses it. */
    @GetMapping("/admin/media/{id:\\d{1,18}}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        MediaItem image = media.item(id).orElseThrow(MediaAdminController::notFound);
        model.addAttribute("page", new MediaDeletePage(image, media.usesOf(id), false));
        return "media/delete";
    }

    @PostMapping("/admin/media/{id:\\d{1,18}}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        MediaApi.Removal removal = media.delete(id);
        if (removal instanceof MediaApi.Removal.Deleted deleted) {
            redirect.addFlashAttribute("notice", "\u201c" + deleted.name() + "\u201d was deleted.");
            return "redirect:/admin/media";
        }
        if (removal instanceof MediaApi.Removal.InUse inUse) {
            response.setStatus(HttpStatus.CONFLICT.value());
            MediaItem image = media.item(id).orElseThrow(MediaAdminController::notFound);
            model.addAttribute("page", new MediaDeletePage(image, inUse.uses(), true));
            return "media/delete";
        }
        throw notFound();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such image in the library.");
    }
}
