// The Explore page. The numbers and every sentence come from the model compiled by TeaVM
// (org.euromesh.explore.Exports): WebAssembly GC when the browser has it, JavaScript otherwise.
// This script only builds the form, draws the chart from the model's output, keeps the state
// in the address (#tmega=6&sites=8) and runs the Monte Carlo in a worker. Nothing is fetched:
// the model and the inputs arrive as scripts, so the page also works opened from disk.
(function () {
  "use strict";
  var NS = self.EuroMeshExplore = self.EuroMeshExplore || {};
  var DRAWS = 10000;
  var SVG = "http://www.w3.org/2000/svg";
  var here = document.currentScript ? document.currentScript.src : "";
  var timings = NS.timings = {};
  var NARROW = self.matchMedia ? self.matchMedia("(max-width: 600px)") : { matches: false };

  function decodeBase64(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  function loadScript(name) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = new URL(name, here).href;
      s.onload = resolve;
      s.onerror = function () { reject(new Error("could not load " + name)); };
      document.head.appendChild(s);
    });
  }

  // The model's bytes: fetched beside this script, or from a script when the page is a file on disk.
  function wasmBytes() {
    var inline = function () {
      return loadScript("model-wasm-inline.js").then(function () { return decodeBase64(NS.wasm); });
    };
    if (location.protocol === "file:" || typeof fetch !== "function") {
      return inline();
    }
    return fetch(new URL("model.wasm", here).href).then(function (response) {
      if (!response.ok) {
        throw new Error("model.wasm: HTTP " + response.status);
      }
      return response.arrayBuffer();
    }).then(function (buffer) { return new Uint8Array(buffer); }).catch(inline);
  }

  // The model in this window: WebAssembly GC first, the JavaScript build when that fails.
  function loadModel() {
    if (typeof WebAssembly !== "object" || !NS.wasmRuntime) {
      return loadJavaScriptModel();
    }
    return wasmBytes().then(function (bytes) {
      return NS.wasmRuntime().wasmGC.load(bytes).then(function (teavm) {
        return { api: teavm.exports, kind: "WebAssembly", wasm: bytes };
      });
    }).catch(function () {
      return loadJavaScriptModel();
    });
  }

  function loadJavaScriptModel() {
    return loadScript("model-js.js").then(function () {
      return { api: NS.javaScriptModel(), kind: "JavaScript", wasm: null };
    });
  }

  // The worker's whole program; its source travels to the worker as text with the model's.
  function workerMain() {
    var api = null;
    self.onmessage = function (event) {
      var m = event.data;
      if (m.type === "init") {
        var ready = m.wasm
          ? EuroMeshExplore.wasmRuntime().wasmGC.load(m.wasm).then(function (t) { return t.exports; })
          : Promise.resolve(EuroMeshExplore.javaScriptModel());
        ready.then(function (a) {
          api = a;
          api.load(m.inputs);
          self.postMessage({ type: "ready" });
        }).catch(function (e) {
          self.postMessage({ type: "error", message: String(e) });
        });
      } else if (m.type === "monteCarlo") {
        var start = performance.now();
        var result = api.monteCarlo(m.query, m.draws);
        self.postMessage({ type: "monteCarlo", id: m.id, result: result, ms: performance.now() - start });
      }
    };
  }

  function startWorker(model) {
    var source = "var EuroMeshExplore = {};\n"
      + (model.wasm ? "EuroMeshExplore.wasmRuntime = " + NS.wasmRuntime.toString() + ";\n"
        : "EuroMeshExplore.javaScriptModel = " + NS.javaScriptModel.toString() + ";\n")
      + "(" + workerMain.toString() + ")();\n";
    var url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    var worker = new Worker(url);
    worker.postMessage({ type: "init", wasm: model.wasm, inputs: NS.inputs });
    return worker;
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function superscript(n) {
    return String(n).split("").map(function (d) { return d === "-" ? "\u207b" : "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079".charAt(Number(d)); }).join("");
  }

  function plain(units, decimals) {
    var s = (units / Math.pow(10, decimals)).toFixed(decimals);
    return decimals > 0 ? s.replace(/\.?0+$/, "") : s;
  }

  // A numeric control's value as the URL writes it: a plain number, or the month ("2027-03") the model lists.
  function textOf(units, control) {
    return control.texts ? control.texts[units - control.min] : plain(units, control.decimals);
  }

  function unitsOf(text, control) {
    if (control.texts) {
      var i = control.texts.indexOf(text);
      return i < 0 ? control.edition : control.min + i;
    }
    return /^[0-9]+(\.[0-9]+)?$/.test(text) ? Math.round(parseFloat(text) * Math.pow(10, control.decimals)) : control.edition;
  }

  // How the chart draws each pathway: the build's colours (mesh blue, campus vermillion, public green)
  // and marks (circle, diamond, square); the routes of one colour differ by dash.
  var LOOK = {
    "mesh": { colour: "--mesh", dash: "", mark: "circle" },
    "campus": { colour: "--campus", dash: "7 3", mark: "diamond" },
    "campus-phased": { colour: "--campus", dash: "12 3 2 3", mark: "diamond" },
    "campus-fast-track": { colour: "--campus", dash: "2 3", mark: "diamond" },
    "public": { colour: "--public", dash: "", mark: "square" }
  };
  var PUBLIC_DASHES = ["1 3", "5 3", ""];

  function look(p, publicIndex) {
    var l = LOOK[p.kind] || LOOK.mesh;
    return { colour: l.colour, mark: l.mark, dash: p.kind === "public" ? PUBLIC_DASHES[publicIndex % PUBLIC_DASHES.length] : l.dash,
      width: p.kind === "public" ? 1.8 : 2.5 };
  }

  function mark(kind, cx, cy, r, colour) {
    var style = "fill: var(" + colour + ")";
    if (kind === "circle") {
      return svg("circle", { cx: cx, cy: cy, r: r, style: style, "class": "mark" });
    }
    if (kind === "diamond") {
      return svg("path", { d: "M" + cx + " " + (cy - r * 1.25) + " L" + (cx + r * 1.25) + " " + cy + " L" + cx + " " + (cy + r * 1.25)
        + " L" + (cx - r * 1.25) + " " + cy + " Z", style: style, "class": "mark" });
    }
    return svg("rect", { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, style: style, "class": "mark" });
  }

  // Reads the state from the address; the model ignores what it does not know and says what it kept.
  function stateFromAddress() {
    return location.hash.length > 1 ? location.hash.substring(1) : location.search.substring(1);
  }

  function Explorer(root, model, spec) {
    this.root = root;
    this.api = model.api;
    this.spec = spec;
    this.inputs = {};
    this.mcId = 0;
    this.mcPending = null;
    this.mcBusy = false;
    this.lastMonteCarlo = null;
    this.build(model.kind);
    this.worker = null;
    try {
      this.worker = startWorker(model);
      this.worker.onmessage = this.onWorker.bind(this);
    } catch (e) {
      this.worker = null;
    }
  }

  Explorer.prototype.build = function (kind) {
    var self = this;
    var form = el("form", { "class": "explorer-form", "aria-label": "Assumptions" });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    this.spec.controls.forEach(function (c) {
      var box = el("div", { "class": "explorer-control" });
      var id = "explore-" + c.key;
      var label = el("label", { "for": id }, c.label + ": ");
      var value = el("span", { "class": "explorer-value", id: id + "-value" });
      label.appendChild(value);
      box.appendChild(label);
      var input;
      if (c.choice) {
        input = el("select", { id: id, name: c.key });
        c.options.forEach(function (o) {
          input.appendChild(el("option", { value: o.value }, o.label));
        });
        input.value = c.edition;
      } else {
        input = el("input", { type: "range", id: id, name: c.key, min: c.min, max: c.max, step: 1,
          value: c.edition, "aria-describedby": id + "-value" });
      }
      input.addEventListener("input", function () { self.update(); });
      input.addEventListener("change", function () { self.update(); });
      box.appendChild(input);
      form.appendChild(box);
      self.inputs[c.key] = { control: c, input: input, value: value };
    });
    var reset = el("button", { type: "button", "class": "explorer-reset" }, "Back to the edition");
    reset.addEventListener("click", function () { self.apply(""); self.update(); });
    form.appendChild(reset);

    this.headline = el("p", { "class": "explorer-headline", "aria-live": "polite", id: "explore-headline" });
    this.mc = el("p", { "class": "explorer-mc", "aria-live": "polite", id: "explore-monte-carlo" });
    this.firstPathway = el("p", { "class": "explorer-first", "aria-live": "polite", id: "explore-first" });
    this.band = el("p", { "class": "explorer-band", id: "explore-band" });
    this.routes = el("p", { "class": "explorer-band", id: "explore-routes" });
    this.chart = el("figure", { "class": "explorer-chart", id: "explore-chart" });
    this.table = el("div", { "class": "table-scroll", id: "explore-scenarios" });
    this.pathwayTable = el("div", { "class": "table-scroll", id: "explore-pathways" });
    this.flips = el("ul", { "class": "explorer-flips", id: "explore-flips" });
    this.publicMachines = el("p", { id: "explore-public" });
    this.command = el("pre", { id: "explore-command", "data-copy": "command" });
    this.link = el("a", { id: "explore-permalink", href: "#" }, "Link to these assumptions");

    var r = this.root;
    r.appendChild(form);
    r.appendChild(el("h2", { id: "explore-results" }, "The result"));
    r.appendChild(this.headline);
    r.appendChild(this.firstPathway);
    r.appendChild(this.chart);
    r.appendChild(this.mc);
    r.appendChild(this.band);
    r.appendChild(this.routes);
    r.appendChild(el("h3", {}, "Every pathway"));
    r.appendChild(this.pathwayTable);
    r.appendChild(el("h3", {}, "Three scenarios"));
    r.appendChild(this.table);
    r.appendChild(el("h3", {}, "Where the answer flips"));
    r.appendChild(this.flips);
    r.appendChild(el("h3", {}, "The public machines"));
    r.appendChild(this.publicMachines);
    r.appendChild(el("h3", {}, "Rebuild these numbers offline"));
    var p = el("p", {}, "This command, run in the project's folder, writes the same results as CSV files (the Monte Carlo with the page's "
      + DRAWS.toLocaleString("en") + " draws; the build's own run keeps " + this.spec.buildDraws.toLocaleString("en") + "). ");
    p.appendChild(this.link);
    p.appendChild(document.createTextNode("."));
    r.appendChild(p);
    var command = el("div", { "class": "explorer-command" });
    command.appendChild(this.command);
    r.appendChild(command);
    r.appendChild(el("p", { "class": "explorer-legend", id: "explore-engine" },
      "Model running as " + kind + " in this browser."));
  };

  Explorer.prototype.apply = function (query) {
    var values = {};
    query.split("&").forEach(function (pair) {
      var eq = pair.indexOf("=");
      if (eq > 0) {
        values[decodeURIComponent(pair.substring(0, eq))] = decodeURIComponent(pair.substring(eq + 1));
      }
    });
    var self = this;
    Object.keys(this.inputs).forEach(function (key) {
      var item = self.inputs[key];
      var c = item.control;
      if (c.choice) {
        item.input.value = key in values ? values[key] : c.edition;
        if (item.input.selectedIndex < 0) {
          item.input.value = c.edition;
        }
      } else {
        var units = key in values ? unitsOf(values[key], c) : c.edition;
        item.input.value = Math.min(c.max, Math.max(c.min, units));
      }
    });
  };

  Explorer.prototype.query = function () {
    var self = this;
    return Object.keys(this.inputs).map(function (key) {
      var item = self.inputs[key];
      var c = item.control;
      return key + "=" + (c.choice ? item.input.value : textOf(Number(item.input.value), c));
    }).join("&");
  };

  Explorer.prototype.update = function () {
    var start = performance.now();
    var result = JSON.parse(this.api.run(this.query()));
    timings.lastModelMs = performance.now() - start;
    this.render(result);
    timings.lastRunMs = performance.now() - start;
    if (timings.firstResultMs === undefined) {
      timings.firstResultMs = performance.now();
    }
    this.requestMonteCarlo(result.query);
  };

  Explorer.prototype.render = function (r) {
    var self = this;
    this.current = r;
    Object.keys(this.inputs).forEach(function (key) {
      var item = self.inputs[key];
      var c = item.control;
      item.value.textContent = c.choice ? "" : r.values[key];
      if (!c.choice) {
        item.input.setAttribute("aria-valuetext", r.values[key]);
      }
    });
    this.inputs.alpha8.value.textContent += " (this run of " + r.countedSites + ": " + r.alphaRun + "×)";
    this.headline.textContent = r.headline;
    this.firstPathway.textContent = r.firstPathway;
    this.drawChart(r);
    this.drawTable(r);
    this.flips.textContent = "";
    r.flips.forEach(function (f) { self.flips.appendChild(el("li", {}, f)); });
    this.publicMachines.textContent = r.publicMachines.sentence;
    this.command.textContent = r.command;
    this.link.setAttribute("href", "#" + r.query);
    try {
      history.replaceState(null, "", r.query ? "#" + r.query : location.pathname + location.search);
    } catch (e) {
      // an address the browser will not rewrite (some file: pages) keeps the permalink link only
    }
  };

  Explorer.prototype.drawChart = function (r) {
    var c = r.chart;
    // The phone layout below a 600 px window, asked of the media query so that drawing forces no layout.
    var narrow = NARROW.matches;
    this.narrow = narrow;
    var W = narrow ? 400 : 720, H = narrow ? 320 : 340, L = narrow ? 46 : 64, R = 12, T = 16, B = narrow ? 40 : 44;
    var months = c.pathways[0].cumulative.length;
    var highest = c.requiredFlop;
    c.pathways.forEach(function (p) { highest = Math.max(highest, p.cumulative[months - 1] || 0); });
    var top = Math.log10(highest) + 0.3;
    var bottom = Math.floor(Math.log10(c.requiredFlop)) - 2;
    function x(m) { return L + (W - L - R) * m / months; }
    function y(v) {
      var lv = v > 0 ? Math.log10(v) : bottom;
      return T + (H - T - B) * (top - Math.max(bottom, Math.min(top, lv))) / (top - bottom);
    }
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-labelledby": "explore-chart-title explore-chart-desc" });
    root.appendChild(svg("title", { id: "explore-chart-title" }, "Cumulative effective compute of each pathway"));
    root.appendChild(svg("desc", { id: "explore-chart-desc" }, c.alt));
    for (var e = Math.ceil(bottom); e <= Math.floor(top); e++) {
      root.appendChild(svg("line", { "class": "grid", x1: L, x2: W - R, y1: y(Math.pow(10, e)), y2: y(Math.pow(10, e)) }));
      root.appendChild(svg("text", { x: L - 6, y: y(Math.pow(10, e)) + 4, "text-anchor": "end" }, "10" + superscript(e)));
    }
    // A tick each January (every second one on a phone), month 0 being the decision month.
    var firstJanuary = (13 - c.startMonth) % 12;
    var every = narrow ? 24 : 12;
    for (var m = firstJanuary; m <= months; m += 12) {
      root.appendChild(svg("line", { "class": "axis", x1: x(m), x2: x(m), y1: H - B, y2: H - B + 5 }));
      if ((m - firstJanuary) % every === 0 && x(m) <= W - 14) {
        root.appendChild(svg("text", { x: x(m), y: H - B + 19, "text-anchor": "middle" }, String(c.startYear + (c.startMonth - 1 + m) / 12)));
      }
    }
    root.appendChild(svg("line", { "class": "axis", x1: L, x2: W - R, y1: H - B, y2: H - B }));
    root.appendChild(svg("text", { x: 12, y: (T + H - B) / 2, "text-anchor": "middle", transform: "rotate(-90 12 " + (T + H - B) / 2 + ")" },
      narrow ? "Effective FLOP (log)" : "Effective compute, FLOP (log scale)"));
    root.appendChild(svg("text", { x: (L + W - R) / 2, y: H - 6, "text-anchor": "middle" }, "Year"));
    if (this.lastMonteCarlo && this.lastMonteCarlo.query === r.query) {
      this.drawBands(root, this.lastMonteCarlo, x, H - B, T);
    }
    root.appendChild(svg("line", { "class": "target", x1: L, x2: W - R, y1: y(c.requiredFlop), y2: y(c.requiredFlop) }));
    root.appendChild(svg("text", { x: W - R - 4, y: y(c.requiredFlop) - 6, "text-anchor": "end", "class": "target-label" },
      r.target.id + " run: " + r.target.flop));
    var legend = el("ul", { "class": "explorer-key", id: "explore-key" });
    var publicIndex = 0;
    // Drawn in reverse so the mesh and the standard campus lie on top; the key keeps the model's order.
    var looks = c.pathways.map(function (p) { return look(p, p.kind === "public" ? publicIndex++ : 0); });
    for (var k = c.pathways.length - 1; k >= 0; k--) {
      var p = c.pathways[k], l = looks[k];
      var d = "";
      for (var i = 0; i < p.cumulative.length; i++) {
        d += (i === 0 ? "M" : "L") + x(i).toFixed(1) + " " + y(p.cumulative[i]).toFixed(1) + " L" + x(i + 1).toFixed(1) + " " + y(p.cumulative[i]).toFixed(1) + " ";
      }
      root.appendChild(svg("path", { "class": "pathway pathway-" + p.kind, d: d,
        style: "stroke: var(" + l.colour + "); stroke-width: " + l.width + (l.dash ? "; stroke-dasharray: " + l.dash : "") }));
      if (p.t !== null) {
        root.appendChild(mark(l.mark, x(p.t), y(c.requiredFlop), 5, l.colour));
      }
    }
    c.pathways.forEach(function (p, k) {
      var l = looks[k];
      var item = el("li", { "class": p.first ? "first" : "" });
      var sample = svg("svg", { viewBox: "0 0 36 12", width: 36, height: 12, "aria-hidden": "true", focusable: "false" });
      sample.appendChild(svg("line", { x1: 0, x2: 36, y1: 6, y2: 6,
        style: "stroke: var(" + l.colour + "); stroke-width: " + l.width + (l.dash ? "; stroke-dasharray: " + l.dash : "") }));
      sample.appendChild(mark(l.mark, 18, 6, 4, l.colour));
      item.appendChild(sample);
      item.appendChild(document.createTextNode(" " + p.name + ": " + p.date));
      legend.appendChild(item);
    });
    this.chart.textContent = "";
    this.chart.appendChild(root);
    var caption = el("figcaption", { "class": "explorer-legend" });
    caption.appendChild(legend);
    caption.appendChild(el("p", {}, "Delivery of the " + r.target.id + " run in the " + this.spec.headlineScenario
      + " scenario; marks on the dashed line show when each pathway reaches it; the bars along the foot of the plot show the Monte Carlo's 90% range of the mesh and of each campus route, with a tick at the median."));
    this.chart.appendChild(caption);
  };

  // The Monte Carlo's 90% range of each route as a bar along the foot of the plot, the median as a tick.
  var BANDS = [["mesh", "meshBand", "mesh"], ["campus", "campusBand", "campus"], ["campus-fast-track", "fastTrackBand", "fast-track"],
    ["campus-phased", "phasedBand", "in tranches"]];

  Explorer.prototype.drawBands = function (root, mc, x, bottom, top) {
    BANDS.forEach(function (b, i) {
      var q = mc[b[1]];
      if (!q || q[0] === null) {
        return;
      }
      var far = x(1e9);
      var left = x(q[0]), end = q[2] === null ? far : Math.min(x(q[2]), far);
      var y = bottom - 14 * (BANDS.length - i);
      root.appendChild(svg("rect", { "class": "band band-" + b[0], x: left, y: y, width: Math.max(1, end - left), height: 6 }));
      if (q[1] !== null && x(q[1]) <= far) {
        root.appendChild(svg("line", { "class": "band-median", x1: x(q[1]), x2: x(q[1]), y1: y - 2, y2: y + 8 }));
      }
      // The route's name beside its bar: after it where there is room, else before it.
      var after = end + 4 + 70 < far;
      root.appendChild(svg("text", { "class": "band-label", x: after ? end + 4 : left - 4, y: y + 6, "text-anchor": after ? "start" : "end" }, b[2]));
    });
  };

  function table(caption, heads, rows) {
    var t = el("table", {});
    t.appendChild(el("caption", {}, caption));
    var head = el("tr", {});
    heads.forEach(function (h) { head.appendChild(el("th", { scope: "col" }, h)); });
    var thead = el("thead", {});
    thead.appendChild(head);
    t.appendChild(thead);
    var body = el("tbody", {});
    rows.forEach(function (cells) {
      var tr = el("tr", {});
      tr.appendChild(el("th", { scope: "row" }, cells[0]));
      cells.slice(1).forEach(function (v) {
        var td = el("td", {}, typeof v === "string" ? v : undefined);
        if (typeof v !== "string") {
          td.appendChild(v);
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    t.appendChild(body);
    return t;
  }

  Explorer.prototype.drawTable = function (r) {
    this.pathwayTable.textContent = "";
    this.pathwayTable.appendChild(table("When each pathway delivers the " + r.target.id + " run, " + this.spec.headlineScenario + " scenario",
      ["Pathway", "Delivers the run"],
      r.chart.pathways.map(function (p) {
        var cell = document.createDocumentFragment();
        cell.appendChild(el("span", { "class": "date" }, p.date));
        if (p.kind !== "mesh" || p.first) {
          cell.appendChild(el("span", { "class": "against" }, p.againstMesh));
        }
        return [p.name, cell];
      })));
    this.table.textContent = "";
    this.table.appendChild(table("Delivery of the " + r.target.id + " run in each scenario",
      ["Scenario", "Waits (1 GW, medium)", "Mesh delivers", "Campus delivers", "Fast-track campus", "Campus in tranches", "First", "Gap"],
      r.scenarios.map(function (s) {
        return [s.scenario, s.tauMega + ", " + s.tauMedium + " years", s.meshDate, s.campusDate, s.fastTrackDate, s.phasedDate, s.first, s.gap];
      })));
  };

  Explorer.prototype.requestMonteCarlo = function (query) {
    this.mcPending = query;
    this.mc.setAttribute("aria-busy", "true");
    if (!this.lastMonteCarlo || this.lastMonteCarlo.query !== query) {
      this.band.textContent = "Running " + DRAWS.toLocaleString("en") + " Monte Carlo draws…";
      this.routes.textContent = "";
    }
    if (!this.worker) {
      this.runMonteCarloHere();
      return;
    }
    if (!this.mcBusy && this.workerReady) {
      this.sendMonteCarlo();
    }
  };

  Explorer.prototype.sendMonteCarlo = function () {
    if (this.mcPending === null) {
      return;
    }
    this.mcBusy = true;
    this.mcId++;
    this.mcSent = this.mcPending;
    this.mcPending = null;
    this.worker.postMessage({ type: "monteCarlo", id: this.mcId, query: this.mcSent, draws: DRAWS });
  };

  // Without a worker (a browser that refuses one) the draws run here, after the page has painted.
  Explorer.prototype.runMonteCarloHere = function () {
    var self = this;
    setTimeout(function () {
      if (self.mcPending === null) {
        return;
      }
      var query = self.mcPending;
      self.mcPending = null;
      var start = performance.now();
      var result = JSON.parse(self.api.monteCarlo(query, DRAWS));
      timings.lastMonteCarloMs = performance.now() - start;
      self.showMonteCarlo(result);
    }, 0);
  };

  Explorer.prototype.onWorker = function (event) {
    var m = event.data;
    if (m.type === "ready") {
      this.workerReady = true;
      this.sendMonteCarlo();
    } else if (m.type === "error") {
      this.worker = null;
      this.runMonteCarloHere();
    } else if (m.type === "monteCarlo") {
      this.mcBusy = false;
      timings.lastMonteCarloMs = m.ms;
      var result = JSON.parse(m.result);
      if (this.mcPending === null) {
        this.showMonteCarlo(result);
      } else {
        this.sendMonteCarlo();
      }
    }
  };

  Explorer.prototype.showMonteCarlo = function (result) {
    this.lastMonteCarlo = result;
    this.mc.textContent = result.sentence;
    this.band.textContent = result.band;
    this.routes.textContent = result.routes;
    this.mc.setAttribute("aria-busy", "false");
    this.mc.setAttribute("data-query", result.query);
    if (this.current && this.current.query === result.query) {
      this.drawChart(this.current);
    }
    timings.monteCarloDone = (timings.monteCarloDone || 0) + 1;
  };

  function start() {
    var root = document.getElementById("explorer");
    var status = document.getElementById("explore-status");
    if (!root || !NS.inputs) {
      return;
    }
    timings.started = performance.now();
    loadModel().then(function (model) {
      var spec = JSON.parse(model.api.load(NS.inputs));
      spec.startYear = JSON.parse(NS.inputs).startYear;
      var explorer = NS.explorer = new Explorer(root, model, spec);
      explorer.apply(stateFromAddress());
      root.hidden = false;
      document.getElementById("explore-static").hidden = true;
      explorer.update();
      // A phone turned sideways, or a window resized: the chart redraws when it changes between its two layouts.
      window.addEventListener("resize", function () {
        if (explorer.current && NARROW.matches !== explorer.narrow) {
          explorer.drawChart(explorer.current);
        }
      });
      window.addEventListener("hashchange", function () {
        if (stateFromAddress() !== explorer.current.query) {
          explorer.apply(stateFromAddress());
          explorer.update();
        }
      });
    }).catch(function (e) {
      if (status) {
        status.textContent = "The explorer could not start in this browser (" + e.message
          + "), so this page shows the edition as published: the delivery chart and the scenario table below.";
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
