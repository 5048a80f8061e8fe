// Jalur web UI: the only script besides htmx. After HTMX swaps a journey step in, move keyboard and
// screen-reader focus to the new step's heading (a page load would do this by itself). Tables marked
// "sortable" sort by a number column when its heading's button is pressed (largest first, then reversed);
// without this script they keep the report's own order.
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

  function cellValue(row, index) {
    var cell = row.cells[index];
    var v = cell ? parseFloat(cell.getAttribute("data-v")) : NaN;
    return isNaN(v) ? -Infinity : v;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("table.sortable th[data-sort] button.sort");
    if (!button) { return; }
    var th = button.closest("th");
    var table = th.closest("table");
    var body = table.tBodies[0];
    if (!body) { return; }
    var index = Array.prototype.indexOf.call(th.parentNode.cells, th);
    var descending = th.getAttribute("aria-sort") !== "descending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var d = cellValue(a, index) - cellValue(b, index);
      return descending ? -d : d;
    });
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    rows.forEach(function (r) { body.appendChild(r); });
  });
})();
