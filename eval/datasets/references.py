"""The project's hand-labelled reference articles (eval/references/*.json), shipped with the package."""

from __future__ import annotations

import json
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "references"


def load(path: Path | None = None, limit: int | None = None) -> list[dict]:
    """Every reference document in ``path`` (default: the installed folder), in file-name order."""
    folder = Path(path) if path is not None else REFERENCE_DIR
    if not folder.is_dir():
        raise FileNotFoundError(f"reference folder {folder} does not exist")
    files = sorted(folder.glob("*.json"))
    if limit is not None:
        files = files[:limit]
    return [json.loads(file.read_text(encoding="utf-8")) for file in files]
