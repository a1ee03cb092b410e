"""Storing an article: analyse, store its claims, link them to propositions, re-grade what changed."""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, NamedTuple

from sqlite_utils import Database

from scoring import AnalysisTooCostly, Budget, Knowledge, analyse_article
from scoring.conflicts import is_belligerent
from scoring.corroboration import (
    UNNAMED,
    UNNAMED_ORIGIN,
    VOICE_JOINER,
    VOICE_ORIGIN,
    Member,
    Summary,
    agencies,
    corroborate,
    summarise,
)
from scoring.explanations import DEFAULT_LANGUAGE, phrasebook
from scoring.grading import Evidence, explain, information_digit, source_letter
from scoring.grading import score as score_of
from scoring.knowledge import built
from scoring.matching import (
    FactSignature,
    IdfWeights,
    idf_weights,
    may_be_one_fact,
    retrieval_terms,
    share_a_referent,
    shared_anchors,
    similarity,
    tells_another_count,
    within_window,
)
from scoring.reprints import containment, shingles_of_words, wording_key_of_words, words_of
from service import store
from service.errors import ApiError


class TooManyClaims(Exception):
    pass


def text_hash(text: str) -> str:
    """Whitespace-insensitive identity of a text, for duplicate submissions and repeated sentences."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def voice_of(outlet_domain: str, credits: list[str], knowledge: Knowledge) -> str:
    """The independence group: the wire agencies whose copy it carries ("AP|Reuters" for "rtr/ap": one
    voice with each of them), else the outlet's owner group."""
    wires = sorted(
        {
            outlet.owner_group
            for credit in credits
            for outlet in knowledge.outlets.values()
            if outlet.wire_agency and credit.lower() in (n.lower() for n in (*outlet.names, outlet.name))
        }
    )
    return VOICE_JOINER.join(wires) if wires else knowledge.outlet(outlet_domain).owner_group


def _analyse(
    knowledge: Knowledge, submission: Mapping[str, Any], max_claims: int, budget_ms: float | None = None
) -> tuple[Any, list[str], str]:
    """The article's analysis, its credits and voice. Past `budget_ms` of analysis (None: no limit) the
    request is answered 422 in JSON (Datasette's time limit per query), before anything is stored."""
    budget = Budget(None if budget_ms is None else budget_ms / 1000)
    try:
        analysis = analyse_article(
            submission["text"], submission["outlet"], knowledge, submission.get("published_at"), budget=budget
        )
    except AnalysisTooCostly as error:
        message = f"the text is too costly to analyse: {error}; send a shorter text or split it"
        raise ApiError(422, message, {"json": {"text": [message]}}) from error
    if len(analysis.claims) > max_claims:
        raise TooManyClaims(f"the article has {len(analysis.claims)} claims, more than the limit of {max_claims}")
    credits = list(dict.fromkeys([*(submission.get("credits") or []), *analysis.credits]))
    return analysis, credits, voice_of(submission["outlet"], credits, knowledge)


