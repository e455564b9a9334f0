/* Where a number comes from. Each number glued into the prose is written as
   <span class="ssker-q-n" tabindex="0" data-q="K">, and the page carries its provenance
   records once each (script#ssker-q-data: what, where, status, how, source ids, and each
   source's citation). This script wraps every number with a tooltip (role="tooltip",
   referenced by aria-describedby) that the stylesheet shows on hover and keyboard focus;
   the tooltip closes on Escape, as a tooltip should (WCAG 1.4.13), and opens again on the
   next hover or focus. */
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function tooltip(data, record, id) {
    var what = record[0], where = record[1], status = record[2], how = record[3],
      sources = record[4];
    var tip = el("span", "ssker-q-tip");
    tip.setAttribute("role", "tooltip");
    tip.id = id;
    var lines = [];
    lines.push(el("b", "", what));
    if (where || status) {
      var place = el("span", "", where);
      if (status) {
        place.appendChild(document.createTextNode(where ? " " : ""));
        place.appendChild(el("em", "", "(" + status + ")"));
      }
      lines.push(place);
    }
    how.forEach(function (text) { lines.push(el("span", "ssker-q-how", text)); });
    var src = el("span", "ssker-q-src");
    if (sources.length) {
      src.appendChild(document.createTextNode("Source: "));
      sources.forEach(function (sid, i) {
        if (i) src.appendChild(document.createTextNode("; "));
        var link = el("a", "", data.s[sid] || sid);
        link.href = data.appendix + "#" + data.anchor + sid;
        src.appendChild(link);
      });
    } else {
      src.textContent = "The book's own figure: no publisher's table";
    }
    lines.push(src);
    lines.forEach(function (line, i) {
      if (i) tip.appendChild(document.createElement("br"));
      tip.appendChild(line);
    });
    return tip;
  }

  function attach() {
    var holder = document.getElementById("ssker-q-data");
    if (!holder) return;
    var data = JSON.parse(holder.textContent);
    document.querySelectorAll(".ssker-q-n[data-q]").forEach(function (number, n) {
      if (number.parentNode.classList.contains("ssker-q")) return;
      var record = data.q[Number(number.getAttribute("data-q"))];
      if (!record) return;
      var wrap = el("span", "ssker-q");
      number.parentNode.insertBefore(wrap, number);
      wrap.appendChild(number);
      var id = "ssker-q-" + (n + 1);
      wrap.appendChild(tooltip(data, record, id));
      number.setAttribute("aria-describedby", id);
    });
  }

  function closeAll() {
    document.querySelectorAll(".ssker-q:hover, .ssker-q:focus-within").forEach(function (q) {
      q.classList.add("ssker-q-closed");
    });
  }
  function around(event) {
    return event.target && event.target.closest ? event.target.closest(".ssker-q") : null;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attach);
  } else {
    attach();
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closeAll();
  });
  document.addEventListener("mouseover", function (event) {
    var q = around(event);
    if (q) q.classList.remove("ssker-q-closed");
  });
  document.addEventListener("focusin", function (event) {
    var q = around(event);
    if (q) q.classList.remove("ssker-q-closed");
  });
  document.addEventListener("mouseout", function (event) {
    var q = around(event);
    if (q && !q.contains(event.relatedTarget)) q.classList.remove("ssker-q-closed");
  });
})();
