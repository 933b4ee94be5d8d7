"""Arabic: speech verbs come first (verb–subject order), so speakers follow their cue."""

from service.languages.ar.rules import PARTICIPLES, ArabicRules
from service.stages.quotes.lexicon import build

_VERBS = ["قال", "أضاف", "أكد", "أعلن", "صرح", "أوضح", "ذكر", "أشار", "اعتبر", "رأى", "شدد",
          "تابع", "قالت", "أضافت", "أكدت", "أعلنت", "صرحت", "أوضحت", "ذكرت", "أشارت", "رأت",
          "اعتبرت", "شددت", "تابعت", "يقول", "تقول", "حذر", "حذرت", "نفى", "نفت", "كشف", "كشفت"]

LEXICON = build(
    "ar",
    # Word classes of the generic rules (defaults: service/languages/common.py).
    marks=("«»", "“”", '""'),
    cues=set(_VERBS) | {"و" + v for v in _VERBS} | PARTICIPLES,
    source_preps=["بحسب", "وبحسب", "حسب", "وفق", "وفقا"],
    bare=set(_VERBS) | {"و" + v for v in _VERBS},
    # 'أنه' and 'إنها' carry the content's subject as a clitic; 'بأن' its preposition.
    complementizers=["إن", "أن", "بأن", "إنه", "أنه", "إنها", "أنها", "بأنه", "بأنها", "إنهم", "أنهم"],
    # The references label the clause after the complementizer (eval/references/SCHEMA.md).
    content_complementizer=False,
    # A speaker after its verb ends before a time or medium phrase, or before the complementizer.
    stop=["إن", "أن", "بأن", "يوم", "أمس", "خلال", "في", "عبر",
          # ... and before its addressee ('قال السيسي للصحفيين'): 'لل' ('to the') alone would also cut names
          # ('الجهاز المركزي للتعبئة العامة والإحصاء'), so the common addressees are listed.
          "للصحفيين", "للصحافيين", "للصحافة", "للتلفزيون", "للإذاعة", "لقناة", "للقناة", "لوكالة", "للوكالة",
          "لصحيفة", "للصحيفة", "لرويترز"],
    verb_second=False,
    # 'وزير الصحة الكويتي أحمد العوضي': the name starts at a given name, as there are no capitals to split on.
    uncased_names=True,
    rules=ArabicRules(),
)
