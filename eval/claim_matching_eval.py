"""``wirecheck eval --dataset claim-matching``: the claim store's related claims scored on a claim-matching set.

Every claim of the set (pair members and distractors) goes into a fresh temporary SQLite store through
the store's own ingestion (``ClaimStore.add_analysis``), one article per ``article`` id, embedded with the
encoder the matching thresholds were tuned for. For each labelled pair the query's related list, ranked by
similarity over every stored claim, says where the target ranks and how the store labels it.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from itertools import groupby
from pathlib import Path

from eval.datasets.claim_matching import DEV_FOLDER, TUNING_FOLDER, ClaimMatchingSet, MatchClaim, MatchPair, load
from eval.metrics.claim_matching import RELATED_LABELS, UNRELATED, labelling, retrieval
from models.base import Embedder
from service.contracts import Analysis, Claim, Speaker, Summary

EmbedderFactory = Callable[[], Embedder]

DATASET = "claim-matching"
# The store's default encoder, the one service/store/matching.py's thresholds were tuned with.
DEFAULT_EMBEDDER = "use"
# The related list's length the API and CLI show by default (ClaimStore.related's k).
K = 5
# Issue 14's acceptance: metric -> the least it must reach.
TARGETS = {f"recall@{K}": 0.90, "misattributed_f1": 0.80, "conflicting_f1": 0.70}
# Published claim-matching MRRs of multilingual sentence encoders (mUSE, LaBSE), on their own data, as
# {"model", "metric", "value", "data", "source"}: only numbers read in the publication's text. None found:
# Kazemi et al. 2021 (ACL, "Claim matching beyond English to scale global fact-checking") and the CheckThat!
# task 2 pages searched give abstracts and BM25 baselines (MAP@5), no mUSE/LaBSE MRR.
PUBLISHED_BASELINES: list[dict] = []


@dataclass(frozen=True)
class PairResult:
    """One labelled pair as the store saw it."""

    query: str
    target: str
    gold: str
    query_language: str
    target_language: str
    rank: int | None  # 1-based place of the target in the query's related list; None when not returned
    filtered_rank: int | None  # that place with the query's other related claims left out of the list
    label: str | None  # the store's label of the target at that rank
    predicted: str  # the label within the top K, else "unrelated"
    similarity: float | None  # cosine of target to query, from the store's vectors
    cosine_rank: int | None  # the target's place by cosine alone among the other articles' claims
    cosine_filtered_rank: int | None
    miss: str | None  # why a related target is not in the top K: below_related_cut, no_label, rank

    @property
    def kind(self) -> str:
        return "same-language" if self.query_language == self.target_language else "cross-lingual"


def run(
    path: Path | str | None,
    out_dir: Path | str | None,
    embedder_factory: EmbedderFactory | None = None,
    limit: int | None = None,
    progress: bool = True,
) -> dict:
    """Score one claim-matching folder (default: the dev set); writes report.json, report.md, predictions.jsonl."""
    folder = Path(path) if path is not None else DEV_FOLDER
    data = load(folder)
    pairs = data.pairs[:limit] if limit is not None else data.pairs
    embedder = (embedder_factory or default_embedder)()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="wirecheck-claim-matching-") as tmp:
        results, details = evaluate(data, pairs, embedder, Path(tmp) / "claims.db", progress)
    report = build_report(data, pairs, results, path)
    report["embedder"] = getattr(embedder, "name", type(embedder).__name__)
    report["timings"] = {"total_s": round(time.perf_counter() - started, 2)}
    if out_dir is not None:
        from eval.harness import write_outputs

        # "id" per pair, so python -m eval.diff compares two runs' predictions as it does documents.
        rows = [{"id": f"{result.query}->{result.target}", **asdict(result), "kind": result.kind, **detail}
                for result, detail in zip(results, details)]
        write_outputs(Path(out_dir), report, rows)
    return report


def default_embedder() -> Embedder:
    from models.registry import make_backend

    return make_backend(DEFAULT_EMBEDDER)  # type: ignore[return-value]


def evaluate(
    data: ClaimMatchingSet, pairs: list[MatchPair], embedder: Embedder, db_path: Path, progress: bool = False
) -> tuple[list[PairResult], list[dict]]:
    """Store every claim of ``data``, then look each pair's target up in its query's related list."""
    from eval.harness import with_progress
    from service.store.matching import RELATED_MIN_SIMILARITY
    from service.store.store import ClaimStore

    related: dict[str, list[tuple[str, str, float]]] = {}
    cosines: dict[str, list[tuple[str, float]]] = {}
    with ClaimStore.open(f"sqlite:///{db_path}", embedder) as store:
        stored = store_claims(store, data)
        ids = {stored_id: claim_id for claim_id, stored_id in stored.items()}
        queries = list(dict.fromkeys(p.query for p in pairs))
        for query_id in with_progress(queries, enabled=progress, unit="queries"):
            query = store.get_claim(stored[query_id])
            # k = every stored claim: the whole related list, so a target's rank is known past the top K.
            related[query_id] = [(ids[r.claim.id], r.label, r.similarity) for r in store.related(query.id, len(ids))]
            cosines[query_id] = [
                (ids[hit.claim.id], hit.similarity or 0.0)
                for hit in store.search(q=query.text, limit=len(ids))
                if hit.claim.article_id != query.article_id
            ]
    return score_pairs(data, pairs, related, cosines, RELATED_MIN_SIMILARITY)


def score_pairs(
    data: ClaimMatchingSet,
    pairs: list[MatchPair],
    related: dict[str, list[tuple[str, str, float]]],
    cosines: dict[str, list[tuple[str, float]]],
    related_cut: float,
) -> tuple[list[PairResult], list[dict]]:
    """Each pair's result from its query's related list ((id, label, similarity), best first) and its
    ranking by cosine alone ((id, similarity) over the other articles' claims); plus details to print."""
    relevant = _relevant(data)
    results, details = [], []
    for pair in pairs:
        found = [cid for cid, _, _ in related[pair.query]]
        by_cosine = [cid for cid, _ in cosines[pair.query]]
        others = relevant.get(pair.query, set()) - {pair.target}
        rank, filtered = _ranks(found, pair.target, others)
        cosine_rank, cosine_filtered = _ranks(by_cosine, pair.target, others)
        label = related[pair.query][rank - 1][1] if rank is not None else None
        similarity = dict(cosines[pair.query]).get(pair.target)
        query, target = data.claims[pair.query], data.claims[pair.target]
        results.append(PairResult(
            query=pair.query, target=pair.target, gold=pair.label,
            query_language=query.language, target_language=target.language,
            rank=rank, filtered_rank=filtered, label=label,
            predicted=label if label and rank is not None and rank <= K else UNRELATED,
            similarity=similarity, cosine_rank=cosine_rank, cosine_filtered_rank=cosine_filtered,
            miss=_miss(rank, similarity, related_cut) if pair.label != UNRELATED else None,
        ))
        details.append({
            "query_text": query.text, "query_speaker": query.speaker,
            "target_text": target.text, "target_speaker": target.speaker,
            "top": [{"id": cid, "label": lab, "similarity": sim} for cid, lab, sim in related[pair.query][:K]],
        })
    return results, details


def _relevant(data: ClaimMatchingSet) -> dict[str, set[str]]:
    """Each claim's related claims (any label but unrelated), both directions: the labels are symmetric."""
    out: dict[str, set[str]] = {}
    for pair in data.pairs:
        if pair.label != UNRELATED:
            out.setdefault(pair.query, set()).add(pair.target)
            out.setdefault(pair.target, set()).add(pair.query)
    return out


def _ranks(ordered: list[str], target: str, others: set[str]) -> tuple[int | None, int | None]:
    """The target's 1-based rank, and its rank when the query's other related claims are left out."""
    if target not in ordered:
        return None, None
    place = ordered.index(target)
    return place + 1, place + 1 - sum(cid in others for cid in ordered[:place])


def _miss(rank: int | None, similarity: float | None, related_cut: float) -> str | None:
    if rank is not None:
        return None if rank <= K else "rank"
    return "below_related_cut" if similarity is None or similarity < related_cut else "no_label"


def store_claims(store, data: ClaimMatchingSet) -> dict[str, int]:
    """Adds one article per ``article`` id through ``add_analysis``; returns dataset id -> stored claim id."""
    stored: dict[str, int] = {}
    claims = sorted(data.claims.values(), key=lambda c: (c.article, c.id))
    for _, group in groupby(claims, key=lambda c: c.article):
        members = list(group)
        text, analysis = article_analysis(members)
        article_id, created = store.add_analysis(text, analysis, source=f"claim-matching:{members[0].article}")
        if not created:
            raise ValueError(f"article {members[0].article} has the same text as one stored before")
        by_position = {claim.position: claim.id for claim in store.claims_of(article_id)}
        stored.update({member.id: by_position[position] for position, member in enumerate(members)})
    return stored


def article_analysis(claims: list[MatchClaim]) -> tuple[str, Analysis]:
    """An article made of its claims, one line each ('Speaker: “quote”'), and the analysis that claims them."""
    first = claims[0]
    text = f"{first.article}, {first.date}\n"  # the article id keeps two articles' texts (their identity) apart
    out = []
    for claim in claims:
        text += "\n"
        speaker = None
        if claim.speaker:
            start = len(text)
            text += claim.speaker
            speaker = Speaker(name=claim.speaker, mention=claim.speaker, start=start, end=len(text))
            text += ": "
        text += "“"
        start = len(text)
        text += claim.text
        out.append(Claim(quote=claim.text, start=start, end=len(text), type="direct", speaker=speaker))
        text += "”"
    return text + "\n", Analysis(language=first.language, summary=Summary(text=""), claims=out)


def split_of(path: Path | str | None) -> str:
    """'dev' or 'tuning' for the shipped sets, else the folder's name (the key in eval/scores.json)."""
    if path is None:
        return "dev"
    resolved = Path(path).resolve()
    return {DEV_FOLDER.resolve(): "dev", TUNING_FOLDER.resolve(): "tuning"}.get(resolved, resolved.name)


def section(results: list[PairResult]) -> dict:
    """Retrieval over the related pairs, labelling over every pair, and cosine-only retrieval beside them."""
    linked = [r for r in results if r.gold != UNRELATED]
    labels = labelling([r.gold for r in results], [r.predicted for r in results])
    system = {
        "pairs": len(results),
        "related_pairs": len(linked),
        **{key: value for key, value in retrieval([r.rank for r in linked], K).items() if key != "pairs"},
        "mrr_filtered": retrieval([r.filtered_rank for r in linked], K)["mrr"],
        **{f"{label}_f1": labels["per_label"][label]["f1"] for label in RELATED_LABELS},
        "macro_f1": labels["macro_f1"],
        "accuracy": labels["accuracy"],
    }
    cosine = retrieval([r.cosine_rank for r in linked], K)
    cosine["mrr_filtered"] = retrieval([r.cosine_filtered_rank for r in linked], K)["mrr"]
    by_gold = {
        label: retrieval([r.rank for r in linked if r.gold == label], K)
        for label in RELATED_LABELS if any(r.gold == label for r in linked)
    }
    return {
        "documents": len(results),
        "system": system,
        "cosine_only": {key: cosine[key] for key in (f"recall@{K}", "mrr", "mrr_filtered")},
        "labels": labels,
        "retrieval_by_label": by_gold,
        "misses": _count(r.miss for r in linked if r.miss),
    }


def build_report(data: ClaimMatchingSet, pairs: list[MatchPair], results: list[PairResult], path) -> dict:
    languages = sorted({r.query_language for r in results})
    return {
        "dataset": DATASET,
        "path": str(path) if path is not None else None,
        "split": split_of(path),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "documents": len(results),
        "claims": len(data.claims),
        "articles": len({c.article for c in data.claims.values()}),
        "languages": {code: sum(r.query_language == code for r in results) for code in languages},
        "errors": [],
        "k": K,
        "targets": TARGETS,
        "claim_matching": section(results),
        "by_pair_kind": {
            kind: section([r for r in results if r.kind == kind])
            for kind in ("same-language", "cross-lingual") if any(r.kind == kind for r in results)
        },
        "by_language": {
            code: {"documents": sum(r.query_language == code for r in results),
                   "claim_matching": section([r for r in results if r.query_language == code])}
            for code in languages
        },
        "published_baselines": PUBLISHED_BASELINES,
    }


def _count(items: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in items:
        out[item] = out.get(item, 0) + 1
    return dict(sorted(out.items()))
