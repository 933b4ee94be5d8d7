"""Labelled summary sentences in nine languages, made by rule from the references and eval/multilingual.

Faithful items are article sentences copied (``copy``) or shortened by dropping a trailing or inserted
clause (``shortened``). Unfaithful items change one thing: a figure (``number``), a name replaced by a
name from another article of the same language (``entity``), a clause of another article appended
(``clause``), a predicate replaced by its opposite (``antonym``), a negation added or removed
(``negation``). The opposites and negations below are this file's own lists, written apart from the
checker's lexicons, so recall on them is not the checker reading its own table back. Deterministic
for a given ``seed``; nothing is written to disk.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from eval.datasets import marked, references
from service.stages.segment import segment

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "ar")
FAITHFUL = ("copy", "shortened")
UNFAITHFUL = ("number", "entity", "clause", "antonym", "negation")
PER_KIND = 1  # items of each kind per article, where the article offers one
_MIN_WORDS, _MAX_WORDS = 7, 50
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w.,]?\d)")
_NAME = re.compile(r"(?<![\w-])[A-ZÀ-ÞА-Я][\w-]+(?:\s+[A-ZÀ-ÞА-Я][\w-]+)*")
_QUOTES = "\"“”„«»‘’‚‹›"

# "and" that joins an appended clause, per language.
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "pt": "e", "nl": "en", "ru": "и", "ar": "و"}

# Opposite predicates as written (inflected forms listed, no stemming), both directions. No prepositions:
# 'before'/'after' pairs read as nonsense in idioms ('nach Angaben', 'en avant') and 'voor', 'до', 'قبل' mean more.
_OPPOSITES: dict[str, list[tuple[str, str]]] = {
    "en": [("rose", "fell"), ("rise", "fall"), ("increased", "decreased"), ("raised", "cut"),
           ("won", "lost"), ("wins", "loses"), ("accepted", "rejected"), ("approved", "rejected"),
           ("upheld", "overturned"), ("confirmed", "denied"), ("opened", "closed"), ("higher", "lower"),
           ("more", "fewer"), ("allowed", "banned"), ("agreed", "refused"), ("supported", "opposed"),
           ("gained", "lost"), ("started", "ended"), ("guilty", "innocent")],
    "de": [("gestiegen", "gesunken"), ("stieg", "sank"), ("steigt", "sinkt"), ("höher", "niedriger"),
           ("gewonnen", "verloren"), ("gewann", "verlor"), ("angenommen", "abgelehnt"), ("mehr", "weniger"),
           ("erhöht", "gesenkt"), ("zugestimmt", "abgelehnt"), ("bestätigt", "dementiert"),
           ("geöffnet", "geschlossen"), ("erlaubt", "verboten"), ("Anstieg", "Rückgang")],
    "fr": [("hausse", "baisse"), ("augmenté", "diminué"), ("gagné", "perdu"), ("accepté", "rejeté"),
           ("approuvé", "rejeté"), ("plus", "moins"), ("ouvert", "fermé"), ("autorisé", "interdit"),
           ("confirmé", "démenti"), ("victoire", "défaite"), ("augmentation", "baisse")],
    "es": [("subió", "bajó"), ("aumentó", "disminuyó"), ("ganó", "perdió"), ("aceptó", "rechazó"),
           ("aprobó", "rechazó"), ("más", "menos"), ("abrió", "cerró"),
           ("aumento", "descenso"), ("confirmó", "desmintió"), ("permitió", "prohibió"), ("alza", "baja")],
    "it": [("aumentato", "diminuito"), ("salita", "scesa"), ("salito", "sceso"), ("vinto", "perso"),
           ("accettato", "respinto"), ("approvato", "respinto"), ("più", "meno"), ("aperto", "chiuso"),
           ("aumento", "calo"), ("confermato", "smentito"), ("vittoria", "sconfitta")],
    "pt": [("subiu", "caiu"), ("aumentou", "diminuiu"), ("venceu", "perdeu"), ("aceitou", "rejeitou"),
           ("aprovou", "rejeitou"), ("mais", "menos"), ("abriu", "fechou"),
           ("aumento", "queda"), ("alta", "queda"), ("confirmou", "negou"), ("aprovado", "rejeitado")],
    "nl": [("gestegen", "gedaald"), ("steeg", "daalde"), ("gewonnen", "verloren"), ("won", "verloor"),
           ("aanvaard", "verworpen"), ("goedgekeurd", "afgewezen"), ("meer", "minder"), ("hoger", "lager"),
           ("geopend", "gesloten"), ("stijging", "daling"), ("bevestigd", "ontkend")],
    "ru": [("вырос", "снизился"), ("выросла", "снизилась"), ("выросли", "снизились"), ("повысил", "понизил"),
           ("победил", "проиграл"), ("победа", "поражение"), ("одобрил", "отклонил"), ("больше", "меньше"),
           ("открыт", "закрыт"), ("рост", "снижение"), ("подтвердил", "опроверг")],
    "ar": [("ارتفع", "انخفض"), ("ارتفاع", "انخفاض"), ("رفع", "خفض"), ("فاز", "خسر"), ("وافق", "رفض"),
           ("أكثر", "أقل"), ("زيادة", "تراجع"), ("أكد", "نفى"), ("فتح", "أغلق")],
}

# Where a negation goes: (pattern of a finite verb, the text that replaces it with the verb as \1).
_NEGATE: dict[str, tuple[str, str]] = {
    "en": (r"\b(is|are|was|were|will|would|can|could|has|have|had|should|must)\b", r"\1 not"),
    "de": (r"\b(ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|kann|soll|muss)\b", r"\1 nicht"),
    "fr": (r"\b(est|sont|était|sera|a|ont|avait|va|peut|doit)\b", r"ne \1 pas"),
    "es": (r"\b(es|son|fue|era|será|ha|han|había|puede|debe|está|están)\b", r"no \1"),
    "it": (r"\b(è|sono|era|sarà|ha|hanno|aveva|può|deve)\b", r"non \1"),
    "pt": (r"\b(é|são|foi|era|será|tem|têm|vai|pode|deve|está|estão)\b", r"não \1"),
    "nl": (r"\b(is|zijn|was|waren|wordt|werd|heeft|hebben|had|zal|kan|moet)\b", r"\1 niet"),
    "ru": (r"(?<!\w)(будет|может|должен|должна|должны|было|был|была|были)(?!\w)", r"не \1"),
}
_ARABIC_NEGATED = {"سيتم": "لن يتم", "يمكن": "لا يمكن", "سوف": "لن", "ستكون": "لن تكون", "سيكون": "لن يكون"}
_FRENCH_ELISION = re.compile(r"\bne (est|a|ont|avait|était)\b")
_UNNEGATE: dict[str, str] = {
    "en": r"\s+not\b", "de": r"\s+nicht\b", "es": r"\bno\s+", "it": r"\bnon\s+", "pt": r"\bnão\s+",
    "nl": r"\s+niet\b", "ru": r"(?<!\w)не\s+", "ar": r"(?<!\w)(?:لا|لم|لن)\s+",
}


def load(path: Path | None = None, limit: int | None = None, *, seed: int = 7) -> list[dict]:
    """Reference-shaped documents with a ``support`` list, from the references and eval/multilingual."""
    articles = [d for d in references.load(path) + marked.load() if d["language"] in LANGUAGES]
    if limit is not None:
        articles = articles[:limit]
    pool = _pool(articles)
    documents = []
    for doc in articles:
        items = build_items(doc["text"], doc["language"], pool, random.Random(f"{seed}:{doc['id']}"))
        if items:
            documents.append({"id": doc["id"], "language": doc["language"], "text": doc["text"],
                              "origin": "rule-made support items", "support": items})
    return documents


def _pool(articles: list[dict]) -> dict[str, list[tuple[str, list[str], list[str]]]]:
    """Per language, each article's id, names and sentences: what other articles lend to a perturbation."""
    pool: dict[str, list[tuple[str, list[str], list[str]]]] = {}
    for doc in articles:
        sentences = _sentences(doc["text"], doc["language"])
        names = sorted({m.group() for s in sentences for m in _names(s)})
        pool.setdefault(doc["language"], []).append((doc["text"], names, sentences))
    return pool


