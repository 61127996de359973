/* Holds Material's search index request and search worker back until the reader reaches for
   search (focuses or clicks the search box or icon, or presses a search shortcut key): the index
   is the largest download of the site, and a reader on a phone should not pay for it when never
   searching. Loaded from <head> (not deferred) because it must run before the theme's bundle.
   It also points an English page at the English index.
   tests/test_search_loader.py fails if the theme stops loading its index through
   XMLHttpRequest or its worker through `new Worker`, the two calls this wraps. */
"use strict";
(function () {
  var wanted = false, waiting = [];
  function want() {
    if (wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (start) { start(); });
  }
  function whenWanted(start) { if (wanted) start(); else waiting.push(start); }
  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest(".md-search")) want();
  }, true);
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("label[for='__search'], .md-search")) want();
  }, true);
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" || event.key === "s" || event.key === "f") want();
  }, true);
  /* One index per language: the Arabic (default) site's at search/, the English site's at
     en/search/ (generator/incremental.py writes them). The theme asks for the one at the site
     root; an English page gets its own. */
  var lang = (document.documentElement.getAttribute("lang") || "ar").split("-")[0];
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    var index = /\/search\/search_index\.json(?:[?#]|$)/;
    this.__searchIndex = index.test(String(url));
    if (this.__searchIndex && lang === "en") {
      var args = Array.prototype.slice.call(arguments);
      args[1] = String(url).replace(index, function (found) { return "/en" + found; });
      return open.apply(this, args);
    }
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (!request.__searchIndex) return send.apply(request, args);
    whenWanted(function () { send.apply(request, args); });
  };
  var RealWorker = window.Worker;
  if (!RealWorker) return;
  function LazyWorker(url, options) {
    var self = this;
    self.real = null; self.listeners = []; self.queue = [];
    whenWanted(function () {
      self.real = new RealWorker(url, options);
      self.listeners.forEach(function (l) { self.real.addEventListener(l[0], l[1], l[2]); });
      self.queue.splice(0).forEach(function (message) { self.real.postMessage(message); });
    });
  }
  LazyWorker.prototype.addEventListener = function (type, listener, options) {
    if (this.real) this.real.addEventListener(type, listener, options);
    else this.listeners.push([type, listener, options]);
  };
  LazyWorker.prototype.removeEventListener = function (type, listener, options) {
    if (this.real) this.real.removeEventListener(type, listener, options);
    this.listeners = this.listeners.filter(function (l) { return l[0] !== type || l[1] !== listener; });
  };
  LazyWorker.prototype.postMessage = function (message) {
    if (this.real) this.real.postMessage(message); else this.queue.push(message);
  };
  LazyWorker.prototype.terminate = function () { if (this.real) this.real.terminate(); };
  window.Worker = function (url, options) {
    return /workers\/search\./.test(String(url)) ? new LazyWorker(url, options) : new RealWorker(url, options);
  };
})();
