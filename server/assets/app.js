// factgraph web UI: a small single-page app over the JSON API.
//
// Article text and everything extracted from it are untrusted: they reach
// the page only as text nodes (el() and document.createTextNode), never as
// markup. Links are built from numeric IDs, and outside URLs are shown as
// links only when they are http(s).

import { layout } from "./graph.js";

const app = document.getElementById("app");

// ---------- DOM helpers ----------

// el creates an element. attrs: class, href, title, type, value, …;
// on<Event> functions become listeners; data-* go to dataset. Children are
// nodes or strings (strings become text nodes); null and false are skipped.
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") e.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(e.dataset, v);
    else e.setAttribute(k, String(v));
  }
  append(e, children);
  return e;
}

function svg(tag, attrs, ...children) {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k.startsWith("on") && typeof v === "function") e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, String(v));
  }
  append(e, children);
  return e;
}

function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

// typeClass returns the CSS class of an entity type: t-PERSON, …
function typeClass(type) {
  return "t-" + String(type || "").replace(/[^A-Z_]/g, "");
}

// id returns a positive integer ID or 0: the only thing put into links.
function id(v) {
  const n = Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

const docHref = (d) => "#/doc/" + id(d);
const entityHref = (e) => "#/entity/" + id(e);

// safeURL returns an http(s) URL or null.
function safeURL(u) {
  try {
    const url = new URL(String(u));
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function badge(type) {
  return el("span", { class: "badge " + typeClass(type) }, type);
}

// short cuts a string to n code points, with "…".
function short(s, n) {
  const cps = Array.from(String(s || ""));
  return cps.length > n ? cps.slice(0, n - 1).join("") + "…" : cps.join("");
}

// plural gives "1 document", "2 documents".
function plural(n, one, many = one + "s") {
  return `${n} ${n === 1 ? one : many}`;
}

function entityLink(ref) {
  if (!ref) return null;
  return el("a", { class: "chip " + typeClass(ref.type), href: entityHref(ref.id), title: `${ref.type}: ${ref.name}` }, short(ref.name, 48));
}

// Types whose entities are values or common nouns, left out of overviews.
const valueTypes = new Set(["DATE", "TIME", "AGE", "MONEY", "NUMBER", "ORDINAL", "PERCENT", "PENALTY", "PROFESSION", "FAMILY", "CRIME"]);

function docTitle(d) {
  return d.title || d.source || "Document " + id(d.id);
}

// marked renders a search snippet: the words between U+0002 and U+0003
// are highlighted.
function marked(snippet) {
  const out = [];
  const parts = String(snippet || "").split(/(\u0002[^\u0003]*\u0003)/);
  for (const p of parts) {
    if (p.startsWith("\u0002")) out.push(el("mark", { class: "hit" }, p.slice(1, -1)));
    else if (p) out.push(p);
  }
  return out;
}

// moreButton returns a button that loads the next page of a list: load(offset)
// appends the items and returns how many it added; the button goes away once
// shown reaches total.
function moreButton(label, shown, total, load) {
  const b = el("button", { type: "button", class: "secondary more" });
  const update = () => {
    b.textContent = `${label} (${shown} of ${total})`;
    b.hidden = shown >= total;
  };
  b.addEventListener("click", async () => {
    b.disabled = true;
    try {
      const n = await load(shown);
      shown += n;
      if (n === 0) shown = total;
    } catch (err) {
      b.after(el("p", { class: "error" }, String(err.message || err)));
    }
    b.disabled = false;
    update();
  });
  update();
  return b;
}

function show(...nodes) {
  app.replaceChildren(...nodes.flat().filter(Boolean).map((n) => (n instanceof Node ? n : document.createTextNode(String(n)))));
}

function showError(err) {
  show(el("p", { class: "error" }, String(err && err.message ? err.message : err)));
}

// ---------- API ----------

async function api(path, opts) {
  const r = await fetch(path, opts);
  let body = null;
  try {
    body = await r.json();
  } catch {
    body = null;
  }
  if (!r.ok) {
    const msg = body && body.error ? `${body.error.message} (${body.error.code}, HTTP ${r.status})` : `HTTP ${r.status}`;
    throw new Error(msg);
  }
  return body;
}

let infoCache = null;
async function info() {
  if (!infoCache) infoCache = await api("/api/info");
  return infoCache;
}

// ---------- pages ----------

async function homePage(params) {
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const limit = 20;
  const [docs, ents, inf] = await Promise.all([
    api(`/api/documents?limit=${limit}&offset=${offset}`),
    api("/api/entities?limit=200"),
    info(),
  ]);
  document.title = "factgraph";
  const list = el("ul", { class: "list" },
    docs.documents.map((d) => el("li", {},
      el("a", { href: docHref(d.id) }, docTitle(d)),
      el("div", { class: "meta" },
        d.date ? el("span", {}, d.date) : null,
        el("span", {}, plural(d.counts.entities, "entity", "entities")),
        el("span", {}, plural(d.counts.relations, "relation")),
        el("span", {}, plural(d.counts.events, "event")),
        el("span", {}, plural(d.chars, "character"))))));
  const pager = el("div", { class: "pager" },
    offset > 0 ? el("a", { class: "button secondary", href: `#/?offset=${Math.max(0, offset - limit)}` }, "← Newer") : null,
    el("span", { class: "muted small" }, `${docs.total ? offset + 1 : 0}–${offset + docs.documents.length} of ${docs.total}`),
    offset + limit < docs.total ? el("a", { class: "button secondary", href: `#/?offset=${offset + limit}` }, "Older →") : null);
  show(
    el("div", { class: "grid2" },
      el("section", { class: "panel" },
        el("h1", {}, "Documents"),
        docs.total === 0 ? el("p", { class: "muted" }, "The store is empty.") : list,
        pager),
      el("aside", {},
        el("section", { class: "panel" },
          el("h3", {}, "Most mentioned entities"),
          el("div", { class: "chips" }, ents.entities.filter((e) => !valueTypes.has(e.type)).slice(0, 30).map(entityLink)),
          el("p", { class: "small" }, el("a", { href: "#/entities" }, `All ${plural(ents.total, "entity", "entities")}`))),
        inf.writable ? addForm() : el("p", { class: "muted small" }, "This server is read-only."))));
}

// addForm posts a text to the API with the bearer token typed in.
function addForm() {
  const status = el("p", { class: "small muted" });
  const form = el("form", { class: "add panel" },
    el("h3", {}, "Add a document"),
    el("label", {}, "Text", el("textarea", { name: "text", required: "" })),
    el("div", { class: "row" },
      el("label", {}, "Title", el("input", { name: "title" })),
      el("label", {}, "URL", el("input", { name: "url", type: "url" })),
      el("label", {}, "Date", el("input", { name: "date", placeholder: "2024-10-12" })),
      el("label", {}, "Token", el("input", { name: "token", type: "password", autocomplete: "off", required: "" }))),
    el("div", {}, el("button", { type: "submit" }, "Extract and store")),
    status);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    const body = {};
    for (const k of ["text", "title", "url", "date"]) if (f.get(k)) body[k] = String(f.get(k));
    status.textContent = "Processing…";
    try {
      const res = await api("/api/documents", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: "Bearer " + String(f.get("token") || "") },
        body: JSON.stringify(body),
      });
      location.hash = docHref(res.id);
    } catch (err) {
      status.textContent = String(err.message || err);
    }
  });
  return form;
}