def build_items(text: str, language: str, pool: dict, rng: random.Random) -> list[dict]:
    """Up to ``PER_KIND`` items of every kind, each from its own sentence of the article."""
    sentences = _sentences(text, language)
    rng.shuffle(sentences)
    others = [entry for entry in pool.get(language, []) if entry[0] != text]
    items: list[dict] = []
    used: set[str] = set()
    for kind in FAITHFUL + UNFAITHFUL:
        for sentence in sentences:
            if sentence in used:
                continue
            made = perturb(sentence, kind, language, text, others, rng)
            if made and made.strip() != sentence.strip():
                items.append({"sentence": made, "supported": kind in FAITHFUL, "perturbation": kind})
                used.add(sentence)
                break
            if kind == "copy":
                items.append({"sentence": sentence, "supported": True, "perturbation": kind})
                used.add(sentence)
                break
    return items


def perturb(sentence: str, kind: str, language: str, text: str, others: list, rng: random.Random) -> str | None:
    """One edit of ``kind`` to ``sentence``, or None when the sentence offers none."""
    if kind == "copy":
        return None
    if kind == "shortened":
        return _shorten(sentence)
    if kind == "number":
        return _change_number(sentence, rng)
    if kind == "entity":
        return _swap_name(sentence, text, others, rng)
    if kind == "clause":
        return _append_clause(sentence, language, text, others, rng)
    if kind == "antonym":
        return _flip_opposite(sentence, language, rng)
    return _flip_negation(sentence, language, rng)


def _sentences(text: str, language: str) -> list[str]:
    """Body sentences of a usable length and without quotation marks (a quote's words are not the summary's)."""
    return [s.text for s in segment(text, language)
            if _MIN_WORDS <= len(s.text.split()) <= _MAX_WORDS and not any(q in s.text for q in _QUOTES)
            and s.text.rstrip()[-1:] in ".!?"]


