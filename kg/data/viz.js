/* The page's behaviour (kg.viz inlines this file; its SHA-256 is in the page's CSP).
 *
 * Reads the JSON block #kg-data (vis-network nodes/edges/options plus `meta`), draws the network
 * with vis-network, and adds: filters kept in the URL fragment, label culling, the side panel,
 * the timeline, community clusters, search, PNG and CSV export. Text from the graph is written
 * with textContent only; links only to http(s) URLs checked in Python and again here.
 *
 * Flags on <body> for tests and scripts: data-kg-ready (first view done; data-kg-ready-ms: when,
 * in ms since navigation started), data-kg-drawn,
 * data-kg-nodes/-edges, data-kg-shown (nodes shown after filters), data-kg-labels (labels
 * drawn), data-kg-selected (search result), data-kg-panel (what the side panel shows),
 * data-kg-csp-violations. window.kgApp exposes the network and the functions below.
 */
(function () {
  "use strict";
  var body = document.body;
  document.addEventListener("securitypolicyviolation", function (e) {
    body.setAttribute("data-kg-csp-violations", String(Number(body.getAttribute("data-kg-csp-violations") || "0") + 1));
    body.setAttribute("data-kg-csp-last", String(e.violatedDirective));
  });
  var $ = function (id) { return document.getElementById(id); };
  var timing = [], t0 = window.performance.now();
  function lap(what) { timing.push(what + " " + Math.round(window.performance.now() - t0)); }
  var data = JSON.parse($("kg-data").textContent);
  lap("parse");
  var meta = data.meta;
  var LABEL_MIN = 11.5;   // screen px: smaller labels are not drawn
  var LABEL_TOP = 13;     // screen px: the most central nodes' labels never get smaller
  var LABEL_MAX = 18;     // screen px: nor larger
  var BASE_FONT = data.options.nodes.font.size;
  var HIDDEN_FONT = 0.01; // below vis-network's drawThreshold at any zoom: not drawn

  var nodeById = {}, edgeById = {}, incident = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; incident[n.id] = []; });
  data.edges.forEach(function (e) { edgeById[e.id] = e; incident[e.from].push(e.id); incident[e.to].push(e.id); });
  var byRank = data.nodes.slice().sort(function (a, b) { return a.kg.rank - b.kg.rank; });
  var dates = meta.dates;

  // ------------------------------------------------------------------ state <-> URL fragment
  var DEFAULT = {hide: [], types: [], from: "", to: "", undated: true, conf: 0, article: "", colour: "class",
                 tiny: false, groups: meta.cluster, find: ""};
  var state = JSON.parse(JSON.stringify(DEFAULT));

  function readHash() {
    var hash = window.location.hash.replace(/^#/, "");
    if (!hash) { return; }
    var params = new URLSearchParams(hash);
    var list = function (k) { return (params.get(k) || "").split(",").filter(Boolean); };
    if (params.has("hide")) { state.hide = list("hide"); }
    if (params.has("types")) { state.types = list("types"); }
    if (params.has("from")) { state.from = params.get("from"); }
    if (params.has("to")) { state.to = params.get("to"); }
    if (params.has("undated")) { state.undated = params.get("undated") !== "0"; }
    if (params.has("conf")) { state.conf = Math.min(1, Math.max(0, Number(params.get("conf")) || 0)); }
    if (params.has("article")) { state.article = params.get("article"); }
    if (params.has("colour")) { state.colour = params.get("colour") === "community" ? "community" : "class"; }
    if (params.has("tiny")) { state.tiny = params.get("tiny") === "1"; }
    if (params.has("groups")) { state.groups = params.get("groups") === "1"; }
    if (params.has("find")) { state.find = params.get("find"); }
  }

  function writeHash() {
    var params = new URLSearchParams();
    if (state.hide.length) { params.set("hide", state.hide.join(",")); }
    if (state.types.length) { params.set("types", state.types.join(",")); }
    if (state.from) { params.set("from", state.from); }
    if (state.to) { params.set("to", state.to); }
    if (!state.undated) { params.set("undated", "0"); }
    if (state.conf > 0) { params.set("conf", state.conf.toFixed(2)); }
    if (state.article) { params.set("article", state.article); }
    if (state.colour !== "class") { params.set("colour", state.colour); }
    if (state.tiny) { params.set("tiny", "1"); }
    if (state.groups !== DEFAULT.groups) { params.set("groups", state.groups ? "1" : "0"); }
    if (state.find) { params.set("find", state.find); }
    var text = params.toString();
    var url = window.location.href.split("#")[0] + (text ? "#" + text : "");
    try { window.history.replaceState(null, "", url); } catch (err) { window.location.hash = text; }
  }

  // ------------------------------------------------------------------ filtering
  function dateBounds(d) {
    var p = d.split("-");
    var start = p.concat(["01", "01"].slice(0, 3 - p.length)).join("-");
    var end = p.length === 1 ? d + "-12-31" : p.length === 2 ? d + "-31" : d;
    return [start, end];
  }
  function inRange(d) {
    if (!d) { return state.undated; }
    var b = dateBounds(d);
    if (state.from && b[1] < dateBounds(state.from)[0]) { return false; }
    if (state.to && b[0] > dateBounds(state.to)[1]) { return false; }
    return true;
  }
  function articleIndex() {
    if (!state.article) { return -1; }
    for (var i = 0; i < meta.articles.length; i++) { if (meta.articles[i].id === state.article) { return i; } }
    return -2;  // an article id the page does not know: nothing matches
  }

  // view[id] = "shown" | "faded" | "hidden", for nodes and edges.
  var view = {nodes: {}, edges: {}};
  var focusSet = null;  // search focus: the node and its neighbours

  function computeView() {
    var art = articleIndex();
    var hide = {}, types = {};
    state.hide.forEach(function (c) { hide[c] = true; });
    state.types.forEach(function (t) { types[t] = true; });
    var nv = {}, ev = {};
    data.nodes.forEach(function (n) {
      var k = n.kg, s = "shown";
      if (hide[n.group_name] || (k.tiny && !state.tiny)) { s = "hidden"; }
      else if (art !== -1 && k.arts.indexOf(art) < 0) { s = "hidden"; }
      else if (k.kind !== "entity" && k.conf < state.conf) { s = "hidden"; }
      else if (k.kind === "event" && (types[k.cls] || hide[k.cls])) { s = "hidden"; }
      else if (k.kind === "event" && !inRange(k.date)) { s = "faded"; }
      nv[n.id] = s;
    });
    data.edges.forEach(function (e) {
      var k = e.kg, s = "shown";
      if (nv[e.from] === "hidden" || nv[e.to] === "hidden") { s = "hidden"; }
      else if (k.conf < state.conf || (art !== -1 && k.art !== art)) { s = "hidden"; }
      else if (k.etype && types[k.etype]) { s = "hidden"; }
      else if (nv[e.from] === "faded" || nv[e.to] === "faded" || (k.kind === "event" && !inRange(k.date))) { s = "faded"; }
      ev[e.id] = s;
    });
    // Events and quotes mean nothing once all their participants are gone.
    data.nodes.forEach(function (n) {
      if (n.kg.kind !== "entity" && nv[n.id] !== "hidden" && incident[n.id].length &&
          incident[n.id].every(function (id) { return ev[id] === "hidden"; })) { nv[n.id] = "hidden"; }
    });
    if (focusSet) {
      data.nodes.forEach(function (n) { if (nv[n.id] === "shown" && !focusSet[n.id]) { nv[n.id] = "faded"; } });
      data.edges.forEach(function (e) {
        if (ev[e.id] === "shown" && !(focusSet[e.from] && focusSet[e.to])) { ev[e.id] = "faded"; }
      });
    }
    view = {nodes: nv, edges: ev};
  }

  function rgba(hex, alpha) {
    var v = parseInt(hex.slice(1), 16);
    return "rgba(" + ((v >> 16) & 255) + "," + ((v >> 8) & 255) + "," + (v & 255) + "," + alpha + ")";
  }
  function nodeColour(n) {
    if (state.colour === "community") {
      return n.kg.comm ? meta.communityColours[(n.kg.comm - 1) % meta.communityColours.length] : "#bbbbbb";
    }
    return meta.palette[n.group_name][0];
  }
  function nodeStyle(n) {
    var s = view.nodes[n.id], c = nodeColour(n);
    var style = {id: n.id, hidden: s === "hidden"};
    if (s === "faded") {
      style.color = {background: rgba(c, 0.12), border: rgba("#000000", 0.12),
                     highlight: {background: c, border: "#222222"}, hover: {background: rgba(c, 0.3), border: rgba("#000000", 0.3)}};
    } else {
      style.color = {background: c, border: "#2b2b2b", highlight: {background: c, border: "#000000"},
                     hover: {background: c, border: "#000000"}};
    }
    return style;
  }
  function edgeStyle(e) {
    var s = view.edges[e.id];
    return {id: e.id, hidden: s === "hidden", color: {opacity: s === "faded" ? 0.08 : 1}};
  }

  var applied = {};
  function styleKey(o) { return JSON.stringify(o); }
  function changed(items, style) {
    var out = [];
    items.forEach(function (item) {
      var st = style(item), key = styleKey(st), slot = (item.from ? "e:" : "n:") + item.id;
      if (applied[slot] !== key) { applied[slot] = key; out.push(st); }
    });
    return out;
  }

  // ------------------------------------------------------------------ the network
  computeView();
  data.nodes.forEach(function (n) { var st = nodeStyle(n); applied["n:" + n.id] = styleKey(st); n.hidden = st.hidden; n.color = st.color; });
  data.edges.forEach(function (e) { var st = edgeStyle(e); applied["e:" + e.id] = styleKey(st); e.hidden = st.hidden; e.color = st.color; });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = $("kg-network");
  lap("datasets");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  lap("network");
  body.setAttribute("data-kg-nodes", String(nodes.length));
  body.setAttribute("data-kg-edges", String(edges.length));

  function markDrawn() {
    var canvas = container.querySelector("canvas");
    body.setAttribute("data-kg-drawn", canvas && canvas.width > 0 && canvas.height > 0 ? "true" : "false");
  }
  network.on("afterDrawing", markDrawn);

  // ------------------------------------------------------------------ communities as clusters
  var clusterIds = [];
  var ready = false;
  function clusterAll() {
    var members = {};
    data.nodes.forEach(function (n) {
      if (n.kg.comm && view.nodes[n.id] !== "hidden" && !n.kg.tiny) { (members[n.kg.comm] = members[n.kg.comm] || []).push(n); }
    });
    Object.keys(members).sort(function (a, b) { return a - b; }).forEach(function (c) {
      var list = members[c];
      if (list.length < 2) { return; }
      var inCluster = {};
      list.forEach(function (n) { inCluster[n.id] = true; });
      var head = list.reduce(function (a, b) { return a.kg.rank <= b.kg.rank ? a : b; });
      var centre = meta.communities[c] || [head.x, head.y];
      var colour = meta.communityColours[(c - 1) % meta.communityColours.length];
      var id = "community:" + c;
      network.cluster({
        joinCondition: function (opts) { return inCluster[opts.id] === true; },
        clusterNodeProperties: {
          id: id, label: head.label + "\n+ " + (list.length - 1) + " more", shape: "dot", borderWidth: 2,
          size: 15 * Math.sqrt(list.length), x: centre[0], y: centre[1],
          color: {background: colour, border: "#2b2b2b", highlight: {background: colour, border: "#000000"}},
          title: "Community " + c + ": " + list.length + " nodes, most central " + head.label + ". Double-click to open.",
          font: {size: BASE_FONT}
        },
        clusterEdgeProperties: {color: {color: "#8a9096", opacity: 0.3}}
      }, false);  // refresh once at the end, not after each community (quadratic on large graphs)
      clusterIds.push(id);
    });
    network.body.emitter.emit("_dataChanged");
  }
  function openAll() {
    clusterIds.forEach(function (id) { if (network.isCluster(id)) { network.openCluster(id); } });
    clusterIds = [];
  }
  function openClusterOf(id) {
    var path = network.findNode(id);
    for (var i = 0; i < path.length - 1; i++) { if (network.isCluster(path[i])) { network.openCluster(path[i]); } }
  }

  // ------------------------------------------------------------------ labels
  // vis-network draws a node's label only when font size x zoom >= drawThreshold - 1. Before each
  // view settles we give the most central nodes a font that is LABEL_TOP..LABEL_MAX px on screen,
  // the others their base size (drawn once zoomed in far enough), then draw and hide every label
  // that would overlap one of a more central node.
  var fontApplied = {};
  function setFont(id, size, isCluster) {
    size = Math.round(size * 1000) / 1000;
    if (fontApplied[id] === size) { return null; }
    fontApplied[id] = size;
    // A cluster node is not in the DataSet: set its font directly (updateClusteredNode would
    // refresh the whole network's data once per cluster).
    if (isCluster) { network.body.nodes[id].setOptions({font: {size: size}}); return null; }
    return {id: id, font: {size: size}};
  }
  // The most central nodes in the part of the graph on screen (so panning to another part
  // labels its hubs too), the search focus and its neighbours, and community clusters.
  function priorityIds() {
    var prio = {}, count = 0;
    var canvas = container.querySelector("canvas");
    var a = network.DOMtoCanvas({x: 0, y: 0});
    var b = network.DOMtoCanvas({x: canvas ? canvas.clientWidth : 0, y: canvas ? canvas.clientHeight : 0});
    for (var i = 0; i < byRank.length && count < meta.topLabels; i++) {
      var id = byRank[i].id, node = network.body.nodes[id];
      if (view.nodes[id] === "shown" && node && node.x >= a.x && node.x <= b.x && node.y >= a.y && node.y <= b.y) {
        prio[id] = true;
        count++;
      }
    }
    if (focusSet) { Object.keys(focusSet).forEach(function (id) { prio[id] = true; }); }
    clusterIds.forEach(function (id) { prio[id] = true; });
    return prio;
  }
  function rankOf(id) { return nodeById[id] ? nodeById[id].kg.rank : -1; }

  function relabel() {
    var scale = network.getScale();
    var prio = priorityIds();
    var ids = network.body.nodeIndices.slice();
    ids.sort(function (a, b) {
      var pa = prio[a] ? 0 : 1, pb = prio[b] ? 0 : 1;
      return pa - pb || rankOf(a) - rankOf(b) || (a < b ? -1 : 1);
    });
    var updates = [];
    var wanted = {};
    ids.forEach(function (id) {
      var isCluster = network.isCluster(id);
      var seen = isCluster ? "shown" : view.nodes[id];
      var px = BASE_FONT * scale;
      if (seen !== "shown") { px = 0; }
      else if (prio[id]) { px = Math.min(LABEL_MAX, Math.max(LABEL_TOP, px)); }
      else if (px < LABEL_MIN) { px = 0; }
      else { px = Math.min(LABEL_MAX, px); }
      wanted[id] = px > 0;
      var u = setFont(id, px > 0 ? px / scale : HIDDEN_FONT, isCluster);
      if (u) { updates.push(u); }
    });
    if (updates.length) { nodes.update(updates); }
    network.redraw();
    // Cull: keep labels in priority order, skipping any that overlaps one already kept.
    var kept = [], grid = {}, cell = 80 / scale, pad = 2 / scale, hide = [], drawn = 0;
    function cells(b) {
      var out = [];
      for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
        for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) { out.push(gx + ":" + gy); }
      }
      return out;
    }
    // Node shapes are obstacles too, except for the labels of the few most central nodes on screen.
    var shapes = {}, firm = 0;
    ids.forEach(function (id) {
      var node = network.body.nodes[id];
      if (!node || node.options.hidden || (!network.isCluster(id) && view.nodes[id] !== "shown")) { return; }
      var r = node.options.size || 10;
      var sb = [node.x - r, node.y - r, node.x + r, node.y + r, id];
      cells(sb).forEach(function (k) { (shapes[k] = shapes[k] || []).push(sb); });
    });
    ids.forEach(function (id) {
      if (!wanted[id]) { return; }
      var node = network.body.nodes[id];
      var lm = node && node.labelModule;
      if (!lm || !lm.visible()) { return; }
      var b = [lm.size.left - pad, lm.size.top - pad, lm.size.left + lm.size.width + pad, lm.size.top + lm.size.height + pad];
      var keys = cells(b), clash = false, strict = firm >= 10;
      for (var i = 0; i < keys.length && !clash; i++) {
        (grid[keys[i]] || []).forEach(function (o) {
          if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) { clash = true; }
        });
        if (strict) {
          (shapes[keys[i]] || []).forEach(function (o) {
            if (o[4] !== id && b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) { clash = true; }
          });
        }
      }
      firm++;
      if (clash) {
        var u = setFont(id, HIDDEN_FONT, network.isCluster(id));
        if (u) { hide.push(u); }
        return;
      }
      keys.forEach(function (k) { (grid[k] = grid[k] || []).push(b); });
      kept.push(id);
      drawn++;
    });
    if (hide.length) { nodes.update(hide); }
    // Edge labels: at high zoom, or for the selected node's edges; never over a label kept above.
    var edgeUps = [], wantEdge = {};
    network.body.edgeIndices.forEach(function (id) {
      if (!edgeById[id]) { return; }
      var on = view.edges[id] === "shown" && (scale >= EDGE_ZOOM || labelledEdges.indexOf(id) >= 0);
      wantEdge[id] = on;
      var size = on ? EDGE_PX / scale : HIDDEN_FONT;
      if (edgeFontApplied[id] !== size) { edgeFontApplied[id] = size; edgeUps.push({id: id, font: {size: size}}); }
    });
    if (edgeUps.length) { edges.update(edgeUps); }
    if (hide.length || updates.length || edgeUps.length) { network.redraw(); }
    var edgeHide = [];
    network.body.edgeIndices.forEach(function (id) {
      if (!wantEdge[id]) { return; }
      var lm = network.body.edges[id].labelModule;
      if (!lm || !lm.visible() || !lm.size.width) { return; }
      var b = [lm.size.left - pad, lm.size.top - pad, lm.size.left + lm.size.width + pad, lm.size.top + lm.size.height + pad];
      var keys = cells(b), clash = false;
      for (var i = 0; i < keys.length && !clash; i++) {
        (grid[keys[i]] || []).forEach(function (o) { if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) { clash = true; } });
        (shapes[keys[i]] || []).forEach(function (o) { if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) { clash = true; } });
      }
      if (clash) { edgeFontApplied[id] = HIDDEN_FONT; edgeHide.push({id: id, font: {size: HIDDEN_FONT}}); }
      else { keys.forEach(function (k) { (grid[k] = grid[k] || []).push(b); }); }
    });
    if (edgeHide.length) { edges.update(edgeHide); network.redraw(); }
    body.setAttribute("data-kg-labels", String(drawn));
    return kept;
  }
  var EDGE_ZOOM = 1.3, EDGE_PX = 12, edgeFontApplied = {};
  var relabelTimer = null;
  function relabelSoon() {
    clearTimeout(relabelTimer);
    relabelTimer = setTimeout(relabel, 120);
  }
  // Until the reader moves the view, a resized window gets the first view again.
  var moved = false;
  network.on("zoom", function () { moved = true; relabelSoon(); });
  network.on("dragEnd", function (p) { if (!p.nodes || !p.nodes.length) { moved = true; } relabelSoon(); });
  network.on("resize", function () { if (!moved && ready) { firstView(); } relabelSoon(); });
  network.on("animationFinished", relabelSoon);

  // A hovered edge shows its label whatever the zoom (relabel() decides the rest).
  var labelledEdges = [];
  network.on("hoverEdge", function (p) {
    if (edgeById[p.edge]) { edges.update({id: p.edge, font: {size: EDGE_PX / network.getScale()}}); }
  });
  network.on("blurEdge", function (p) {
    if (edgeById[p.edge]) { edges.update({id: p.edge, font: {size: edgeFontApplied[p.edge] || HIDDEN_FONT}}); }
  });

  // ------------------------------------------------------------------ side panel
  var panel = $("kg-panel");
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function safeUrl(url) { return /^https?:\/\/[^\s"'<>]+$/i.test(url || "") ? url : ""; }
  function evidence(sentence, artIndex, conf) {
    var box = el("div");
    if (sentence) { box.appendChild(el("blockquote", "\u201c" + sentence.replace(/\s+/g, " ").trim() + "\u201d")); }
    var a = meta.articles[artIndex];
    var src = el("div", null, "kg-source");
    if (a) {
      var url = safeUrl(a.url);
      var title;
      if (url) {
        title = el("a", a.title);
        title.href = url;
        title.target = "_blank";
        title.rel = "noopener noreferrer";
      } else {
        title = el("span", a.title);
      }
      src.appendChild(document.createTextNode("\u2014 "));
      src.appendChild(title);
      var where = [a.source, a.published].filter(Boolean).join(", ");
      if (where) { src.appendChild(document.createTextNode(" (" + where + ")")); }
    }
    if (typeof conf === "number" && conf < 1) { src.appendChild(document.createTextNode(" \u00b7 confidence " + conf.toFixed(2))); }
    if (src.childNodes.length) { box.appendChild(src); }
    return box;
  }
  function section(title, items) {
    if (!items.length) { return; }
    panel.appendChild(el("h3", title + " (" + items.length + ")"));
    var ul = el("ul");
    items.forEach(function (li) { ul.appendChild(li); });
    panel.appendChild(ul);
  }
  function nameOf(id) { return nodeById[id] ? nodeById[id].label : id; }
  function factItem(text, e, extra) {
    var li = el("li");
    var head = el("div", text);
    if (extra) { head.appendChild(extra); }
    li.appendChild(head);
    li.appendChild(evidence(e.kg.evidence, e.kg.art, e.kg.conf));
    return li;
  }
  function clearPanel() {
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
  }
  function resetPanel() {
    clearPanel();
    panel.appendChild(el("p", "Click a node or an edge to see what the graph says about it, with the evidence.", "kg-empty"));
    body.removeAttribute("data-kg-panel");
  }

  function showNode(id) {
    var n = nodeById[id];
    if (!n) { return; }
    var k = n.kg;
    clearPanel();
    panel.appendChild(el("h2", n.label));
    var cls = k.cls + (n.group_name !== k.cls ? " (" + n.group_name + ")" : "");
    panel.appendChild(el("div", "Class: " + cls, "kg-meta"));
    if (k.comm) { panel.appendChild(el("div", "Community " + k.comm + " \u00b7 centrality rank " + (k.rank + 1) + " of " + data.nodes.length, "kg-meta")); }
    if (k.aliases.length) { panel.appendChild(el("div", "Also called: " + k.aliases.join("; "))); }
    var mine = incident[id].map(function (eid) { return edgeById[eid]; });
    if (k.kind === "event") {
      if (k.date) { panel.appendChild(el("div", "Date: " + k.date)); }
      if (k.value) { panel.appendChild(el("div", "Value: " + k.value)); }
      if (k.desc) { panel.appendChild(el("div", k.desc)); }
      section("Participants", mine.map(function (e) {
        var li = el("li", nameOf(e.from === id ? e.to : e.from) + " \u2014 " + e.kg.role);
        return li;
      }));
      panel.appendChild(el("h3", "Evidence"));
      panel.appendChild(evidence(k.evidence, k.arts[0], k.conf));
    } else if (k.kind === "quote") {
      panel.appendChild(el("blockquote", "\u201c" + k.quote + "\u201d"));
      section("Who said it, where", mine.map(function (e) {
        return el("li", (e.kg.pred === "said" ? "said by " : "reported by ") + nameOf(e.from === id ? e.to : e.from));
      }));
      panel.appendChild(el("h3", "Evidence"));
      panel.appendChild(evidence(k.evidence, k.arts[0], k.conf));
    } else {
      var positions = [], holders = [], relations = [], events = [], quotes = [];
      mine.forEach(function (e) {
        var other = e.from === id ? e.to : e.from, o = nodeById[other], out = e.from === id;
        var when = [e.kg.status, e.kg.start ? "since " + e.kg.start : "", e.kg.end ? "until " + e.kg.end : ""]
          .filter(Boolean).join(", ");
        var former = when ? el("span", when, "kg-former") : null;
        if (e.kg.pred === "holdsPosition") {
          if (out) { positions.push(factItem((e.kg.ptitle || "position") + ", " + nameOf(other), e, former)); }
          else { holders.push(factItem(nameOf(other) + ": " + (e.kg.ptitle || "position"), e, former)); }
        } else if (o && o.kg.kind === "event") {
          var ev = o.kg;
          var li = el("li");
          li.appendChild(el("div", o.label + " \u2014 as " + e.kg.role + (ev.value ? " \u2014 " + ev.value : "")));
          var others = incident[other].map(function (x) { return edgeById[x]; })
            .filter(function (x) { return x.to !== id; })
            .map(function (x) { return nameOf(x.to) + " (" + x.kg.role + ")"; });
          if (others.length) { li.appendChild(el("div", "with " + others.join(", "), "kg-meta")); }
          li.appendChild(evidence(ev.evidence, ev.arts[0], ev.conf));
          events.push(li);
        } else if (o && o.kg.kind === "quote") {
          var q = el("li");
          q.appendChild(el("div", (out ? "said: " : "reported: ") + "\u201c" + o.kg.quote + "\u201d"));
          q.appendChild(evidence(o.kg.evidence, o.kg.arts[0], o.kg.conf));
          quotes.push(q);
        } else if (e.kg.kind === "event") {
          events.push(factItem(e.label + " \u2014 " + (out ? "with " : "by ") + nameOf(other) + " (" + e.kg.role + ")", e));
        } else if (e.kg.kind === "quote") {
          quotes.push(factItem("\u201c" + e.kg.quote + "\u201d \u2014 " + (out ? "reported by " : "said by ") + nameOf(other), e));
        } else {
          relations.push(factItem(out ? e.label + " \u2192 " + nameOf(other) : nameOf(other) + " \u2192 " + e.label + " \u2192 this", e));
        }
      });
      section("Positions", positions);
      section("Position holders", holders);
      section("Relations", relations);
      section("Events", events);
      section("Quotes", quotes);
      var arts = k.arts.map(function (i) { return el("li", meta.articles[i].title); });
      section("Articles", arts);
      if (!mine.length) { panel.appendChild(el("p", "No facts link this node to another one.", "kg-empty")); }
    }
    body.setAttribute("data-kg-panel", id);
  }

  function showEdge(id) {
    var e = edgeById[id];
    if (!e) { return; }
    clearPanel();
    panel.appendChild(el("h2", e.label || e.kg.pred));
    panel.appendChild(el("div", nameOf(e.from) + " \u2192 " + nameOf(e.to), "kg-meta"));
    var when = [e.kg.status, e.kg.start ? "since " + e.kg.start : "", e.kg.end ? "until " + e.kg.end : ""].filter(Boolean);
    if (when.length) { panel.appendChild(el("span", when.join(", "), "kg-former")); }
    if (e.kg.date) { panel.appendChild(el("div", "Date: " + e.kg.date)); }
    if (e.kg.role) { panel.appendChild(el("div", "Role: " + e.kg.role)); }
    if (e.kg.value) { panel.appendChild(el("div", "Value: " + e.kg.value)); }
    if (e.kg.quote) { panel.appendChild(el("blockquote", "\u201c" + e.kg.quote + "\u201d")); }
    panel.appendChild(el("h3", "Evidence"));
    panel.appendChild(evidence(e.kg.evidence, e.kg.art, e.kg.conf));
    body.setAttribute("data-kg-panel", id);
  }

  network.on("click", function (p) {
    if (p.nodes && p.nodes.length) {
      if (network.isCluster(p.nodes[0])) { return; }
      select(p.nodes[0], false);
    } else if (p.edges && p.edges.length && edgeById[p.edges[0]]) {
      showEdge(p.edges[0]);
    }
  });
  network.on("doubleClick", function (p) {
    if (p.nodes && p.nodes.length && network.isCluster(p.nodes[0])) {
      network.openCluster(p.nodes[0]);
      clusterIds = clusterIds.filter(function (x) { return x !== p.nodes[0]; });
      relabelSoon();
    }
  });

  // ------------------------------------------------------------------ selection and search
  function select(id, move) {
    if (!nodeById[id]) { return; }
    openClusterOf(id);
    // The node and its neighbours; an event or quote next to it brings its other participants
    // along (entity -> event -> entity is one step, as in `kg viz --focus --hops 1`).
    focusSet = {};
    focusSet[id] = true;
    incident[id].forEach(function (eid) {
      var e = edgeById[eid], other = e.from === id ? e.to : e.from;
      if (view.edges[eid] === "hidden") { return; }
      focusSet[other] = true;
      if (nodeById[id].kg.kind === "entity" && nodeById[other].kg.kind !== "entity") {
        incident[other].forEach(function (x) {
          var f = edgeById[x];
          if (view.edges[x] !== "hidden") { focusSet[f.from] = true; focusSet[f.to] = true; }
        });
      }
    });
    labelledEdges = incident[id].slice();
    apply(false);
    network.selectNodes([id], true);
    if (move) { fitNodes(Object.keys(focusSet), 1.2); }
    showNode(id);
    relabel();
  }
  function clearSelection() {
    focusSet = null;
    labelledEdges = [];
    network.unselectAll();
    body.removeAttribute("data-kg-selected");
    resetPanel();
    apply(false);
    relabel();
  }

  var names = $("kg-node-names");
  data.nodes.slice().sort(function (a, b) { return a.label.localeCompare(b.label); }).forEach(function (n) {
    var option = document.createElement("option");
    option.value = n.label;
    names.appendChild(option);
  });
  var input = $("kg-search-input");
  var status = $("kg-search-status");
  function find(text) {
    var q = text.trim().toLowerCase();
    state.find = text.trim();
    if (!q) { status.textContent = ""; clearSelection(); writeHash(); return; }
    // Best first: the name itself, then an alias or id, then a name starting with the text, then any part.
    var ranked = [[], [], [], []];
    byRank.forEach(function (n) {
      if (n.names[0] === q) { ranked[0].push(n.id); }
      else if (n.names.indexOf(q) >= 0) { ranked[1].push(n.id); }
      else if (n.names[0].indexOf(q) === 0) { ranked[2].push(n.id); }
      else if (n.names.some(function (x) { return x.indexOf(q) >= 0; })) { ranked[3].push(n.id); }
    });
    var found = ranked[0].concat(ranked[1], ranked[2], ranked[3]);
    if (!found.length) {
      status.textContent = "No node matches \u201c" + text + "\u201d";
      body.removeAttribute("data-kg-selected");
      writeHash();
      return;
    }
    var n = nodeById[found[0]];
    if (view.nodes[n.id] === "hidden" && n.kg.tiny && !state.tiny) { state.tiny = true; syncControls(); }
    select(found[0], true);
    status.textContent = "Found " + n.label + (found.length > 1 ? " (" + (found.length - 1) + " more match)" : "");
    body.setAttribute("data-kg-selected", String(found[0]));
    writeHash();
  }
  $("kg-search").addEventListener("submit", function (e) { e.preventDefault(); find(input.value); });
  input.addEventListener("change", function () { if (input.value.trim()) { find(input.value); } });
  document.addEventListener("keydown", function (e) {
    var typing = /^(INPUT|SELECT|TEXTAREA)$/.test((e.target && e.target.tagName) || "");
    if (e.key === "Escape") {
      input.value = "";
      status.textContent = "";
      state.find = "";
      clearSelection();
      writeHash();
    } else if (e.key === "/" && !typing) {
      e.preventDefault();
      input.focus();
    }
  });

  // ------------------------------------------------------------------ filter controls
  var fromInput = $("kg-date-from"), toInput = $("kg-date-to");
  fromInput.max = toInput.max = String(Math.max(0, dates.length - 1));
  if (!dates.length) { fromInput.disabled = toInput.disabled = true; }
  function dateIndex(d, last) {
    if (!d || !dates.length) { return last ? dates.length - 1 : 0; }
    for (var i = 0; i < dates.length; i++) { if (dates[i] >= d) { return last && dates[i] > d ? Math.max(0, i - 1) : i; } }
    return dates.length - 1;
  }
  var typeList = $("kg-event-type-list");
  meta.eventTypes.forEach(function (t) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox";
    box.value = t;
    li.setAttribute("data-kg-type", t);
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + t + " "));
    label.appendChild(el("span", "", "kg-count"));
    li.appendChild(label);
    typeList.appendChild(li);
  });
  if (!meta.eventTypes.length) { typeList.appendChild(el("li", "no events", "kg-meta")); }
  var articleSelect = $("kg-article");
  meta.articles.forEach(function (a) {
    var o = document.createElement("option");
    o.value = a.id;
    o.textContent = a.title + (a.published ? " (" + a.published + ")" : "");
    articleSelect.appendChild(o);
  });

  function syncControls() {
    Array.prototype.forEach.call(document.querySelectorAll("#kg-legend input"), function (box) {
      box.checked = state.hide.indexOf(box.value) < 0;
    });
    Array.prototype.forEach.call(typeList.querySelectorAll("input"), function (box) {
      box.checked = state.types.indexOf(box.value) < 0;
    });
    fromInput.value = String(dateIndex(state.from, false));
    toInput.value = String(dateIndex(state.to, true));
    $("kg-date-from-value").textContent = state.from || (dates[0] || "no dated events");
    $("kg-date-to-value").textContent = state.to || (dates[dates.length - 1] || "");
    $("kg-undated").checked = state.undated;
    $("kg-confidence").value = String(state.conf);
    $("kg-confidence-value").textContent = Number(state.conf).toFixed(2);
    articleSelect.value = state.article;
    Array.prototype.forEach.call(document.querySelectorAll("input[name=kg-colour]"), function (r) { r.checked = r.value === state.colour; });
    var toggle = $("kg-isolated-toggle");
    toggle.setAttribute("aria-pressed", state.tiny ? "true" : "false");
    toggle.textContent = (state.tiny ? "Hide " : "Show ") + meta.tinyCount + " isolated / tiny-group nodes";
    toggle.disabled = meta.tinyCount === 0;
  }

  function updateCounts() {
    var shown = 0, edgesShown = 0, byGroup = {}, byType = {}, total = {}, totalType = {};
    data.nodes.forEach(function (n) {
      var s = view.nodes[n.id];
      total[n.group_name] = (total[n.group_name] || 0) + 1;
      if (n.kg.kind === "event") { totalType[n.kg.cls] = (totalType[n.kg.cls] || 0) + 1; }
      if (s === "shown" || (s === "faded" && focusSet)) {
        shown++;
        byGroup[n.group_name] = (byGroup[n.group_name] || 0) + 1;
        if (n.kg.kind === "event") { byType[n.kg.cls] = (byType[n.kg.cls] || 0) + 1; }
      }
    });
    data.edges.forEach(function (e) {
      if (view.edges[e.id] === "shown" || (view.edges[e.id] === "faded" && focusSet)) { edgesShown++; }
      if (e.kg.etype && e.kg.kind === "event" && !nodeById[e.from].kg.kind.match(/event/)) {
        totalType[e.kg.etype] = (totalType[e.kg.etype] || 0) + 1;
        if (view.edges[e.id] === "shown") { byType[e.kg.etype] = (byType[e.kg.etype] || 0) + 1; }
      }
    });
    $("kg-counts").textContent = shown + " of " + data.nodes.length + " nodes, " + edgesShown + " of " + data.edges.length + " edges shown";
    Array.prototype.forEach.call(document.querySelectorAll("#kg-legend li"), function (li) {
      var g = li.getAttribute("data-kg-class");
      li.querySelector(".kg-count").textContent = "(" + (byGroup[g] || 0) + "/" + (total[g] || 0) + ")";
    });
    Array.prototype.forEach.call(typeList.querySelectorAll("li[data-kg-type]"), function (li) {
      var t = li.getAttribute("data-kg-type");
      li.querySelector(".kg-count").textContent = "(" + (byType[t] || 0) + "/" + (totalType[t] || 0) + ")";
    });
    body.setAttribute("data-kg-shown", String(shown));
    body.setAttribute("data-kg-edges-shown", String(edgesShown));
  }

  function apply(relabelAfter) {
    computeView();
    var nu = changed(data.nodes, nodeStyle), eu = changed(data.edges, edgeStyle);
    if (nu.length) { nodes.update(nu); }
    if (eu.length) { edges.update(eu); }
    updateCounts();
    drawTimeline();
    if (relabelAfter !== false) { relabel(); }
  }
  function changedFilters() {
    syncControls();
    apply();
    writeHash();
  }

  document.querySelector("#kg-legend").addEventListener("change", function () {
    state.hide = Array.prototype.filter.call(document.querySelectorAll("#kg-legend input"), function (b) { return !b.checked; })
      .map(function (b) { return b.value; });
    changedFilters();
  });
  typeList.addEventListener("change", function () {
    state.types = Array.prototype.filter.call(typeList.querySelectorAll("input"), function (b) { return !b.checked; })
      .map(function (b) { return b.value; });
    changedFilters();
  });
  function onDates() {
    var a = Number(fromInput.value), b = Number(toInput.value);
    if (a > b) { if (this === fromInput) { toInput.value = String(a); b = a; } else { fromInput.value = String(b); a = b; } }
    state.from = a > 0 ? dates[a] : "";
    state.to = b < dates.length - 1 ? dates[b] : "";
    changedFilters();
  }
  fromInput.addEventListener("input", onDates);
  toInput.addEventListener("input", onDates);
  $("kg-undated").addEventListener("change", function () { state.undated = this.checked; changedFilters(); });
  $("kg-confidence").addEventListener("input", function () { state.conf = Number(this.value); changedFilters(); });
  articleSelect.addEventListener("change", function () { state.article = this.value; changedFilters(); });
  Array.prototype.forEach.call(document.querySelectorAll("input[name=kg-colour]"), function (r) {
    r.addEventListener("change", function () { if (this.checked) { state.colour = this.value; changedFilters(); } });
  });
  $("kg-isolated-toggle").addEventListener("click", function () { state.tiny = !state.tiny; changedFilters(); });
  $("kg-cluster-toggle").addEventListener("click", function () {
    state.groups = !clusterIds.length;
    if (state.groups) { clusterAll(); } else { openAll(); }
    syncCluster();
    relabel();
    writeHash();
  });
  function syncCluster() {
    $("kg-cluster-toggle").textContent = clusterIds.length ? "Open all communities" : "Group communities";
    body.setAttribute("data-kg-clusters", String(clusterIds.length));
  }
  $("kg-reset").addEventListener("click", function () {
    var keep = {colour: state.colour, groups: state.groups, find: state.find};
    state = JSON.parse(JSON.stringify(DEFAULT));
    state.colour = keep.colour; state.groups = keep.groups; state.find = keep.find;
    changedFilters();
  });

  // ------------------------------------------------------------------ timeline
  var track = $("kg-timeline-track"), axis = $("kg-timeline-axis");
  function dayNumber(d) {
    var b = dateBounds(d)[0].split("-");
    return Date.UTC(Number(b[0]), Number(b[1]) - 1, Number(b[2])) / 86400000;
  }
  var timeline = [];  // one entry per dated event fact: {date, id (node or edge), fact}
  (function () {
    var seen = {};
    data.nodes.forEach(function (n) { if (n.kg.kind === "event" && n.kg.date) { timeline.push({date: n.kg.date, node: n.id, key: n.id}); seen[n.id] = true; } });
    data.edges.forEach(function (e) {
      if (e.kg.kind === "event" && e.kg.date && nodeById[e.from].kg.kind !== "event") {
        var key = e.kg.fact || e.id;
        if (!seen[key]) { seen[key] = true; timeline.push({date: e.kg.date, edge: e.id, key: key}); }
      }
    });
  })();
  var t0 = timeline.length ? Math.min.apply(null, timeline.map(function (t) { return dayNumber(t.date); })) : 0;
  var t1 = timeline.length ? Math.max.apply(null, timeline.map(function (t) { return dayNumber(t.date); })) : 1;
  if (t1 - t0 < 30) { t0 -= 15; t1 += 15; }
  function xOf(d) { return (dayNumber(d) - t0) / (t1 - t0); }
  function dateAt(frac) {
    var ms = (t0 + frac * (t1 - t0)) * 86400000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  function drawAxis() {
    while (axis.firstChild) { axis.removeChild(axis.firstChild); }
    if (!timeline.length) { return; }
    var y0 = new Date(t0 * 86400000).getUTCFullYear(), y1 = new Date(t1 * 86400000).getUTCFullYear();
    var step = Math.max(1, Math.ceil((y1 - y0 + 1) / 12));
    for (var y = y0; y <= y1; y += step) {
      var f = xOf(y + "-01-01");
      if (f < 0 || f > 1) { continue; }
      var tick = el("span", String(y), "kg-tick");
      tick.style.left = (100 * f) + "%";
      axis.appendChild(tick);
    }
    if (y1 === y0) {
      for (var m = 2; m <= 12; m++) {
        var d = y0 + "-" + (m < 10 ? "0" : "") + m + "-01", g = xOf(d);
        if (g > 0 && g < 1) { var mt = el("span", d.slice(0, 7), "kg-tick"); mt.style.left = (100 * g) + "%"; axis.appendChild(mt); }
      }
    }
  }
  function drawTimeline() {
    while (track.firstChild) { track.removeChild(track.firstChild); }
    if (!timeline.length) { track.appendChild(el("div", "No dated events in this graph.", "kg-timeline-empty")); return; }
    var stack = {};
    timeline.forEach(function (t) {
      var s = t.node ? view.nodes[t.node] : view.edges[t.edge];
      if (s === "hidden") { return; }
      var f = xOf(t.date), slot = Math.round(f * 300);
      stack[slot] = (stack[slot] || 0) + 1;
      var mark = el("div", null, "kg-mark" + (s === "faded" && !focusSet ? " kg-out" : ""));
      mark.style.left = (100 * f) + "%";
      mark.style.height = Math.min(44, 6 + 5 * (stack[slot] - 1)) + "px";
      mark.style.zIndex = String(100 - stack[slot]);
      mark.title = (t.node ? nodeById[t.node].label : edgeById[t.edge].label) + " (" + t.date + ")";
      mark.setAttribute("data-kg-date", t.date);
      mark.addEventListener("click", function (e) {
        e.stopPropagation();
        if (t.node) { select(t.node, true); } else { showEdge(t.edge); }
      });
      track.appendChild(mark);
    });
    if (state.from || state.to) {
      var span = el("div", null, "kg-span");
      var a = state.from ? Math.max(0, xOf(state.from)) : 0, b = state.to ? Math.min(1, xOf(dateBounds(state.to)[1])) : 1;
      span.style.left = (100 * a) + "%";
      span.style.width = (100 * Math.max(0.002, b - a)) + "%";
      track.appendChild(span);
    }
  }
  // Selecting a span on the timeline sets the date range (a click without a drag clears it).
  function selectSpan(fromDate, toDate) {
    var a = fromDate <= toDate ? fromDate : toDate, b = fromDate <= toDate ? toDate : fromDate;
    var inside = dates.filter(function (d) { return dateBounds(d)[1] >= a && dateBounds(d)[0] <= b; });
    if (!inside.length) { state.from = a; state.to = b; }
    else {
      state.from = inside[0] === dates[0] ? "" : inside[0];
      state.to = inside[inside.length - 1] === dates[dates.length - 1] ? "" : inside[inside.length - 1];
    }
    changedFilters();
  }
  var dragStart = null;
  function fracAt(ev) {
    var r = track.getBoundingClientRect();
    return Math.min(1, Math.max(0, (ev.clientX - r.left) / Math.max(1, r.width)));
  }
  track.addEventListener("pointerdown", function (ev) { dragStart = fracAt(ev); if (track.setPointerCapture) { try { track.setPointerCapture(ev.pointerId); } catch (err) { /* synthetic event */ } } });
  track.addEventListener("pointerup", function (ev) {
    if (dragStart === null || !timeline.length) { dragStart = null; return; }
    var end = fracAt(ev);
    if (Math.abs(end - dragStart) < 0.005) { state.from = ""; state.to = ""; changedFilters(); }
    else { selectSpan(dateAt(dragStart), dateAt(end)); }
    dragStart = null;
  });

  // ------------------------------------------------------------------ export
  function download(url, name) {
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  function exportPng() {
    var src = container.querySelector("canvas");
    var c = document.createElement("canvas");
    c.width = src.width;
    c.height = src.height;
    var ctx = c.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.drawImage(src, 0, 0);
    var url = c.toDataURL("image/png");
    body.setAttribute("data-kg-export-png", String(url.length));
    download(url, "kg-graph.png");
    return url;
  }
  function csvCell(v) {
    var s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; }  // not a formula when opened in a spreadsheet
    return /[",\n\r]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
  }
  function entityCsv() {
    var rows = [["id", "label", "class", "type", "community", "centrality_rank", "aliases", "articles"]];
    byRank.forEach(function (n) {
      if (n.kg.kind !== "entity" || view.nodes[n.id] !== "shown") { return; }
      rows.push([n.id, n.label, n.kg.cls, n.group_name, n.kg.comm, n.kg.rank + 1, n.kg.aliases.join("; "),
                 n.kg.arts.map(function (i) { return meta.articles[i].title; }).join("; ")]);
    });
    return rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }
  function exportCsv() {
    var text = entityCsv();
    body.setAttribute("data-kg-export-csv", String(text.split("\r\n").length - 2));
    download("data:text/csv;charset=utf-8," + encodeURIComponent(text), "kg-entities.csv");
    return text;
  }
  $("kg-export-png").addEventListener("click", exportPng);
  $("kg-export-csv").addEventListener("click", exportCsv);

  // ------------------------------------------------------------------ first view
  // Fit the largest connected part (or, with communities grouped, everything drawn) from the
  // nodes' positions and sizes, leaving a margin for labels; vis-network's own fit counts label
  // boxes, which grow as the zoom shrinks.
  function firstView() {
    var ids = [];
    if (!clusterIds.length) {
      data.nodes.forEach(function (n) { if (n.kg.part === 0 && view.nodes[n.id] !== "hidden") { ids.push(n.id); } });
    }
    if (!ids.length) {
      ids = network.body.nodeIndices.filter(function (id) { return !network.body.nodes[id].options.hidden; });
    }
    fitNodes(ids, 1.6);
  }
  function fitNodes(ids, maxScale) {
    if (!ids.length) { return; }
    var canvas = container.querySelector("canvas");
    var w = Math.max(100, (canvas ? canvas.clientWidth : container.clientWidth) - 24);
    var h = Math.max(100, (canvas ? canvas.clientHeight : container.clientHeight) - 24);
    // Twice: the second time with room for the labels (LABEL_TOP px high) at the first zoom.
    var scale = null, box;
    for (var round = 0; round < 2; round++) {
      box = [Infinity, Infinity, -Infinity, -Infinity];
      ids.forEach(function (id) {
        var node = network.body.nodes[id], r = node.options.size || 10;
        var text = String(node.options.label || "").split("\n")[0].length;
        var half = scale ? Math.max(r, 0.34 * LABEL_TOP * Math.min(text, 40) / scale) : r;
        var below = scale ? r + 1.4 * LABEL_TOP / scale + 4 : r;
        box = [Math.min(box[0], node.x - half), Math.min(box[1], node.y - r), Math.max(box[2], node.x + half),
               Math.max(box[3], node.y + below)];
      });
      scale = Math.min(maxScale, w / Math.max(1, box[2] - box[0]), h / Math.max(1, box[3] - box[1]));
    }
    network.moveTo({position: {x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2}, scale: scale, animation: false});
  }
  readHash();
  syncControls();
  computeView();
  apply(false);
  drawAxis();
  lap("filters");
  if (state.groups) { clusterAll(); }
  lap("clusters");
  syncCluster();
  firstView();
  relabel();
  lap("labels");
  resetPanel();
  if (state.find) { input.value = state.find; find(state.find); }
  window.addEventListener("hashchange", function () {
    state = JSON.parse(JSON.stringify(DEFAULT));
    readHash();
    syncControls();
    apply();
    if (state.find) { input.value = state.find; find(state.find); }
  });
  window.kgApp = {network: network, nodes: nodes, edges: edges, data: data, state: function () { return state; },
                  view: function () { return view; }, relabel: relabel, select: select, showNode: showNode,
                  showEdge: showEdge, find: find, selectSpan: selectSpan, exportPng: exportPng, entityCsv: entityCsv,
                  clearSelection: clearSelection, firstView: firstView};
  network.redraw();
  markDrawn();
  ready = true;
  body.setAttribute("data-kg-ready-ms", String(Math.round(window.performance.now())));
  body.setAttribute("data-kg-timing", timing.join(", "));
  body.setAttribute("data-kg-ready", "true");
})();
