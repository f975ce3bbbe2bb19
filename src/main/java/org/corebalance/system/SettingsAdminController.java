package org.corebalance.system;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corebalance.shared.FieldErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The owner's settings page (owner only, by URL). */
@Controller
class SettingsAdminController {

    static final List<String> TIME_ZONES = TimeZones.REGIONS;
    static final int MAX_LINKS = 6;

    private final PracticeSettingsService settings;

    SettingsAdminController(PracticeSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/settings")
    String form(@RequestParam(required = false) String saved, Model model) {
        PracticeSettings current = settings.current();
        var form = new SettingsForm(current.name(), current.city(), current.email(), current.timeZone().getId(),
                current.socialLinks().stream().map(URI::toString).collect(Collectors.joining("\n")), current.demoEnabled());
        model.addAttribute("page", new SettingsPage(form, FieldErrors.none(), TIME_ZONES, saved != null));
        return "system/settings";
    }

    @PostMapping("/admin/settings")
    String save(@Valid @ModelAttribute SettingsForm form, BindingResult binding, Model model, HttpServletResponse response) {
        FieldErrors errors = FieldErrors.of(binding);
        if (form.timeZone() != null && !TIME_ZONES.contains(form.timeZone())) {
            errors = errors.with("timeZone", "Please choose a time zone from the list.");
        }
        List<URI> links = new ArrayList<>();
        String text = form.socialLinks() == null ? "" : form.socialLinks();
        for (String line : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            try {
                URI uri = URI.create(line);
                if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
                links.add(uri);
            } catch (IllegalArgumentException e) {
                errors = errors.with("socialLinks", "Each line must be a full web address starting with https://, e.g. https://www.instagram.com/yourpractice");
            }
        }
        if (links.size() > MAX_LINKS) {
            errors = errors.with("socialLinks", "Add at most " + MAX_LINKS + " links.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("page", new SettingsPage(form, errors, TIME_ZONES, false));
            return "system/settings";
        }
        settings.save(new PracticeSettings(form.name().strip(), form.city().strip(), form.email().strip().toLowerCase(Locale.ROOT),
                ZoneId.of(form.timeZone()), links, form.demoOn()));
        return "redirect:/admin/settings?saved";
    }
}
