"""Compare two eval runs' predictions document by document: the check that a refactor changed nothing.

``python -m eval.diff OLD NEW`` takes two ``--out`` folders of ``wirecheck eval`` (or their
``predictions.jsonl`` files), ignores timings, and prints each document whose analysis differs
with the first differing field. It exits 0 when every prediction is identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# Wall-clock figures differ run to run; they are no prediction.
_VOLATILE = frozenset({"timings"})


def load(path: Path, ignore: frozenset[str] = frozenset()) -> dict[str, dict]:
    """Document id -> its analysis (or its error) from a predictions file or an eval folder,
    without timings and the ``ignore``d top-level fields."""
    if path.is_dir():
        path = path / "predictions.jsonl"
    out: dict[str, dict] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                body = record.get("analysis", record)
                out[record["id"]] = {k: v for k, v in body.items() if k not in _VOLATILE | ignore}
    return out


def first_difference(old, new, where: str = "") -> str | None:
    """The path and values of the first place two JSON values differ, or None."""
    if type(old) is not type(new):
        return f"{where or '.'}: {old!r} -> {new!r}"
    if isinstance(old, dict):
        for key in sorted(set(old) | set(new)):
            if key not in old or key not in new:
                return f"{where}.{key}: {'added' if key not in old else 'removed'}"
            found = first_difference(old[key], new[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(old, list):
        for k, (a, b) in enumerate(zip(old, new)):
            found = first_difference(a, b, f"{where}[{k}]")
            if found:
                return found
        if len(old) != len(new):
            return f"{where}: {len(old)} items -> {len(new)} items"
        return None
    return None if old == new else f"{where or '.'}: {old!r} -> {new!r}"


def compare(old: dict[str, dict], new: dict[str, dict]) -> list[str]:
    """One line per document that is missing, extra or different."""
    lines = [f"{doc}: only in the old run" for doc in sorted(set(old) - set(new))]
    lines += [f"{doc}: only in the new run" for doc in sorted(set(new) - set(old))]
    for doc in sorted(set(old) & set(new)):
        found = first_difference(old[doc], new[doc])
        if found:
            lines.append(f"{doc}: {found}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.diff", description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--ignore", action="append", default=[], metavar="FIELD",
                        help="a top-level field of the analysis to leave out (e.g. warnings); repeatable")
    args = parser.parse_args(argv)
    ignore = frozenset(args.ignore)
    old, new = load(args.old, ignore), load(args.new, ignore)
    lines = compare(old, new)
    for line in lines:
        print(line)
    print(f"{len(old)} old, {len(new)} new documents; {len(lines)} differ")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