def store_article(
    db: Database,
    knowledge: Knowledge,
    submission: Mapping[str, Any],
    weights: Mapping[str, float],
    *,
    max_claims: int,
    persist: bool = True,
    article_id: int | None = None,
    created_at: str | None = None,
    analysis_budget_ms: float | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> tuple[dict[str, Any], list[dict[str, Any]], bool]:
    """Store one article (or score it in a rolled-back transaction). Returns (article, claims, created).

    `article_id` and `created_at` keep an article's identity when a stored corpus is analysed anew;
    `analysis_budget_ms` bounds the analysis (a JSON 422 past it, nothing stored);
    `language` is that of the claims' explanations.
    """
    digest = text_hash(submission["text"])

    def stored_already() -> tuple[dict[str, Any], list[dict[str, Any]], bool] | None:
        existing = store.find_duplicate_article(db, submission.get("url"), submission["outlet"], digest)
        if existing is None:
            return None
        claims = with_evidence(db, knowledge, store.claims_of_article(db, existing), weights, language=language)
        return store.get_article(db, existing) or {}, claims, False

    # Stored already (same url, or same outlet and text): scoring it again is reading it.
    if found := stored_already():
        return found
    analysis, credits, voice = _analyse(knowledge, submission, max_claims, analysis_budget_ms)  # outside the write lock
    with store.write_transaction(db, commit=persist):
        if found := stored_already():  # another worker stored it meanwhile
            return found
        # Term statistics of the corpus as it was before this article: its own claims do not dilute them.
        postings = store.PostingsReader(db, int(weights["postings_per_term"]))
        searched = [c.signature.search_terms for c in analysis.claims]  # a property: computed once
        total, frequencies = postings.frequencies(set().union(*searched))
        idf = idf_weights(total, frequencies, weights["idf_exponent"])
        # What this outlet prints under article after article is page furniture, not a claim.
        digests = {c.text: text_hash(c.text) for c in analysis.claims}
        repeated = store.repeated_texts(db, submission["outlet"], digests.values(), int(weights["furniture_repeats"]))
        kept, kept_terms = [], []
        for claim, terms in zip(analysis.claims, searched, strict=True):
            if digests[claim.text] not in repeated:
                kept.append(claim)
                kept_terms.append(terms)
        # an unregistered site of a state's office is registered as that state's (seeds: government_sites)
        outlet = knowledge.outlet(submission["outlet"])
        store.ensure_outlet(db, submission["outlet"], outlet.state_affiliation)
        article_id = store.insert_article(
            db,
            {
                **({"id": article_id} if article_id is not None else {}),
                "outlet": submission["outlet"],
                "url": submission.get("url"),
                "title": submission.get("title"),
                "published_at": submission.get("published_at"),
                "language": submission.get("language", "de"),
                "credits": credits,
                "text": submission["text"],
                "text_hash": digest,
                "voice": voice,
                "conflict": analysis.conflict,
                "created_at": created_at or store.now(),
            },
        )
        words = [words_of(claim.text) for claim in kept]  # read once for the wording keys and the shingles
        least = int(weights["copy_min_words"])
        wordings = [wording_key_of_words(w, least) for w in words]
        hashes = shingles_of_words(words, int(weights["shingle_size"]), int(weights["shingle_sample"]))
        copies = _copies(db, article_id, hashes, weights)
        # Linked before it is stored: each claim is written once, with its proposition and stance.
        placed, affected, created = _link(
            db,
            article_id,
            kept,
            weights,
            frequencies,
            idf,
            submission.get("published_at"),
            postings=postings,
            search_terms=kept_terms,
            wordings=wordings,
            twins=_printed_in_copies(db, copies, words, weights) if copies else None,
            theatre=knowledge.theatre,
        )
        at = store.now()
        records = [
            _claim_record(article_id, position, claim, digests[claim.text], submission, *place, at, wording)
            for position, (claim, place, wording) in enumerate(zip(kept, placed, wordings, strict=True))
        ]
        sources = [_sources(claim) for claim in kept]
        claim_ids = store.next_claim_ids(db, len(records))
        has_wire = voice != outlet.owner_group
        own_propositions = {proposition for proposition, _, _ in placed}
        affected |= _join_reprints(
            db, knowledge, article_id, hashes, copies, voice=voice, has_wire=has_wire, own=own_propositions
        )
        # Graded before they are written (issue 16): a claim's row is written once, with its grade, and
        # never grows afterwards (a row that grows splits its page: 12 % of the claims table was empty).
        new = _Unstored(
            claim_ids,
            records,
            sources,
            store.article_voice(db, article_id) or voice,
            created,
            article=(submission["outlet"], submission["text"], submission.get("published_at")),
        )
        members, grades, graded_at, summaries = regrade(db, knowledge, affected, weights, new=new)
        article = store.get_article(db, article_id, text=submission["text"]) or {}
        # The response from what is in memory: the claims as just written, with the grades just given.
        stored = [
            _as_read(claim_id, record, own, grades.get(claim_id), graded_at)
            for claim_id, record, own in zip(claim_ids, records, sources, strict=True)
        ]
        # Only the members of its own claims' propositions (re-grading may have read others' too).
        own = {claim["proposition_id"] for claim in stored}
        shown = {p: members[p] for p in own} if own <= members.keys() else None
        claims = with_evidence(
            db,
            knowledge,
            stored,
            weights,
            persisted=persist,
            language=language,
            members=shown,
            summaries=summaries,
            evidence=new.evidence if shown is not None else None,
        )
    return article, claims, True


_FLAGS = ("hedged", "reported_speech", "attributed", "belligerent", "negated", "quoted")


def _as_read(
    claim_id: int,
    record: Mapping[str, Any],
    sources: list[dict[str, Any]],
    grade: tuple[float, str, int] | None,
    graded_at: str,
) -> dict[str, Any]:
    """A claim as store.claims_of_article would read it back: flags as booleans, its sources, and the
    score, grade and updated_at the re-grading wrote (a claim whose grade it did not write keeps its own)."""
    claim = {"id": claim_id, **record, "sources": sources}
    for flag in _FLAGS:
        claim[flag] = bool(claim[flag])
    claim.setdefault("score", None)
    claim.setdefault("grade_source", None)
    claim.setdefault("grade_information", None)
    if grade is not None and grade != (claim["score"], claim["grade_source"], claim["grade_information"]):
        claim["score"], claim["grade_source"], claim["grade_information"] = grade
        claim["updated_at"] = graded_at
    return claim


def _sources(claim: Any) -> list[dict[str, Any]]:
    return [
        {"text": s.text, "start": s.start, "end": s.end, "party": s.party, "role": s.role, "medium": s.medium}
        for s in claim.sources
    ]


def _claim_record(
    article_id: int,
    position: int,
    claim: Any,
    digest: str,
    submission: Mapping[str, Any],
    proposition_id: int,
    link_score: float,
    stance: str,
    at: str,
    wording: bytes | None,
) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "position": position,
        "outlet": submission["outlet"],
        "published_at": submission.get("published_at"),
        "text": claim.text,
        "text_hash": digest,
        "start": claim.start,
        "end": claim.end,
        "hedged": int(claim.hedged),
        "hedges": [
            {"cue": h.text, "start": h.start, "end": h.end, "kind": h.kind, "decisive": h.decisive}
            for h in claim.hedges
        ],
        "reported_speech": int(bool(claim.reported_speech)),
        "speech": [{"cue": s.text, "start": s.start, "end": s.end} for s in claim.reported_speech],
        "origin_parties": list(claim.origin_parties),
        "origin_media": list(claim.origin_media),
        "origin_sources": list(claim.origin_sources),
        "declared_by": list(claim.declared_by),
        "attributed": int(claim.attributed),
        "quoted": int(claim.quoted),
        "belligerent": int(claim.belligerent),
        "conflict": claim.conflict,
        "stance": stance,
        "terms": claim.signature.index_text(),
        "negated": int(claim.signature.negated),
        "quantities": [list(q) for q in claim.signature.quantities],
        "proposition_id": proposition_id,
        "link_score": link_score,
        "wording": wording,  # reprints.wording_key of its text
        "updated_at": at,
    }


Theatre = Callable[[str | None], str | None]  # a claim's conflict → the war it is a front of (Knowledge.theatre)


def _no_fronts(conflict: str | None) -> str | None:
    return conflict