async function searchPage(params) {
  const q = params.get("q") || "";
  document.getElementById("search-input").value = q;
  if (!q.trim()) return homePage(new URLSearchParams());
  const res = await api("/api/search?limit=50&q=" + encodeURIComponent(q));
  document.title = q + " — factgraph";
  show(
    el("h1", {}, "Search: ", q),
    el("div", { class: "grid2" },
      el("section", { class: "panel" },
        el("h2", {}, `Documents (${res.documents.length})`),
        res.documents.length === 0 ? el("p", { class: "muted" }, "No document matches.") : null,
        el("ul", { class: "list" }, res.documents.map((d) => el("li", {},
          el("a", { href: docHref(d.id) }, docTitle(d)),
          el("div", { class: "snippet" }, marked(d.snippet)),
          el("div", { class: "meta" }, d.date ? el("span", {}, d.date) : null, el("span", {}, plural(d.counts.entities, "entity", "entities"))))))),
      el("section", { class: "panel" },
        el("h2", {}, `Entities (${res.entities.length})`),
        res.entities.length === 0 ? el("p", { class: "muted" }, "No entity matches.") : null,
        el("ul", { class: "list" }, res.entities.map((e) => el("li", {},
          entityLink(e), " ",
          el("span", { class: "meta" }, el("span", {}, e.type), el("span", {}, plural(e.doc_count, "document")), el("span", {}, plural(e.mention_count, "mention")))))))));
}

