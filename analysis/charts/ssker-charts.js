/* Embeds the book's charts with the page's own vegaEmbed and offers each chart's
 * data as a CSV download and as a table under the chart (for screen readers and for
 * print). Loaded by every page of the site (and by analysis.charts.load_vega() in
 * Jupyter). No network access. */
(function () {
  "use strict";

  function csvCell(value) {
    if (value === null || value === undefined) return "";
    var text = typeof value === "object" ? JSON.stringify(value) : String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /* A value that is a shape rather than a datum (a GeoJSON geometry or feature). */
  function isShape(value) {
    return !!value && typeof value === "object" && !Array.isArray(value) &&
      (!!value.coordinates || !!value.geometries || !!value.geometry);
  }

  /* The columns of the rows, in the order they first appear, without shapes: the
   * columns of both the CSV and the table. */
  function columnsOf(rows) {
    var columns = [], shapes = {};
    rows.forEach(function (row) {
      Object.keys(row).forEach(function (key) {
        if (isShape(row[key])) shapes[key] = true;
        if (columns.indexOf(key) < 0) columns.push(key);
      });
    });
    return columns.filter(function (key) { return !shapes[key]; });
  }

  function toCsv(rows) {
    var columns = columnsOf(rows);
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

  /* The records of CSV text (RFC 4180: quoted fields, doubled quotes). The spec of a
   * chart with many rows holds them as CSV (analysis.charts.core.compact), which
   * Vega-Lite reads itself; the page's vega bundle does not expose its reader, so the
   * CSV button and the table read it here. */
  function parseCsv(text) {
    var records = [], record = [], field = "", quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") { record.push(field); field = ""; }
      else if (c === "\n") { record.push(field); records.push(record); record = []; field = ""; }
      else if (c !== "\r") field += c;
    }
    if (field || record.length) { record.push(field); records.push(record); }
    return records;
  }

  /* The format a spec gives a named dataset where it refers to it. */
  function formatOf(node, name) {
    if (!node || typeof node !== "object") return null;
    if (!Array.isArray(node) && node.name === name && node.format) return node.format;
    var keys = Object.keys(node);
    for (var i = 0; i < keys.length; i++) {
      if (keys[i] === "datasets") continue;
      var found = formatOf(node[keys[i]], name);
      if (found) return found;
    }
    return null;
  }

  /* A named dataset's rows: as they are, or read from its CSV text with the numbers
   * and booleans its format names (an empty number is a gap). */
  function rowsOf(spec, name) {
    var rows = spec.datasets[name];
    if (typeof rows !== "string") return rows;
    var parse = (formatOf(spec, name) || {}).parse || {};
    var records = parseCsv(rows), header = records.shift() || [];
    return records.map(function (record) {
      var row = {};
      header.forEach(function (column, i) {
        var text = record[i] === undefined ? "" : record[i];
        var kind = parse[column];
        row[column] = kind === "number" ? (text === "" ? null : Number(text)) :
          kind === "boolean" ? text === "true" : text;
      });
      return row;
    });
  }

  function mainDataset(spec) {
    var sets = spec.datasets || {};
    var best = null;
    Object.keys(sets).forEach(function (name) {
      var rows = rowsOf(spec, name);
      /* a map's outlines: GeoJSON features, or a TopoJSON topology (an object) */
      if (!Array.isArray(rows) || isGeometry(rows)) return;
      if (!best || rows.length > best.length) best = rows;
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

  /* A cell of the data table: numbers at most four decimals (four significant digits
   * below 0.01), integers and years as they are, lists as "a, b", a gap as a dash. */
  function tableCell(value) {
    if (value === null || value === undefined || value === "") return "\u2013";
    if (typeof value === "number") {
      if (!isFinite(value) || Number.isInteger(value)) return String(value);
      var text = Math.abs(value) >= 0.01 ? value.toFixed(4) : value.toPrecision(4);
      return String(Number(text));
    }
    var flat = Array.isArray(value) &&
      value.every(function (v) { return v === null || typeof v !== "object"; });
    if (flat) return value.length ? value.map(tableCell).join(", ") : "\u2013";
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  }

  function chartTitle(spec) {
    var title = spec.title;
    if (title && typeof title === "object" && !Array.isArray(title)) title = title.text;
    if (Array.isArray(title)) title = title.join(" ");
    if (!title) title = spec.description || "";
    return String(title || "").trim();
  }

  /* Past this many rows the summary warns that the table is long. */
  var LONG_TABLE = 2000;

  /* The chart's data as a table (the rows and columns of its CSV) in a closed
   * <details> right after the chart: for screen readers and for print. */
  function addTable(el, spec, id) {
    var rows = mainDataset(spec);
    /* drawn again (the dark mode): the table is already there */
    var drawn = document.querySelector('details.ssker-table[data-chart="' + id + '"]');
    if (!rows.length || drawn) return;
    var columns = columnsOf(rows);
    var details = document.createElement("details");
    details.className = "ssker-table";
    details.setAttribute("data-chart", id);
    var summary = document.createElement("summary");
    var count = rows.length.toLocaleString("en-US") + (rows.length === 1 ? " row" : " rows");
    summary.textContent = "Data of this chart (" + count +
      (rows.length > LONG_TABLE ? ": a long table" : "") + ")";
    details.appendChild(summary);
    var table = document.createElement("table");
    table.className = "ssker-data";
    var caption = document.createElement("caption");
    var title = chartTitle(spec);
    caption.textContent = title ? "Data of the chart: " + title : "Data of the chart";
    table.appendChild(caption);
    var head = document.createElement("thead");
    var headRow = document.createElement("tr");
    columns.forEach(function (column) {
      var th = document.createElement("th");
      th.scope = "col";
      th.textContent = column;
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    table.appendChild(head);
    var body = document.createElement("tbody");
    rows.forEach(function (row) {
      var tr = document.createElement("tr");
      columns.forEach(function (column) {
        var td = document.createElement("td");
        var value = row[column];
        if (typeof value === "number") td.className = "num";
        td.textContent = tableCell(value);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    details.appendChild(table);
    el.parentNode.insertBefore(details, el.nextSibling);
  }

  /* Printing shows every table: open them for the print, close again after it. */
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.ssker-table:not([open])").forEach(function (d) {
      d.open = true;
      openedForPrint.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (d) { d.open = false; });
    openedForPrint = [];
  });

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

  /* The book's chart theme (analysis.charts.core.THEME_CONFIG, written in here when
   * the script is served). */
  var THEME = /*SSKER_THEME*/{};

  /* A chart on its own (in Jupyter, not in a numbered figure, whose caption names the
   * source) gets its source on a line under it. */
  function addSource(container, spec) {
    var source = ((spec.usermeta && spec.usermeta.ssker) || {}).source;
    if (!source || container.closest("figure") || container.querySelector(".ssker-source")) return;
    var line = document.createElement("p");
    line.className = "ssker-source";
    line.textContent = "Source: " + source;
    container.appendChild(line);
  }

  /* Two legends below a chart go one under the other, not side by side, where they
   * pushed the chart past the page's column. Vega's legend layout does this; Vega-Lite
   * has no such setting, so it is set on the compiled Vega spec. */
  function stackLegends(vgSpec) {
    var config = vgSpec.config = vgSpec.config || {};
    var legend = config.legend = Object.assign({}, config.legend || {});
    legend.layout = { bottom: { anchor: "start", direction: "vertical" } };
    return vgSpec;
  }

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
    /* the book's theme, which the page's specs leave out (a spec's own config wins) */
    var theme = JSON.stringify(THEME);
    if (mode === "dark") theme = theme.split('"' + COUNTRY + '"').join('"' + COUNTRY_DARK + '"');
    window.vegaEmbed(el, spec, {
      renderer: "svg",
      config: JSON.parse(theme),
      patch: stackLegends,
      actions: { export: true, source: false, compiled: false, editor: false },
      downloadFileName: ((spec.usermeta && spec.usermeta.ssker && spec.usermeta.ssker.csv) || id)
    }).then(function (result) {
      views[id] = result;
      var figure = el.closest(".ssker-figure") || el.parentNode;
      addSource(figure, spec);
      addTable(el, spec, id);
      addDownload(figure, spec, id);
    }).catch(function (err) {
      addTable(el, spec, id);
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
