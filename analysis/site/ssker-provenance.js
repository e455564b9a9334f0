/* Where a number comes from: its tooltip (shown by the stylesheet on hover and focus)
   closes on Escape, as a tooltip should (WCAG 1.4.13), and opens again on the next
   hover or focus. */
(function () {
  "use strict";
  function closeAll() {
    document.querySelectorAll(".ssker-q:hover, .ssker-q:focus-within").forEach(function (q) {
      q.classList.add("ssker-q-closed");
    });
  }
  function reopen(event) {
    var q = event.target.closest && event.target.closest(".ssker-q");
    if (q) q.classList.remove("ssker-q-closed");
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closeAll();
  });
  document.addEventListener("mouseover", reopen);
  document.addEventListener("focusin", reopen);
  document.addEventListener("mouseout", function (event) {
    var q = event.target.closest && event.target.closest(".ssker-q");
    if (q && !q.contains(event.relatedTarget)) q.classList.remove("ssker-q-closed");
  });
})();