// highlight renders a text with its mentions as nested <mark> elements.
// Offsets count code points; mentions that cross another are left out.
function highlight(text, mentions, names) {
  const cps = Array.from(text);
  const ms = mentions
    .filter((m) => m.start >= 0 && m.start < m.end && m.end <= cps.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const root = { start: 0, end: cps.length, children: [] };
  const stack = [root];
  for (const m of ms) {
    while (stack.length > 1 && stack[stack.length - 1].end <= m.start) stack.pop();
    const top = stack[stack.length - 1];
    if (m.end > top.end) continue;
    const node = { ...m, children: [] };
    top.children.push(node);
    stack.push(node);
  }
  const container = el("div", { class: "doctext" });
  const build = (node, parent) => {
    let pos = node.start;
    for (const c of node.children) {
      if (c.start > pos) parent.append(cps.slice(pos, c.start).join(""));
      const name = names.get(c.entity_id) || c.text;
      const mark = el("mark", {
        class: "m " + typeClass(c.type),
        title: `${c.type}: ${name}`,
        dataset: { entity: String(id(c.entity_id)), type: typeClass(c.type) },
      });
      mark.addEventListener("click", (ev) => {
        ev.stopPropagation();
        if (!mark.classList.contains("off")) location.hash = entityHref(c.entity_id);
      });
      build(c, mark);
      parent.append(mark);
      pos = c.end;
    }
    if (node.end > pos) parent.append(cps.slice(pos, node.end).join(""));
  };
  build(root, container);
  return container;
}

function focusEntity(container, entityID, on) {
  for (const m of container.querySelectorAll("mark.m")) {
    if (m.dataset.entity === String(id(entityID))) m.classList.toggle("focus", on);
  }
}

// relationLine renders "head —TYPE→ tail".
function relationLine(r) {
  return el("li", { class: "rel" },
    entityLink(r.head), el("span", { class: "arrow" }, "—"), el("span", { class: "type" }, r.type),
    el("span", { class: "arrow" }, "→"), entityLink(r.tail));
}

function eventLine(v, withDoc) {
  return el("li", {},
    el("span", { class: "evtype" }, v.type), " ",
    el("strong", {}, v.trigger.text),
    v.date ? el("span", { class: "muted" }, " · ", v.date) : null,
    v.place ? [" · ", entityLink(v.place)] : v.place_text ? el("span", { class: "muted" }, " · ", v.place_text) : null,
    v.participants && v.participants.length ? el("div", { class: "chips" }, v.participants.map(entityLink)) : null,
    withDoc ? el("div", { class: "small" }, el("a", { href: docHref(v.doc_id) }, withDoc(v.doc_id))) : null);
}

async function docPage(docID) {
  const d = await api("/api/documents/" + id(docID));
  document.title = docTitle(d) + " — factgraph";
  const names = new Map(d.entities.map((e) => [e.id, e.name]));
  const text = highlight(d.text, d.mentions, names);

  // Legend: the types present, each toggling its highlights.
  const counts = new Map();
  for (const m of d.mentions) counts.set(m.type, (counts.get(m.type) || 0) + 1);
  const legend = el("div", { class: "chips legend" }, [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([t, n]) => {
    const chip = el("button", { type: "button", class: "chip " + typeClass(t), title: "Show or hide " + t }, `${t} ${n}`);
    chip.addEventListener("click", () => {
      const off = chip.classList.toggle("off");
      for (const m of text.querySelectorAll("mark.m")) if (m.dataset.type === typeClass(t)) m.classList.toggle("off", off);
    });
    return chip;
  }));

  const byType = new Map();
  for (const e of d.entities) {
    if (!byType.has(e.type)) byType.set(e.type, []);
    byType.get(e.type).push(e);
  }
  const entityGroups = [...byType.entries()].sort((a, b) => b[1].length - a[1].length).map(([t, es]) =>
    el("div", {}, el("h3", {}, t), el("div", { class: "chips" }, es.map((e) => {
      const a = entityLink(e);
      a.addEventListener("mouseenter", () => focusEntity(text, e.id, true));
      a.addEventListener("mouseleave", () => focusEntity(text, e.id, false));
      return a;
    }))));
  const url = safeURL(d.url);
  show(
    el("h1", {}, docTitle(d)),
    el("div", { class: "meta" },
      d.date ? el("span", {}, d.date) : null,
      url ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "source") : d.url ? el("span", {}, d.url) : null,
      el("span", {}, plural(d.chars, "character")),
      el("span", {}, plural(d.counts.entities, "entity", "entities")),
      el("span", {}, plural(d.counts.mentions, "mention"))),
    el("div", { class: "actions" },
      el("a", { class: "button secondary", href: `#/timeline?doc=${id(d.id)}` }, "Timeline"),
      ["json", "jsonl", "ftm"].map((f) => el("a", { class: "button secondary", href: `/api/documents/${id(d.id)}/export?format=${f}` }, "Export " + f.toUpperCase()))),
    el("div", { class: "grid2" },
      el("section", { class: "panel" }, legend, el("hr", { class: "sep" }), text),
      el("aside", { class: "panel facts" },
        el("h3", {}, `Events (${d.events.length})`),
        d.events.length ? el("ul", { class: "list" }, d.events.map((v) => eventLine(v))) : el("p", { class: "muted" }, "None found."),
        el("h3", {}, `Relations (${d.relations.length})`),
        d.relations.length ? el("ul", { class: "list" }, d.relations.map(relationLine)) : el("p", { class: "muted" }, "None found."),
        el("h3", {}, `Entities (${d.entities.length})`),
        entityGroups)));
}

