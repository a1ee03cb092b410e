// The editor's page: every string from the service is put into the page as text, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
// The page's words in its language, rendered by the server into a data attribute (nothing inline runs).
const T = JSON.parse(document.body.dataset.strings);
const KEY_STORE = "quellenlage-api-key";
let current = null;

function fmt(key, values = {}) {
  return T[key].replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

// The colour says what the WHOLE grade means: a belligerent's (D) or a disinformation or belligerent
// state outlet's (E) claim is never painted as confirmed, however many outlets repeat it.
function colourOf(grade) {
  const letter = grade.source, digit = grade.information;
  if (digit === 5) return "c-contradicted";
  if (letter === "E") return "c-disinformation";
  if (letter === "D") return "c-belligerent";
  if (letter === "F" || digit === 6 || !letter || !digit) return "c-unjudged";
  return {1: "c-confirmed", 2: "c-reported", 3: "c-single", 4: "c-hedged"}[digit] || "c-unjudged";
}

class ApiError extends Error {
  constructor(message, fields = []) {
    super(message);
    this.fields = fields;
  }
}

// {"json": {"outlet": ["Not a domain name."]}} → [["Medium", "Not a domain name."]]
function fieldMessages(errors, path = []) {
  if (Array.isArray(errors) && errors.every((e) => typeof e === "string")) {
    const named = path.filter((p) => !["json", "query", "path", "headers", "_schema"].includes(p));
    const label = named.map((p) => T[`field_${p}`] || p).join(" › ");
    return errors.map((message) => [label, message]);
  }
  if (errors && typeof errors === "object") {
    return Object.entries(errors).flatMap(([key, value]) => fieldMessages(value, [...path, key]));
  }
  return [];
}

async function api(method, path, body) {
  const headers = {"Accept": "application/json", "Accept-Language": T.lang};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const key = sessionStorage.getItem(KEY_STORE);
  if (key) headers["X-API-Key"] = key;
  let response;
  try {
    response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  } catch (error) {
    throw new ApiError(T.network_error);
  }
  let data = null;
  try {
    data = await response.json();
  } catch (error) {
    data = null;
  }
  if (!response.ok) {
    if (response.status === 401) throw new ApiError(T.unauthorized);
    if (response.status === 403) throw new ApiError(T.writes_closed);
    const fields = data ? fieldMessages(data.errors || {}) : [];
    throw new ApiError(fields.length ? T.error : (data && data.message) || `${response.status} ${response.statusText}`, fields);
  }
  return data;
}

function showStatus(message) {
  $("status").className = "";
  $("status").replaceChildren(el("p", {}, message));
}

function showError(error) {
  $("status").className = "error";
  const parts = [el("p", {}, error.message)];
  if (error.fields && error.fields.length) {
    parts.push(el("ul", {id: "field-errors"},
      ...error.fields.map(([label, message]) => el("li", {}, label ? el("strong", {}, `${label}: `) : "", message))));
  }
  $("status").replaceChildren(...parts);
  if (error.message === T.unauthorized && $("api-key")) $("api-key").focus();
}

// Marks inside one claim: hedge cues and sources, as (start, end, class) in article offsets.
function marksOf(claim) {
  const marks = [];
  // A disclaimer ("Die Angaben ließen sich nicht unabhängig überprüfen.") may hedge the claim before it.
  for (const h of claim.hedges) if (h.decisive && h.start >= claim.start && h.end <= claim.end) marks.push([h.start, h.end, "hedge"]);
  for (const s of claim.sources) if (s.start >= claim.start && s.end <= claim.end) marks.push([s.start, s.end, "source"]);
  return marks.sort((a, b) => a[0] - b[0]).filter((m, i, all) => i === 0 || m[0] >= all[i - 1][1]);
}

function render(article) {
  const text = article.text;
  const container = $("article");
  container.replaceChildren();
  let at = 0;
  for (const claim of [...article.claims].sort((a, b) => a.start - b.start)) {
    if (claim.start < at) continue;
    container.append(text.slice(at, claim.start));
    const code = claim.grade.code || "?";
    const span = el("span", {class: `claim ${colourOf(claim.grade)}`, tabindex: "0", "data-start": claim.start,
                             "data-grade": code, title: fmt("grade_of", {code, score: claim.score})});
    let inner = claim.start;
    for (const [s, e, cls] of marksOf(claim)) {
      span.append(text.slice(inner, s), el("span", {class: cls}, text.slice(s, e)));
      inner = e;
    }
    span.append(text.slice(inner, claim.end));
    span.addEventListener("click", () => show(claim, span));
    span.addEventListener("keydown", (event) => { if (event.key === "Enter") show(claim, span); });
    container.append(span, el("sup", {class: `badge ${colourOf(claim.grade)}`, "aria-hidden": "true"}, code));
    at = claim.end;
  }
  container.append(text.slice(at));
  // On a narrow screen the article comes first; the legend stays one tap away.
  if (current === null && window.matchMedia("(max-width: 40rem)").matches) $("legend").open = false;
  $("result").hidden = false;
  $("details").replaceChildren(el("p", {}, fmt("claims_count", {n: article.claims.length})));
  current = article;
}

async function related(ids) {
  const list = el("ul");
  for (const id of ids.slice(0, 20)) {
    try {
      const claim = await api("GET", `/v1/claims/${id}`);
      list.append(el("li", {}, el("strong", {}, claim.outlet), ` (${claim.grade.code}): ${claim.text}`));
    } catch (error) {
      list.append(el("li", {class: "error"}, String(error.message)));
    }
  }
  return list;
}

function originsOf(c) {
  const names = c.origin_names || [];
  return (c.origins || []).map((origin, i) => (names[i] && names[i] !== origin ? `${names[i]} (${origin})` : origin));
}

async function show(claim, span) {
  document.querySelectorAll(".claim.selected").forEach((node) => node.classList.remove("selected"));
  span.classList.add("selected");
  const c = claim.corroboration;
  const details = $("details");
  const sources = claim.sources.map((s) => `${s.text} (${s.party || T.unresolved}, ${T[`role_${s.role}`] || s.role})`);
  details.replaceChildren(
    el("h2", {}, `${T.claim} `, el("span", {class: `code ${colourOf(claim.grade)}`, id: "grade-code"}, claim.grade.code),
       ` · ${T.score_label} ${claim.score}`),
    el("p", {id: "claim-text"}, claim.text),
    el("ul", {id: "explanation"}, ...claim.explanation.map((line) => el("li", {}, line))),
    el("p", {}, `${T.sources}: ${sources.join("; ") || T.none_named}`),
    el("p", {id: "counts"}, fmt("independent", {outlets: c.independent_outlets, origins: c.independent_origins})),
  );
  if (c.origins && c.origins.length) details.append(el("p", {id: "origins"}, `${T.origins}: ${originsOf(c).join(", ")}`));
  if (c.claims.length) details.append(el("h3", {}, T.corroborated_by), await related(c.claims));
  if (c.contradicting_claims.length) details.append(el("h3", {}, T.contradicted_by), await related(c.contradicting_claims));
}

async function open(id) {
  try {
    render(await api("GET", `/v1/articles/${id}`));
    showStatus(fmt("article_n", {id}));
  } catch (error) {
    showError(error);
  }
}

$("submit-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const endpoint = (event.submitter || $("score")).dataset.endpoint;
  const body = {text: $("text").value, outlet: $("outlet").value};
  if ($("published").value) body.published_at = $("published").value;
  showStatus(T.scoring);
  try {
    const article = await api("POST", endpoint, body);
    render(article);
    showStatus(endpoint === "/v1/score" ? T.scored : fmt("stored_as", {id: article.id}));
  } catch (error) {
    showError(error);
  }
});

