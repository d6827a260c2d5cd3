/**
 * The script of the HTML viewer: pan and zoom, and the details panel. It is
 * plain ES2017 run inline in the page; it reads its data from the JSON
 * element `#argmap-data` and writes only with `textContent`.
 * @module
 * @internal
 */
export const VIEWER_SCRIPT = String.raw`(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("argmap-data").textContent);
  var items = new Map();
  data.items.forEach(function (item) { items.set(item.key, item); });
  var stage = document.getElementById("argmap-stage");
  var svg = stage.querySelector("svg");
  var panel = document.getElementById("argmap-panel");
  var hint = document.getElementById("argmap-hint");
  var details = document.getElementById("argmap-details");
  var full = { x: 0, y: 0, w: svg.viewBox.baseVal.width, h: svg.viewBox.baseVal.height };
  var view = { x: full.x, y: full.y, w: full.w, h: full.h };
  var pinned = null;

  function apply() { svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h); }
  var fit = function () { view = { x: full.x, y: full.y, w: full.w, h: full.h }; apply(); };
  function toSvg(clientX, clientY) {
    var ctm = svg.getScreenCTM();
    if (!ctm) return { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    var point = svg.createSVGPoint();
    point.x = clientX; point.y = clientY;
    return point.matrixTransform(ctm.inverse());
  }
  function zoom(factor, center) {
    var w = Math.min(full.w * 8, Math.max(full.w / 40, view.w * factor));
    var f = w / view.w;
    var c = center || { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    view = { x: c.x - (c.x - view.x) * f, y: c.y - (c.y - view.y) * f, w: view.w * f, h: view.h * f };
    apply();
  }
  function pan(dx, dy) { view.x += dx; view.y += dy; apply(); }

  stage.addEventListener("wheel", function (event) {
    event.preventDefault();
    zoom(Math.exp(event.deltaY * 0.0015), toSvg(event.clientX, event.clientY));
  }, { passive: false });

  var drag = null;
  stage.addEventListener("pointerdown", function (event) {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, moved: false, id: event.pointerId };
  });
  stage.addEventListener("pointermove", function (event) {
    if (!drag || drag.id !== event.pointerId) return;
    var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!drag.moved) { drag.moved = true; stage.setPointerCapture(event.pointerId); stage.classList.add("argmap-dragging"); }
    var ctm = svg.getScreenCTM();
    var scale = ctm ? ctm.a : 1;
    pan(-dx / scale, -dy / scale);
    drag.x = event.clientX; drag.y = event.clientY;
  });
  function endDrag(event) {
    if (!drag || drag.id !== event.pointerId) return;
    var moved = drag.moved;
    drag = null;
    stage.classList.remove("argmap-dragging");
    if (moved) return;
    var button = foldButtonOf(event.target);
    if (button) { toggleFold(button); return; }
    var target = nodeOf(event.target);
    if (target) select(target); else unpin();
  }
  stage.addEventListener("pointerup", endDrag);
  stage.addEventListener("pointercancel", function () { drag = null; stage.classList.remove("argmap-dragging"); });

  document.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      var what = button.getAttribute("data-zoom");
      if (what === "in") zoom(1 / 1.25); else if (what === "out") zoom(1.25); else fit();
    });
  });
  stage.addEventListener("keydown", function (event) {
    var step = view.w / 10;
    var key = event.key;
    if (key === "+" || key === "=") zoom(1 / 1.25);
    else if (key === "-" || key === "_") zoom(1.25);
    else if (key === "0") fit();
    else if (key === "ArrowLeft") pan(-step, 0);
    else if (key === "ArrowRight") pan(step, 0);
    else if (key === "ArrowUp") pan(0, -step);
    else if (key === "ArrowDown") pan(0, step);
    else if (key === "Escape") unpin();
    else if (key === "Enter" || key === " ") { var node = nodeOf(event.target); if (node) select(node); else return; }
    else return;
    event.preventDefault();
  });

  function nodeOf(element) {
    while (element && element !== stage) {
      if (element.classList && (element.classList.contains("argmap-claim") || element.classList.contains("argmap-relation"))) return element;
      element = element.parentNode;
    }
    return null;
  }
  function itemOf(node) { return items.get(node.getAttribute("data-key")); }
  function safeUrl(url) { return typeof url === "string" && /^(https?:\/\/|mailto:)/i.test(url.trim()); }
  function add(parent, tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined) element.textContent = text;
    if (className) element.className = className;
    parent.appendChild(element);
    return element;
  }
  var shownNode;
  function show(node) {
    // Showing the same node again would rebuild the panel under a click that is under way.
    if (node === shownNode) return;
    shownNode = node;
    var item = node ? itemOf(node) : null;
    document.querySelectorAll(".argmap-active").forEach(function (el) { el.classList.remove("argmap-active"); });
    details.textContent = "";
    if (!item) { details.hidden = true; hint.hidden = false; return; }
    node.classList.add("argmap-active");
    hint.hidden = true;
    details.hidden = false;
    add(details, "p", item.role, "argmap-role");
    add(details, "p", item.text, "argmap-text");
    if (item.tags && item.tags.length) add(details, "p", "Tags: " + item.tags.join(", "), "argmap-tags");
    if (item.strength !== undefined || item.label !== undefined) {
      var rating = add(details, "p", undefined, "argmap-rating");
      var parts = [];
      if (item.strength !== undefined) parts.push("strength " + item.strength.toFixed(2));
      if (item.label !== undefined) parts.push(item.label);
      rating.textContent = parts.join(" · ") + " (" + data.semantics + ")";
    }
    if (item.why) add(details, "p", item.why, "argmap-why");
    if (item.contributors && item.contributors.length) {
      add(details, "p", item.contributorsTitle, "argmap-subhead");
      var list = add(details, "ul", undefined, "argmap-contributors");
      item.contributors.forEach(function (contributor) {
        var button = add(add(list, "li"), "button");
        button.type = "button";
        add(button, "span", contributor.value, "argmap-value");
        add(button, "span", contributor.text);
        button.addEventListener("click", function () {
          var target = stage.querySelector('[data-key="' + contributor.key + '"]');
          if (target && !target.classList.contains("argmap-hidden")) select(target);
        });
      });
    }
    if (item.note) add(details, "p", item.note, "argmap-note");
    item.quotes.forEach(function (quote) {
      var figure = add(details, "figure", undefined, "argmap-quote");
      add(figure, "blockquote", quote.quote);
      var caption = add(figure, "figcaption");
      if (safeUrl(quote.url)) {
        var link = add(caption, "a", quote.source);
        link.href = quote.url.trim();
        link.rel = "noopener noreferrer";
        link.target = "_blank";
      } else {
        caption.textContent = quote.source;
      }
    });
    if (!item.quotes.length) add(details, "p", "No source quote.", "argmap-muted");
  }
  function select(node) { pinned = node; show(node); }
  function unpin() { pinned = null; show(null); }

  // Folding: a claim's fold button hides everything that stands only behind it.
  var NS = "http://www.w3.org/2000/svg";
  var folded = new Set(data.fold || []);
  var premiseOf = new Set();
  data.items.forEach(function (item) { if (item.kind === "relation") item.from.forEach(function (key) { premiseOf.add(key); }); });
  var tops = [];
  data.items.forEach(function (item) { if (item.kind === "claim" && !premiseOf.has(item.key)) tops.push(item.key); });
  function reach(starts, respectFolds) {
    var seen = new Set();
    var queue = starts.slice();
    while (queue.length) {
      var key = queue.pop();
      if (seen.has(key)) continue;
      seen.add(key);
      if (respectFolds && folded.has(key)) continue;
      var item = items.get(key);
      if (!item) continue;
      item.into.forEach(function (rel) { queue.push(rel); });
      if (item.kind === "relation") item.from.forEach(function (premise) { queue.push(premise); });
    }
    return seen;
  }
  // Claims on cycles that no top claim reaches are starts too.
  var all = reach(tops, false);
  data.items.forEach(function (item) {
    if (item.kind === "claim" && !all.has(item.key)) { tops.push(item.key); reach([item.key], false).forEach(function (key) { all.add(key); }); }
  });
  function refold() {
    var visible = reach(tops, true);
    stage.querySelectorAll("[data-key]").forEach(function (element) {
      var hidden = !visible.has(element.getAttribute("data-key"));
      element.classList.toggle("argmap-hidden", hidden);
      if (hidden && pinned === element) unpin();
    });
    stage.querySelectorAll(".argmap-fold").forEach(function (button) {
      var open = !folded.has(button.getAttribute("data-fold"));
      button.setAttribute("aria-expanded", open ? "true" : "false");
      button.lastChild.textContent = open ? "\u2212" : "+";
    });
  }
  // Unfolding opens one level: the claims that appear start folded when they have reasons or objections of their own.
  function toggleFold(button) {
    var key = button.getAttribute("data-fold");
    leaveCompact(key);
    if (!folded.has(key)) { folded.add(key); refold(); return; }
    var before = reach(tops, true);
    folded.delete(key);
    var queue = items.get(key).into.slice();
    while (queue.length) {
      var relation = items.get(queue.pop());
      if (!relation) continue;
      relation.into.forEach(function (undercut) { queue.push(undercut); });
      relation.from.forEach(function (premise) { if (items.get(premise).into.length) folded.add(premise); });
    }
    refold();
    var opened = new Set([key]);
    reach(tops, true).forEach(function (shown) { if (!before.has(shown)) opened.add(shown); });
    reveal(key, opened);
  }
  function foldButtonOf(element) {
    while (element && element !== stage) {
      if (element.classList && element.classList.contains("argmap-fold")) return element;
      element = element.parentNode;
    }
    return null;
  }
  var foldLayer = document.createElementNS(NS, "g");
  foldLayer.setAttribute("class", "argmap-folds");
  svg.querySelector(".argmap-map").appendChild(foldLayer);
  var buttons = [];
  function placeOf(element) {
    var place = element.transform.baseVal.consolidate();
    return { x: place ? place.matrix.e : 0, y: place ? place.matrix.f : 0 };
  }
  // A claim's fold button sits on its top right corner.
  function placeButtons() {
    buttons.forEach(function (pair) {
      var box = pair.node.querySelector("rect.argmap-box");
      var at = placeOf(pair.node);
      pair.button.setAttribute("transform", "translate(" + (at.x + (box ? box.width.baseVal.value : 0) - 1) + " " + (at.y + 1) + ")");
    });
  }
  stage.querySelectorAll(".argmap-claim").forEach(function (node) {
    var item = itemOf(node);
    if (!item || !item.into.length) return;
    var button = document.createElementNS(NS, "g");
    button.setAttribute("class", "argmap-fold");
    button.setAttribute("data-fold", item.key);
    button.setAttribute("data-key", item.key);
    button.setAttribute("role", "button");
    button.setAttribute("tabindex", "0");
    button.setAttribute("aria-label", "Fold or unfold the reasons and objections behind this claim");
    var circle = document.createElementNS(NS, "circle");
    circle.setAttribute("r", "8");
    var sign = document.createElementNS(NS, "text");
    sign.setAttribute("text-anchor", "middle");
    sign.setAttribute("y", "4.5");
    button.appendChild(circle);
    button.appendChild(sign);
    foldLayer.appendChild(button);
    buttons.push({ node: node, button: button });
  });
  placeButtons();
  stage.addEventListener("keydown", function (event) {
    var button = foldButtonOf(event.target);
    if (!button || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    toggleFold(button);
  }, true);

  var nodes = stage.querySelectorAll(".argmap-claim, .argmap-relation");
  nodes.forEach(function (node) {
    node.setAttribute("tabindex", "0");
    node.addEventListener("pointerenter", function () { if (!drag) show(node); });
    node.addEventListener("pointerleave", function () { show(pinned); });
    node.addEventListener("focus", function () { show(node); });
    node.addEventListener("blur", function () { show(pinned); });
  });
  // The first view: claim text at least data.view.text pixels on screen. The
  // whole drawing when it fits so; else the top levels that fit so, laid out
  // on their own (data.compact) with the rest folded; else the start claim at
  // that size, the rest a pan away (with the first level unfolded only, for
  // a map larger than data.small). An openDepth the page was given decides
  // the folds instead.
  var group = svg.querySelector(".argmap-map");
  var bounds = new Map();
  // Where the visible elements of each key are, in drawing units (only those of the keys given, if any).
  function measure(keys) {
    var found = new Map();
    var ctm = svg.getScreenCTM();
    if (ctm) {
      var inverse = ctm.inverse();
      var point = svg.createSVGPoint();
      var corner = function (x, y) { point.x = x; point.y = y; return point.matrixTransform(inverse); };
      group.querySelectorAll("[data-key]").forEach(function (element) {
        var key = element.getAttribute("data-key");
        if (keys && !keys.has(key)) return;
        var r = element.getBoundingClientRect();
        if (!r.width && !r.height) return;
        var a = corner(r.left, r.top), b = corner(r.right, r.bottom);
        var box = found.get(key);
        if (box) { box.x0 = Math.min(box.x0, a.x); box.y0 = Math.min(box.y0, a.y); box.x1 = Math.max(box.x1, b.x); box.y1 = Math.max(box.y1, b.y); }
        else found.set(key, { x0: a.x, y0: a.y, x1: b.x, y1: b.y });
      });
    }
    if (!keys) bounds = found;
    return found;
  }
  var MARGIN = 20;
  // After an unfold: pan as little as needed to show the claim and what opened behind it (the claim first, when not all fits).
  function reveal(key, keys) {
    var found = measure(keys);
    var own = found.get(key);
    if (!own) return;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    found.forEach(function (box) { x0 = Math.min(x0, box.x0); y0 = Math.min(y0, box.y0); x1 = Math.max(x1, box.x1); y1 = Math.max(y1, box.y1); });
    function place(at, size, low, high, ownLow, ownHigh) {
      if (high - low + 2 * MARGIN <= size) return Math.min(Math.max(at, high + MARGIN - size), low - MARGIN);
      // Not all fits: keep the claim in view, and as much of the rest as the claim's place allows.
      var centre = (low + high) / 2 - size / 2;
      return Math.min(Math.max(centre, ownHigh + MARGIN - size), ownLow - MARGIN);
    }
    view.x = place(view.x, view.w, x0, x1, own.x0, own.x1);
    view.y = place(view.y, view.h, y0, y1, own.y0, own.y1);
    apply();
  }
  // The box around what is visible, with a margin, in drawing units.
  function extent(visible) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    visible.forEach(function (key) {
      var box = bounds.get(key);
      if (!box) return;
      x0 = Math.min(x0, box.x0); y0 = Math.min(y0, box.y0); x1 = Math.max(x1, box.x1); y1 = Math.max(y1, box.y1);
    });
    if (x0 > x1) return null;
    // Whole units: measured from the screen, the same box comes back a hair different after a zoom.
    x0 = Math.round(x0); y0 = Math.round(y0); x1 = Math.round(x1); y1 = Math.round(y1);
    return { x: x0 - MARGIN, y: y0 - MARGIN, w: x1 - x0 + 2 * MARGIN, h: y1 - y0 + 2 * MARGIN };
  }
  // Fit shows what is visible now.
  fit = function () {
    measure(null);
    var shown = extent(reach(tops, true));
    if (shown) full = shown;
    view = { x: full.x, y: full.y, w: full.w, h: full.h };
    apply();
  };
  // The compact layout of the top levels: put in place, and left for the whole drawing's places on the first fold or unfold.
  var saved = null;
  function enterCompact(layout) {
    saved = [];
    group.querySelectorAll(".argmap-claim[data-key], .argmap-relation[data-key]").forEach(function (element) {
      var at = layout.at[element.getAttribute("data-key")];
      if (!at) return;
      saved.push([element, "transform", element.getAttribute("transform")]);
      element.setAttribute("transform", "translate(" + at[0] + " " + at[1] + ")");
    });
    Object.keys(layout.paths).forEach(function (key) {
      var paths = layout.paths[key];
      group.querySelectorAll('path[data-key="' + key + '"]').forEach(function (path, i) {
        if (paths[i] === undefined) return;
        saved.push([path, "d", path.getAttribute("d")]);
        path.setAttribute("d", paths[i]);
      });
    });
    placeButtons();
  }
  function leaveCompact(key) {
    if (!saved) return;
    var node = group.querySelector('.argmap-claim[data-key="' + key + '"]');
    var before = node ? placeOf(node) : null;
    saved.forEach(function (entry) { entry[0].setAttribute(entry[1], entry[2]); });
    saved = null;
    placeButtons();
    full = { x: 0, y: 0, w: svg.viewBox.baseVal.width, h: svg.viewBox.baseVal.height };
    // The claim whose button was pressed stays where it is on the screen.
    if (before) { var after = placeOf(node); pan(after.x - before.x, after.y - before.y); }
  }
  function firstView() {
    var area = stage.getBoundingClientRect();
    var sizes = data.view || { text: 12, maxText: 20, fontSize: 13 };
    var least = sizes.text / sizes.fontSize, most = sizes.maxText / sizes.fontSize;
    function scaleOf(box) { return Math.min(area.width / box.w, area.height / box.h); }
    if (!(area.width > 0 && area.height > 0)) { refold(); fit(); return; }
    measure(null);
    var levels = data.levels || [];
    var compact = data.compact || [];
    var whole = full;
    var chosen = null;
    if (data.fold === null && !(scaleOf(whole) >= least)) {
      var drawing = extent(reach(tops, false));
      if (!(drawing && scaleOf(drawing) >= least)) {
        // The deepest top levels that fit on their own; else the first level.
        for (var i = compact.length - 1; i >= 0 && !chosen; i--) {
          var box = { w: compact[i].width + 2 * MARGIN, h: compact[i].height + 2 * MARGIN };
          if (scaleOf(box) >= least) chosen = compact[i];
        }
        // Nothing fits: a map small enough to read whole opens unfolded; a larger one on its first level.
        if (!chosen && !data.small && compact.length) chosen = compact[0];
        folded = new Set(chosen ? levels[chosen.depth] : !data.small && levels.length > 1 ? levels[1] : []);
      }
    }
    refold();
    if (chosen) { enterCompact(chosen); measure(null); }
    if (data.fold !== null || chosen || folded.size || !(scaleOf(whole) >= least)) {
      var shown = extent(reach(tops, true));
      if (shown) full = shown;
    }
    var scale = Math.min(scaleOf(full), most);
    var centre = { x: full.x + full.w / 2, y: full.y + full.h / 2 };
    if (scale < least) {
      // Too large even so: open on the start claim at the least size, inside what is shown.
      scale = least;
      var start = bounds.get(data.start);
      if (start) centre = { x: (start.x0 + start.x1) / 2, y: (start.y0 + start.y1) / 2 };
    }
    var w = area.width / scale, h = area.height / scale;
    var x = centre.x - w / 2, y = centre.y - h / 2;
    if (w < full.w) x = Math.min(Math.max(x, full.x), full.x + full.w - w); else x = full.x + full.w / 2 - w / 2;
    if (h < full.h) y = Math.min(Math.max(y, full.y), full.y + full.h - h); else y = full.y + full.h / 2 - h / 2;
    view = { x: x, y: y, w: w, h: h };
    apply();
  }
  firstView();
  panel.setAttribute("data-ready", "true");
})();
`;

/**
 * SHA-256 of {@link VIEWER_SCRIPT}, base64: the page's Content-Security-Policy
 * allows this script and no other. A test recomputes it.
 * @internal
 */
export const VIEWER_SCRIPT_SHA256 = "5nvoaGtPBnSMD3Rsd6jNyP0HW94jCYXvx1JAKTXTxJY=";