// Labels of relation types seen from the head and from the tail.
const relationLabels = {
  WORKS_AS: ["Post", "Held by"],
  WORKPLACE: ["Employer", "Employees"],
  MEMBER_OF: ["Member of", "Members"],
  PART_OF: ["Part of", "Parts"],
  OWNER_OF: ["Owns", "Owned by"],
  HEADQUARTERED_IN: ["Headquartered in", "Headquarters of"],
  LOCATED_IN: ["Located in", "Contains"],
  PARTICIPANT_IN: ["Took part in", "Participants"],
  TAKES_PLACE_IN: ["Takes place in", "Place of"],
  POINT_IN_TIME: ["Date", "Date of"],
  KNOWS: ["Knows", "Known by"],
  PLACE_RESIDES_IN: ["Lives in", "Residents"],
  ORIGINS_FROM: ["Origin", "Origin of"],
  ALTERNATIVE_NAME: ["Also called", "Also called"],
  ABBREVIATION: ["Abbreviation", "Stands for"],
};

async function entityPage(entityID) {
  const e = await api("/api/entities/" + id(entityID));
  document.title = e.name + " — factgraph";
  const totals = e.totals || {};
  const docs = new Map(e.documents.map((d) => [d.id, d]));
  const docName = (docID) => (docs.has(docID) ? docTitle(docs.get(docID)) : "Document " + id(docID));

  // Facts: relations grouped by label, from this entity's side.
  const facts = new Map();
  for (const r of e.relations) {
    const headSide = r.head.id === e.id;
    const other = headSide ? r.tail : r.head;
    const labels = relationLabels[r.type];
    const label = labels ? labels[headSide ? 0 : 1] : headSide ? r.type : "← " + r.type;
    if (!facts.has(label)) facts.set(label, new Map());
    facts.get(label).set(other.id, other);
  }
  const factList = el("dl", { class: "kv facts-kv" },
    [...facts.entries()].map(([label, others]) => [
      el("dt", {}, label),
      el("dd", { class: "chips" }, [...others.values()].map(entityLink)),
    ]));

  // Mentions grouped by document, each with its context; more pages on
  // demand.
  const mentionList = el("ul", { class: "list mentions" });
  let lastDoc = null, lastItems = null;
  const addMentions = (ms) => {
    for (const m of ms) {
      if (m.doc_id !== lastDoc) {
        lastDoc = m.doc_id;
        lastItems = el("ul", {});
        mentionList.append(el("li", {}, el("a", { href: docHref(m.doc_id) }, docName(m.doc_id)), lastItems));
      }
      lastItems.append(el("li", { class: "snippet" }, m.before, el("mark", { class: "m " + typeClass(m.type) }, m.text), m.after));
    }
  };
  addMentions(e.mentions);
  const moreMentions = moreButton("More mentions", e.mentions.length, totals.mentions ?? e.mention_count, async (offset) => {
    const l = await api(`/api/entities/${id(e.id)}/mentions?limit=50&offset=${offset}`);
    for (const d of l.documents) docs.set(d.id, d);
    addMentions(l.mentions);
    return l.mentions.length;
  });

  const relationList = el("ul", { class: "list" }, e.relations.map(relationLine));
  const moreRelations = moreButton("More relations", e.relations.length, totals.relations ?? e.relations.length, async (offset) => {
    const l = await api(`/api/relations?entity=${id(e.id)}&limit=100&offset=${offset}`);
    relationList.append(...l.relations.map(relationLine));
    return l.relations.length;
  });

  const sourceLine = (s) => el("li", {},
    el("a", { href: docHref(s.doc_id) }, docName(s.doc_id)), " ", el("span", { class: "muted" }, s.local_id, " · ", s.name),
    el("div", { class: "muted" }, s.reason));
  const sourceList = el("ul", { class: "list small" }, e.sources.map(sourceLine));
  const moreSources = moreButton("More sources", e.sources.length, totals.sources ?? e.sources.length, async (offset) => {
    const l = await api(`/api/entities/${id(e.id)}/sources?limit=50&offset=${offset}`);
    sourceList.append(...l.sources.map(sourceLine));
    return l.sources.length;
  });

  const events = [...e.events].sort((a, b) => (a.date || "9999").localeCompare(b.date || "9999"));
  const eventTotal = totals.events ?? e.events.length;
  show(
    el("h1", {}, e.name, " ", badge(e.type)),
    e.aliases && e.aliases.length ? el("p", { class: "muted" }, "Also: ", e.aliases.join(", ")) : null,
    el("div", { class: "meta" },
      el("span", {}, plural(e.doc_count, "document")), el("span", {}, plural(e.mention_count, "mention")),
      e.key ? el("span", {}, "key ", e.key) : el("span", {}, "not merged across documents")),
    el("div", { class: "actions" },
      el("a", { class: "button", href: `#/graph/${id(e.id)}` }, "Relation graph"),
      el("a", { class: "button secondary", href: `#/timeline?entity=${id(e.id)}` }, "Timeline"),
      ["json", "jsonl", "ftm"].map((f) => el("a", { class: "button secondary", href: `/api/entities/${id(e.id)}/export?format=${f}` }, "Export " + f.toUpperCase()))),
    el("div", { class: "grid2" },
      el("section", {},
        el("div", { class: "panel" },
          el("h2", {}, "Facts"),
          facts.size ? factList : el("p", { class: "muted" }, "No relations found."),
          e.relations.length < (totals.relations ?? 0) ? el("p", { class: "muted small" }, `From the ${plural(e.relations.length, "newest relation")}.`) : null),
        el("div", { class: "panel" },
          el("h2", {}, `Mentions (${totals.mentions ?? e.mention_count})`),
          mentionList,
          moreMentions)),
      el("aside", {},
        el("div", { class: "panel facts" },
          el("h3", {}, `Events (${eventTotal})`),
          events.length ? el("ul", { class: "list" }, events.map((v) => eventLine(v, docName))) : el("p", { class: "muted" }, "None found."),
          events.length < eventTotal ? el("p", { class: "small" }, el("a", { href: `#/timeline?entity=${id(e.id)}` }, `All ${plural(eventTotal, "event")} on the timeline`)) : null,
          el("h3", {}, `Relations (${totals.relations ?? e.relations.length})`),
          e.relations.length ? relationList : el("p", { class: "muted" }, "None found."),
          moreRelations),
        el("div", { class: "panel" },
          el("h3", {}, `Sources (${totals.sources ?? e.sources.length})`),
          sourceList,
          moreSources))));
}