def _shorten(sentence: str) -> str | None:
    """Drop the last comma clause, or an inserted one between two commas, keeping at least six words."""
    body = sentence.rstrip().rstrip(".!?")
    end = sentence.rstrip()[len(body):] or "."
    cuts = [m.start() for m in re.finditer(r",\s", body)]
    for cut in reversed(cuts):
        if len(body[:cut].split()) >= 6 and len(body[cut:].split()) >= 3 and _balanced(body[:cut]):
            return body[:cut] + end
    pairs = list(re.finditer(r",\s[^,]{8,80},\s", body))
    if pairs:
        m = pairs[0]
        shorter = body[: m.start()] + " " + body[m.end():]
        if len(shorter.split()) >= 6:
            return shorter + end
    return None


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")")


def _change_number(sentence: str, rng: random.Random) -> str | None:
    found = list(_NUMBER.finditer(sentence))
    if not found:
        return None
    target = rng.choice(found)
    shown = target.group()
    digits = re.sub(r"\D", "", shown)
    value = int(digits)
    new = value + rng.choice([1, 2, 3]) if value < 10 or re.fullmatch(r"(?:19|20)\d\d", shown) else value * 2
    replaced = str(new)
    if re.search(r"[.,]", shown):  # keep the separator and the number of decimals
        sep = re.search(r"[.,]", shown).group()  # type: ignore[union-attr]
        decimals = len(shown) - shown.index(sep) - 1
        replaced = replaced[:-decimals] + sep + replaced[-decimals:] if len(replaced) > decimals else replaced
    return sentence[: target.start()] + replaced + sentence[target.end():]


def _names(sentence: str) -> list[re.Match]:
    """Capitalised runs that do not open the sentence (in German, nouns are capitalised too: rarer ones only)."""
    return [m for m in _NAME.finditer(sentence) if m.start() > 0 and len(m.group()) > 2]


def _swap_name(sentence: str, text: str, others: list, rng: random.Random) -> str | None:
    found = _names(sentence)
    strangers = sorted({n for _, names, _ in others for n in names if n not in text})
    if not found or not strangers:
        return None
    target = rng.choice(found)
    # A name of the same length in words reads like one ('Anne Martin' for 'Haile Tesfaye').
    alike = [n for n in strangers if len(n.split()) == len(target.group().split())] or strangers
    return sentence[: target.start()] + rng.choice(alike) + sentence[target.end():]


def _append_clause(sentence: str, language: str, text: str, others: list, rng: random.Random) -> str | None:
    """``sentence`` and, after a comma and 'and', the second half of a sentence from another article."""
    if not others:
        return None
    _, _, donor_sentences = rng.choice(others)
    if not donor_sentences:
        return None
    donor = rng.choice(donor_sentences).rstrip().rstrip(".!?")
    # The donor's last comma clause when it has one of a clause's length, else its second half.
    clauses = [c.strip() for c in donor.split(", ")[1:] if 4 <= len(c.split()) <= 15]
    words = donor.split()
    tail = clauses[-1] if clauses else " ".join(words[len(words) // 2:]).strip(" ,;:")
    if len(tail.split()) < 4 or tail in text:
        return None
    body = sentence.rstrip().rstrip(".!?")
    return f"{body}, {_AND[language]} {tail}."


def _flip_opposite(sentence: str, language: str, rng: random.Random) -> str | None:
    swaps = {a: b for a, b in _OPPOSITES.get(language, [])} | {b: a for a, b in _OPPOSITES.get(language, [])}
    found = [m for m in re.finditer(r"\w+", sentence) if m.group() in swaps or m.group().lower() in swaps]
    if not found:
        return None
    target = rng.choice(found)
    new = swaps.get(target.group()) or swaps[target.group().lower()]
    if target.group()[:1].isupper():
        new = new[:1].upper() + new[1:]
    return sentence[: target.start()] + new + sentence[target.end():]


def _flip_negation(sentence: str, language: str, rng: random.Random) -> str | None:
    removable = _UNNEGATE.get(language)
    if removable and (found := list(re.finditer(removable, sentence))):
        target = rng.choice(found)
        return sentence[: target.start()] + sentence[target.end():]
    if language == "fr" and (m := re.search(r"\b(?:ne|n['’])\s*(\w+)\s+(?:pas|plus|jamais)\b", sentence)):
        return sentence[: m.start()] + m.group(1) + sentence[m.end():]
    if language == "ar":
        words = [m for m in re.finditer(r"\w+", sentence) if m.group() in _ARABIC_NEGATED]
        if not words:
            return None
        target = rng.choice(words)
        return sentence[: target.start()] + _ARABIC_NEGATED[target.group()] + sentence[target.end():]
    pattern, replacement = _NEGATE[language]
    verbs = list(re.finditer(pattern, sentence))
    if not verbs:
        return None
    target = rng.choice(verbs)
    negated = re.sub(pattern, replacement, target.group())
    if language == "fr":
        negated = _FRENCH_ELISION.sub(r"n'\1", negated)
    return sentence[: target.start()] + negated + sentence[target.end():]
