/* kg explorer: draws the embedded graph with vis-network and explains what is selected.
   Every piece of article text reaches the page through textContent, never as HTML. */
(function () {
  "use strict";

  performance.mark("kg-start");
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg-data");
  var statusEl = document.getElementById("status");
  var details = document.getElementById("details");
  var explorer = { ready: false, data: data, readyAt: null };
  window.kgExplorer = explorer;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function markReady(message) {
    if (explorer.ready) return;
    explorer.ready = true;
    explorer.readyAt = performance.now();
    performance.mark("kg-ready");
    document.body.setAttribute("data-ready", "1");
    statusEl.textContent = message;
  }

  if (data.empty) {
    var net = document.getElementById("network");
    net.appendChild(el("p", data.message, "empty-message"));
    net.style.display = "flex";
    document.getElementById("save-png").disabled = true;
    document.getElementById("search-input").disabled = true;
    markReady("Empty graph");
    return;
  }

  var hidden = {};
  var big = !data.physics;
  // On a big graph the first view is too far out for any label to be drawn, yet vis would
  // measure every one of them: labels join once the view is close enough to show them.
  var LABEL_SCALE = 0.4;
  function withoutLabel(item) { var copy = Object.assign({}, item); delete copy.label; return copy; }
  var nodes = new vis.DataSet(big ? data.nodes.map(withoutLabel) : data.nodes);
  var edges = new vis.DataSet(big ? data.edges.map(withoutLabel) : data.edges);
  var labelsShown = !big;
  function showLabels() {
    if (labelsShown) return;
    labelsShown = true;
    nodes.update(data.nodes.map(function (n) { return { id: n.id, label: n.label }; }));
    edges.update(data.edges.map(function (e) { return { id: e.id, label: e.label }; }));
  }
  var nodeView = new vis.DataView(nodes, {
    filter: function (n) { return !hidden[n.group]; }
  });
  var options = {
    groups: data.groups,
    nodes: {
      font: { size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
      borderWidth: 1,
      scaling: { label: { drawThreshold: 6 } }
    },
    edges: {
      font: { size: 10, align: "middle", color: "#4a5568", strokeWidth: 3, strokeColor: "#ffffff" },
      smooth: false,
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      color: { inherit: false },
      selectionWidth: 2
    },
    layout: { improvedLayout: false, randomSeed: 42 },
    interaction: { hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 150 },
    // The layout is started by hand below, once the listeners are in place.
    physics: data.physics ? Object.assign({}, data.physics, {
      stabilization: Object.assign({}, data.physics.stabilization, { enabled: false })
    }) : { enabled: false }
  };
  var network = new vis.Network(document.getElementById("network"),
                                { nodes: nodeView, edges: edges }, options);
  performance.mark("kg-network");
  explorer.network = network;
  explorer.options = options;
  explorer.nodes = nodes;
  explorer.edges = edges;

  var summary = data.counts.nodes + " nodes, " + data.counts.edges + " edges, " +
                data.counts.documents + " documents";
  // vis may draw (or even finish a tiny layout) inside its constructor, before any listener
  // could hear it: so listen first, then ask for the layout or the drawing explicitly.
  if (data.physics) {
    statusEl.textContent = "Laying out…";
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      markReady(summary);
    });
    network.stabilize(data.physics.stabilization.iterations);
  } else {
    network.once("afterDrawing", function () { markReady(summary); });
    network.redraw();
    network.on("zoom", function () { if (network.getScale() >= LABEL_SCALE) showLabels(); });
    if (network.getScale() >= LABEL_SCALE) setTimeout(showLabels, 0);
  }
  explorer.showLabels = showLabels;

  /* ---- details panel ---- */
  var pinned = false;

  function addList(title, items) {
    if (!items.length) return;
    details.appendChild(el("h2", title));
    var ul = el("ul");
    items.forEach(function (item) { ul.appendChild(el("li", item)); });
    details.appendChild(ul);
  }

  var EVIDENCE_CAP = 12;

  function addEvidence(evidence) {
    var more = evidence.length - EVIDENCE_CAP;
    evidence = evidence.slice(0, EVIDENCE_CAP);
    if (!evidence.length) return;
    details.appendChild(el("h2", "Evidence"));
    var ol = el("ol", null, "evidence");
    evidence.forEach(function (pair) {
      var li = el("li");
      li.appendChild(el("q", pair[0]));
      li.appendChild(el("span", pair[1], "doc"));
      ol.appendChild(li);
    });
    details.appendChild(ol);
    if (more > 0) details.appendChild(el("p", "… and " + more + " more sentences.", "hint"));
  }

  /* An entity's evidence is that of its edges, gathered when it is shown. */
  function nodeEvidence(id, d) {
    if (d.evidence.length) return d.evidence;
    var seen = {}, out = [];
    network.getConnectedEdges(id).forEach(function (e) {
      (data.details.edges[e] ? data.details.edges[e].evidence : []).forEach(function (pair) {
        var key = pair[0] + "\u0000" + pair[1];
        if (!seen[key]) { seen[key] = true; out.push(pair); }
      });
    });
    return out.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
  }

  function uniqueDocuments(evidence) {
    var seen = {}, out = [];
    evidence.forEach(function (pair) { if (!seen[pair[1]]) { seen[pair[1]] = true; out.push(pair[1]); } });
    return out;
  }

  function showNode(id) {
    var d = data.details.nodes[id];
    if (!d) return;
    details.textContent = "";
    details.appendChild(el("h2", d.label, "name"));
    details.appendChild(el("p", d.kind, "kind"));
    if (d.wikidata && /^Q[1-9][0-9]*$/.test(d.wikidata)) {
      var p = el("p");
      var a = el("a", "Wikidata " + d.wikidata);
      a.href = "https://www.wikidata.org/wiki/" + d.wikidata;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      p.appendChild(a);
      details.appendChild(p);
    }
    if (d.facts.length) {
      var dl = el("dl");
      d.facts.forEach(function (f) { dl.appendChild(el("dt", f[0])); dl.appendChild(el("dd", f[1])); });
      details.appendChild(dl);
    }
    addList("Also called", d.aliases);
    addList("Documents", d.documents.map(function (i) { return data.documents[i]; }));
    addEvidence(nodeEvidence(id, d));
  }

  function showEdge(id) {
    var d = data.details.edges[id];
    var e = data.edges[id];
    if (!d || !e) return;
    details.textContent = "";
    var from = data.details.nodes[e.from], to = data.details.nodes[e.to];
    details.appendChild(el("h2", from.label + " — " + d.relation + " — " + to.label, "name"));
    details.appendChild(el("p", "relation, " + d.modality.toLowerCase() + ", " + d.weight +
                               (d.weight === 1 ? " document" : " documents"), "kind"));
    addList("Documents", uniqueDocuments(d.evidence));
    addEvidence(d.evidence);
  }

  function clearDetails() {
    details.textContent = "";
    details.appendChild(el("p", "Nothing selected.", "hint"));
  }

  network.on("hoverNode", function (p) { if (!pinned) showNode(p.node); });
  network.on("hoverEdge", function (p) { if (!pinned) showEdge(p.edge); });
  network.on("click", function (p) {
    if (p.nodes.length) { pinned = true; showNode(p.nodes[0]); }
    else if (p.edges.length) { pinned = true; showEdge(p.edges[0]); }
    else { pinned = false; clearDetails(); }
  });

  /* ---- legend and class filter ---- */
  var kindsEl = document.getElementById("kinds");
  data.legend.forEach(function (k) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = k.kind;
    box.addEventListener("change", function () {
      hidden[k.kind] = !box.checked;
      nodeView.refresh();
    });
    var swatch = el("span", null, "swatch " + k.shape);
    swatch.style.background = k.colour;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(el("span", k.kind));
    label.appendChild(el("span", k.count, "count"));
    li.appendChild(label);
    kindsEl.appendChild(li);
  });

  /* ---- search ---- */
  var names = document.getElementById("search-names");
  var seen = {};
  data.details.nodes.forEach(function (d) {
    [d.label].concat(d.aliases).forEach(function (n) {
      if (n && !seen[n]) { seen[n] = true; names.appendChild(el("option", null)).value = n; }
    });
  });

  function norm(s) { return String(s).replace(/\s+/g, " ").trim().toLowerCase(); }

  function findNode(query) {
    var q = norm(query), i, d, partial = -1;
    if (!q) return -1;
    for (i = 0; i < data.details.nodes.length; i++) {
      d = data.details.nodes[i];
      if (norm(d.label) === q || d.aliases.some(function (a) { return norm(a) === q; })) return i;
      if (partial < 0 && norm(d.label).indexOf(q) >= 0) partial = i;
    }
    return partial;
  }

  function focusNode(id) {
    var kind = data.details.nodes[id].kind;
    showLabels();
    if (hidden[kind]) {
      hidden[kind] = false;
      kindsEl.querySelectorAll("input").forEach(function (b) { if (b.value === kind) b.checked = true; });
      nodeView.refresh();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: big ? false : { duration: 400 } });
    pinned = true;
    showNode(id);
  }

  document.getElementById("search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var query = document.getElementById("search-input").value;
    var id = findNode(query);
    if (id < 0) { statusEl.textContent = "No node matches “" + query + "”."; return; }
    focusNode(id);
    statusEl.textContent = summary;
  });
  explorer.find = function (query) { var id = findNode(query); if (id >= 0) focusNode(id); return id; };

  /* ---- PNG export ---- */
  function pngDataUrl() {
    var src = document.querySelector("#network canvas");
    var out = document.createElement("canvas");
    out.width = src.width;
    out.height = src.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(src, 0, 0);
    return out.toDataURL("image/png");
  }
  explorer.png = pngDataUrl;
  document.getElementById("save-png").addEventListener("click", function () {
    var a = document.createElement("a");
    a.download = "kg-explorer.png";
    a.href = pngDataUrl();
    document.body.appendChild(a);
    a.click();
    a.remove();
  });
})();
