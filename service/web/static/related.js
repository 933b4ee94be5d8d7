// The claim store on the page: the "Store this article" option, and each stored claim's related claims
// and fact-checks. A classic script loaded after app.js, whose helpers (el, api, percent, $) it shares;
// like app.js it builds DOM nodes only, so server text is always text, never markup.
"use strict";

const RELATED_K = 5;
const LABEL_HINTS = {
  corroborating: "the same statement, by the same speaker, in another article",
  paraphrase: "the same point in other words",
  misattributed: "the same words, attributed to someone else",
  conflicting: "the same subject with another figure, date or polarity",
};
// Shown next to a collapsed panel too: these are what a desk must not miss.
const ALERT_LABELS = ["misattributed", "conflicting"];
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const panelParts = new WeakMap(); // each panel's element → its parts (toggle, list, reviews, …)

// Asks the server cheaply whether it keeps a claim store: a search of one claim, which reads no model.
async function probeStore() {
  try {
    await api("/v1/claims/search?limit=1");
    setStoreSupport("available");
  } catch (err) {
    setStoreSupport(isStoreMissing(err) ? "missing" : "unknown");
  }
}

function isStoreMissing(err) {
  return err instanceof ApiError && err.code === "store_not_configured";
}

// "available", "missing" (the server has no store) or "unknown" (no answer yet: a keyed server without key).
function setStoreSupport(state) {
  const box = $("store");
  $("store-option").dataset.support = state;
  if (state === "missing") {
    box.checked = false;
    box.disabled = true;
    $("store-note").textContent = "Not available: this server keeps no claim store, so articles can't be stored "
      + "or matched with others (its operator can set WIRECHECK_STORE_URL).";
  } else {
    box.disabled = false;
    $("store-note").textContent = "";
  }
  $("source-field").hidden = !box.checked;
}

function initStoreOption() {
  $("store").addEventListener("change", () => {
    $("source-field").hidden = !$("store").checked;
  });
  probeStore();
}

// The analyse request's store fields: none unless the box is ticked.
function storeFields() {
  if (!$("store").checked || $("store").disabled) return {};
  const source = $("source").value.trim();
  return source ? { store: true, source } : { store: true };
}

