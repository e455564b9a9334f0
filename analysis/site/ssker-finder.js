/* The finder page's list of profiles (analysis.pages.finder): typing in its search box
   keeps the entries whose name, in either spelling or a common other name, holds what
   was typed, with or without diacritics and spaces ("ha noi", "Hà Nội", "Hanoi",
   "Saigon"), and says how many are left. */
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/[\s.]+/g, "");
  }

  function setUp() {
    var box = document.getElementById("ssker-finder-q");
    if (!box) return;
    var finder = box.closest(".ssker-finder");
    var count = finder.querySelector(".ssker-finder-count");
    var items = Array.prototype.slice.call(finder.querySelectorAll("li[data-names]"));
    var names = items.map(function (li) { return fold(li.getAttribute("data-names")); });
    function filter() {
      var want = fold(box.value);
      var shown = 0;
      items.forEach(function (li, i) {
        var keep = !want || names[i].indexOf(want) >= 0;
        li.hidden = !keep;
        if (keep) shown++;
      });
      finder.querySelectorAll("ul").forEach(function (ul) {
        var any = ul.querySelector("li:not([hidden])");
        ul.hidden = !any;
        var heading = ul.previousElementSibling;
        if (heading && heading.tagName === "H3") heading.hidden = !any;
      });
      count.textContent = want ? shown + (shown === 1 ? " profile" : " profiles") +
        " match" + (shown === 1 ? "es" : "") + " \u201c" + box.value.trim() + "\u201d" : "";
    }
    box.addEventListener("input", filter);
    filter();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