class _Retrieval:
    """Candidate retrieval for the claims of one article, from the stored claims only.

    The article's own claims are not yet stored and take no place among a term's `per_term` newest
    postings nor among the ranked candidates: in a long article that names one party in every other
    sentence they used to crowd out the stored claims sharing a rarer term (on a store of 100,000
    articles the seeds kept 0.87 × their link recall on an empty store with them, 0.89 × without; on an
    empty store the seeds' link precision rose from 0.80 to 0.82, recall from 0.21 to 0.24). Postings,
    candidate rows, signatures and founding claims are read once per article;
    propositions merged on the way are followed to the one they went into.
    """

    def __init__(
        self,
        db: Database,
        article_id: int,
        claims: Any,
        weights: Mapping[str, float],
        reader: store.PostingsReader | None = None,
        published_at: str | None = None,
        theatre: Theatre = _no_fronts,
    ) -> None:
        self.db, self.article_id, self.theatre = db, article_id, theatre
        self.published_at, self.window = published_at, weights["link_window_days"]
        self.in_window: dict[str | None, bool] = {}  # by the candidate's day
        self.per_term, self.limit = int(weights["postings_per_term"]), int(weights["candidates"])
        self.postings: dict[str, Sequence[int]] = {}
        self.reader = reader or store.PostingsReader(db, self.per_term)
        self.claims: dict[int, store.StoredClaim | None] = {}
        self.propositions: dict[int, tuple[int, float]] = {}  # claim -> (proposition, link score)
        self.seeds: dict[int, FactSignature | None] = {}
        self.merged_into: dict[int, int] = {}

    def _postings(self, term: str) -> Sequence[int]:
        if term not in self.postings:
            self.postings[term] = self.reader.ids(term) if term.isalnum() else []
        return self.postings[term]

    def ranked(self, terms: list[str]) -> list[int]:
        """The ids of the stored claims sharing most of these terms, then the newest: the first `limit * 2`
        (room for claims that are no candidates)."""
        postings = [self._postings(term) for term in terms]
        shared = Counter(chain.from_iterable(postings))
        # By count, then id (newest first): the ids sorted newest first, then by count in a stable sort (a key
        # read in C; 0.75 x the time of one sort of count << 64 | id, which were built in Python). No claim
        # held by two of the terms (a third of the claims): every count is 1, the order is the ids'.
        ranked = sorted(shared, reverse=True)
        if len(shared) < sum(map(len, postings)):
            ranked.sort(key=shared.__getitem__, reverse=True)
        return ranked[: self.limit * 2]

    def read(self, ids: list[int]) -> None:
        """Read these claims for comparison (those of several claims at once: one query for them all)."""
        unread = [c for c in dict.fromkeys(ids) if c not in self.claims]
        if unread:
            found = store.stored_claims(self.db, unread)
            self.claims.update(zip(unread, map(found.get, unread), strict=True))

    def stored(self, ranked: list[int], *, read: bool = True) -> list[store.StoredClaim]:
        """The candidates among these ranked ids: stored claims of other articles published within the linking
        window, the first `limit` (`read`: False where they have all been read). A claim reported months
        apart never links (another incident, or background to a new story), so it takes no candidate's place:
        on a store of 100,000 older articles such claims crowded out the earlier reports of the same fact."""
        if read:
            self.read(ranked)
        article_id, in_window, found = self.article_id, self.in_window, []
        for claim in map(self.claims.__getitem__, ranked):
            if claim is None or claim.article_id == article_id:
                continue
            near = in_window.get(claim.published_at)  # the same few days come back claim after claim
            if near is None:
                near = in_window[claim.published_at] = within_window(self.published_at, claim.published_at, self.window)
            if near:
                found.append(claim)
                if len(found) == self.limit:
                    break
        return found

    def candidates(self, terms: list[str]) -> list[dict[str, Any]]:
        """The candidates sharing these terms as rows, with their propositions (bench.scale reads them)."""
        found = self.stored(self.ranked(terms))
        propositions = store.claim_propositions(self.db, [c.id for c in found])
        rows = [{**c._asdict(), "proposition_id": propositions[c.id]} for c in found]
        return rows

    def signature(self, claim: store.StoredClaim | Mapping[str, Any]) -> FactSignature:
        if isinstance(claim, store.StoredClaim):
            return _kept_signatures.of(claim, self.theatre)
        return _signature(claim, self.theatre)

    def proposition(self, claim_id: int) -> int:
        """The proposition a stored claim is in now (following those merged while this article is linked)."""
        proposition = self.propositions[claim_id][0]
        while proposition in self.merged_into:
            proposition = self.merged_into[proposition]
        return proposition

    def link(self, claim_id: int) -> float:
        """How well a stored claim is joined to its proposition (1.0 for the claim that founded it)."""
        return self.propositions[claim_id][1]

    def read_propositions(self, ids: list[int]) -> None:
        unread = [c for c in ids if c not in self.propositions]
        if unread:
            self.propositions.update(store.claim_placements(self.db, unread))

    def seed(self, proposition: int) -> FactSignature | None:
        if proposition not in self.seeds:
            seed = store.proposition_seed(self.db, proposition)
            self.seeds[proposition] = _signature(seed, self.theatre) if seed else None
        return self.seeds[proposition]

    def merge(self, target: int, merged: list[int]) -> None:
        store.merge_propositions(self.db, target, merged)
        for proposition in merged:
            self.merged_into[proposition] = target
        self.seeds.pop(target, None)  # a merged proposition may hold an older claim


_TOKEN = re.compile(r"[^\W_]+")  # a token as the full-text index's unicode61 tokenizer reads it


