"""Property-based fuzzing of every POST route: random bodies never give a 5xx, nor echo the input.

Two generators: hand-written hypothesis strategies (wrong types, huge numbers, control characters,
lone surrogates, raw bytes) and, when it is installed, schemathesis reading the app's OpenAPI schema.
"""

from __future__ import annotations

import functools
import json

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from models.loader import LoadedModels
from service.app import create_app
from service.config import Settings
from tests.conftest import FakeEmbedder

CANARY = "CANARY-7f3a91"
FUZZ = settings(
    max_examples=100,
    deadline=None,
    database=None,  # no .hypothesis folder in the tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _app():
    # Small limits keep each example fast and make the limits themselves part of what is fuzzed.
    limits = Settings(max_body_bytes=20_000, max_text_chars=2_000, max_concurrency=4, max_queue=64)
    return create_app(limits, models_factory=lambda _s: LoadedModels(embedder=FakeEmbedder()))


APP = _app()
POST_ROUTES = sorted(path for path, ops in APP.openapi()["paths"].items() if "post" in ops)


@pytest.fixture(scope="module")
def client():
    with TestClient(APP) as test_client:
        yield test_client


# Any character, control characters and lone surrogates included (sent as JSON \u escapes).
any_text = st.text(st.characters(codec=None), max_size=300)
# Fragments that steer the stages into their interesting branches: quotes, cues, names, artifacts.
PIECES = [
    "“", "”", "«", "»", '"', "'", "„", "said", "dit", "told Reuters.", "according to", "Wilbur Ross",
    "Mr.", "M.", "Tik Tok", "Bitdance", "Ministry of Commerce", "\n\n", ".", "?!", "...", "42%", "$3 billion",
    "on 12 November", "😀", "\u202e", "\x00", "\t", "Le ministre a déclaré", "Er sagte:",
]
article_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60).map(" ".join)
texts = st.one_of(
    any_text,
    article_like,
    any_text.map(lambda text: f"{text} {CANARY} {text}"),
    st.sampled_from(["", " ", "\u200b", "“", "”“", "\x00", "\ud800", "Tik Tok said “yes,” he said."]),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([2**63, -(2**63) - 1, 10**40, -1, 0]),
    st.floats(allow_nan=True, allow_infinity=True),
    texts,
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
options = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {},
        optional={
            "summarizer": st.one_of(scalars, st.sampled_from(["extractive", "llm", "seq2seq:/nope", "use", "x:y"])),
            "max_words": scalars,
            "min_words": scalars,
            "normalize_min_confidence": scalars,
            "unknown": json_values,
        },
    ),
)
shaped_bodies = st.fixed_dictionaries(
    {"text": st.one_of(texts, json_values)},
    optional={
        "language": st.one_of(scalars, st.sampled_from(["en", "fr", "zz", "EN", "de-CH", ""])),
        "title": st.one_of(texts, json_values),
        "options": options,
        "min_confidence": scalars,
        "extra": json_values,
    },
)
# Schema-valid bodies with adversarial text: these reach the pipeline itself.
valid_bodies = st.fixed_dictionaries(
    {"text": st.one_of(article_like, any_text, article_like.map(lambda text: text + CANARY))},
    optional={
        "language": st.one_of(st.none(), st.sampled_from(["en", "fr", "de", "zz", "", "EN"])),
        "title": st.one_of(st.none(), texts),
        "options": st.fixed_dictionaries(
            {},
            optional={
                "max_words": st.integers(5, 1000),
                "min_words": st.integers(0, 1000),
                "normalize_min_confidence": st.floats(0, 1),
                "summarizer": st.sampled_from(["extractive", "llm", "seq2seq:/nonexistent", "nope"]),
            },
        ),
    },
)
raw_bodies = st.one_of(st.binary(max_size=300), texts.map(lambda text: text.encode("utf-8", "surrogatepass")))


def _encoded(bodies):
    return bodies.map(lambda body: json.dumps(body, ensure_ascii=True, allow_nan=True).encode())


# Half the examples are schema-valid (so the stages run); the rest are wrong in shape or encoding.
bodies = st.one_of(
    _encoded(valid_bodies), _encoded(valid_bodies), _encoded(shaped_bodies), _encoded(json_values), raw_bodies
)


def _check(response, sent: bytes) -> None:
    event(f"status {response.status_code}")  # shown by --hypothesis-show-statistics
    assert response.status_code < 500, response.text[:500]
    if response.status_code >= 400:
        error = response.json()["error"]
        assert set(error) == {"code", "message", "details"}
        assert isinstance(error["code"], str) and isinstance(error["message"], str)
        if CANARY.encode() in sent:
            assert CANARY not in response.text


@pytest.mark.parametrize("route", POST_ROUTES)
@FUZZ
@given(body=bodies, content_type=st.sampled_from(["application/json", "application/json", "text/plain"]))
def test_random_bodies_never_give_a_server_error(client, route, body, content_type):
    response = client.post(route, content=body, headers={"content-type": content_type})
    _check(response, body)


def test_every_post_route_is_fuzzed():
    assert POST_ROUTES == [
        "/v1/analyze", "/v1/artifacts", "/v1/claims", "/v1/normalize", "/v1/reviews", "/v1/summarize"
    ]


@functools.cache
def _schema_cases(route: str):
    schemathesis = pytest.importorskip("schemathesis")
    operation = schemathesis.openapi.from_dict(APP.openapi())[route]["POST"]
    return st.one_of(
        operation.as_strategy(schemathesis.GenerationMode.POSITIVE),
        operation.as_strategy(schemathesis.GenerationMode.NEGATIVE),
    )


@pytest.mark.parametrize("route", POST_ROUTES)
@FUZZ
@given(data=st.data())
def test_schema_generated_requests_never_give_a_server_error(client, route, data):
    case = data.draw(_schema_cases(route), label="case")
    sent = json.dumps(case.body, ensure_ascii=True, allow_nan=True, default=repr).encode()
    response = client.post(route, content=sent, headers={"content-type": "application/json"})
    _check(response, sent)
