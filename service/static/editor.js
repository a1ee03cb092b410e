// The editor's page: every string from the service is put into the page as text, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
let current = null;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method, headers: {"Content-Type": "application/json", "Accept": "application/json"},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json();
  if (!response.ok) throw new Error(`${data.code} ${data.status}: ${data.message}`);
  return data;
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
  current = article;
  const text = article.text;
  const container = $("article");
  container.replaceChildren();
  let at = 0;
  for (const claim of [...article.claims].sort((a, b) => a.start - b.start)) {
    if (claim.start < at) continue;
    container.append(text.slice(at, claim.start));
    const span = el("span", {class: `claim g${claim.grade.information}`, tabindex: "0", "data-start": claim.start,
                             title: `${claim.grade.code} · score ${claim.score}`});
    let inner = claim.start;
    for (const [s, e, cls] of marksOf(claim)) {
      span.append(text.slice(inner, s), el("span", {class: cls}, text.slice(s, e)));
      inner = e;
    }
    span.append(text.slice(inner, claim.end));
    span.addEventListener("click", () => show(claim, span));
    span.addEventListener("keydown", (event) => { if (event.key === "Enter") show(claim, span); });
    container.append(span);
    at = claim.end;
  }
  container.append(text.slice(at));
  $("result").hidden = false;
  $("details").replaceChildren(el("p", {}, `${article.claims.length} claims. Click one to see its grade and evidence.`));
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

async function show(claim, span) {
  document.querySelectorAll(".claim.selected").forEach((node) => node.classList.remove("selected"));
  span.classList.add("selected");
  const c = claim.corroboration;
  const details = $("details");
  details.replaceChildren(
    el("h2", {}, "Claim ", el("span", {class: "code", id: "grade-code"}, claim.grade.code), ` · score ${claim.score}`),
    el("p", {id: "claim-text"}, claim.text),
    el("ul", {id: "explanation"}, ...claim.explanation.map((line) => el("li", {}, line))),
    el("p", {}, `Sources: ${claim.sources.map((s) => `${s.text} (${s.party || "unresolved"}, ${s.role})`).join("; ") || "none named"}`),
    el("p", {}, `Independent outlets: ${c.independent_outlets} · independent origins: ${c.independent_origins}`),
  );
  if (c.claims.length) details.append(el("h3", {}, "Corroborated by"), await related(c.claims));
  if (c.contradicting_claims.length) details.append(el("h3", {}, "Contradicted by"), await related(c.contradicting_claims));
}

$("submit-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const endpoint = (event.submitter || $("score")).dataset.endpoint;
  const body = {text: $("text").value, outlet: $("outlet").value};
  if ($("published").value) body.published_at = $("published").value;
  $("status").textContent = "Scoring …";
  $("status").className = "";
  try {
    const article = await api("POST", endpoint, body);
    render(article);
    $("status").textContent = endpoint === "/v1/score" ? "Scored against the stored corpus (not stored)." : `Stored as article #${article.id}.`;
  } catch (error) {
    $("status").textContent = error.message;
    $("status").className = "error";
  }
});

$("stored").addEventListener("change", async () => {
  if (!$("stored").value) return;
  try {
    render(await api("GET", `/v1/articles/${$("stored").value}`));
    $("status").textContent = `Article #${$("stored").value}`;
  } catch (error) {
    $("status").textContent = error.message;
    $("status").className = "error";
  }
});
