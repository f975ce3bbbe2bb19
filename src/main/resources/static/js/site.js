// Core Balance's own script, for public pages and the back office. Everything works without it; it
// only adds hints.
(function () {
    "use strict";
    var opened = Date.now();
    // Tells a form how long the page had been open when it was sent: robots send in an instant.
    document.addEventListener("submit", function (event) {
        var field = event.target.querySelector && event.target.querySelector("input[name='elapsed']");
        if (field) {
            field.value = String(Date.now() - opened);
        }
    }, true);
    // When htmx brings the next assessment step (or the result) in place, say so as a page load
    // would: a new title, and focus on the heading, so screen readers announce it.
    document.addEventListener("htmx:afterSettle", function () {
        var heading = document.querySelector("#assessment h1");
        if (heading) {
            var progress = document.querySelector("#progress-label");
            document.title = (progress ? progress.textContent : heading.textContent) + " \u00b7 Free assessment";
            heading.setAttribute("tabindex", "-1");
            heading.focus();
        }
    });
    // The back office's menu opens and closes without script (<details>); with it, Escape or a click
    // elsewhere closes an open group, as people expect of a menu, and Escape gives focus back to it.
    function openMenus() {
        return Array.prototype.slice.call(document.querySelectorAll(".admin-nav details[open]"));
    }
    document.addEventListener("click", function (event) {
        openMenus().forEach(function (menu) {
            if (!menu.contains(event.target)) {
                menu.removeAttribute("open");
            }
        });
    });
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") {
            return;
        }
        openMenus().forEach(function (menu) {
            var hadFocus = menu.contains(document.activeElement);
            menu.removeAttribute("open");
            if (hadFocus) {
                menu.querySelector("summary").focus();
            }
        });
    });
})();
