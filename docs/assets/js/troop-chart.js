/*
 * Troop-estimate chart: progressive enhancement from the static SVG to an interactive Plotly chart.
 *
 * Markup written by the troops page template (the SVG and the data table work without this script):
 *
 *   <div class="troop-chart-box">
 *     <svg class="troop-chart-svg" ...>...</svg>
 *     <div id="troop-chart" data-figure="data/troop-chart.ar.json"
 *          data-plotly-src="../assets/vendor/plotly/plotly-basic.min.js" hidden></div>
 *   </div>
 *   <button type="button" class="troop-chart-show" data-troop-chart-show hidden>...</button>
 *
 * The Plotly bundle and the figure JSON load only when the reader presses the button or, after
 * scrolling, has the chart in view (never on page open, nor when the browser asks to save data). The interactive
 * chart then replaces the SVG in the same box, at the same height, so nothing below it moves.
 * Relative URLs resolve against the page; without data-plotly-src the bundle is looked up next to
 * this script (../vendor/plotly/plotly-basic.min.js).
 */
(function () {
  "use strict";

  var scriptUrl = document.currentScript ? document.currentScript.src : document.baseURI;
  var plotlyPromise = null;

  function resolve(url) {
    return new URL(url, document.baseURI).href;
  }

  function loadPlotly(src) {
    if (window.Plotly) {
      return Promise.resolve(window.Plotly);
    }
    if (!plotlyPromise) {
      plotlyPromise = new Promise(function (done, fail) {
        var script = document.createElement("script");
        script.src = src;
        script.async = true;
        script.onload = function () {
          if (window.Plotly) {
            done(window.Plotly);
          } else {
            fail(new Error("Plotly did not load"));
          }
        };
        script.onerror = function () {
          plotlyPromise = null;
          fail(new Error("cannot load " + src));
        };
        document.head.appendChild(script);
      });
    }
    return plotlyPromise;
  }

  function loadFigure(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) {
        throw new Error("cannot load " + url + ": HTTP " + response.status);
      }
      return response.json();
    });
  }

  function findButton() {
    return document.querySelector("[data-troop-chart-show], .troop-chart-show");
  }

  function setup(target) {
    var box = target.closest(".troop-chart-box") || target.parentElement;
    var svg = box.querySelector("svg");
    var button = findButton();
    var state = "idle";
    var observer = null;

    function show(figure, Plotly) {
      var height = Math.round((svg || box).getBoundingClientRect().height) || 420;
      box.style.minHeight = height + "px";
      target.style.height = height + "px";
      target.hidden = false;
      if (svg) {
        svg.style.display = "none";
      }
      var layout = Object.assign({}, figure.layout, { height: height });
      return Plotly.newPlot(target, figure.data, layout, figure.config || {});
    }

    function fail(error) {
      state = "idle";
      box.removeAttribute("aria-busy");
      target.hidden = true;
      if (svg) {
        svg.style.display = "";
      }
      if (button) {
        button.disabled = false;
      }
      if (window.console && console.warn) {
        console.warn("troop chart: keeping the static chart:", error && error.message ? error.message : error);
      }
    }

    function load() {
      if (state !== "idle") {
        return;
      }
      state = "loading";
      if (observer) {
        observer.disconnect();
        observer = null;
      }
      box.setAttribute("aria-busy", "true");
      if (button) {
        button.disabled = true;
      }
      var plotlySrc = target.getAttribute("data-plotly-src")
        ? resolve(target.getAttribute("data-plotly-src"))
        : new URL("../vendor/plotly/plotly-basic.min.js", scriptUrl).href;
      Promise.all([loadFigure(resolve(target.getAttribute("data-figure"))), loadPlotly(plotlySrc)])
        .then(function (loaded) {
          return show(loaded[0], loaded[1]);
        })
        .then(function () {
          state = "shown";
          box.removeAttribute("aria-busy");
          if (button) {
            var hadFocus = document.activeElement === button;
            // keep the button's space so nothing below the chart moves
            button.style.visibility = "hidden";
            if (hadFocus) {
              target.setAttribute("tabindex", "-1");
              target.focus({ preventScroll: true });
            }
          }
        })
        .catch(fail);
    }

    if (!target.getAttribute("data-figure")) {
      return;
    }
    if (button) {
      button.hidden = false;
      button.addEventListener("click", load);
    }
    // Scrolling the chart into view counts as asking for it, but only once the reader has
    // scrolled: a chart that is already on screen when the page opens stays static (and the
    // page stays light) until the reader scrolls or presses the button.
    var saveData = navigator.connection && navigator.connection.saveData;
    if ("IntersectionObserver" in window && !saveData) {
      window.addEventListener("scroll", function watchOnceScrolled() {
        if (state !== "idle") {
          return;
        }
        observer = new IntersectionObserver(
          function (entries) {
            if (entries.some(function (entry) { return entry.isIntersecting; })) {
              load();
            }
          },
          { threshold: 0.25 }
        );
        observer.observe(box);
      }, { once: true, passive: true });
    }
  }

  function start() {
    var target = document.getElementById("troop-chart");
    if (!target || target.getAttribute("data-troop-chart-ready")) {
      return;
    }
    target.setAttribute("data-troop-chart-ready", "1");
    setup(target);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
