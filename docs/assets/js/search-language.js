/* Labels search results by language (and names the search dialog for screen readers).
   Each language has its own search index (the Arabic site's at search/, the English site's at
   en/search/), so results are in the page's language; should a result of the other language
   ever appear, it gets the lang/dir of the page it points to and a visible label
   ("العربية" / "English"), never mixed in unmarked. */
(function () {
  "use strict";

  var LABELS = { ar: "العربية", en: "English" };
  var RTL = { ar: true };
  var siteRoot = typeof __md_scope !== "undefined" ? __md_scope : new URL(".", location.href);
  var pageLang = (document.documentElement.getAttribute("lang") || "ar").split("-")[0];

  function languageOf(href) {
    var path = new URL(href, location.href).pathname;
    var rest = path.slice(siteRoot.pathname.length);
    return rest === "en" || rest.indexOf("en/") === 0 ? "en" : "ar";
  }

  function labelResult(item) {
    if (item.hasAttribute("data-result-lang")) {
      return;
    }
    var link = item.querySelector("a[href]");
    if (!link) {
      return;
    }
    var lang = languageOf(link.getAttribute("href"));
    item.setAttribute("data-result-lang", lang);
    item.setAttribute("lang", lang);
    item.setAttribute("dir", RTL[lang] ? "rtl" : "ltr");
    if (lang !== pageLang) {
      var heading = item.querySelector("h1, h2") || link;
      var badge = document.createElement("span");
      badge.className = "search-result-language";
      badge.textContent = LABELS[lang] || lang;
      heading.insertBefore(badge, heading.firstChild);
    }
  }

  function labelAll(list) {
    list.querySelectorAll(".md-search-result__item").forEach(labelResult);
  }

  // The theme's search dialog has no accessible name: borrow the search box's label.
  var dialog = document.querySelector(".md-search[role='dialog']");
  var input = document.querySelector(".md-search__input");
  if (dialog && input && !dialog.hasAttribute("aria-label")) {
    dialog.setAttribute("aria-label", input.getAttribute("aria-label") || "Search");
  }

  var list = document.querySelector(".md-search-result__list");
  if (!list) {
    return;
  }
  new MutationObserver(function () {
    labelAll(list);
  }).observe(list, { childList: true, subtree: true });
})();
