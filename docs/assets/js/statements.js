/*
 * "Who said what" table: filter by speaker and by country/side, sort by date.
 * Also makes any `table[data-sortable]` (e.g. the troop estimates) sortable by its headers.
 *
 * Progressive enhancement: the generated page is a plain HTML table that works without this
 * script. The controls are built here from the rows' data- attributes
 * (data-speaker, data-speaker-name, data-side, data-side-name, data-date) and labelled with
 * the table's data-label-* attributes, so every visible word comes from the page's language.
 */
(function () {
  "use strict";

  var sharedCollator = null;

  // One collator for the page: localeCompare(…, lang) builds a new one on every call, which
  // costs a long task on a phone for a few hundred comparisons.
  function collator() {
    if (!sharedCollator) {
      sharedCollator = new Intl.Collator(document.documentElement.lang || undefined);
    }
    return sharedCollator;
  }

  function rowsOf(table) {
    return Array.prototype.slice.call(table.tBodies[0].rows);
  }

  function options(rows, key, nameKey) {
    var seen = {};
    rows.forEach(function (row) {
      var value = row.getAttribute(key);
      if (value && !seen[value]) {
        seen[value] = row.getAttribute(nameKey) || value;
      }
    });
    return Object.keys(seen)
      .map(function (value) { return { value: value, label: seen[value] }; })
      .sort(function (a, b) { return collator().compare(a.label, b.label); });
  }

  function select(id, label, allLabel, choices) {
    var wrap = document.createElement("label");
    wrap.className = "statements-filter";
    wrap.htmlFor = id;
    wrap.appendChild(document.createTextNode(label + " "));
    var box = document.createElement("select");
    box.id = id;
    var all = document.createElement("option");
    all.value = "";
    all.textContent = allLabel;
    box.appendChild(all);
    choices.forEach(function (choice) {
      var option = document.createElement("option");
      option.value = choice.value;
      option.textContent = choice.label;
      box.appendChild(option);
    });
    wrap.appendChild(box);
    return { wrap: wrap, box: box };
  }

  function compareDates(a, b, direction) {
    var x = a.getAttribute("data-date") || "";
    var y = b.getAttribute("data-date") || "";
    if (!x || !y) {
      return x ? -1 : y ? 1 : 0; // undated rows always last
    }
    return x < y ? -direction : x > y ? direction : 0;
  }

  function sortButton(th, onSort) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    var direction = 0;
    button.addEventListener("click", function () {
      direction = direction === 1 ? -1 : 1;
      th.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
      onSort(direction);
    });
    return button;
  }

  function enhanceStatements(table) {
    if (table.getAttribute("data-enhanced")) {
      return;
    }
    table.setAttribute("data-enhanced", "1");
    var rows = rowsOf(table);
    var prefix = table.id || "statements";
    var speaker = select(prefix + "-speaker", table.getAttribute("data-label-speaker"),
      table.getAttribute("data-label-all"), options(rows, "data-speaker", "data-speaker-name"));
    var side = select(prefix + "-side", table.getAttribute("data-label-side"),
      table.getAttribute("data-label-all"), options(rows, "data-side", "data-side-name"));
    // The page reserves the filter bar's space (no layout shift); older pages get one made here.
    var bar = document.querySelector("[data-statements-filters]");
    if (!bar) {
      bar = document.createElement("div");
      bar.className = "statements-filters";
      var wrapper = table.closest(".statements-wrap") || table; // Material may add its own wrappers
      wrapper.parentNode.insertBefore(bar, wrapper);
    }
    bar.appendChild(speaker.wrap);
    bar.appendChild(side.wrap);

    function apply() {
      rows.forEach(function (row) {
        var show = (!speaker.box.value || row.getAttribute("data-speaker") === speaker.box.value) &&
          (!side.box.value || row.getAttribute("data-side") === side.box.value);
        row.hidden = !show;
      });
      carryFilters({ speaker: speaker.box.value, side: side.box.value });
    }
    speaker.box.addEventListener("change", apply);
    side.box.addEventListener("change", apply);
    // A link from the index ("?speaker=…") or from the previous month arrives filtered.
    if (presetFilters({ speaker: speaker.box, side: side.box })) {
      apply();
    }

    var dateHeader = table.querySelector("th[data-sort-date]");
    if (dateHeader) {
      sortButton(dateHeader, function (direction) {
        var body = table.tBodies[0];
        rowsOf(table).sort(function (a, b) { return compareDates(a, b, direction); })
          .forEach(function (row) { body.appendChild(row); });
      });
    }
  }

  // On a site split by month, the filters travel in the query string: read on arrival, and
  // written into the address and into the links to the neighbouring months when changed.
  function presetFilters(boxes) {
    var params = new URLSearchParams(window.location.search);
    var changed = false;
    Object.keys(boxes).forEach(function (name) {
      var wanted = params.get(name);
      var box = boxes[name];
      if (wanted && Array.prototype.some.call(box.options, function (o) { return o.value === wanted; })) {
        box.value = wanted;
        changed = true;
      }
    });
    return changed;
  }

  function withFilters(url, filters) {
    var target = new URL(url, window.location.href);
    Object.keys(filters).forEach(function (name) {
      if (filters[name]) {
        target.searchParams.set(name, filters[name]);
      } else {
        target.searchParams.delete(name);
      }
    });
    return target.href;
  }

  function carryFilters(filters) {
    if (window.history && window.history.replaceState) {
      window.history.replaceState(window.history.state, "", withFilters(window.location.href, filters));
    }
    document.querySelectorAll(".period-nav a[rel]").forEach(function (link) {
      link.href = withFilters(link.href, filters);
    });
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) {
      return "";
    }
    return cell.hasAttribute("data-sort-value") ? cell.getAttribute("data-sort-value") : cell.textContent.trim();
  }

  function enhanceSortable(table) {
    if (table.getAttribute("data-enhanced")) {
      return;
    }
    table.setAttribute("data-enhanced", "1");
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var type = th.getAttribute("data-sort-type");
      if (!type) {
        return;
      }
      sortButton(th, function (direction) {
        var body = table.tBodies[0];
        rowsOf(table).sort(function (a, b) {
          var x = cellValue(a, index);
          var y = cellValue(b, index);
          if (!x || !y) {
            return x ? -1 : y ? 1 : 0;
          }
          if (type === "number") {
            return (Number(x) - Number(y)) * direction;
          }
          return collator().compare(x, y) * direction;
        }).forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function start() {
    document.querySelectorAll("table[data-statements]").forEach(enhanceStatements);
    document.querySelectorAll("table[data-sortable]").forEach(enhanceSortable);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
