"use strict";

// The report page: posts the Dockerfile to the analysis endpoint and draws its answer.

const SVG = "http://www.w3.org/2000/svg";
const LAYER_KEYWORDS = new Set(["RUN", "COPY", "ADD"]);

const $ = (id) => document.getElementById(id);

document.addEventListener("DOMContentLoaded", () => {
  $("analyse-form").addEventListener("submit", (event) => {
    event.preventDefault();
    analyse();
  });
  $("upload").addEventListener("change", async () => {
    const file = $("upload").files[0];
    if (file) {
      $("dockerfile").value = await file.text();
    }
  });
});

async function analyse() {
  const text = $("dockerfile").value;
  const query = new URLSearchParams();
  if ($("target").value.trim()) {
    query.append("target", $("target").value.trim());
  }
  $("build-args").value.split("\n").map((l) => l.trim()).filter(Boolean)
    .forEach((arg) => query.append("build-arg", arg));
  setStatus("Analysing…", false);
  const { response, body } = await post("/api/v1/analyses", query, text);
  if (!response.ok) {
    setStatus(body.title + ": " + body.detail, true);
    return;
  }
  render(body, text);
  setStatus(summary(body), false);
  await optimise(text, query);
}

// The optimiser answers for the same build; its panel fills in after the analysis.
async function optimise(text, query) {
  $("optimised-statement").textContent = "Looking for safe rewrites…";
  const { response, body } = await post("/api/v1/optimizations", query, text);
  if (!response.ok) {
    $("optimised-statement").textContent = body.title + ": " + body.detail;
    return;
  }
  fillOptimised(body);
}

function fillOptimised(optimisation) {
  $("optimised-statement").textContent = optimisation.statement + " Estimate: "
    + `${bytes(optimisation.beforeBytes)} → ${bytes(optimisation.afterBytes)}.`;
  $("optimised-changes").replaceChildren(...optimisation.changes.map((c) => el("li", {},
    el("strong", {}, c.rewrite), ` (${linesText(c.lines)}, saves ${bytes(c.savedBytes)}): `,
    c.message)));
  $("optimised-dropped-box").hidden = optimisation.dropped.length === 0;
  $("optimised-dropped").replaceChildren(...optimisation.dropped.map((d) => el("li", {},
    el("strong", {}, d.rewrite), ` (${linesText(d.lines)}): ${d.message} Not kept: ${d.reason}`)));
  $("optimised-diff").replaceChildren(...optimisation.diff.split("\n").map((line) =>
    el("span", { class: diffClass(line) }, line + "\n")));
  $("optimised-dockerfile").textContent = optimisation.dockerfile;
  const ignore = optimisation.dockerignore;
  $("optimised-ignore").hidden = !ignore;
  if (ignore) {
    $("optimised-ignore-reason").textContent = `${linesText(ignore.lines)}: ${ignore.reason}`;
    $("optimised-ignore-text").textContent = ignore.text;
  }
}

function linesText(lines) {
  return (lines.length === 1 ? "line " : "lines ") + lines.join(", ");
}

function diffClass(line) {
  if (line.startsWith("+") && !line.startsWith("+++")) {
    return "added";
  }
  if (line.startsWith("-") && !line.startsWith("---")) {
    return "removed";
  }
  return "";
}

// Posts the Dockerfile as text to an operation of the API and reads its JSON answer.
async function post(path, query, text) {
  const response = await fetch(path + "?" + query, {
    method: "POST",
    headers: { "Content-Type": "text/plain", "Accept": "application/json" },
    body: text,
  });
  return { response, body: await response.json() };
}

function setStatus(message, error) {
  $("status").textContent = message;
  $("status").classList.toggle("error", error);
}

function summary(analysis) {
  const built = analysis.stages.filter((s) => s.built).length;
  return `${analysis.stages.length} stages (${built} built), final image about `
    + `${bytes(analysis.sizes.image.bytes)}, ${analysis.findings.length} findings.`;
}

function render(analysis, text) {
  $("results").hidden = false;
  $("stage-names").replaceChildren(...analysis.stages.filter((s) => s.name)
    .map((s) => el("option", { value: s.name })));
  drawGraph(analysis);
  drawSizes(analysis);
  fillSteps(analysis);
  fillTracker(analysis);
  fillFindings(analysis, text);
}

function stageName(analysis, index) {
  const name = analysis.stages[index].name;
  return name === null ? `stage ${index}` : name;
}

// Stage graph: stages in columns by depth, external images in the first column.