def _link(
    db: Database,
    article_id: int,
    claims: Any,
    weights: Mapping[str, float],
    frequencies: Mapping[str, int],
    idf: IdfWeights,
    published_at: str | None = None,
    postings: store.PostingsReader | None = None,
    search_terms: Sequence[frozenset[str]] | None = None,
    wordings: Sequence[bytes | None] | None = None,
    twins: Sequence[frozenset[int]] | None = None,
    *,
    theatre: Theatre,
) -> tuple[list[tuple[int, float, str]], set[int], set[int]]:
    """Join each new claim, not yet stored, to the propositions of the stored claims stating the same
    fact. Returns each claim's (proposition, link score, stance), the propositions it changed and those
    it made. `postings`: the transaction's reader of the terms' postings, if it has one (it must have
    written no claim yet); `search_terms`: each claim's signature's, where the caller has them; `wordings`:
    each claim's wording key (reprints.wording_key), where the caller has them; `twins`: each claim's stored
    claims printing its sentence word for word in an article it reprints (_printed_in_copies)."""
    affected: set[int] = set()
    created: set[int] = set()
    placed: list[list[Any]] = []
    retrieval = _Retrieval(db, article_id, claims, weights, postings, published_at, theatre)
    new_proposition = store.NewPropositions(db)
    # Retrieval by each claim's rarest terms, whatever their frequency: each term's postings are read
    # newest first and only so far, so the cost stays flat however large the corpus grows. The candidates
    # of all the article's claims are read together (their propositions only where one is similar).
    if search_terms is None:
        search_terms = [claim.signature.search_terms for claim in claims]
    count = int(weights["retrieval_terms"])
    ranked = [retrieval.ranked(retrieval_terms(terms, frequencies, count)) for terms in search_terms]
    if twins:  # a short sentence's twin in the article it reprints is a candidate, whatever terms it shares
        ranked = [[*twin, *(i for i in ids if i not in twin)] for ids, twin in zip(ranked, twins, strict=True)]
    retrieval.read([claim_id for ids in ranked for claim_id in ids])
    candidates = [retrieval.stored(ids, read=False) for ids in ranked]
    matches, clashes, copies = _matches(
        claims,
        candidates,
        weights,
        idf,
        wordings or [None] * len(claims),
        theatre,
        twins or [frozenset()] * len(claims),
    )
    for claim, similar, clashing, copied in zip(claims, matches, clashes, copies, strict=True):
        if not similar:  # most claims: a proposition of their own
            target = new_proposition()
            created.add(target)
            placed.append([target, 1.0, claim.stance])
            affected.add(target)
            continue
        retrieval.read_propositions([claim_id for claim_id, _, _ in similar])
        best: dict[int, tuple[float, bool]] = {}  # proposition -> (similarity, opposite polarity)
        members: Counter[int] = Counter()  # proposition -> how many of its claims the claim matches
        for claim_id, value, opposite in similar:
            proposition = retrieval.proposition(claim_id)
            # a chain is as strong as its weakest link: the copy of a loosely joined claim joins loosely too
            value = min(value, retrieval.link(claim_id))
            members[proposition] += 1
            if value > best.get(proposition, (0.0, False))[0]:
                best[proposition] = (value, opposite)
        # The most similar proposition; others the claim matches confidently (merge_threshold, above
        # the joining threshold) are one fact told twice and are merged into it. Chaining through
        # loose matches would melt every report on a topic into one "fact". (Linking an article's own
        # restatements was measured too: it cost precision on the seeds and gained nothing on dev.)
        # A proposition is joined only if its founding claim states the fact too, or two of its claims
        # do (a blame joining a proposition founded by the act it blames for): no drift by chaining.
        # A claim's polarity is read against the proposition's founding claim, not against the member it
        # matched: the copy of a denial that joined a proposition as a contradiction contradicts it too.
        if clashing:  # a proposition holding another count of the same event is another fact
            retrieval.read_propositions(sorted(clashing))
            for proposition in {retrieval.proposition(claim_id) for claim_id in clashing}:
                best.pop(proposition, None)
        printed = {retrieval.proposition(claim_id) for claim_id in copied} if copied else set()
        for proposition in sorted(best, key=lambda p: -best[p][0]):
            seed = retrieval.seed(proposition)
            if (
                seed
                and proposition not in printed  # a sentence printed word for word states its fact itself
                and members[proposition] < 2
                and similarity(claim.signature, seed, weights, idf)
                < (weights["same_fact_threshold"] * weights["seed_factor"])
            ):
                del best[proposition]
            elif seed:
                best[proposition] = (best[proposition][0], seed.negated != claim.signature.negated)
        stance = claim.stance
        if best:
            target, *rest = sorted(best, key=lambda p: (-best[p][0], p))
            if best[target][1] and claim.stance == "support":
                stance = "deny"  # the same fact with opposite polarity: a contradiction
            merged = [
                p
                for p in rest
                if best[p][0] >= weights["merge_threshold"]
                and best[p][1] == best[target][1]
                and _founded_alike(retrieval, target, p)
            ]
            if merged:
                new_proposition.flush()
                retrieval.merge(target, merged)
                affected = {target if p in merged else p for p in affected}
                for place in placed:  # this article's claims placed in them move along
                    if place[0] in merged:
                        place[0] = target
        else:
            target = new_proposition()
            created.add(target)
        placed.append([target, best[target][0] if best else 1.0, stance])
        affected.add(target)
    new_proposition.flush()
    return [(int(p), float(score), str(stance)) for p, score, stance in placed], affected, created


def _founded_alike(retrieval: _Retrieval, target: int, other: int) -> bool:
    """Two propositions are merged only where their founding claims may state one fact (`may_be_one_fact`)."""
    a, b = retrieval.seed(target), retrieval.seed(other)
    return a is None or b is None or may_be_one_fact(a, b)


def _matches(
    claims: Any,
    candidates: list[list[store.StoredClaim]],
    weights: Mapping[str, float],
    idf: IdfWeights,
    wordings: Sequence[bytes | None],
    theatre: Theatre,
    twins: Sequence[frozenset[int]],
) -> tuple[list[list[tuple[int, float, bool]]], list[set[int]], list[set[int]]]:
    """Each claim's stored candidates stating its fact: (claim id, similarity, opposite polarity); those
    counting the same kind of event otherwise (`tells_another_count`), whose propositions it must not join;
    and those printing its sentence word for word.

    A match sharing no referent (a number, name, party, day, town: `share_a_referent`) is one story's only
    where the two articles share another fact that has one: "Der Fährverkehr ruht" is told of
    every town in a lockdown. Elsewhere it joins the proposition as an outlet, at most at
    `unanchored_link`, below a confident link: it never makes a second origin (on 3,000 real articles
    the judged "confirmed" claims still so graded fell from 61 to 30, the justified among them 23 % → 33 %).

    A sentence printed word for word (`wordings`: of copy_min_words and more, of the same conflict) is the same
    statement however few anchors it has, and one voice (corroboration reads its wording); so is a shorter one
    printed word for word in an article this one reprints (`twins`)."""
    threshold, signature_of = weights["same_fact_threshold"], _kept_signatures.of
    found: list[list[tuple[int, float, bool, bool, int]]] = []
    anchored: set[int] = set()  # the stored articles sharing a fact with a referent with this one
    clashes: list[set[int]] = []
    copies: list[set[int]] = []
    for claim, stored, wording, twin in zip(claims, candidates, wordings, twins, strict=True):
        own, similar, clashing, copied = claim.signature, [], set(), set()
        for candidate in stored:
            signature = signature_of(candidate, theatre)
            if (wording is not None or twin) and _printed_alike(wording, own, signature, candidate, twin):
                similar.append((candidate.id, 1.0, signature.negated != own.negated, True, candidate.article_id))
                copied.add(candidate.id)
                continue
            value = similarity(own, signature, weights, idf)
            if value == 0.0 and own.quantities and tells_another_count(own, signature):
                clashing.add(candidate.id)
            elif value >= threshold:
                referent = share_a_referent(own, signature)
                if referent:
                    anchored.add(candidate.article_id)
                similar.append((candidate.id, value, signature.negated != own.negated, referent, candidate.article_id))
        found.append(similar)
        clashes.append(clashing)
        copies.append(copied)
    cap = weights["unanchored_link"]
    matches = [
        [(i, v if referent or a in anchored else min(v, cap), o) for i, v, o, referent, a in similar]
        for similar in found
    ]
    return matches, clashes, copies


