/* The network page: the network itself is kg.picture's page in a frame (same origin). When it
   has laid itself out, say so here too (window.kgReady), for people and for tests. */
(function () {
  "use strict";
  window.kgReady = false;
  var frame = document.getElementById("kg-frame");
  if (!frame) { window.kgReady = true; return; }
  function check() {
    var w = null;
    try { w = frame.contentWindow; } catch (e) { w = null; }
    if (w && w.kgReady === true) {
      window.kgReady = true;
      window.kgCounts = w.kgCounts || null;
      document.body.setAttribute("data-kg-ready", "true");
      return;
    }
    window.setTimeout(check, 100);
  }
  check();
})();
