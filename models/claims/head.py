"""The speaker scorer: a small MLP over a claim's and a candidate's features, saved as safetensors."""

from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn

from models.base import BackendUnavailable

WEIGHTS, CONFIG = "speaker_head.safetensors", "config.json"


class SpeakerHead(nn.Module):
    """Scores each candidate of one claim; a softmax over a claim's candidates picks its speaker."""

    def __init__(self, in_dim: int, hidden: int = 128, dropout: float = 0.1) -> None:
        super().__init__()
        self.in_dim, self.hidden = in_dim, hidden
        self.net = nn.Sequential(nn.Dropout(dropout), nn.Linear(in_dim, hidden), nn.GELU(),
                                 nn.Dropout(dropout), nn.Linear(hidden, 1))

    def forward(self, rows: torch.Tensor) -> torch.Tensor:
        return self.net(rows).squeeze(-1)


class SpeakerEnsemble(nn.Module):
    """The mean score of several heads (the cross-validation folds' heads, ``train.py``)."""

    def __init__(self, in_dim: int, hidden: int = 128, members: int = 1) -> None:
        super().__init__()
        self.in_dim, self.hidden = in_dim, hidden
        self.members = nn.ModuleList(SpeakerHead(in_dim, hidden) for _ in range(members))

    def forward(self, rows: torch.Tensor) -> torch.Tensor:
        return torch.stack([member(rows) for member in self.members]).mean(0)


def save_head(head: SpeakerHead | SpeakerEnsemble, folder: Path, config: dict) -> None:
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    save_file({k: v.detach().contiguous() for k, v in head.state_dict().items()}, str(folder / WEIGHTS))
    members = {"members": len(head.members)} if isinstance(head, SpeakerEnsemble) else {}
    (folder / CONFIG).write_text(json.dumps({**config, "in_dim": head.in_dim, "hidden": head.hidden, **members},
                                            indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def load_head(folder: Path) -> tuple[SpeakerHead | SpeakerEnsemble, dict]:
    """The head (an ensemble if saved as one) and its config, or ``BackendUnavailable`` saying what is
    missing or damaged."""
    from safetensors.torch import load_file

    fix = "run `wirecheck train claims` to rebuild it"
    try:
        config = json.loads((folder / CONFIG).read_text(encoding="utf-8"))
        head: SpeakerHead | SpeakerEnsemble = (
            SpeakerEnsemble(int(config["in_dim"]), int(config["hidden"]), int(config["members"]))
            if "members" in config else SpeakerHead(int(config["in_dim"]), int(config["hidden"])))
        head.load_state_dict(load_file(str(folder / WEIGHTS)))
    except Exception as exc:  # noqa: BLE001  (a damaged file raises whatever its reader raises)
        raise BackendUnavailable(f"claims-e5: the speaker head at {folder} is missing or damaged ({exc}); {fix}") \
            from exc
    return head.eval(), config