def _printed_alike(
    wording: bytes | None,
    own: FactSignature,
    signature: FactSignature,
    candidate: store.StoredClaim,
    twins: frozenset[int] = frozenset(),
) -> bool:
    """The stored claim's sentence is the new one's word for word, said of the same war (a candidate is
    within the linking window already): a wire's sentence in two printings ("Für eine Bewertung sei es noch
    zu früh."), however few anchors it holds; or a shorter one's `twins` in an article the new one reprints."""
    alike = (wording is not None and candidate.wording == wording) or candidate.id in twins
    return alike and signature.conflict == own.conflict


_Copy = tuple[float, int, str]  # (the share of shingles in common, the stored article, its voice)


def _copies(db: Database, article_id: int, hashes: frozenset[int], weights: Mapping[str, float]) -> list[_Copy]:
    """The stored articles this one copies, or that copy it (edited wire copy, credit line or not), the
    closest first: looked up before its own shingles are written (a hash's look-up then finds no row of its
    own to step over: the article still counts towards each hash's cap, which leaves one less for the others)."""
    stored = store.shared_shingles(db, hashes, article_id, int(weights["shingle_max_postings"]) - 1)
    copies = []
    for other, (shared, count, other_voice) in stored.items():
        share = containment(shared, len(hashes), count)
        if shared >= weights["reprint_min_shared"] and share >= weights["reprint_containment"]:
            copies.append((share, other, other_voice))
    return sorted(copies, reverse=True)


def _printed_in_copies(
    db: Database, copies: list[_Copy], texts: list[list[str]], weights: Mapping[str, float]
) -> list[frozenset[int]]:
    """For each new claim shorter than copy_min_words (`texts`: their words), the stored claims of the closest
    articles it reprints (`copies`, the first reprint_twin_sources) printing its sentence word for word: in a copy
    its short sentences are no chance likeness ("Die Schulen bleiben geschlossen."), and they state their twins'
    facts whatever anchors they hold."""
    fewest, least = int(weights["reprint_copy_min_words"]), int(weights["copy_min_words"])
    keys = [wording_key_of_words(words, fewest) if len(words) < least else None for words in texts]
    if not any(keys):
        return [frozenset()] * len(texts)
    printed: dict[bytes, set[int]] = {}
    closest = [other for _, other, _ in copies[: int(weights["reprint_twin_sources"])]]
    for claim_id, text in store.claim_texts_of_articles(db, closest):
        words = words_of(text)
        if len(words) < least and (key := wording_key_of_words(words, fewest)) is not None:
            printed.setdefault(key, set()).add(claim_id)
    return [frozenset(printed.get(key, ())) if key else frozenset() for key in keys]


def _join_reprints(
    db: Database,
    knowledge: Knowledge,
    article_id: int,
    hashes: frozenset[int],
    copies: list[_Copy],
    *,
    voice: str,
    has_wire: bool,
    own: set[int],
) -> set[int]:
    """Edited copy of a stored article is one voice with it, credit line or not.

    An uncredited copy takes the voice of the article it copies; a credited copy gives its wire's
    voice (`voice`) to uncredited earlier printings. Returns the propositions whose counts this changes
    (`own`: those of the article's claims, not yet stored; `copies`: the stored articles it copies, _copies).
    """
    store.insert_shingles(db, article_id, hashes)
    if not copies:
        return set()
    affected: set[int] = set()
    if not has_wire:
        store.set_article_voice(db, article_id, copies[0][2])
        return set(own)
    outlets = store.article_outlets(db, [other for _, other, _ in copies])
    for _, other, other_voice in copies:
        if other_voice == knowledge.outlet(outlets[other]).owner_group:  # printed it without a credit
            store.set_article_voice(db, other, voice)
            affected |= store.propositions_of_article(db, other)
    return affected


def _signature(row: Mapping[str, Any], theatre: Theatre = _no_fronts) -> FactSignature:
    """A stored claim's signature, rebuilt from its indexed terms (the same stored claims come back as
    candidates article after article: rebuilt once per distinct content, see _stored_signature)."""
    quantities = tuple(tuple(q) for q in row["quantities"] or ())
    return _stored_signature(row["terms"], quantities, bool(row["negated"]), theatre(row.get("conflict")))


@functools.lru_cache(maxsize=65536)
def _stored_signature(
    terms: str, quantities: tuple[tuple[Any, ...], ...], negated: bool, conflict: str | None
) -> FactSignature:
    return FactSignature.from_index(terms, quantities, negated, conflict)