async function graphPage(entityID, params) {
  const depth = params.get("depth") === "2" ? 2 : 1;
  const g = await api(`/api/entities/${id(entityID)}/graph?depth=${depth}`);
  const root = g.nodes.find((n) => n.id === g.root);
  document.title = (root ? root.name : "Graph") + " — factgraph";
  const W = 1000, H = 640;
  // Labels go right of the nodes: keep the layout clear of the right edge.
  const pos = layout(g.nodes.map((n) => ({ id: n.id, hops: n.hops })), g.edges.map((e) => ({ head: e.head, tail: e.tail })), W - 170, H);
  for (const p of pos.values()) p.x += 20;

  const lines = [];
  const groups = [];
  const view = svg("svg", { class: "graph", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "relation graph" });
  const edgeLayer = svg("g", {});
  const nodeLayer = svg("g", {});
  view.append(edgeLayer, nodeLayer);

  for (const e of g.edges) {
    const a = pos.get(e.head), b = pos.get(e.tail);
    if (!a || !b) continue;
    const line = svg("line", { class: e.event ? "event" : null, x1: a.x, y1: a.y, x2: b.x, y2: b.y },
      svg("title", {}, (e.event ? "shared event: " : "") + e.type + (e.count > 1 ? ` ×${e.count}` : "")));
    const label = svg("text", { class: "edge-label", x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, "text-anchor": "middle" }, e.type);
    edgeLayer.append(line, label);
    lines.push({ e, line, label });
  }
  const redraw = () => {
    for (const { e, line, label } of lines) {
      const a = pos.get(e.head), b = pos.get(e.tail);
      line.setAttribute("x1", a.x); line.setAttribute("y1", a.y);
      line.setAttribute("x2", b.x); line.setAttribute("y2", b.y);
      label.setAttribute("x", (a.x + b.x) / 2); label.setAttribute("y", (a.y + b.y) / 2);
    }
    for (const { n, group } of groups) {
      const p = pos.get(n.id);
      group.setAttribute("transform", `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
    }
  };
  for (const n of g.nodes) {
    const r = n.id === g.root ? 14 : n.hops === 1 ? 10 : 7;
    const group = svg("g", { class: (n.id === g.root ? "node root " : "node ") + typeClass(n.type), "data-entity": id(n.id) },
      svg("circle", { r }), svg("text", { class: "label", x: r + 4, y: 4 }, short(n.name, 30)), svg("title", {}, `${n.type}: ${n.name}`));
    nodeLayer.append(group);
    groups.push({ n, group });
    // Drag to move a node; a click without moving opens the entity.
    let drag = null;
    group.addEventListener("pointerdown", (ev) => {
      drag = { x: ev.clientX, y: ev.clientY, moved: false };
      group.setPointerCapture(ev.pointerId);
    });
    group.addEventListener("pointermove", (ev) => {
      if (!drag) return;
      if (Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 4) drag.moved = true;
      if (!drag.moved) return;
      const m = view.getScreenCTM();
      if (!m) return;
      const p = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(m.inverse());
      pos.set(n.id, { x: p.x, y: p.y });
      redraw();
    });
    group.addEventListener("pointerup", () => {
      if (drag && !drag.moved) location.hash = entityHref(n.id);
      drag = null;
    });
  }
  redraw();
  const types = [...new Set(g.nodes.map((n) => n.type))];
  show(
    el("h1", {}, "Relations of ", root ? el("a", { href: entityHref(root.id) }, root.name) : "entity " + id(entityID)),
    el("div", { class: "actions" },
      el("a", { class: depth === 1 ? "button" : "button secondary", href: `#/graph/${id(entityID)}?depth=1` }, "Depth 1"),
      el("a", { class: depth === 2 ? "button" : "button secondary", href: `#/graph/${id(entityID)}?depth=2` }, "Depth 2"),
      el("span", { class: "muted small" }, `${g.nodes.length} entities, ${g.edges.length} links (dashed: shared events). Click a node to open it; drag to move it.`)),
    g.truncated ? el("p", { class: "notice" }, "The graph was cut: the entity has too many links.") : null,
    el("div", { class: "chips legend" }, types.map((t) => el("span", { class: "chip " + typeClass(t) }, t))),
    view);
}

async function timelinePage(params) {
  const q = new URLSearchParams();
  for (const k of ["entity", "doc", "type", "from", "to"]) if (params.get(k)) q.set(k, params.get(k));
  const limit = 200;
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  q.set("limit", String(limit));
  q.set("offset", String(offset));
  const res = await api("/api/events?" + q.toString());
  const docs = new Map(res.documents.map((d) => [d.id, d]));
  const docName = (docID) => (docs.has(docID) ? docTitle(docs.get(docID)) : "Document " + id(docID));
  let subject = null;
  if (id(params.get("entity"))) {
    try {
      subject = await api("/api/entities/" + id(params.get("entity")));
    } catch {
      subject = null;
    }
  }
  document.title = "Timeline — factgraph";

  const form = el("form", { class: "filters" },
    params.get("entity") ? el("input", { type: "hidden", name: "entity", value: params.get("entity") }) : null,
    params.get("doc") ? el("input", { type: "hidden", name: "doc", value: params.get("doc") }) : null,
    el("label", {}, "Type", el("select", { name: "type" },
      ["", "MEETING", "VISIT", "SESSION", "SIGNING", "APPOINTMENT", "DISMISSAL", "DELIVERY", "ATTACK", "ELECTION", "STATEMENT",
        "DEATH", "ARREST", "PROTEST", "ACCIDENT", "AWARD", "ACQUISITION", "COMPETITION", "BAN", "INSPECTION", "OPENING", "VERDICT", "OTHER"].map((t) =>
        el("option", { value: t, selected: params.get("type") === t && t !== "" ? "" : null }, t || "any")))),
    el("label", {}, "From", el("input", { name: "from", placeholder: "2024-01", value: params.get("from") || "" })),
    el("label", {}, "To", el("input", { name: "to", placeholder: "2024-12-31", value: params.get("to") || "" })),
    el("button", { type: "submit" }, "Filter"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) p.set(k, String(v));
    location.hash = "#/timeline?" + p.toString();
  });

  const groups = new Map();
  for (const v of res.events) {
    const k = v.date || "undated";
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(v);
  }
  const timeline = el("div", { class: "timeline" }, [...groups.entries()].map(([date, evs]) => el("div", { class: "tl-group" },
    el("div", { class: "tl-date" }, date),
    evs.map((v) => el("div", { class: "tl-event" },
      el("span", { class: "evtype" }, v.type), el("strong", {}, v.trigger.text),
      v.place ? [" · ", entityLink(v.place)] : v.place_text ? el("span", { class: "muted" }, " · ", v.place_text) : null,
      v.participants && v.participants.length ? el("div", { class: "chips" }, v.participants.map(entityLink)) : null,
      el("div", { class: "small" }, el("a", { href: docHref(v.doc_id) }, docName(v.doc_id))))))));
  show(
    el("h1", {}, "Timeline", subject ? [" of ", el("a", { href: entityHref(subject.id) }, subject.name)] : null),
    form,
    el("p", { class: "muted small" }, plural(res.total, "event")),
    res.events.length ? timeline : el("p", { class: "muted" }, "No events."),
    pager("#/timeline", params, offset, limit, res.events.length, res.total));
}

