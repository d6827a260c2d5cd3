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
  function fit() { view = { x: full.x, y: full.y, w: full.w, h: full.h }; apply(); }
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
    if (!folded.has(key)) { folded.add(key); refold(); return; }
    folded.delete(key);
    var queue = items.get(key).into.slice();
    while (queue.length) {
      var relation = items.get(queue.pop());
      if (!relation) continue;
      relation.into.forEach(function (undercut) { queue.push(undercut); });
      relation.from.forEach(function (premise) { if (items.get(premise).into.length) folded.add(premise); });
    }
    refold();
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
  stage.querySelectorAll(".argmap-claim").forEach(function (node) {
    var item = itemOf(node);
    if (!item || !item.into.length) return;
    var box = node.querySelector("rect.argmap-box");
    var place = node.transform.baseVal.consolidate();
    var x = (place ? place.matrix.e : 0) + (box ? box.width.baseVal.value : 0) - 1;
    var y = (place ? place.matrix.f : 0) + 1;
    var button = document.createElementNS(NS, "g");
    button.setAttribute("class", "argmap-fold");
    button.setAttribute("data-fold", item.key);
    button.setAttribute("data-key", item.key);
    button.setAttribute("role", "button");
    button.setAttribute("tabindex", "0");
    button.setAttribute("aria-label", "Fold or unfold the reasons and objections behind this claim");
    button.setAttribute("transform", "translate(" + x + " " + y + ")");
    var circle = document.createElementNS(NS, "circle");
    circle.setAttribute("r", "8");
    var sign = document.createElementNS(NS, "text");
    sign.setAttribute("text-anchor", "middle");
    sign.setAttribute("y", "4.5");
    button.appendChild(circle);
    button.appendChild(sign);
    foldLayer.appendChild(button);
  });
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
  refold();
  if (folded.size) {
    // Open on what is shown: the bounding box of the visible part of the map.
    var group = svg.querySelector(".argmap-map");
    var bbox = group.getBBox();
    var shift = group.transform.baseVal.consolidate();
    var dx = shift ? shift.matrix.e : 0, dy = shift ? shift.matrix.f : 0;
    var margin = 20;
    full = { x: bbox.x + dx - margin, y: bbox.y + dy - margin, w: bbox.width + 2 * margin, h: bbox.height + 2 * margin };
  }
  panel.setAttribute("data-ready", "true");
  fit();
})();
`;

/**
 * SHA-256 of {@link VIEWER_SCRIPT}, base64: the page's Content-Security-Policy
 * allows this script and no other. A test recomputes it.
 * @internal
 */
export const VIEWER_SCRIPT_SHA256 = "uABwb5AfRiY5pH9KpHE09PqZ0Ft/WDWcOs2svF0HR4s=";