class _KeptSignatures:
    """Stored claims' signatures by claim id, each with the claim it was built from (the same StoredClaim the
    connection keeps, see store.stored_claims: an id of another store, or a claim read anew, is built anew).
    The same stored claims come back as candidates article after article; looked up by content
    (_stored_signature) each cost a hash of its numbers (issue 16). Two generations, as store._StoredClaims."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.kept: dict[int, tuple[store.StoredClaim, FactSignature]] = {}
        self.older: dict[int, tuple[store.StoredClaim, FactSignature]] = {}

    def of(self, claim: store.StoredClaim, theatre: Theatre = _no_fronts) -> FactSignature:
        conflict = theatre(claim.conflict)
        entry = self.kept.get(claim.id)
        if entry is not None and entry[0] is claim and entry[1].conflict == conflict:
            return entry[1]
        entry = self.older.pop(claim.id, None)
        if entry is None or entry[0] is not claim or entry[1].conflict != conflict:
            entry = (claim, _stored_signature(claim.terms, claim.quantities, claim.negated, conflict))
        self.kept[claim.id] = entry
        if len(self.kept) >= self.size:
            self.older, self.kept = self.kept, {}
        return entry[1]


_kept_signatures = _KeptSignatures(store.STORED_CLAIMS_KEPT // 2)


def _origins(member: Mapping[str, Any]) -> tuple[str, ...]:
    if member["origin_parties"]:
        return tuple(member["origin_parties"])
    if member["origin_media"]:
        return tuple(f"medium:{m}" for m in member["origin_media"])
    if member.get("origin_sources"):
        return tuple(f"source:{s}" for s in member["origin_sources"])
    if member.get("declared_by"):  # the parties whose declared act it tells, or its unnamed declarer
        return tuple(UNNAMED_ORIGIN if party == UNNAMED else party for party in member["declared_by"])
    return (VOICE_ORIGIN + member["voice"],)


def _names_its_origin(row: Mapping[str, Any]) -> bool:
    """A source named, or the actor whose declared act it tells: other outlets' own reports of the fact, and
    its unnamed declarer, share it (scoring.corroboration.summarise)."""
    declared_by = row.get("declared_by") or ()
    return bool(row["attributed"]) or (bool(declared_by) and UNNAMED not in declared_by)


def _member(row: Mapping[str, Any], weights: Mapping[str, float]) -> Member:
    # Every field given, in their order: without the frozen dataclass's __init__ (knowledge.built; a member
    # and an evidence a claim re-graded, issue 16).
    return built(
        Member,
        claim_id=row["id"],
        article_id=row["article_id"],
        outlet=row["outlet"],
        voice=row["voice"],
        stance=row["stance"],
        origins=_origins(row),
        belligerent_origin=bool(row["belligerent"]),
        attributed=_names_its_origin(row),
        confident=row.get("link_score", 1.0) >= weights["confident_link"],
        quoted=bool(row["quoted"]),
        wording=row["wording"],
    )


def _evidence(row: Mapping[str, Any], corroboration: Any, knowledge: Knowledge) -> Evidence:
    outlet = knowledge.outlet(row["outlet"])
    conflict = knowledge.conflict(row["conflict"])
    return built(
        Evidence,
        hedge_cues=tuple(h["cue"] for h in row["hedges"] if h["decisive"]),
        reported_speech=bool(row["speech"]),
        origin_parties=tuple(row["origin_parties"]),
        origin_media=tuple(row["origin_media"]),
        attributed=bool(row["attributed"]),
        belligerent=bool(row["belligerent"]),
        conflict_name=conflict.name if conflict else None,
        outlet_name=outlet.name,
        # Wire copy is the agency's reporting, whoever prints it: an unregistered site carrying dpa copy
        # is judged as dpa's, not as "cannot be judged".
        outlet_known=outlet.known or agencies(str(row.get("voice"))) <= knowledge.wire_groups,
        outlet_disinformation=outlet.disinformation,
        outlet_state=outlet.state_affiliation,
        stance=row["stance"],
        corroboration=corroboration,
        party_names=knowledge.party_names,
        hedge_spans=tuple((h["cue"], h["start"], h["end"]) for h in row["hedges"] if h["decisive"]),
        speech_spans=tuple((s["cue"], s["start"], s["end"]) for s in row["speech"]),
        origin_spans=tuple((s["text"], s["start"], s["end"]) for s in row.get("sources", []) if s["role"] == "origin"),
        relay_spans=tuple((s["text"], s["start"], s["end"]) for s in row.get("sources", []) if s["role"] == "relay"),
        declared_by=tuple(row.get("declared_by") or ()),
    )


Grades = dict[int, tuple[float, str, int]]


class Regraded(NamedTuple):
    members: dict[int, list[dict[str, Any]]]  # each proposition's claims as read, before their new grades
    grades: Grades  # every member's (score, source letter, information digit) by claim id
    at: str  # the time written into updated_at of the changed ones
    summaries: dict[int, Summary]  # each proposition's, as summarise gave it


@dataclass(frozen=True)
class _Unstored:
    """An article's claims, linked but not yet written: their ids to be, records, sources and voice."""

    ids: list[int]
    records: list[dict[str, Any]]
    sources: list[list[dict[str, Any]]]
    voice: str
    created: set[int]  # propositions made for them: no stored claim is in these
    # Each claim's evidence as the re-grading gave it, with its corroboration's claims and its sources: the
    # response's, which then need not be put together again (issue 16).
    evidence: dict[int, Evidence] = field(default_factory=dict)
    # Their article's outlet, text and publication date as stored (not read back and decompressed to write them).
    article: tuple[str, str, str | None] | None = None

    def members(self) -> list[dict[str, Any]]:
        """Each claim as store.members_of_propositions would read it back, not yet graded."""
        return [
            {
                "id": claim_id,
                **{column: record[column] for column in _MEMBER_COLUMNS},
                **{flag: bool(record[flag]) for flag in ("attributed", "belligerent", "negated", "quoted")},
                "score": None,
                "grade_source": None,
                "grade_information": None,
                "voice": self.voice,
            }
            for claim_id, record in zip(self.ids, self.records, strict=True)
        ]


_MEMBER_COLUMNS = (
    "article_id",
    "proposition_id",
    "outlet",
    "stance",
    "origin_parties",
    "origin_media",
    "origin_sources",
    "declared_by",
    "hedges",
    "speech",
    "conflict",
    "terms",
    "quantities",
    "link_score",
    "wording",
)