async function entitiesPage(params) {
  const limit = 100;
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const q = new URLSearchParams({ limit: String(limit), offset: String(offset) });
  for (const k of ["type", "q", "order"]) if (params.get(k)) q.set(k, params.get(k));
  const [res, types] = await Promise.all([api("/api/entities?" + q.toString()), api("/api/entities/types")]);
  document.title = "Entities — factgraph";
  const form = el("form", { class: "filters" },
    el("label", {}, "Name", el("input", { name: "q", value: params.get("q") || "" })),
    el("label", {}, "Type", el("select", { name: "type" },
      el("option", { value: "" }, "any"),
      types.types.map((t) => el("option", { value: t.type, selected: params.get("type") === t.type ? "" : null }, `${t.type} (${t.count})`)))),
    el("label", {}, "Order", el("select", { name: "order" }, [["mentions", "most mentioned"], ["documents", "most documents"]].map(([v, label]) =>
      el("option", { value: v, selected: params.get("order") === v ? "" : null }, label)))),
    el("button", { type: "submit" }, "Filter"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) p.set(k, String(v));
    location.hash = "#/entities?" + p.toString();
  });
  show(
    el("h1", {}, "Entities"),
    form,
    res.partial ? el("p", { class: "notice" }, "The search was cut at its first matches.") : null,
    el("p", { class: "muted small" }, plural(res.total, "entity", "entities")),
    el("section", { class: "panel" }, el("ul", { class: "list" }, res.entities.map((e) => el("li", {},
      entityLink(e), " ",
      el("span", { class: "meta" }, el("span", {}, e.type), el("span", {}, plural(e.doc_count, "document")), el("span", {}, plural(e.mention_count, "mention"))))))),
    pager("#/entities", params, offset, limit, res.entities.length, res.total));
}

