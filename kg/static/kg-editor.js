/* The SPARQL editor page: vendored YASGUI on this server's endpoint, the named queries as
   examples. Nothing is loaded from other hosts: the endpoint catalogue holds only this server,
   and the class/property autocompleters (which ask lov.linkeddata.es) are switched off. */
(function () {
  "use strict";
  var root = document.getElementById("kg-yasgui");
  if (!root || typeof Yasgui === "undefined") { return; }
  var endpoint = new URL(root.getAttribute("data-endpoint") || "/sparql", window.location.href).href;
  var examples = JSON.parse(document.getElementById("kg-examples").textContent);
  var byName = {};
  examples.forEach(function (e) { byName[e.name] = e; });

  // Remove the remote autocompleters in place: YASGUI deep-merges configs, so a shorter array
  // in our config would not remove them.
  [Yasgui.Yasqe && Yasgui.Yasqe.defaults, Yasgui.defaults && Yasgui.defaults.yasqe].forEach(function (d) {
    if (!d || !Array.isArray(d.autocompleters)) { return; }
    for (var i = d.autocompleters.length - 1; i >= 0; i--) {
      if (d.autocompleters[i] === "class" || d.autocompleters[i] === "property") { d.autocompleters.splice(i, 1); }
    }
  });

  var prefixes = JSON.parse(document.getElementById("kg-prefixes").textContent);
  var first = examples.length ? examples[0] : null;
  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    copyEndpointOnNewTab: true,
    autoAddOnInit: false,
    persistenceId: "kg-yasgui-" + window.location.host,
    tabName: "Query",
    yasqe: first ? { value: first.text } : {},
    // IRIs in the result table are shortened with the project's prefixes (rper:, rorg:, ...)
    yasr: { prefixes: prefixes }
  });
  window.kgYasgui = yasgui;

  // Names instead of IRIs in the result table: a thing's label (asked of this server's
  // /labels.json once per IRI) is the link text; the IRI stays the link and its tooltip.
  var labels = {};          // IRI -> label, or null when it has none
  var labelsUrl = new URL(root.getAttribute("data-labels") || "/labels.json", window.location.href).href;
  var Table = Yasgui.Yasr && Yasgui.Yasr.plugins && Yasgui.Yasr.plugins.table;
  if (Table && Table.prototype.getUriLinkFromBinding) {
    var iriLink = Table.prototype.getUriLinkFromBinding;
    Table.prototype.getUriLinkFromBinding = function (binding, prefixes) {
      var html = iriLink.call(this, binding, prefixes);
      var label = labels[binding.value];
      if (!label) { return html; }
      var holder = document.createElement("span");
      holder.innerHTML = html;
      var link = holder.querySelector("a");
      if (!link) { return html; }
      link.title = link.textContent;
      link.textContent = label;
      return holder.innerHTML;
    };
  }
  function showLabels(tab) {
    var yasr = tab && tab.getYasr ? tab.getYasr() : null;
    var results = yasr && yasr.results;
    var rows = results && results.getBindings ? results.getBindings() : null;
    if (!rows) { return; }
    var wanted = {};
    rows.forEach(function (row) {
      Object.keys(row).forEach(function (v) {
        var b = row[v];
        if (b && b.type === "uri" && !(b.value in labels)) { wanted[b.value] = true; }
      });
    });
    var iris = Object.keys(wanted).slice(0, 5000);
    if (!iris.length) { return; }
    fetch(labelsUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(iris) })
      .then(function (r) { return r.ok ? r.json() : { labels: {} }; })
      .then(function (body) {
        var found = body.labels || {};
        iris.forEach(function (iri) { labels[iri] = found[iri] || null; });
        if (Object.keys(found).length) { yasr.draw(); }
      })
      .catch(function () { /* the IRIs stay as they are */ });
  }
  // A tab announces a response before its result table has it: the labels are asked for once
  // the table is drawn (drawing again with them draws nothing new to ask for).
  yasgui.on("queryResponse", function (_yasgui, tab) {
    var yasr = tab && tab.getYasr ? tab.getYasr() : null;
    if (yasr && !yasr.kgLabels) {
      yasr.kgLabels = true;
      yasr.on("drawn", function () { showLabels(tab); });
    }
  });

  // Every tab asks this server (tabs remembered from an earlier visit included).
  Object.keys(yasgui._tabs || {}).forEach(function (id) {
    var tab = yasgui._tabs[id];
    if (tab && tab.getEndpoint && tab.getEndpoint() !== endpoint) { tab.setEndpoint(endpoint); }
  });

  function open(name) {
    var e = byName[name];
    if (!e) { return null; }
    // The same example opened twice selects its tab instead of adding another one.
    var tabs = yasgui._tabs || {};
    for (var id in tabs) {
      if (Object.prototype.hasOwnProperty.call(tabs, id) && tabs[id].getName && tabs[id].getName() === e.title) {
        yasgui.selectTabId(id);
        return tabs[id];
      }
    }
    return yasgui.addTab(true, {
      name: e.title, yasqe: { value: e.text }, requestConfig: { endpoint: endpoint },
      // "simple view": values without <> and datatypes
      yasr: { settings: { selectedPlugin: "table", pluginsConfig: { table: { compact: true } } } }
    });
  }
  window.kgOpenExample = open;

  document.getElementById("kg-example-list").addEventListener("click", function (ev) {
    var button = ev.target.closest("button.example");
    if (button) { open(button.getAttribute("data-name")); }
  });
  // The example shown in the selected tab is marked in the list.
  function mark() {
    var tab = yasgui.getTab();
    var name = tab && tab.getName ? tab.getName() : "";
    Array.prototype.forEach.call(document.querySelectorAll("button.example"), function (b) {
      var e = byName[b.getAttribute("data-name")];
      if (e && e.title === name) { b.setAttribute("aria-current", "true"); }
      else { b.removeAttribute("aria-current"); }
    });
  }
  yasgui.on("tabSelect", function () { window.setTimeout(mark, 0); });
  yasgui.on("tabClose", function () { window.setTimeout(mark, 0); });
  yasgui.on("tabAdd", function () { window.setTimeout(mark, 0); });

  var start = root.getAttribute("data-start");
  if (start) { open(start); }
  else if (first && Object.keys(yasgui._tabs || {}).length === 0) { open(first.name); }
  mark();
  window.kgReady = true;
})();