def regrade(
    db: Database,
    knowledge: Knowledge,
    proposition_ids: set[int],
    weights: Mapping[str, float],
    new: _Unstored | None = None,
) -> Regraded:
    """Re-score the claims of these propositions; only rows whose score or grade changed are written.

    `new`: an article's claims not yet stored, members of these propositions: graded with the others
    and then written, each with its grade. Returns the members as read (before their new grades), every
    member's grade by claim id, the time written into updated_at of the changed ones and each
    proposition's summary."""
    changes = []
    stored = store.members_of_propositions(db, proposition_ids - new.created if new else proposition_ids)
    members = {proposition: stored.get(proposition, []) for proposition in sorted(proposition_ids)}
    for row in new.members() if new else []:
        members[row["proposition_id"]].append(row)  # their ids come after every stored one
    grades: Grades = {}
    summaries: dict[int, Summary] = {}
    shown = dict(zip(new.ids, new.sources, strict=True)) if new else {}
    for proposition, rows in members.items():
        summary = summaries[proposition] = summarise([_member(r, weights) for r in rows])
        for row, member in zip(rows, summary.members, strict=True):
            if (sources := shown.get(row["id"])) is not None and new:
                # A new claim's evidence as its response shows it (the claims lists and spans grade nothing).
                evidence = new.evidence[row["id"]] = _evidence(
                    {**row, "sources": sources}, corroborate(member, summary), knowledge
                )
            else:
                # The grade without its explanation (grade() explains too: no response shows these).
                evidence = _evidence(row, corroborate(member, summary, with_claims=False), knowledge)
            given = grades[row["id"]] = (
                score_of(evidence, weights),
                source_letter(evidence),
                information_digit(evidence),
            )
            if given != (row["score"], row["grade_source"], row["grade_information"]):
                changes.append((*given, row["id"]))
    if new is None:
        return Regraded(members, grades, store.update_scores(db, changes), summaries)
    at = store.now()
    for claim_id, record in zip(new.ids, new.records, strict=True):
        record["score"], record["grade_source"], record["grade_information"] = grades[claim_id]
        record["updated_at"] = at
    store.insert_claims(db, new.records, new.sources, ids=new.ids, article=new.article)
    written = {
        claim_id: (None, None, record["article_id"]) for claim_id, record in zip(new.ids, new.records, strict=True)
    }
    return Regraded(members, grades, store.update_scores(db, changes, at, written=written), summaries)


def regrade_outlet(db: Database, knowledge: Knowledge, domain: str, weights: Mapping[str, float]) -> None:
    """After an outlet's edit, in its write transaction: its claims and all claims of their propositions."""
    regrade(db, knowledge, store.propositions_of_outlet(db, domain), weights)


def regrade_conflict(db: Database, knowledge: Knowledge, conflict_id: str, weights: Mapping[str, float]) -> None:
    """After a conflict's edit, in its write transaction: its claims and all claims of their propositions.

    Whether a claim's origin is a belligerent is decided anew from what the analysis decided it from
    (its stored origin parties, conflict and day), so new belligerents or since-dates reach stored
    claims at once. Which conflict a claim is about stays as the analysis of its text found it:
    changed terms reach stored claims through a re-analysis (`flask reanalyse`).
    """
    rows = store.belligerence_of_conflict(db, conflict_id)
    changes = []
    for row in rows:
        day = row["published_at"][:10] if row["published_at"] else None
        flag = is_belligerent(row["origin_parties"] or (), conflict_id, day, knowledge)
        if flag != row["belligerent"]:
            changes.append((flag, row["id"]))
    store.set_belligerent(db, changes)
    regrade(db, knowledge, {r["proposition_id"] for r in rows if r["proposition_id"] is not None}, weights)


def with_evidence(
    db: Database,
    knowledge: Knowledge,
    claims: list[dict[str, Any]],
    weights: Mapping[str, float],
    *,
    persisted: bool = True,
    language: str = DEFAULT_LANGUAGE,
    members: Mapping[int, list[dict[str, Any]]] | None = None,
    summaries: Mapping[int, Summary] | None = None,
    evidence: Mapping[int, Evidence] | None = None,
) -> list[dict[str, Any]]:
    """The body of each claim (ClaimSchema), the one place it is put together for every response.

    Score and grade are the stored columns, the very values the filters of GET /v1/claims read
    (`regrade` keeps them current); corroboration and explanation come from the claim's proposition
    as it stands. `persisted=False` (POST /v1/score, rolled back) leaves out ids that point nowhere.
    The explanation is in `language` (seeds/explanations.json). `members`: the claims of their
    propositions, when the caller has just read them (a POST's re-grading), else they are read here;
    `summaries`: what the caller has summed up of them (summarise), if it has; `evidence`: each claim's, by
    id, where the caller has put it together from these members and summaries (a POST's re-grading).
    """
    if members is None:
        members = store.members_of_propositions(db, {c["proposition_id"] for c in claims if c.get("proposition_id")})
    summaries = {
        pid: (summaries or {}).get(pid) or summarise([_member(r, weights) for r in rows])
        for pid, rows in members.items()
    }
    rows_by_id = {r["id"]: r for rows in members.values() for r in rows}
    unsaved = set() if persisted else {c["id"] for c in claims}
    bodies = []
    outlets = _Outlets.of(knowledge)
    for claim in claims:
        row = rows_by_id.get(claim["id"])
        summary = summaries.get(claim["proposition_id"]) if claim.get("proposition_id") else None
        given = evidence.get(claim["id"]) if evidence else None
        body = _claim_body(claim, row, summary, knowledge, weights, unsaved, language, outlets, given)
        body["explanation"] += _joined_by(row, body, rows_by_id, language, weights["confident_link"])
        bodies.append(body)
    return bodies


