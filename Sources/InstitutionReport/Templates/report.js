(function () {
  "use strict";
  // Sortable tables: each header holds a button (reachable by Tab, pressed with Enter or Space)
  // that sorts by its column; pressed again, it reverses the order.
  function sortTable(table, column, ascending) {
    table.querySelectorAll("thead th").forEach(function (th) { th.removeAttribute("aria-sort"); });
    table.tHead.rows[0].cells[column].setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].textContent.trim(), y = b.cells[column].textContent.trim();
      var nx = parseFloat(x), ny = parseFloat(y);
      var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (header, column) {
      header.classList.add("sortable");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener("click", function () {
        sortTable(table, column, header.getAttribute("aria-sort") !== "ascending");
      });
    });
  });
  // The centrality tables' measure selector ranks the institutions by the measure chosen, highest
  // first; sorting by a column's header shows its measure in the selector.
  document.querySelectorAll(".scores").forEach(function (scores) {
    var select = scores.querySelector("select");
    var table = scores.querySelector("table");
    var first = parseInt(select.getAttribute("data-first-score"), 10);
    select.addEventListener("change", function () { sortTable(table, first + parseInt(select.value, 10), false); });
    table.querySelectorAll("thead th").forEach(function (header, column) {
      header.querySelector("button").addEventListener("click", function () {
        if (column >= first) { select.value = String(column - first); }
      });
    });
  });

  // Highlighting: a node's "is-<id>" class marks it in every diagram, and "of-<id>" marks the edges
  // that touch it; the nodes at their other ends are highlighted too.
  var pinned = null;
  function tokenOf(node) {
    var match = /(?:^|\s)is-(\S+)/.exec(node.getAttribute("class") || "");
    return match ? match[1] : null;
  }
  function clear() {
    document.querySelectorAll("svg .hl").forEach(function (e) { e.classList.remove("hl"); });
    document.querySelectorAll("svg.dimmed").forEach(function (e) { e.classList.remove("dimmed"); });
  }
  function highlight(token) {
    clear();
    if (!token) { return; }
    document.querySelectorAll(".is-" + CSS.escape(token) + ", .of-" + CSS.escape(token)).forEach(function (e) {
      e.classList.add("hl");
      var svg = e.ownerSVGElement;
      if (svg) { svg.classList.add("dimmed"); }
      if (e.classList.contains("edge")) {
        (e.getAttribute("class") || "").split(/\s+/).forEach(function (c) {
          if (c.indexOf("of-") === 0) {
            svg.querySelectorAll(".is-" + CSS.escape(c.slice(3))).forEach(function (n) { n.classList.add("hl"); });
          }
        });
      }
    });
  }
  document.querySelectorAll("svg g.node").forEach(function (node) {
    var token = tokenOf(node);
    if (!token) { return; }
    node.addEventListener("mouseenter", function () { if (!pinned) { highlight(token); } });
    node.addEventListener("mouseleave", function () { if (!pinned) { clear(); } });
    function pin() {
      pinned = (pinned === token) ? null : token;
      highlight(pinned);
    }
    node.addEventListener("click", pin);
    // Reachable by Tab: focus shows a node's ties as hovering does, Enter or Space pins them.
    node.setAttribute("tabindex", "0");
    node.addEventListener("focus", function () { if (!pinned) { highlight(token); } });
    node.addEventListener("blur", function () { if (!pinned) { clear(); } });
    node.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") { return; }
      event.preventDefault();
      pin();
    });
  });

  // Zoom: a diagram opens fitted whole into its box (width and height); the buttons scale it
  // from there, keeping the point at the centre of the view where it was, and "fit" returns to it.
  // Fitting never draws the smallest label below 9 px while the page is wide enough for it: a
  // diagram too tall for its box at that size gets a taller box, and the page scrolls instead.
  document.querySelectorAll(".diagram").forEach(function (figure) {
    var svg = figure.querySelector("svg");
    var viewport = figure.querySelector(".viewport");
    var box = svg.viewBox && svg.viewBox.baseVal;
    var naturalWidth = parseFloat(svg.getAttribute("width")) * 4 / 3;
    var aspect = box && box.width > 0 ? box.height / box.width : 1;
    var sizes = Array.prototype.map.call(svg.querySelectorAll("text[font-size]"), function (text) {
      return parseFloat(text.getAttribute("font-size"));
    }).filter(function (size) { return size > 0; });
    var legibleWidth = box && box.width > 0 && sizes.length ? box.width * 9 / Math.min.apply(null, sizes) : 0;
    var scale = 1;
    function fittedWidth() {
      var room = parseFloat(getComputedStyle(viewport).maxHeight) || viewport.clientHeight || 600;
      var whole = Math.max(80, Math.min(viewport.clientWidth, naturalWidth || viewport.clientWidth, room / aspect));
      if (whole < legibleWidth && legibleWidth <= Math.min(viewport.clientWidth, naturalWidth || Infinity)) {
        viewport.style.maxHeight = Math.ceil(legibleWidth * aspect) + 2 + "px";
        return legibleWidth;
      }
      return whole;
    }
    function apply() {
      var centreX = (viewport.scrollLeft + viewport.clientWidth / 2) / Math.max(1, viewport.scrollWidth);
      var centreY = (viewport.scrollTop + viewport.clientHeight / 2) / Math.max(1, viewport.scrollHeight);
      svg.style.maxWidth = "none";
      svg.style.width = (fittedWidth() * scale) + "px";
      viewport.scrollLeft = centreX * viewport.scrollWidth - viewport.clientWidth / 2;
      viewport.scrollTop = centreY * viewport.scrollHeight - viewport.clientHeight / 2;
    }
    function zoom(factor) {
      scale = factor === 0 ? 1 : Math.min(8, Math.max(0.25, scale * factor));
      apply();
    }
    figure.querySelectorAll("button[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () { zoom(parseFloat(button.getAttribute("data-zoom"))); });
    });
    // The keyboard (+, -, 0; arrows scroll), the wheel with Ctrl or a pinch, and dragging to pan.
    viewport.tabIndex = 0;
    viewport.addEventListener("keydown", function (event) {
      var factor = { "+": 1.25, "=": 1.25, "-": 0.8, "_": 0.8, "0": 0 }[event.key];
      if (factor === undefined || event.ctrlKey || event.metaKey || event.altKey) { return; }
      event.preventDefault();
      zoom(factor);
    });
    viewport.addEventListener("wheel", function (event) {
      if (!event.ctrlKey) { return; }
      event.preventDefault();
      zoom(event.deltaY < 0 ? 1.1 : 1 / 1.1);
    }, { passive: false });
    var drag = null;
    viewport.addEventListener("pointerdown", function (event) {
      if (event.button === 0) { drag = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop, moved: false }; }
    });
    viewport.addEventListener("pointermove", function (event) {
      if (!drag) { return; }
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
      drag.moved = true;
      viewport.classList.add("panning");
      viewport.scrollLeft = drag.left - dx;
      viewport.scrollTop = drag.top - dy;
    });
    var panned = false;
    ["pointerup", "pointercancel", "pointerleave"].forEach(function (name) {
      viewport.addEventListener(name, function () {
        panned = Boolean(drag && drag.moved);
        drag = null;
        viewport.classList.remove("panning");
      });
    });
    // The click that ends a drag pins nothing.
    viewport.addEventListener("click", function (event) {
      if (panned) { event.stopPropagation(); panned = false; }
    }, true);
    apply();
    window.addEventListener("resize", apply);
  });

  // Marks the page as fully scripted, for the browser check.
  document.documentElement.setAttribute("data-ready", "true");
})();