function drawGraph(analysis) {
  const depth = stageDepths(analysis);
  const images = [...new Set(analysis.edges.filter((e) => e.from === null).map((e) => e.image))];
  const offset = images.length ? 1 : 0;
  const columns = [];
  const place = (key, column) => {
    columns[column] = columns[column] || [];
    columns[column].push(key);
  };
  images.forEach((image) => place("i:" + image, 0));
  analysis.stages.forEach((s) => place("s:" + s.index, depth[s.index] + offset));
  const box = { w: 190, h: 54, gapX: 130, gapY: 24 };
  const at = {};
  columns.forEach((keys, column) => keys.forEach((key, row) => {
    at[key] = { x: 10 + column * (box.w + box.gapX), y: 10 + row * (box.h + box.gapY) };
  }));
  const rows = Math.max(...columns.map((c) => c.length));
  const svg = svgRoot(20 + columns.length * (box.w + box.gapX) - box.gapX,
    20 + rows * (box.h + box.gapY) - box.gapY, "stage-graph", graphLabel(analysis));
  svg.append(arrowMarker());
  analysis.edges.forEach((edge) => {
    const from = at[edge.from === null ? "i:" + edge.image : "s:" + edge.from];
    svg.append(edgeShape(edge, from, at["s:" + edge.to], box));
  });
  images.forEach((image) => svg.append(nodeShape("image", at["i:" + image], box, image, "image")));
  analysis.stages.forEach((s) => svg.append(nodeShape(
    s.built ? "stage built" : "stage skipped", at["s:" + s.index], box,
    stageName(analysis, s.index), (s.built ? "" : "skipped · ") + s.base)));
  $("graph").replaceChildren(svg);
}

function stageDepths(analysis) {
  const depth = analysis.stages.map(() => 0);
  for (let pass = 0; pass < analysis.stages.length; pass++) {
    analysis.edges.filter((e) => e.from !== null).forEach((e) => {
      depth[e.to] = Math.max(depth[e.to], depth[e.from] + 1);
    });
  }
  return depth;
}

function graphLabel(analysis) {
  const kinds = analysis.edges.map((e) => e.kind).join(", ") || "no";
  return `Stage graph: ${analysis.stages.length} stages, edges: ${kinds}`;
}

function nodeShape(kind, pos, box, title, subtitle) {
  const g = svgEl("g", { class: kind });
  const rounded = kind === "image" ? 18 : 4;
  g.append(svgEl("rect", { x: pos.x, y: pos.y, width: box.w, height: box.h, rx: rounded }));
  g.append(svgText(pos.x + 10, pos.y + 21, clip(title, 24), "font-weight:600"));
  g.append(svgText(pos.x + 10, pos.y + 41, clip(subtitle, 28)));
  return g;
}

