"""Check-worthiness: surface the claims most worth a fact-checker's time, as informational checks."""

from __future__ import annotations

from service.contracts import Check, Claim, Span

TOP_K = 5
MIN_SCORE = 0.5


def checkworthy_checks(claims: list[Claim], top_k: int = TOP_K, min_score: float = MIN_SCORE) -> list[Check]:
    """The ``top_k`` claims scoring at least ``min_score``, best first (ties in text order)."""
    ranked = sorted((c for c in claims if c.checkworthiness >= min_score), key=lambda c: (-c.checkworthiness, c.start))
    out = []
    for rank, claim in enumerate(ranked[:top_k], start=1):
        who = claim.speaker.name or claim.speaker.mention if claim.speaker else None
        reasons = f" ({', '.join(claim.reasons)})" if claim.reasons else ""
        out.append(Check(
            kind="check_worthy",
            severity="info",
            explanation=(
                f"check-worthy claim #{rank}, score {claim.checkworthiness:.2f}"
                f"{' by ' + who if who else ''}{reasons}: {claim.quote!r}"
            ),
            spans=[Span(start=claim.start, end=claim.end)],
        ))
    return out
