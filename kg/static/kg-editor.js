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
