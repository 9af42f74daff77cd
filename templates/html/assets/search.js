// Finds units by name in the site's static index (search-index.js); works
// from file:// and any web server path. Without JavaScript the form stays
// hidden and the lists of units on every page are the way around.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  var units = window.KFL_UNITS;
  if (!form || !units) return;
  var root = document.body.getAttribute("data-root") || "";
  var input = form.querySelector("input");
  var list = form.querySelector(".hits");
  var fold = function (s) {
    return s.toLocaleLowerCase("nb").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  };
  var keys = units.map(function (u) { return fold(u[0]); });
  form.hidden = false;
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var first = list.querySelector("a");
    if (first) window.location.href = first.href;
  });
  input.addEventListener("input", function () {
    var q = fold(input.value.trim());
    list.textContent = "";
    if (q.length < 2) return;
    var shown = 0;
    for (var i = 0; i < units.length && shown < 12; i++) {
      if (keys[i].indexOf(q) < 0) continue;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + units[i][1];
      a.textContent = units[i][0] + " ";
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = units[i][2];
      a.appendChild(kind);
      li.appendChild(a);
      list.appendChild(li);
      shown++;
    }
  });
})();
