// The newsroom page: calls the same JSON API as any client, and renders answers with DOM nodes only
// (never innerHTML), so text from the article can't turn into markup.
"use strict";

const KEY_STORAGE = "wirecheck.apiKey";
// When spans start at the same offset, the longer one goes outside; on a tie, this order.
const RANK = { claim: 0, speaker: 1, artifact: 2 };

const $ = (id) => document.getElementById(id);
let analysedText = null; // the text the shown results' offsets point into
let analysedTitle = null;

class ApiError extends Error {
  constructor(status, code, message, retryAfter) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

// POST ``body`` as JSON, or GET when there is none; answers the JSON, or throws an ApiError.
async function api(path, body) {
  const headers = {};
  const key = $("api-key").value.trim();
  if (key) headers["X-API-Key"] = key;
  const init = body === undefined ? { method: "GET", headers } : { method: "POST", headers, body: JSON.stringify(body) };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, init);
  let payload = null;
  try {
    payload = await response.json();
  } catch (_err) {
    payload = null;
  }
  if (!response.ok) {
    const error = (payload && payload.error) || {};
    throw new ApiError(response.status, error.code || "http_error",
      error.message || `the server answered ${response.status}`, response.headers.get("Retry-After"));
  }
  return payload;
}

function setStatus(message, kind) {
  const status = $("status");
  status.textContent = message;
  status.dataset.kind = kind || "";
}

function describeError(err) {
  if (!(err instanceof ApiError)) return `Could not reach the server: ${err.message}`;
  if (err.status === 401) return "This server needs an API key: open “API key” above and enter it.";
  if (err.retryAfter) return `${err.message} (retry in ${err.retryAfter} s)`;
  return err.message;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("data-")) node.dataset[toCamel(name.slice(5))] = value;
    else node.setAttribute(name, value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function toCamel(name) {
  return name.replace(/-([a-z])/g, (_m, letter) => letter.toUpperCase());
}

function speakerName(claim) {
  const speaker = claim.speaker;
  return (speaker && (speaker.name || speaker.mention)) || "";
}

function percent(value) {
  return `${Math.round((value || 0) * 100)}%`;
}

function excerpt(text, start, end, limit = 90) {
  const piece = text.slice(start, end).replace(/\s+/g, " ").trim();
  return piece.length > limit ? `${piece.slice(0, limit - 1)}…` : piece;
}

// Spans to highlight, each {start, end, kind, title, data}.
function collectSpans(result) {
  const spans = [];
  result.claims.forEach((claim, index) => {
    const who = speakerName(claim);
    spans.push({
      start: claim.start, end: claim.end, kind: "claim",
      title: who ? `${who} (${claim.type} quote)` : `unattributed ${claim.type} quote`,
      data: { index: String(index), speaker: who || "unknown", type: claim.type },
    });
    const speaker = claim.speaker;
    if (speaker && Number.isInteger(speaker.start) && Number.isInteger(speaker.end)) {
      spans.push({
        start: speaker.start, end: speaker.end, kind: "speaker",
        title: `speaker: ${speaker.name || speaker.mention}${speaker.role ? `, ${speaker.role}` : ""}`,
        data: { index: String(index), speaker: speaker.name || speaker.mention || "" },
      });
    }
  });
  result.artifacts.forEach((artifact, index) => {
    spans.push({
      start: artifact.start, end: artifact.end, kind: "artifact",
      title: `suggestion: ${artifact.suggestion} (${artifact.category}, ${percent(artifact.confidence)})`,
      data: { index: String(index), suggestion: artifact.suggestion, category: artifact.category },
    });
  });
  return spans;
}

// Nest marks where spans nest; where two spans cross, the inner one is closed and reopened
// (data-continued) so the markup stays well formed and every character keeps all its marks.
function renderMarked(container, text, spans) {
  container.replaceChildren();
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start >= 0 && s.start < s.end && s.end <= text.length);
  const bounds = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])]
    .sort((a, b) => a - b);
  const stack = [];
  const top = () => (stack.length ? stack[stack.length - 1].node : container);
  const open = (span, continued) => {
    const node = el("mark", { class: span.kind, title: span.title, "data-kind": span.kind });
    for (const [name, value] of Object.entries(span.data)) node.dataset[name] = value;
    if (continued) node.dataset.continued = "true";
    top().append(node);
    stack.push({ span, node });
  };
  for (let i = 0; i < bounds.length - 1; i += 1) {
    const at = bounds[i];
    const firstEnding = stack.findIndex((entry) => entry.span.end <= at);
    if (firstEnding !== -1) {
      const reopen = stack.slice(firstEnding).filter((entry) => entry.span.end > at).map((e) => e.span);
      stack.length = firstEnding;
      reopen.forEach((span) => open(span, true));
    }
    valid.filter((s) => s.start === at)
      .sort((a, b) => (b.end - a.end) || (RANK[a.kind] - RANK[b.kind]))
      .forEach((span) => open(span, false));
    top().append(text.slice(at, bounds[i + 1]));
  }
}

function focusMark(kind, index) {
  const mark = document.querySelector(`#marked-text mark[data-kind="${kind}"][data-index="${index}"]`);
  if (!mark) return;
  mark.scrollIntoView({ block: "center", behavior: "smooth" });
  mark.classList.add("flash");
  setTimeout(() => mark.classList.remove("flash"), 1200);
}

