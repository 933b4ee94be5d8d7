import random

from service.stages.artifacts.text import tokenize, tokens_inside


def test_tokens_inside_matches_the_naive_definition():
    rng = random.Random(7)
    text = " ".join(rng.choice(["Tik", "Tok", "said", "Bitdance", "the", "ministry"]) for _ in range(300))
    tokens = tokenize(text)
    for _ in range(20):
        spans = []
        for _ in range(rng.randint(0, 15)):
            start = rng.randrange(len(text))
            spans.append((start, min(len(text), start + rng.randint(1, 40))))
        naive = {i for i, t in enumerate(tokens) if any(s <= t.start < e for s, e in spans)}
        assert tokens_inside(tokens, spans) == naive


def test_tokens_inside_with_no_spans_or_no_tokens():
    tokens = tokenize("Shares of Bitdance fell")
    assert tokens_inside(tokens, []) == set()
    assert tokens_inside([], [(0, 5)]) == set()
    assert tokens_inside(tokens, [(10, 18)]) == {2}
