"""Arabic procedures: the speech verb comes first, then its subject, then 'إن'/'أن' and the content.

'وقال وزير المالية أحمد كجوك يوم الثلاثاء إن الحكومة تتوقع …': the generic rules read everything
after the verb as content. Here the words up to the complementizer are the speaker, less the time,
medium and addressee phrases that may follow it ('يوم الثلاثاء', 'في بيان', 'للصحفيين'). A
participle after a comma ('، مشيرا إلى أن …') is a claim of the same speaker, and ends the one
before.
"""

from __future__ import annotations

from service.stages.quotes.indirect_drafts import NO_CLAIM, indirect_draft
from service.stages.quotes.rules import NeutralRules

# Participles that report more of what the subject of the sentence said ('adding', 'pointing out').
PARTICIPLES = frozenset({
    "مضيفا", "مضيفة", "مشيرا", "مشيرة", "معتبرا", "معتبرة", "مؤكدا", "مؤكدة", "موضحا", "موضحة",
    "لافتا", "لافتة", "قائلا", "قائلة", "منوها", "منوهة", "محذرا", "محذرة",
})
# Words that open an adjunct after the subject: a time, or a medium or addressee phrase.
_TIME_OPENERS = frozenset({"يوم", "أمس", "اليوم", "الأسبوع", "الشهر", "العام", "صباح", "مساء", "مساءا",
                           "ظهر", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"})
_MEDIUM_PREPS = frozenset({"في", "خلال", "عبر", "أثناء", "على"})
_MEDIUM_NOUNS = frozenset({"بيان", "مؤتمر", "تصريحات", "تصريح", "مقابلة", "حديث", "كلمة", "تغريدة",
                           "منشور", "تقرير", "رسالة", "خطاب", "لقاء", "اجتماع", "بيانه", "حسابه",
                           "صفحته", "تدوينة", "جلسة", "ندوة", "الاجتماع", "المؤتمر"})
_ADDRESSEES = frozenset({"للصحفيين", "للصحافيين", "لرويترز", "لوكالة", "لقناة", "لصحيفة", "لفرانس",
                         "للتلفزيون", "للإذاعة", "للوكالة"})
_PREPOSITION_LINKS = frozenset({"إلى"})  # 'مشيرا إلى أن'
_SUBJECT_MAX = 16  # tokens between the verb and its complementizer
_DASH_OR_STOP = frozenset(":.!?؟؛")


class ArabicRules(NeutralRules):
    def clause_frame(self, index, cue, sent, s0, s1, lex):
        if cue.kind != "verb":
            return None
        toks = index.tokens
        participle = cue.text in PARTICIPLES
        j = cue.hi
        while participle and j < s1 and toks[j].low in _PREPOSITION_LINKS:
            j += 1
        comp = _complementizer(toks, j, s1, lex)
        if comp is None:
            return None
        end = _content_end(toks, comp + 1, s1)
        if participle:
            if comp != j:
                return None  # a participle with words of its own before 'أن' is not this frame
            draft = indirect_draft(index, comp + 1, end, sent, cue, None, inherit=True)
            return NO_CLAIM if draft is None else draft
        speaker = _speaker(toks, cue.hi, comp)
        if speaker is None:
            return None
        draft = indirect_draft(index, comp + 1, end, sent, cue, speaker)
        return NO_CLAIM if draft is None else draft


def _complementizer(toks, lo: int, s1: int, lex) -> int | None:
    """The 'إن'/'أن' that opens the content, within reach of the verb and before any colon,
    stop or other verb cue (a quoted name may sit in the subject: 'منظمة «أنا يقظ»')."""
    for k in range(lo, min(s1, lo + _SUBJECT_MAX)):
        tok = toks[k]
        if tok.low in lex.complementizers:
            return k
        if tok.text in _DASH_OR_STOP or (k > lo and tok.low in lex.cues):
            return None
    return None


def _speaker(toks, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject between the verb and the complementizer, up to the first adjunct."""
    end = hi
    for k in range(lo, hi):
        tok = toks[k]
        following = toks[k + 1].low if k + 1 < hi else ""
        if tok.low in _TIME_OPENERS or tok.low in _ADDRESSEES or (
                tok.low in _MEDIUM_PREPS and following in _MEDIUM_NOUNS):
            end = k
            break
    while end > lo and not toks[end - 1].is_word:
        end -= 1  # the comma closing an apposition ('محافظ البنك، حسن عبد الرحيم،')
    if end <= lo:
        return None
    return lo, end


def _content_end(toks, lo: int, s1: int) -> int:
    """The content stops at a comma before a participle of the same speaker."""
    for k in range(lo, s1 - 1):
        if toks[k].text in "،," and toks[k + 1].low in PARTICIPLES:
            return k
    return s1
