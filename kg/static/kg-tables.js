/* Tables of class "stack" are shown row by row on a phone (kg-web.css): each cell gets its
   column's heading as data-label, copied from the table's own header so the wording stays in
   one place. */
(function () {
  "use strict";
  document.querySelectorAll("table.stack").forEach(function (table) {
    var heads = Array.prototype.map.call(table.querySelectorAll("thead th"),
                                         function (th) { return th.textContent.trim(); });
    table.querySelectorAll("tbody tr").forEach(function (tr) {
      Array.prototype.forEach.call(tr.children, function (td, i) {
        if (heads[i]) { td.setAttribute("data-label", heads[i]); }
      });
    });
  });
})();
