"""The shipped claim-matching sets (dev and tuning) load, meet their minimum counts, and broken sets are refused."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eval.datasets.claim_matching import (
    DEV_FOLDER,
    LABELS,
    TUNING_FOLDER,
    ClaimMatchingError,
    ClaimMatchingSet,
    load,
    main,
)


@pytest.fixture(scope="module")
def dev() -> ClaimMatchingSet:
    return load(DEV_FOLDER)


@pytest.fixture(scope="module")
def tuning() -> ClaimMatchingSet:
    return load(TUNING_FOLDER)


def _pair_languages(data: ClaimMatchingSet) -> set[str]:
    return {data.claims[cid].language for p in data.pairs for cid in (p.query, p.target)}


def _topic(claim_id: str) -> str:
    return claim_id.split("-")[1]


def test_dev_set_meets_the_minimum_counts(dev):
    labels = Counter(p.label for p in dev.pairs)
    assert len(dev.pairs) >= 70
    assert len(_pair_languages(dev)) >= 5
    for label in ("misattributed", "conflicting", "corroborating"):
        assert labels[label] >= 12, label
    assert labels["paraphrase"] >= 8
    assert labels["unrelated"] >= 10
    assert len(dev.distractors()) >= 120


def test_dev_set_is_mostly_cross_lingual(dev):
    crossed = [p for p in dev.pairs if dev.is_cross_lingual(p)]
    assert len(crossed) > 0.75 * len(dev.pairs)
    assert sum(p.label == "corroborating" for p in crossed) >= 12, "corroborating should include translations"


def test_tuning_set_meets_the_minimum_counts(tuning):
    assert len(tuning.pairs) >= 40
    assert len(_pair_languages(tuning)) >= 4
    assert {p.label for p in tuning.pairs} == set(LABELS)


def test_tuning_and_dev_sets_share_no_topic_claim_article_or_speaker(dev, tuning):
    assert not {_topic(cid) for cid in dev.claims} & {_topic(cid) for cid in tuning.claims}
    assert not set(dev.claims) & set(tuning.claims)
    assert not {c.article for c in dev.claims.values()} & {c.article for c in tuning.claims.values()}
    assert not {c.text for c in dev.claims.values()} & {c.text for c in tuning.claims.values()}
    speakers = [{c.speaker for c in s.claims.values()} - {None} for s in (dev, tuning)]
    assert not speakers[0] & speakers[1]


def test_cli_validates_and_prints_stats(capsys):
    assert main([str(DEV_FOLDER), "--stats"]) == 0
    out = capsys.readouterr().out
    assert "cross-lingual" in out and "| misattributed |" in out


# A small valid set that each broken variant below changes in one place.
_CLAIMS = [
    {
        "id": "en-x-001",
        "language": "en",
        "text": "Unemployment fell to 5.1 percent in the last quarter of the year.",
        "speaker": "Jean Dupont",
        "article": "en-x-a1",
        "date": "2025-01-10",
    },
    {
        "id": "fr-x-001",
        "language": "fr",
        "text": "Le chômage a reculé à 5,1 % au dernier trimestre de l'année.",
        "speaker": "Jean Dupont",
        "article": "fr-x-a1",
        "date": "2025-01-11",
    },
    {
        "id": "de-x-001",
        "language": "de",
        "text": "Die Arbeitslosigkeit ist im letzten Quartal auf 5,4 Prozent gestiegen.",
        "speaker": "Jean Dupont",
        "article": "de-x-a1",
        "date": "2025-01-11",
    },
]
_PAIRS = [
    {"query": "en-x-001", "target": "fr-x-001", "label": "corroborating"},
    {"query": "en-x-001", "target": "de-x-001", "label": "conflicting"},
]


def _write(folder: Path, claims: list[dict], pairs: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "claims.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims), "utf-8")
    (folder / "pairs.jsonl").write_text("".join(json.dumps(p) + "\n" for p in pairs), "utf-8")
    return folder


def test_the_small_set_is_valid(tmp_path):
    data = load(_write(tmp_path, _CLAIMS, _PAIRS))
    assert len(data.claims) == 3 and len(data.pairs) == 2
    assert data.claims["fr-x-001"].speaker == "Jean Dupont"


def _claim(index: int, **changes) -> list[dict]:
    claims = [dict(c) for c in _CLAIMS]
    claims[index].update(changes)
    return claims


@pytest.mark.parametrize(
    ("claims", "pairs", "expected"),
    [
        (_CLAIMS, [*_PAIRS, {"query": "en-x-001", "target": "es-x-404", "label": "paraphrase"}], "unknown claim id"),
        (_CLAIMS, [{"query": "en-x-001", "target": "fr-x-001", "label": "similar"}], "label 'similar'"),
        (_CLAIMS, [{"query": "en-x-001", "target": "en-x-001", "label": "corroborating"}], "itself"),
        (_CLAIMS, [*_PAIRS, {"query": "fr-x-001", "target": "en-x-001", "label": "paraphrase"}], "already labelled"),
        ([*_CLAIMS, _CLAIMS[0]], _PAIRS, "duplicate id"),
        (_claim(1, language="fra"), _PAIRS, "2-letter code"),
        (
            _claim(1, text="Die Arbeitslosigkeit ist im letzten Quartal auf 5,1 Prozent gesunken."),
            _PAIRS,
            "reads as 'de'",
        ),
        (_claim(1, speaker="le ministre"), _PAIRS, "canonical name"),
        (_claim(1, date="11/01/2025"), _PAIRS, "YYYY-MM-DD"),
        (_claim(1, article="en-x-a1"), _PAIRS, "another claim"),
        (_claim(1, speaker="Marie Curie"), _PAIRS, "corroborating needs the same"),
        (
            _claim(1, speaker=None),
            [{"query": "en-x-001", "target": "fr-x-001", "label": "misattributed"}],
            "misattributed needs",
        ),
    ],
)
def test_a_broken_set_is_refused(tmp_path, claims, pairs, expected):
    folder = _write(tmp_path, claims, pairs)
    with pytest.raises(ClaimMatchingError, match=expected):
        load(folder)
    assert main([str(folder)]) == 1


def test_invalid_json_and_missing_file_are_reported(tmp_path):
    folder = _write(tmp_path, _CLAIMS, _PAIRS)
    (folder / "pairs.jsonl").write_text('{"query": "en-x-001",\n', "utf-8")
    with pytest.raises(ClaimMatchingError, match="invalid JSON"):
        load(folder)
    (folder / "pairs.jsonl").unlink()
    with pytest.raises(ClaimMatchingError, match="pairs.jsonl: missing"):
        load(folder)
