package org.corebalance.blog;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/** The public pages: home, the blog index, tag pages and articles. */
@Controller
class BlogController {

    private static final int MAX_PAGE = 100_000;

    private final BlogService blog;
    private final ObjectProvider<ArticleDiscussion> discussion;

    BlogController(BlogService blog, ObjectProvider<ArticleDiscussion> discussion) {
        this.blog = blog;
        this.discussion = discussion;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("page", blog.home());
        return "blog/home";
    }

    @GetMapping("/blog")
    String index(@RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("page", blog.index(pageNumber(page))
                .orElseThrow(() -> new ArticleNotFoundException("/blog?page=" + page)));
        return "blog/list";
    }

    @GetMapping("/blog/tag/{tag}")
    String tag(@PathVariable String tag, @RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("page", blog.tag(tag, pageNumber(page))
                .orElseThrow(() -> new ArticleNotFoundException("/blog/tag/" + tag)));
        return "blog/list";
    }

    @GetMapping("/blog/{slug}")
    ModelAndView article(@PathVariable String slug, HttpServletRequest request) {
        BlogService.ArticleLookup lookup = blog.article(slug);
        if (lookup instanceof BlogService.ArticleLookup.Found found) {
            ArticleDiscussion below = discussion.getIfAvailable();
            ArticlePage page = below == null ? found.page() : found.page().withDiscussion(below.of(found.ref(), request));
            return new ModelAndView("blog/article", "page", page);
        }
        if (lookup instanceof BlogService.ArticleLookup.MovedTo moved) {
            return new ModelAndView(permanentRedirect("/blog/" + moved.slug()));
        }
        throw new ArticleNotFoundException("/blog/" + slug);
    }

    /** No ?page means page 1; anything that is not a sensible page number is a page that does not exist. */
    private static int pageNumber(String page) {
        if (page == null) {
            return 1;
        }
        // "01" would be a second address for page 1.
        if (page.isEmpty() || page.length() > 6 || page.charAt(0) == '0' || !page.chars().allMatch(Character::isDigit)) {
            throw new ArticleNotFoundException("page " + page);
        }
        int number = Integer.parseInt(page);
        if (number < 1 || number > MAX_PAGE) {
            throw new ArticleNotFoundException("page " + page);
        }
        return number;
    }

    private static View permanentRedirect(String path) {
        var view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        view.setExposeModelAttributes(false);
        return view;
    }
}
