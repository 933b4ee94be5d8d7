"""Arabic: speech verbs come first (verb–subject order), so speakers follow their cue."""

from service.stages.quotes.lexicon import build

_VERBS = ["قال", "أضاف", "أكد", "أعلن", "صرح", "أوضح", "ذكر", "أشار", "اعتبر", "رأى", "شدد",
          "تابع", "قالت", "أضافت", "أكدت", "أعلنت", "صرحت", "أوضحت", "ذكرت", "أشارت"]

LEXICON = build(
    "ar",
    # --- words for the generic rules: phrases, cues, frames, tags, speakers, syntax, clauses, parsed, worthiness, marks (A)
    # --- words for the generic rules: reported, direct, german (B)
    marks=("«»", "“”", '""'),
    cues=set(_VERBS) | {"و" + v for v in _VERBS},
    source_preps=["بحسب", "وبحسب", "حسب", "وفق", "وفقا"],
    bare=set(_VERBS) | {"و" + v for v in _VERBS},
    complementizers=["إن", "أن"],
    verb_second=False,
)
