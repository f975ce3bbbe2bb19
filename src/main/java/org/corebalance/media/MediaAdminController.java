package org.corebalance.media;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The coach's media library: every image, and uploading new ones. */
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
        model.addAttribute("page", new MediaAdminPage(media.library(number, PAGE_SIZE), uploaded, null));
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
        model.addAttribute("page", new MediaAdminPage(media.library(1, PAGE_SIZE), null, problem));
        return "media/library";
    }
}
