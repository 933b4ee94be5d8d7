"""Reading the article texts of a PolNeAR-layout split, for datasets built on top of them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def text_files(path: Path | None, dataset: str) -> Iterator[tuple[str, str]]:
    """(stem, text) of every ``text/*.txt`` under ``path``, sorted; errors say what to pass."""
    if path is None:
        raise ValueError(f"{dataset} needs --path: a folder with text/*.txt (e.g. ../shared/data/polnear/dev)")
    text_dir = Path(path) / "text"
    if not text_dir.is_dir():
        raise FileNotFoundError(f"{path} must contain text/*.txt (e.g. .../polnear/dev)")
    for text_file in sorted(text_dir.glob("*.txt")):
        try:
            text = text_file.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:  # say which file, not only which byte
            raise ValueError(f"{text_file} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
        yield text_file.stem, text
