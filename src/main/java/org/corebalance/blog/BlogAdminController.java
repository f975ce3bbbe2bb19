package org.corebalance.blog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import org.corebalance.media.MediaApi;
import org.corebalance.shared.FieldErrors;
import org.corebalance.system.Htmx;
import org.corebalance.system.SiteViews;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coach's articles: the list, the editor with its live preview and images, publishing and deleting. */
@Controller
@RequestMapping("/admin/articles")
class BlogAdminController {

    private static final Set<String> STATES = Set.of("published", "scheduled", "draft");
    private static final int LIBRARY_CHOICES = 24;
    static final String EDITOR_SCRIPT = "/js/editor.js";

    private final ArticleEditing editing;
    private final ImageInsertion insertion;
    private final MediaApi media;
    private final SiteViews assets;

    BlogAdminController(ArticleEditing editing, ImageInsertion insertion, MediaApi media, SiteViews assets) {
        this.editing = editing;
        this.insertion = insertion;
        this.media = media;
        this.assets = assets;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String q, Model model) {
        String state = STATES.contains(status) ? status : "";
        model.addAttribute("page", editing.list(state, q.length() > 200 ? q.substring(0, 200) : q));
        return "blog/admin-list";
    }

    @GetMapping("/new")
    String create(Model model) {
        return editor(model, null, ArticleForm.empty(UUID.randomUUID().toString()), FieldErrors.none(), "", null,
                ArticleEditorPage.Insert.CLOSED);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Article article = editing.find(id).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(id)));
        ArticleForm form = editing.formOf(article);
        // Only the flash attribute of our own redirect, never a request parameter.
        Object notice = model.getAttribute("notice");
        return editor(model, id, form, FieldErrors.none(), editing.preview(form.body()),
                notice instanceof String text ? text : null, ArticleEditorPage.Insert.CLOSED);
    }

    @PostMapping
    String saveNew(@Valid @ModelAttribute ArticleForm form, BindingResult binding, @RequestParam(defaultValue = "draft") String action,
            @RequestParam(required = false) MultipartFile heroUpload, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return save(null, form, binding, action, heroUpload, model, redirect, response);
    }

    @PostMapping("/{id}")
    String saveExisting(@PathVariable long id, @Valid @ModelAttribute ArticleForm form, BindingResult binding,
            @RequestParam(defaultValue = "update") String action, @RequestParam(required = false) MultipartFile heroUpload,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        editing.find(id).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(id)));
        return save(id, form, binding, action, heroUpload, model, redirect, response);
    }

    /** The preview, rendered by the same code as the public page: a fragment for htmx, else the whole editor. */
    @PostMapping("/preview")
    String preview(@ModelAttribute ArticleForm form, @RequestParam(required = false) Long id,
            HttpServletRequest request, Model model) {
        String html = editing.preview(form.body());
        if (Htmx.isHtmx(request)) {
            model.addAttribute("html", html);
            return "blog/_preview";
        }
        return editor(model, id, form, FieldErrors.none(), html, null, ArticleEditorPage.Insert.CLOSED);
    }

    /**
     * An image put into the text by the editor's Insert buttons when its script does not run: at
     * the end of the text, the editor shown again with the draft as it was (nothing is saved; a
     * hero chosen to upload is uploaded, as saving would).
     */
    @PostMapping("/insert-image")
    String insertImage(@ModelAttribute ArticleForm form, @RequestParam(required = false) Long id,
            @RequestParam(defaultValue = "") String insertImage, @RequestParam(defaultValue = "") String insertAlt,
            @RequestParam(defaultValue = "") String insertCaption, @RequestParam(required = false) MultipartFile imageUpload,
            @RequestParam(required = false) MultipartFile heroUpload, Model model, HttpServletResponse response) {
        if (id != null) {
            editing.find(id).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(id)));
        }
        ImageInsertion.Outcome hero = insertion.withHeroUpload(form, heroUpload, FieldErrors.none());
        ImageInsertion.Outcome inserted = insertion.insert(hero.form(), hero.errors(), insertImage, insertAlt, insertCaption,
                imageUpload);
        ArticleForm result = inserted.form();
        if (!inserted.ok()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return editor(model, id, result, inserted.errors(), editing.preview(result.body()), null,
                    new ArticleEditorPage.Insert(insertAlt, insertCaption, true));
        }
        return editor(model, id, result, inserted.errors(), editing.preview(result.body()),
                "The image is at the end of the text now. Move its line to where it belongs, then save.",
                ArticleEditorPage.Insert.CLOSED);
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        Article article = editing.find(id).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(id)));
        model.addAttribute("page", new ArticleDeletePage(id, article.title(), editing.stateOf(id)));
        return "blog/admin-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Article article = editing.find(id).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(id)));
        editing.delete(id);
        redirect.addFlashAttribute("notice", "\u201c" + article.title() + "\u201d was deleted.");
        return "redirect:/admin/articles";
    }

    private String save(Long id, ArticleForm form, BindingResult binding, String action, MultipartFile heroUpload,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ArticleEditing.Action chosen = ArticleEditing.Action.of(action)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action"));
        ImageInsertion.Outcome hero = insertion.withHeroUpload(form, heroUpload, FieldErrors.of(binding));
        form = hero.form();
        ArticleEditing.Saved saved = editing.save(id, form, chosen, hero.errors());
        if (!saved.ok()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return editor(model, id, form, saved.errors(), editing.preview(form.body()), null, ArticleEditorPage.Insert.CLOSED);
        }
        redirect.addFlashAttribute("notice", switch (chosen) {
            case PUBLISH -> "Published. It is live on the blog now.";
            case SCHEDULE -> "Scheduled. It will appear on the blog at the time you chose.";
            case UNPUBLISH -> "Unpublished. Readers no longer see it; it is a draft again.";
            case DRAFT -> "Draft saved.";
            case UPDATE -> "Saved.";
        });
        return "redirect:/admin/articles/" + saved.id();
    }

    private String editor(Model model, Long id, ArticleForm form, FieldErrors errors, String preview, String notice,
            ArticleEditorPage.Insert insert) {
        String state = id == null ? "Draft" : editing.stateOf(id);
        String slug = form.slug() == null || form.slug().isBlank() ? Slugs.of(form.titleOrEmpty()) : form.slug();
        model.addAttribute("page", new ArticleEditorPage(id, form, errors, preview,
                media.library(1, LIBRARY_CHOICES).items(), state, "/blog/" + slug, notice, editing.zone().getId(),
                insert, assets.asset(EDITOR_SCRIPT)));
        return "blog/admin-editor";
    }
}