$("stored").addEventListener("change", () => { if ($("stored").value) open($("stored").value); });
$("open-article").addEventListener("click", () => { if ($("article-id").value) open($("article-id").value); });
$("article-id").addEventListener("keydown", (event) => {
  if (event.key === "Enter") {
    event.preventDefault();
    if ($("article-id").value) open($("article-id").value);
  }
});

// With reads protected the server lists nothing; with a key the page asks /v1/articles, a page at a time.
let articlesCursor = null;

async function listArticles(first) {
  if (!document.body.dataset.readsProtected || !sessionStorage.getItem(KEY_STORE)) return;
  if (first) {
    articlesCursor = null;
    $("stored").replaceChildren(el("option", {value: ""}, "—"));
  }
  try {
    const page = await api("GET", `/v1/articles?limit=100${articlesCursor ? `&cursor=${articlesCursor}` : ""}`);
    for (const a of page.articles) {
      $("stored").append(el("option", {value: a.id}, `#${a.id} ${a.outlet} — ${a.title || a.url || T.untitled}`));
    }
    articlesCursor = page.next_cursor;
    $("more-articles").hidden = !articlesCursor;
  } catch (error) {
    showError(error);
  }
}

if ($("more-articles")) $("more-articles").addEventListener("click", () => listArticles(false));

if ($("api-key")) {
  // The key stays in this tab's sessionStorage: gone when the tab closes, never in the page's URL or HTML.
  $("api-key").value = sessionStorage.getItem(KEY_STORE) || "";
  $("api-key").addEventListener("input", () => {
    const key = $("api-key").value.trim();
    if (key) sessionStorage.setItem(KEY_STORE, key);
    else sessionStorage.removeItem(KEY_STORE);
  });
  $("api-key").addEventListener("change", () => listArticles(true));
  listArticles(true);
}