def _joined_by(
    row: Mapping[str, Any] | None,
    body: Mapping[str, Any],
    rows_by_id: Mapping[int, Mapping[str, Any]],
    language: str = DEFAULT_LANGUAGE,
    confident: float = 1.0,
) -> list[str]:
    """For a corroborated claim: what ties it to the claims of other outlets (the shared number,
    event, name), one line for each of the first few outlets; and, where it joined them by a loose
    match (below `confident`), that they count as outlets, not as origins."""
    if row is None or not (body.get("corroboration") or {}).get("claims"):
        return []
    own = _signature(row)
    lines: list[str] = []
    outlets: set[str] = set()
    for other_id in (body.get("corroboration") or {}).get("claims", []):
        other = rows_by_id.get(other_id)
        if other is None or other["outlet"] in outlets or len(outlets) >= _JOINED_LINES:
            continue
        outlets.add(other["outlet"])
        anchors = shared_anchors(own, _signature(other), language, str(body.get("text") or ""))
        if anchors:
            words = phrasebook(language)
            lines.append(words.say("same_fact", id=other_id, outlet=other["outlet"], anchors=words.join(anchors)))
    if outlets and row.get("link_score", 1.0) < confident:
        lines.append(phrasebook(language).say("loose_link"))
    return lines


_JOINED_LINES = 3


@dataclass(frozen=True)
class _Outlets:
    """The registered outlets by owner group (wire agencies first) and by name, for showing origins."""

    knowledge: Knowledge
    by_group: Mapping[str, list[str]]
    by_name: Mapping[str, str]

    @classmethod
    def of(cls, knowledge: Knowledge) -> _Outlets:
        """Built once per knowledge (it changes only when outlets are edited), not once per request."""
        cached = _OUTLETS[0]
        if cached is not None and cached.knowledge is knowledge:
            return cached
        by_group: dict[str, list[str]] = {}
        by_name: dict[str, str] = {}
        for o in sorted(knowledge.outlets.values(), key=lambda o: (not o.wire_agency, o.domain)):
            by_group.setdefault(o.owner_group, []).append(o.domain)
            for name in (o.name, *o.names):
                by_name.setdefault(name, o.domain)
        built = _OUTLETS[0] = cls(knowledge, by_group, by_name)
        return built

    def shown(self, key: str, summary: Summary, language: str) -> tuple[str, str]:
        """An origin as the API shows it, with its display name: a party code ("UA", "Ukraine"), or for an
        outlet's own voice or a medium the outlet's domain ("nzz.ch", "Neue Zürcher Zeitung"), or an
        unresolved source as written."""
        kind, _, value = key.partition(":") if key.startswith(_ORIGIN_KINDS) else ("party", "", key)
        if kind == "party":
            return key, phrasebook(language).party(key, self.knowledge.party_names.get(key, key))
        if kind == "source":
            return (value, phrasebook(language).say("unnamed_source")) if key == UNNAMED_ORIGIN else (value, value)
        if kind == "voice":
            # The group's own outlet among those reporting the fact, else the group's (a wire's) registered one.
            members = sorted(m.outlet for m in summary.members if self.knowledge.outlet(m.outlet).owner_group == value)
            # else the group's outlet it is named as ("dpa" is dpa.com, not dpa-AFX), else the group's first
            named = self.by_name.get(value)
            if named is not None and self.knowledge.outlet(named).owner_group != value:
                named = None
            value = members[0] if members else named or self.by_group.get(value, [value])[0]
        outlet = self.knowledge.outlets.get(value) or self.knowledge.outlets.get(self.by_name.get(value, ""))
        return (outlet.domain, outlet.name) if outlet else (value, value)


_OUTLETS: list[_Outlets | None] = [None]  # the last one built, with the knowledge it was built from
_ORIGIN_KINDS = ("voice:", "medium:", "source:")  # an origin key that is no party's code


def _claim_body(
    claim: Mapping[str, Any],
    row: Mapping[str, Any] | None,
    summary: Any,
    knowledge: Knowledge,
    weights: Mapping[str, float],
    unsaved: set[int],
    language: str = DEFAULT_LANGUAGE,
    outlets: _Outlets | None = None,
    evidence: Evidence | None = None,
) -> dict[str, Any]:
    corroboration: dict[str, Any] = {}
    explanation: list[str] = []
    if summary is not None and row is not None:
        if evidence is None:
            evidence = _evidence(
                {**row, "sources": claim["sources"]}, corroborate(_member(row, weights), summary), knowledge
            )
        c = evidence.corroboration
        outlets = outlets or _Outlets.of(knowledge)
        explanation = explain(evidence, language)  # grade()'s explanation, without the grade (stored already)
        origins = [outlets.shown(o, summary, language) for o in c.origin_names]
        corroboration = {
            "outlets": c.outlets,
            "independent_outlets": c.independent_outlets,
            "independent_origins": c.independent_origins,
            "claims": [i for i in c.claims if i not in unsaved],
            "contradicting_claims": [i for i in c.contradicting_claims if i not in unsaved],
            "unconfirming_claims": [i for i in c.unconfirming_claims if i not in unsaved],
            "origins": [origin for origin, _ in origins],
            "origin_names": [name for _, name in origins],
        }
    source, information = claim["grade_source"], claim["grade_information"]
    stored = not unsaved
    return {
        "id": claim["id"] if stored else None,
        "article_id": claim["article_id"] if stored else None,
        "outlet": claim["outlet"],
        "published_at": claim["published_at"],
        "text": claim["text"],
        "start": claim["start"],
        "end": claim["end"],
        "hedged": claim["hedged"],
        "hedges": claim["hedges"],
        "reported_speech": claim["reported_speech"],
        "reported_speech_cues": claim["speech"] or [],
        "sources": claim["sources"],
        "origin_parties": claim["origin_parties"],
        "belligerent": claim["belligerent"],
        "conflict": claim["conflict"],
        "stance": claim["stance"],
        "corroboration": corroboration,
        "proposition_id": claim["proposition_id"] if stored else None,
        "score": None if claim["score"] is None else float(claim["score"]),  # as ClaimSchema's Float dumps it
        "grade": {
            "source": source,
            "information": information,
            "code": f"{source}{information}" if source and information else None,
        },
        "explanation": explanation,
        "updated_at": claim.get("updated_at") if stored else None,
    }