function renderSummary(result) {
  $("summary-text").textContent = result.summary.text || "(no summary)";
  $("summary-sentences").replaceChildren(...result.summary.sentences.map((sentence) => el("li", {},
    el("span", {}, sentence.text),
    el("span", { class: "support" }, ` support ${percent(sentence.support)}`))));
  $("warnings").replaceChildren(...result.warnings.map((warning) => el("li", {}, warning)));
}

function renderClaims(result) {
  $("claims-count").textContent = `(${result.claims.length})`;
  $("claims").replaceChildren(...result.claims.map((claim, index) => {
    const who = speakerName(claim) || "unattributed";
    const item = el("li", { class: "item claim-item", "data-index": String(index) },
      el("q", {}, claim.quote),
      el("div", { class: "meta" },
        el("strong", {}, who),
        claim.speaker && claim.speaker.role ? ` — ${claim.speaker.role}` : null,
        ` · ${claim.type}`,
        claim.cue ? ` · “${claim.cue}”` : null,
        claim.medium ? ` · ${claim.medium}` : null,
        ` · check-worthiness ${percent(claim.checkworthiness)}`),
      // Stored claims only (related.js): their related claims and fact-checks.
      Number.isInteger(claim.id) ? relatedPanel(claim, index) : null);
    item.addEventListener("click", () => focusMark("claim", index));
    return item;
  }));
}

function renderArtifacts(result) {
  $("artifacts-count").textContent = `(${result.artifacts.length})`;
  $("apply-fixes").disabled = result.artifacts.length === 0;
  $("artifacts").replaceChildren(...result.artifacts.map((artifact, index) => {
    const item = el("li", { class: `item artifact-item severity-${artifact.severity}`, "data-index": String(index) },
      el("div", {}, el("del", {}, artifact.surface), " → ", el("ins", {}, artifact.suggestion)),
      el("div", { class: "meta" }, `${artifact.category} · ${percent(artifact.confidence)} · ${artifact.explanation}`));
    item.addEventListener("click", () => focusMark("artifact", index));
    return item;
  }));
}

function renderChecks(result, text) {
  $("checks-count").textContent = `(${result.checks.length})`;
  $("checks").replaceChildren(...result.checks.map((check) => el("li", { class: `item check severity-${check.severity}` },
    el("span", { class: "badge" }, check.severity),
    el("strong", {}, ` ${check.kind} `),
    el("span", {}, check.explanation),
    check.spans.length ? el("div", { class: "meta" },
      check.spans.slice(0, 3).map((span) => `“${excerpt(text, span.start, span.end)}”`).join(" · ")) : null)));
}

function render(result, text) {
  renderSummary(result);
  renderMarked($("marked-text"), text, collectSpans(result));
  renderClaims(result);
  renderArtifacts(result);
  renderChecks(result, text);
  $("results").hidden = false;
}

async function analyse() {
  const text = $("article").value;
  if (!text.trim()) {
    setStatus("Paste or upload an article first.", "error");
    return;
  }
  const title = $("title").value.trim() || null;
  $("analyze").disabled = true;
  document.body.dataset.state = "analysing";
  setStatus("Analysing…", "busy");
  try {
    let result;
    let notStored = "";
    try {
      result = await api("/v1/analyze", { text, title, ...storeFields() });
    } catch (err) {
      // The probe could not tell (no key yet, say) and the server has no store: analyse without storing.
      if (!isStoreMissing(err)) throw err;
      setStoreSupport("missing");
      notStored = " Not stored: this server has no claim store.";
      result = await api("/v1/analyze", { text, title });
    }
    analysedText = text;
    analysedTitle = title;
    render(result, text);
    const stored = Number.isInteger(result.article_id) ? ` Stored as article ${result.article_id}.` : notStored;
    setStatus(`Done: ${result.claims.length} claims, ${result.artifacts.length} artifacts, `
      + `${result.checks.length} checks (language ${result.language}).${stored}`, "ok");
    document.body.dataset.state = "analysed";
  } catch (err) {
    setStatus(describeError(err), "error");
    document.body.dataset.state = "failed";
  } finally {
    $("analyze").disabled = false;
  }
}

async function applyFixes() {
  if (analysedText === null) return;
  $("apply-fixes").disabled = true;
  document.body.dataset.state = "fixing";
  setStatus("Applying fixes…", "busy");
  try {
    const result = await api("/v1/normalize", { text: analysedText, title: analysedTitle });
    $("article").value = result.text;
    $("fix-report").textContent = result.edits.length
      ? `Applied ${result.edits.length}: ${result.edits.map((e) => `${e.before} → ${e.after}`).join(", ")}`
      : "No artifact was confident enough to fix automatically.";
    await analyse();
  } catch (err) {
    setStatus(describeError(err), "error");
    document.body.dataset.state = "failed";
    $("apply-fixes").disabled = false;
  }
}

async function loadFile(event) {
  const file = event.target.files && event.target.files[0];
  if (!file) return;
  $("article").value = await file.text();
  setStatus(`Loaded ${file.name}.`, "ok");
}

function init() {
  const keyField = $("api-key");
  keyField.value = localStorage.getItem(KEY_STORAGE) || "";
  keyField.addEventListener("change", () => {
    const key = keyField.value.trim();
    if (key) localStorage.setItem(KEY_STORAGE, key);
    else localStorage.removeItem(KEY_STORAGE);
    probeStore();
  });
  $("analyze").addEventListener("click", analyse);
  $("apply-fixes").addEventListener("click", applyFixes);
  $("upload").addEventListener("change", loadFile);
  initStoreOption();
  document.body.dataset.state = "ready";
}

document.addEventListener("DOMContentLoaded", init);
