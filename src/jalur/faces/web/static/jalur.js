// Jalur web UI: the only script besides htmx. After HTMX swaps a journey step in, move keyboard and
// screen-reader focus to the new step's heading (a page load would do this by itself).
(function () {
  "use strict";
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail && event.detail.target;
    if (!target || target.id !== "journey") { return; }
    var heading = target.querySelector("h1");
    if (heading) {
      if (!heading.hasAttribute("tabindex")) { heading.setAttribute("tabindex", "-1"); }
      heading.focus();
    }
  });
})();
