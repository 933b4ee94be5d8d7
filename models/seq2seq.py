"""Abstractive summaries from any transformers encoder-decoder (BART, T5, mT5, PEGASUS) on local disk.

The only module that touches torch. Each call runs preprocess (token chunks) → _forward (generate,
under ``inference_mode``) → postprocess (decode, tidy), and long articles are summarised
hierarchically: chunk summaries are joined and summarised again until they fit one window.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from models.base import BackendUnavailable
from models.registry import BackendSpec, register

DEFAULT_MAX_INPUT_TOKENS = 512  # T5's training window; BART/PEGASUS allow 1024 and say so in config
_TOKENS_PER_WORD = 1.6
_MAX_LEVELS = 3


class Seq2SeqSummarizer:
    """A loaded seq2seq checkpoint plus its generation settings."""

    def __init__(self, path: str, *, num_beams: int = 4, max_input_tokens: int | None = None,
                 no_repeat_ngram_size: int = 3, threads: int = 2) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        torch.set_num_threads(threads)
        source = _resolve(path)
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=True)
            self.model = AutoModelForSeq2SeqLM.from_pretrained(source, local_files_only=True).eval()
        except (OSError, ValueError) as exc:
            raise BackendUnavailable(f"seq2seq: could not load a model from {path!r}: {exc}") from exc
        self.name = f"seq2seq:{path}"
        self.num_beams = num_beams
        self.no_repeat_ngram_size = no_repeat_ngram_size
        config = self.model.config
        # T5-family checkpoints were trained with a task prefix; BART and PEGASUS were not.
        self.prefix = "summarize: " if config.model_type in {"t5", "mt5", "umt5", "longt5"} else ""
        window = getattr(config, "max_position_embeddings", None) or getattr(config, "n_positions", None)
        self.max_input_tokens = max_input_tokens or min(window or DEFAULT_MAX_INPUT_TOKENS, 1024)

    def generate(self, text: str, *, max_words: int) -> str:
        """A summary of ``text`` of at most about ``max_words`` words."""
        max_new_tokens = int(max_words * _TOKENS_PER_WORD) + 8
        current = text
        for _ in range(_MAX_LEVELS):
            chunks = self.preprocess(current)
            partials = [self.postprocess(self._forward(chunk, max_new_tokens)) for chunk in chunks]
            current = " ".join(p for p in partials if p)
            if len(chunks) == 1:
                break
        return _clip_words(current, max_words)

    def preprocess(self, text: str) -> list[dict[str, Any]]:
        """Encoder inputs, one per chunk of whole paragraphs (or sentences) that fits the window."""
        budget = self.max_input_tokens - len(self.tokenizer(self.prefix)["input_ids"]) - 1
        pieces = [p for p in re.split(r"\n\s*\n|(?<=[.!?])\s+", text) if p.strip()]
        chunks: list[str] = []
        current: list[str] = []
        used = 0
        for piece in pieces:
            size = len(self.tokenizer(piece, add_special_tokens=False)["input_ids"])
            if current and used + size > budget:
                chunks.append(" ".join(current))
                current, used = [], 0
            current.append(piece)
            used += size
        if current:
            chunks.append(" ".join(current))
        return [
            self.tokenizer(self.prefix + chunk, truncation=True, max_length=self.max_input_tokens, return_tensors="pt")
            for chunk in chunks
        ]

    def _forward(self, inputs: dict[str, Any], max_new_tokens: int) -> Any:
        import torch

        with torch.inference_mode():
            return self.model.generate(
                **inputs,
                num_beams=self.num_beams,
                max_new_tokens=max_new_tokens,
                no_repeat_ngram_size=self.no_repeat_ngram_size,
                early_stopping=self.num_beams > 1,
            )[0]

    def postprocess(self, token_ids: Any) -> str:
        text = self.tokenizer.decode(token_ids, skip_special_tokens=True)
        return re.sub(r"\s+", " ", str(text)).strip()


def make_seq2seq(argument: str) -> Seq2SeqSummarizer:
    """Build from ``/path/to/model[?beams=N&max_input=N&no_repeat=N]``, the registry's argument."""
    path, _, query = argument.partition("?")
    options = {key: values[-1] for key, values in parse_qs(query).items()}
    unknown = set(options) - {"beams", "max_input", "no_repeat"}
    if unknown:
        raise BackendUnavailable(f"seq2seq: unknown option(s) {sorted(unknown)}; use beams, max_input, no_repeat")
    try:
        return Seq2SeqSummarizer(
            path,
            num_beams=int(options.get("beams", 4)),
            max_input_tokens=int(options["max_input"]) if "max_input" in options else None,
            no_repeat_ngram_size=int(options.get("no_repeat", 3)),
        )
    except ValueError as exc:
        raise BackendUnavailable(f"seq2seq: option values must be integers ({exc})") from exc


def _resolve(path: str) -> str:
    """A local folder, or a model id already in the Hugging Face cache; nothing is downloaded."""
    local = Path(path).expanduser()
    if local.is_dir():
        if not (local / "config.json").is_file():
            raise BackendUnavailable(f"seq2seq: {path!r} has no config.json; point to a saved model folder")
        return str(local)
    if path.startswith(("/", ".", "~")) or "\\" in path:
        raise BackendUnavailable(f"seq2seq: model folder {path!r} does not exist")
    try:
        from huggingface_hub import try_to_load_from_cache

        cached = try_to_load_from_cache(path, "config.json")
    except Exception:  # an invalid repo id raises here; report it the same way as a miss
        cached = None
    if not isinstance(cached, str):
        raise BackendUnavailable(
            f"seq2seq: {path!r} is neither a folder nor a model in the Hugging Face cache "
            "(wirecheck never downloads at run time; save the model locally first)"
        )
    return path


def _clip_words(text: str, max_words: int) -> str:
    """Whole sentences up to ``max_words``; a single over-long sentence is cut at the limit."""
    out: list[str] = []
    count = 0
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        words = len(sentence.split())
        if count + words > max_words:
            if not out:
                out.append(" ".join(sentence.split()[:max_words]))
            break
        out.append(sentence)
        count += words
    return " ".join(out)


register(
    BackendSpec(
        name="seq2seq",
        kind="generator",
        description="abstractive summary from a local transformers seq2seq model (BART, T5, mT5, PEGASUS)",
        requires=("transformers", "torch"),
        install_hint=(
            "pip install torch==2.13.0 transformers sentencepiece, then pass seq2seq:/path/to/model "
            "(optionally ?beams=4&max_input=512&no_repeat=3)"
        ),
        factory=lambda argument: make_seq2seq(argument or ""),
        needs_argument=True,
    )
)
