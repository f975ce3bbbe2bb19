// Core Balance's own script for public pages. Everything works without it; it only adds hints.
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
})();