function edgeShape(edge, from, to, box) {
  const g = svgEl("g", { class: "edge " + edge.kind });
  const x1 = from.x + box.w;
  const y1 = from.y + box.h / 2;
  const x2 = to.x - 4;
  const y2 = to.y + box.h / 2;
  const mid = (x1 + x2) / 2;
  g.append(svgEl("path", {
    d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`, "marker-end": "url(#arrow)",
  }));
  const label = svgText(mid, (y1 + y2) / 2 - 8, `${edge.kind} · line ${edge.line}`);
  label.setAttribute("text-anchor", "middle");
  g.append(label);
  return g;
}

function arrowMarker() {
  const defs = svgEl("defs", {});
  const marker = svgEl("marker", {
    id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7,
    orient: "auto-start-reverse",
  });
  marker.append(svgEl("path", { d: "M0,0 L10,5 L0,10 z", fill: "#444" }));
  defs.append(marker);
  return defs;
}

// Sizes: a stacked bar per built stage (base image, then added layers), and a bar per layer.

function drawSizes(analysis) {
  const rows = [];
  analysis.target.buildOrder.forEach((index) => {
    const steps = analysis.steps.filter((s) => s.stage === index);
    const base = steps.length ? steps[0].size.bytes : 0;
    const total = analysis.sizes.stages[index].bytes;
    rows.push({ label: stageName(analysis, index), base, added: total - base, stage: true });
    steps.slice(1).filter((s) => s.size.bytes > 0).forEach((s) => rows.push({
      label: `  line ${s.line} ${s.keyword}`, base: 0, added: s.size.bytes, stage: false,
    }));
  });
  const max = Math.max(1, ...rows.map((r) => r.base + r.added));
  const width = 560;
  const labelW = 150;
  const barW = width - labelW - 110;
  const svg = svgRoot(width, rows.length * 26 + 34, "size-chart",
    "Estimated size per stage, base image and added layers, and per layer");
  rows.forEach((row, i) => {
    const y = 8 + i * 26;
    svg.append(svgText(6, y + 14, clip(row.label, 20), row.stage ? "font-weight:600" : ""));
    const baseW = (row.base / max) * barW;
    const addedW = Math.max(row.added > 0 ? 1 : 0, (row.added / max) * barW);
    svg.append(svgEl("rect", { class: "bar-base", x: labelW, y, width: baseW, height: 18 }));
    svg.append(svgEl("rect", { class: "bar-added", x: labelW + baseW, y, width: addedW,
      height: 18 }));
    svg.append(svgText(labelW + baseW + addedW + 6, y + 14, bytes(row.base + row.added)));
  });
  const legendY = rows.length * 26 + 22;
  svg.append(svgEl("rect", { class: "bar-base", x: labelW, y: legendY - 10, width: 12, height: 12 }));
  svg.append(svgText(labelW + 16, legendY, "base image"));
  svg.append(svgEl("rect", { class: "bar-added", x: labelW + 110, y: legendY - 10, width: 12,
    height: 12 }));
  svg.append(svgText(labelW + 126, legendY, "added by the Dockerfile"));
  $("sizes").replaceChildren(svg);
  const image = analysis.sizes.image;
  $("size-summary").textContent = `Final image about ${bytes(image.bytes)} `
    + `(between ${bytes(image.low)} and ${bytes(image.high)}).`;
}

// Tables.

function fillSteps(analysis) {
  const head = el("tr", {}, ...["Step", "Line", "Stage", "Instruction", "Files present",
    "Size"].map((h, i) => el("th", { scope: "col", class: i === 5 ? "num" : "" }, h)));
  const rows = analysis.steps.map((s, i) => el("tr", {},
    el("td", {}, String(i + 1)),
    el("td", {}, String(s.line)),
    el("td", {}, stageName(analysis, s.stage)),
    el("td", {}, el("code", {}, flat(s.instruction))),
    el("td", { class: "present" }, s.present.join(", ") || "—"),
    el("td", { class: "num", title: s.size.basis }, bytes(s.size.bytes))));
  $("steps-table").replaceChildren(el("thead", {}, head), el("tbody", {}, ...rows));
}

function fillTracker(analysis) {
  const tables = analysis.target.buildOrder.map((index) => {
    const steps = analysis.steps.filter((s) => s.stage === index);
    let size = 0;
    const rows = [];
    steps.forEach((s, i) => {
      size += s.size.bytes;
      if (i === 0 || LAYER_KEYWORDS.has(s.keyword)) {
        const point = i === 0 ? "start: " + flat(s.instruction) : `after line ${s.line}: ${flat(s.instruction)}`;
        rows.push(trackerRow(point, s.present, size));
      }
    });
    if (steps.length) {
      rows.push(trackerRow("final", steps[steps.length - 1].present, size));
    }
    const caption = el("caption", {}, stageName(analysis, index)
      + (index === analysis.target.stage ? " (target)" : ""));
    const head = el("tr", {}, el("th", { scope: "col" }, "Point"),
      el("th", { scope: "col" }, "Files present"), el("th", { scope: "col", class: "num" }, "Stage size"));
    return el("div", { class: "scroll" }, el("table", { class: "tracker", "data-stage": index },
      caption, el("thead", {}, head), el("tbody", {}, ...rows)));
  });
  $("tracker").replaceChildren(...tables);
}

function trackerRow(point, present, size) {
  return el("tr", {}, el("td", {}, point), el("td", { class: "present" }, present.join(", ") || "—"),
    el("td", { class: "num" }, bytes(size)));
}

function fillFindings(analysis, text) {
  const hit = new Set();
  analysis.findings.forEach((f) => {
    for (let line = f.line; line <= f.endLine; line++) {
      hit.add(line);
    }
  });
  const items = analysis.findings.map((f) => el("li", {},
    el("span", { class: "severity" }, f.severity), " ",
    el("a", { href: "#L" + f.line }, `line ${f.line}`), ` ${f.rule}: ${f.message}. `,
    el("em", {}, "Fix: "), f.fix));
  $("findings").replaceChildren(...(items.length ? items : [el("li", {}, "No findings.")]));
  const lines = text.replace(/\n$/, "").split("\n").map((line, i) => el("li",
    { id: "L" + (i + 1), class: hit.has(i + 1) ? "hit" : "", tabindex: "-1" }, line || " "));
  $("listing").replaceChildren(...lines);
}

// Helpers.

function el(name, attributes, ...children) {
  const node = document.createElement(name);
  Object.entries(attributes).forEach(([k, v]) => v !== "" && node.setAttribute(k, v));
  node.append(...children);
  return node;
}

function svgEl(name, attributes) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
}

function svgText(x, y, content, style) {
  const node = svgEl("text", { x, y });
  if (style) {
    node.setAttribute("style", style);
  }
  node.textContent = content;
  return node;
}

function svgRoot(width, height, id, label) {
  const svg = svgEl("svg", { id, viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": label });
  svg.style.maxWidth = width + "px";
  return svg;
}

function flat(instruction) {
  return instruction.replace(/\\?\s*\n\s*/g, " ").trim();
}

function clip(text, length) {
  return text.length <= length ? text : text.slice(0, length - 1) + "…";
}

function bytes(n) {
  if (n >= 1e9) return (n / 1e9).toFixed(2) + " GB";
  if (n >= 1e6) return (n / 1e6).toFixed(1) + " MB";
  if (n >= 1e3) return (n / 1e3).toFixed(1) + " kB";
  return n + " B";
}
