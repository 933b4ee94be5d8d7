"""Arabic: speech verbs come first (verb–subject order), so speakers follow their cue."""

from service.stages.quotes.lexicon import build

_VERBS = ["قال", "أضاف", "أكد", "أعلن", "صرح", "أوضح", "ذكر", "أشار", "اعتبر", "رأى", "شدد",
          "تابع", "قالت", "أضافت", "أكدت", "أعلنت", "صرحت", "أوضحت", "ذكرت", "أشارت"]

LEXICON = build(
    "ar",
    # Word classes of the generic rules (defaults: service/languages/common.py).
    marks=("«»", "“”", '""'),
    cues=set(_VERBS) | {"و" + v for v in _VERBS},
    source_preps=["بحسب", "وبحسب", "حسب", "وفق", "وفقا"],
    bare=set(_VERBS) | {"و" + v for v in _VERBS},
    complementizers=["إن", "أن"],
    verb_second=False,
)