// Only web links become links: a "javascript:" or other source stays plain text.
function safeUrl(value) {
  if (typeof value !== "string" || !value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (_err) {
    return null;
  }
}

function externalLink(url, text) {
  const href = safeUrl(url);
  if (!href) return null;
  return el("a", { href, rel: "noopener noreferrer", target: "_blank" }, text);
}

function labelClass(label) {
  return Object.hasOwn(LABEL_HINTS, label) ? label : "other";
}

function labelBadge(label) {
  return el("span", { class: `label-badge label-${labelClass(label)}`, title: LABEL_HINTS[label] || null }, label);
}

function articleRef(stored) {
  const name = stored.title || `article ${stored.article_id}`;
  const link = externalLink(stored.source, name);
  if (link) return link;
  return stored.source ? `${name} (${stored.source})` : name;
}

function relatedItem(entry) {
  const stored = entry.claim;
  const who = stored.speaker_name || stored.speaker_mention || "unattributed";
  const language = typeof stored.language === "string" ? stored.language : "";
  return el("li", { class: `related-item related-${labelClass(entry.label)}`, "data-label": entry.label },
    labelBadge(entry.label),
    el("span", { class: "similarity" }, ` similarity ${percent(entry.similarity)}`),
    el("div", {}, el("q", { lang: LANGUAGE_TAG.test(language) ? language : null }, stored.text)),
    el("div", { class: "meta" },
      el("strong", { class: "related-speaker" }, who),
      ` · ${language.toUpperCase() || "?"} · `,
      articleRef(stored)));
}

// A rating's colour from its value (0 worst, 1 best), when the fact-checker gave a numeric one.
function ratingClass(value) {
  if (typeof value !== "number") return "rating-unknown";
  if (value < 0.4) return "rating-false";
  return value < 0.7 ? "rating-mixed" : "rating-true";
}

function reviewItem(review) {
  const publisher = review.publisher || "fact-check";
  return el("li", { class: "review" },
    el("span", { class: `rating ${ratingClass(review.rating_value)}` }, review.rating || "not rated"),
    " ",
    externalLink(review.url, publisher) || publisher,
    el("div", { class: "meta" }, `reviewed: “${review.claim_reviewed}” · match ${percent(review.similarity)}`));
}

function fillRelated(panel, related, reviews) {
  const parts = panelParts.get(panel);
  parts.toggle.textContent = `Related claims (${related.length})`;
  panel.dataset.count = String(related.length);
  const alerts = ALERT_LABELS.filter((label) => related.some((entry) => entry.label === label));
  const flags = alerts.map(labelBadge);
  if (reviews.length) flags.push(el("span", { class: "review-hint" }, `fact-checked (${reviews.length})`));
  parts.flags.replaceChildren(...flags);
  parts.list.replaceChildren(...related.map(relatedItem));
  parts.empty.hidden = related.length > 0;
  parts.reviewsTitle.hidden = reviews.length === 0;
  parts.reviews.replaceChildren(...reviews.map(reviewItem));
}

function setExpanded(parts, open) {
  parts.toggle.setAttribute("aria-expanded", String(open));
  parts.body.hidden = !open;
}

async function loadRelated(panel, claimId) {
  const parts = panelParts.get(panel);
  parts.load.disabled = true;
  parts.loadStatus.textContent = "Loading…";
  try {
    const id = encodeURIComponent(claimId);
    const [related, stored] = await Promise.all([
      api(`/v1/claims/${id}/related?k=${RELATED_K}`),
      api(`/v1/claims/${id}`),
    ]);
    fillRelated(panel, related.related, stored.reviews);
    parts.loadStatus.textContent = `Updated: ${related.related.length} related.`;
  } catch (err) {
    parts.loadStatus.textContent = err instanceof ApiError && err.code === "claim_not_found"
      ? "This claim is no longer in the store." : describeError(err);
  } finally {
    parts.load.disabled = false;
  }
}

// The collapsible "Related claims (n)" panel of a stored claim's card.
function relatedPanel(claim, index) {
  const bodyId = `related-${index}`;
  const parts = {
    toggle: el("button", { type: "button", class: "related-toggle", "aria-expanded": "false", "aria-controls": bodyId }),
    flags: el("span", { class: "related-flags" }),
    list: el("ol", { class: "related-list" }),
    empty: el("p", { class: "meta" }, "No related claim in other stored articles yet."),
    reviewsTitle: el("h3", { class: "reviews-title" }, "Fact-checks"),
    reviews: el("ul", { class: "reviews" }),
    load: el("button", { type: "button", class: "load-related" }, "Load related"),
    loadStatus: el("span", { class: "load-status", role: "status", "aria-live": "polite" }),
  };
  parts.body = el("div", { id: bodyId, class: "related-body", hidden: "" },
    parts.list, parts.empty, parts.reviewsTitle, parts.reviews,
    el("div", { class: "related-actions" }, parts.load, " ", parts.loadStatus));
  const panel = el("div", { class: "related", "data-claim-id": String(claim.id) },
    el("div", { class: "related-head" }, parts.toggle, " ", parts.flags), parts.body);
  panelParts.set(panel, parts);
  // The card's own click scrolls to the quote in the text; a click in the panel is for the panel.
  panel.addEventListener("click", (event) => event.stopPropagation());
  parts.toggle.addEventListener("click", () => setExpanded(parts, parts.toggle.getAttribute("aria-expanded") !== "true"));
  parts.load.addEventListener("click", () => loadRelated(panel, claim.id));
  fillRelated(panel, claim.related || [], claim.reviews || []);
  return panel;
}
