/*
 * Fact ids: every fact on a generated page shows its id (the key an editor writes in
 * docs/editorial/corrections.yml or translations.yml) as <span class="fact-id" data-fact-id="...">.
 * Without this script the id is plain, selectable text; with it, a small button copies the id.
 * The button's words come from the script tag (data-copy, data-copied), in the page's language.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var copyLabel = (script && script.getAttribute("data-copy")) || "Copy id";
  var copiedLabel = (script && script.getAttribute("data-copied")) || "Copied";

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try {
      document.execCommand("copy");
    } finally {
      document.body.removeChild(area);
    }
    return Promise.resolve();
  }

  function enhance(root) {
    root.querySelectorAll(".fact-id[data-fact-id]:not([data-ready])").forEach(function (box) {
      box.setAttribute("data-ready", "1");
      var id = box.getAttribute("data-fact-id");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "fact-id-copy";
      button.textContent = copyLabel;
      button.setAttribute("aria-label", copyLabel + " " + id);
      button.addEventListener("click", function () {
        copy(id).then(function () {
          button.textContent = copiedLabel;
          button.setAttribute("data-copied", "1");
          window.setTimeout(function () {
            button.textContent = copyLabel;
            button.removeAttribute("data-copied");
          }, 1500);
        });
      });
      box.appendChild(button);
    });
  }

  function start() {
    enhance(document);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
