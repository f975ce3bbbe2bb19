// Core Balance's article editor: an image from the media library goes into the text where the
// cursor is, with the description and caption typed above it. Without this script the same
// buttons post the form and the image goes at the end of the text (blog.ImageInsertion, which
// writes the Markdown exactly as this does).
(function () {
    "use strict";
    var body = document.getElementById("body");
    var alt = document.getElementById("insertAlt");
    var caption = document.getElementById("insertCaption");
    var status = document.getElementById("insert-status");
    if (!body || !alt || !caption || !status) {
        return;
    }

    function oneLine(text) {
        return text.replace(/\s+/g, " ").trim();
    }

    // What CommonMark would read as markup: in a description \ [ ] * _ ` < &, in a title \ " &.
    function markdown(src, description, title) {
        var text = "![" + description.replace(/[\\\[\]*_`<&]/g, "\\$&") + "](" + src;
        if (title) {
            text += " \"" + title.replace(/[\\"&]/g, "\\$&") + "\"";
        }
        return text + ")";
    }

    // The paragraph breaks an image needs to stand alone where the cursor is.
    function breaksBefore(text) {
        if (text === "" || /\n\n$/.test(text)) {
            return "";
        }
        return /\n$/.test(text) ? "\n" : "\n\n";
    }

    function breaksAfter(text) {
        if (text === "") {
            return "\n";
        }
        if (/^\n\n/.test(text)) {
            return "";
        }
        return /^\n/.test(text) ? "\n" : "\n\n";
    }

    function showProblem(message) {
        var field = alt.closest(".field");
        var error = document.getElementById("insertAlt-error");
        if (!error) {
            error = document.createElement("p");
            error.id = "insertAlt-error";
            error.className = "error-message";
            alt.parentNode.insertBefore(error, alt);
        }
        error.textContent = message;
        error.setAttribute("role", "alert");
        field.classList.add("field-error");
        alt.setAttribute("aria-invalid", "true");
        alt.setAttribute("aria-describedby", "insertAlt-error");
        alt.focus();
    }

    function clearProblem() {
        var error = document.getElementById("insertAlt-error");
        if (error) {
            error.remove();
        }
        alt.closest(".field").classList.remove("field-error");
        alt.removeAttribute("aria-invalid");
        alt.setAttribute("aria-describedby", "insertAlt-hint");
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("button[data-insert-src]");
        if (!button) {
            return;
        }
        event.preventDefault();
        var description = oneLine(alt.value);
        if (!description) {
            showProblem("Say what the image shows first, for readers who cannot see it.");
            return;
        }
        clearProblem();
        var start = body.selectionStart;
        var end = body.selectionEnd;
        var text = markdown(button.getAttribute("data-insert-src"), description, oneLine(caption.value));
        var inserted = breaksBefore(body.value.slice(0, start)) + text + breaksAfter(body.value.slice(end));
        body.focus();
        body.setRangeText(inserted, start, end, "end");
        // The live preview listens for typing.
        body.dispatchEvent(new Event("input", {bubbles: true}));
        alt.value = "";
        caption.value = "";
        status.textContent = "The image is in the text where the cursor was.";
    });
})();
