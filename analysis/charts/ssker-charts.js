/* Embeds the book's charts with the page's own vegaEmbed and offers each chart's
 * data as a CSV download. Loaded by every page of the site (and by
 * analysis.charts.load_vega() in Jupyter). No network access. */
(function () {
  "use strict";

  function csvCell(value) {
    if (value === null || value === undefined) return "";
    var text = typeof value === "object" ? JSON.stringify(value) : String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function toCsv(rows) {
    var columns = [];
    rows.forEach(function (row) {
      Object.keys(row).forEach(function (key) {
        if (columns.indexOf(key) < 0) columns.push(key);
      });
    });
    var lines = [columns.map(csvCell).join(",")];
    rows.forEach(function (row) {
      lines.push(columns.map(function (c) { return csvCell(row[c]); }).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  }

  /* The data rows of a spec: its named datasets, largest first (the chart's own
   * data rather than helper layers such as a diagonal), never a map's boundaries
   * (GeoJSON features). */
  function isGeometry(rows) {
    return rows.length > 0 && rows[0] && rows[0].type === "Feature" && !!rows[0].geometry;
  }

  function mainDataset(spec) {
    var sets = spec.datasets || {};
    var best = null;
    Object.keys(sets).forEach(function (name) {
      if (isGeometry(sets[name])) return;
      if (!best || sets[name].length > best.length) best = sets[name];
    });
    if (!best && spec.data && spec.data.values) best = spec.data.values;
    return best || [];
  }

  function addDownload(container, spec, id) {
    var rows = mainDataset(spec);
    if (!rows.length || container.querySelector(".ssker-csv")) return;
    var meta = (spec.usermeta && spec.usermeta.ssker) || {};
    var name = (meta.csv || id) + ".csv";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "ssker-csv";
    button.textContent = "Download the data (CSV)";
    button.setAttribute("aria-label", "Download the data of this chart as CSV: " + name);
    button.addEventListener("click", function () {
      var blob = new Blob([toCsv(rows)], { type: "text/csv;charset=utf-8" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = name;
      document.body.appendChild(link);
      link.click();
      setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
    });
    container.appendChild(button);
  }

  /* The site's dark mode (the theme sets data-theme="dark" on <html>): the charts take
   * light text and dark grid lines on the page's own background, and are drawn again
   * when the reader switches mode. */
  var DARK = {
    background: "transparent",
    title: { color: "#e3e3e3", subtitleColor: "#b8b8b8" },
    axis: { labelColor: "#cfcfcf", titleColor: "#e3e3e3", gridColor: "#3b4148",
            domainColor: "#8a8f94", tickColor: "#8a8f94" },
    legend: { labelColor: "#cfcfcf", titleColor: "#e3e3e3" },
    header: { labelColor: "#cfcfcf", titleColor: "#e3e3e3" },
    text: { color: "#e3e3e3" }
  };

  var COUNTRY = "#424949", COUNTRY_DARK = "#b3bcbd";

  function isDark() {
    return document.documentElement.getAttribute("data-theme") === "dark";
  }

  function merge(target, extra) {
    Object.keys(extra).forEach(function (key) {
      var value = extra[key];
      if (value && typeof value === "object" && !Array.isArray(value)) {
        target[key] = merge(Object.assign({}, target[key] || {}), value);
      } else {
        target[key] = value;
      }
    });
    return target;
  }

  var views = {};

  function draw(id) {
    var el = document.getElementById(id);
    var specEl = document.getElementById(id + "-spec");
    if (!el || !specEl || el.getAttribute("data-drawn")) return;
    if (typeof window.vegaEmbed !== "function") {
      (window.sskerPending = window.sskerPending || []).push(id);
      return;
    }
    el.setAttribute("data-drawn", "1");
    var mode = isDark() ? "dark" : "light";
    var text = specEl.textContent;
    /* the whole country's near-black line would vanish on a dark page: a light grey */
    if (mode === "dark") text = text.split('"' + COUNTRY + '"').join('"' + COUNTRY_DARK + '"');
    var spec = JSON.parse(text);
    if (mode === "dark") spec.config = merge(Object.assign({}, spec.config || {}), DARK);
    el.setAttribute("data-mode", mode);
    window.vegaEmbed(el, spec, {
      renderer: "svg",
      actions: { export: true, source: false, compiled: false, editor: false },
      downloadFileName: ((spec.usermeta && spec.usermeta.ssker && spec.usermeta.ssker.csv) || id)
    }).then(function (result) {
      views[id] = result;
      var figure = el.closest(".ssker-figure") || el.parentNode;
      addDownload(figure, spec, id);
    }).catch(function (err) {
      el.removeAttribute("data-drawn");
      el.textContent = "This chart could not be drawn: " + err;
      if (window.console) console.error("chart " + id + ": " + err);
    });
  }

  function drawPending() {
    var pending = window.sskerPending || [];
    window.sskerPending = [];
    pending.forEach(draw);
  }

  /* Draw again, in the new mode, every chart drawn in the other one. */
  function redrawForMode() {
    var mode = isDark() ? "dark" : "light";
    Object.keys(views).forEach(function (id) {
      var el = document.getElementById(id);
      if (!el || el.getAttribute("data-mode") === mode) return;
      views[id].finalize();
      delete views[id];
      el.removeAttribute("data-drawn");
      el.textContent = "";
      draw(id);
    });
  }

  if (window.MutationObserver) {
    new MutationObserver(redrawForMode).observe(document.documentElement,
      { attributes: true, attributeFilter: ["data-theme"] });
  }

  window.sskerChart = draw;
  window.sskerFallback = drawPending;
  drawPending();
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawPending);
  }
})();