// pager links the previous and next pages of a list route.
function pager(route, params, offset, limit, shown, total) {
  const at = (o) => {
    const p = new URLSearchParams(params);
    if (o > 0) p.set("offset", String(o));
    else p.delete("offset");
    return route + "?" + p.toString();
  };
  return el("div", { class: "pager" },
    offset > 0 ? el("a", { class: "button secondary", href: at(Math.max(0, offset - limit)) }, "← Previous") : null,
    el("span", { class: "muted small" }, `${total ? offset + 1 : 0}–${offset + shown} of ${total}`),
    offset + limit < total ? el("a", { class: "button secondary", href: at(offset + limit) }, "Next →") : null);
}

// ---------- routing ----------

async function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?", 2);
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean);
  window.scrollTo(0, 0);
  try {
    switch (parts[0] || "") {
      case "":
        return await homePage(params);
      case "search":
        return await searchPage(params);
      case "doc":
        return await docPage(parts[1]);
      case "entity":
        return await entityPage(parts[1]);
      case "graph":
        return await graphPage(parts[1], params);
      case "timeline":
        return await timelinePage(params);
      case "entities":
        return await entitiesPage(params);
      default:
        return showError("No such page: " + path);
    }
  } catch (err) {
    showError(err);
  } finally {
    document.body.dataset.route = parts[0] || "home";
    document.body.dataset.ready = "1";
  }
}

document.getElementById("search-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const q = document.getElementById("search-input").value.trim();
  location.hash = q ? "#/search?q=" + encodeURIComponent(q) : "#/";
});
window.addEventListener("hashchange", route);
route();
