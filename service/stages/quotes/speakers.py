"""Speaker mentions resolved to canonical names (light coreference).

Resolution keeps a running list of the entities already seen: pronouns go to the latest speaker
who may be of their gender (or to a person of that gender opening a sentence since), surnames to the
full name, organisation nouns ("the ministry", "a ministry official") to the latest organisation named
with the same head, and a role noun after a definite article ("la consejera") to the person last
named with that role.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from service.contracts import Speaker
from service.stages.quotes.lexicon import Lexicon, possessor
from service.stages.quotes.name_gender import given_names, name_gender
from service.stages.quotes.phrases import antecedent, inverted_clitic
from service.tokens import TokenIndex

_WINDOW = 200  # entities looked back over when resolving pronouns and role nouns
_TITLED_REACH = 400  # characters before a pronoun where a titled name may be its antecedent
_ROLE_REACH = 3000  # characters before 'the minister' where the minister may have been named
_SPACE = re.compile(r"\s+")


@dataclass
class Entity:
    name: str
    kind: str  # person | org | group
    gender: str | None
    role: str | None
    keys: frozenset[str]
    last: int = 0
    # The lower-case words of the mentions that named this entity ('consejera', 'vivienda'): what a later 'la
    # consejera' must match to mean it.
    described: set[str] = field(default_factory=set)


class Resolver:
    """Turns speaker mentions into canonical names, in document order.

    Lookups go through dicts and a bounded recency window so that a 100,000-word article
    stays linear.
    """

    def __init__(self, index: TokenIndex, lex: Lexicon) -> None:
        self.index = index
        self.lex = lex
        self._recent: dict[int, Entity] = {}  # id -> entity, least recent first
        self._persons: dict[str, Entity] = {}  # surname/name word -> person
        self._full_names: dict[str, list[str]] = {}  # surname -> first full name seen
        self._by_key: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
        # Words capitalised only by position, or source nouns (_function_word): gathered once, as every capitalised
        # word of the text is looked up.
        self._function_words = (lex.preps | lex.skip | lex.determiners | lex.stop | lex.cues
                                | {p.split()[0] for p in lex.source_preps}
                                | frozenset().union(*lex.noun_sources.values()))
        if lex.uncased_names:
            self._scan_uncased_names()
        # 'el Servicio Meteorológico Nacional (SMN)': abbreviation -> the words of the name it stands for.
        self._abbreviations: dict[str, list[str]] = dict(self._scan_abbreviations())
        for at, name, keys in self._scan_names():
            for key in keys:
                self._by_key.setdefault(key, []).append((at, name, keys))
            parts = [p for p in self._full_name(name.split()) if p.lower().rstrip(".") not in lex.titles]
            if 2 <= len(parts) <= 3:
                self._full_names.setdefault(parts[-1].lower(), parts)
                # Copy that drops the accents ('Petrovic' for 'Anna Petrović') still names her.
                self._full_names.setdefault(_folded(parts[-1]), parts)

    def _scan_names(self):
        toks = self.index.tokens
        i, n = 0, len(toks)
        while i < n:
            if toks[i].is_cap and toks[i].is_word and not self._function_word(toks[i].low):
                j = i + 1
                while j < n and toks[j].sent == toks[i].sent and (
                    (toks[j].is_cap and toks[j].is_word)
                    or (toks[j].low in self.lex.name_glue and j + 1 < n and toks[j + 1].is_cap)
                ):
                    j += 1
                words = [t.text for t in toks[i:j]]
                if j - i > 1 or not _sentence_initial(toks, i):
                    yield toks[i].start, " ".join(words), self._keys(words)
                i = j
            else:
                i += 1

    def _scan_abbreviations(self):
        """(abbreviation, the name's words) for each name the text spells out before its abbreviation in
        brackets: 'Servicio Meteorológico Nacional (SMN)', 'Australian Institute of Marine Science (AIMS)'."""
        toks = self.index.tokens
        lex = self.lex
        for i in range(1, len(toks) - 2):
            abbreviation = toks[i + 1].text
            if toks[i].text != "(" or toks[i + 2].text != ")" or not (
                    2 <= len(abbreviation) <= 8 and abbreviation[0].isupper() and abbreviation.isalpha()):
                continue
            k = i
            while k > 0 and i - k < 12 and toks[k - 1].sent == toks[i].sent and toks[k - 1].is_word and (
                    toks[k - 1].is_cap or (toks[k - 1].low in lex.name_glue and toks[k].is_cap)
                    or (toks[k - 1].low in lex.name_connectors and toks[k].low in lex.name_glue)):
                k -= 1  # 'Instituto Português do Mar e da Atmosfera (IPMA)': 'e' joins two parts of one name
            while k < i and (toks[k].low in lex.determiners or toks[k].low in lex.name_glue
                             or self._function_word(toks[k].low)):
                k += 1  # 'Según el Servicio …': the source word and the article are no part of the name
            words = [t.text for t in toks[k:i]]
            if sum(1 for t in toks[k:i] if t.is_cap) >= 2:
                yield abbreviation.lower(), words

    def _scan_uncased_names(self) -> None:
        """Full names in a script without capitals: a known given name and the word after it ('سارة منصور'), so a
        later lone 'منصور' is that person."""
        names = given_names()
        toks = self.index.tokens
        for i in range(len(toks) - 1):
            after = toks[i + 1]
            if (("", toks[i].low) in names and after.is_word and after.sent == toks[i].sent
                    and after.low not in self.lex.stop):
                self._full_names.setdefault(after.low, [toks[i].text, after.text])

    def _full_name(self, parts: list[str]) -> list[str]:
        """A person's full name at the end of a longer capitalised run: 'Ramón Ortuño' of 'el exalcalde de Alhama
        del Segura Ramón Ortuño', from a known given name among its last three words that the text never writes in
        lower case (a headline's 'Turnout In Florida' has none); the run as it is otherwise."""
        if len(parts) <= 3:
            return parts
        names = given_names()
        lowercase = self.index.lowercase_words
        for i in range(len(parts) - 3, len(parts) - 1):
            low = parts[i].lower()
            if ("", low) in names and low not in lowercase and not self._function_word(low):
                return parts[i:]
        return parts

    def _function_word(self, low: str) -> bool:
        """Capitalised only by position ('Laut', 'Nach', 'However', 'While'), or a source noun ('Angaben' of 'nach
        Angaben der Gesellschaft'): never part of a name, so 'While Smith spoke' does not make 'While Smith' the full
        name of every Smith."""
        return low in self._function_words

    def _keys(self, words: list[str]) -> frozenset[str]:
        out = set()
        for w in words:
            low = w.lower()
            if low in self.lex.name_connectors or low in self.lex.determiners:
                continue
            out.add(self.lex.org_nouns.get(low, low))
        return frozenset(out)

    def _pool(self):
        """Entities, most recent first, within the recency window."""
        for count, entity in enumerate(reversed(self._recent.values())):
            if count >= _WINDOW:
                return
            yield entity

    def _touch(self, entity: Entity, start: int) -> None:
        entity.last = start
        self._recent.pop(id(entity), None)
        self._recent[id(entity)] = entity
        if entity.kind == "person":
            for key in entity.keys:
                self._persons.setdefault(key, entity)
                self._persons.setdefault(_folded(key), entity)

    def resolve(self, lo: int, hi: int, gender: str | None = None, goes_on: bool = False) -> Speaker:
        """The speaker of the mention at tokens [lo, hi); ``gender`` is what the cue tells of a person whose name
        does not (Russian 'заявила'), kept for the pronouns after; ``goes_on``: the cue says the speaker before goes
        on ('he added')."""
        toks = self._in_nominative(lo, hi)
        start, end, mention = self.index.surface(lo, hi)
        named_as = _rewritten(mention, start, toks)  # the mention with those nominative forms
        words = _name_part(toks, self.lex) or [t for t in toks if t.is_word]
        lows = [t.low for t in words]
        entity: Entity | None = None
        if len(words) == 1 and lo > 1 and (lows[0] in self.lex.relative_pronouns
                                           or self._relative_that(lo)):
            before = antecedent(self.index, lo, self.lex)
            if before is not None:
                found = self.resolve(*before)
                return found.model_copy(update={"mention": mention, "start": start, "end": end})
        if len(words) == 1 and lows[0] in self.lex.pronouns:
            gender = self.lex.pronouns[lows[0]]
            entity = self._pronoun(gender)
            # A description ('the air force') or nobody gives way to a titled name since; a named speaker, to a
            # person of the pronoun's gender who opens a sentence since ('Republican Senator Laura Pike was
            # skeptical: she said'), unless the cue says that speaker goes on ('“…,” he added').
            if gender in ("m", "f"):
                since = self._titled_since(lo, entity, gender)
                named = entity is not None and any(w[:1].isupper() for w in entity.name.split())
                if since is not None and ((since.gender in (None, gender) and not named)
                                          or (since.gender == gender and not goes_on)):
                    entity = since
        elif len(words) == 1 and (clitic := inverted_clitic(lows[0], self.lex)):
            # French inversion: 'ajoute-t-il', 'a-t-elle' carry their subject pronoun.
            entity = self._pronoun(self.lex.pronouns.get(clitic.group(1), "p"))
        if entity is None and self.lex.uncased_names and not (len(words) == 1 and lows[0] in self.lex.pronouns):
            entity = self._uncased_person(toks)
        if entity is None and _listed_fields(toks, self.lex):
            entity = self._listed_body(toks)
        if entity is None and words:
            head = words[1] if words[0].low in self.lex.determiners and len(words) > 1 else words[0]
            titled = _titled_name(words, head, self.lex)
            honoured = _honorific_at(words, self.lex)
            if honoured is not None:
                # 'The spokesperson of Ministry of Commerce Mr. Wang Lifeng': an honorific inside the mention opens
                # the person's name; the words before it are the role.
                entity = self._named(words[honoured:]) or None
                if entity is not None and entity.role is None:
                    entity.role = " ".join(w.text for w in words[:honoured]
                                           if w.low not in self.lex.determiners) or None
            elif titled is not None:
                entity = self._named(words[titled:]) or None
                if entity is not None and entity.role is None:
                    entity.role = " ".join(w.text for w in words[words.index(head):titled])
            elif head.is_cap and _group_from_place(words, head, self.lex):
                # 'Residents of Cedar Flat', 'Police in Kenya': a group named by where it is, not 'Flat'.
                entity = self._descr(words, named_as.split(",", 1)[0])  # less an apposition after it
            elif head.is_cap:
                entity = self._named(words) or self._role_noun(words, start)
            else:
                entity = (self._trailing_name(words) or self._role_noun(words, start)
                          or self._role_antecedent(words, start) or self._descr(words, named_as))
        if entity is not None and entity.kind == "person" and entity.gender is None and gender is not None:
            entity.gender = gender
        if entity is not None:
            self._touch(entity, start)
            entity.described.update(t.low for t in toks
                                    if t.is_word and not t.is_cap and t.low not in self.lex.pronouns)
        name = _without_genitive(entity.name, self.lex) if entity else mention
        name = _strong_adjective(name, toks, self.lex)
        return Speaker(name=name, mention=mention, start=start, end=end, role=entity.role if entity else None)

    def _relative_that(self, lo: int) -> bool:
        """'a group that warns': 'that' right after a noun in its own sentence is a relative
        pronoun (a sentence-initial 'That has …' points back to a whole statement)."""
        toks = self.index.tokens
        prev = toks[lo - 1]
        return (toks[lo].low in self.lex.noun_relatives and prev.sent == toks[lo].sent and prev.is_word
                and prev.low not in self.lex.cues and prev.low not in self.lex.stop
                and prev.low not in self.lex.skip)

    def _pronoun(self, gender: str) -> Entity | None:
        pool = list(self._pool())
        if gender in ("m", "f"):
            # The latest person who may be of that gender: one whose gender nothing told ('Der Bonner Astrophysiker
            # Jens Hartmann … sagte er') is no less likely than one named before whose gender is known.
            for entity in pool:
                if entity.kind == "person" and entity.gender in (gender, None):
                    return entity
            return None
        if gender in ("n", "p"):
            for entity in pool:
                if entity.kind in ("org", "group"):
                    return entity
        return None

    def _in_nominative(self, lo: int, hi: int) -> list:
        """The mention's tokens; after a word that governs the genitive ('по словам'), with its words in the
        nominative where the language declines names, so the speaker is named as the text names them elsewhere."""
        toks = self.index.tokens[lo:hi]
        governed = lo > 0 and self.index.tokens[lo - 1].low in self.lex.genitive_governors
        if self.lex.name_in_nominative is None or not governed:
            return toks
        at = [i for i, t in enumerate(toks) if t.is_word]
        forms = self.lex.name_in_nominative([toks[i].text for i in at])
        out = list(toks)
        for i, form in zip(at, forms, strict=True):
            out[i] = replace(toks[i], text=form, low=form.lower())
        return out

    def _listed_body(self, toks) -> Entity:
        """'El Ministerio de Ganadería, Agricultura y Pesca': the whole name as written, less its article; not the
        name the text's capitalised runs give ('Ministerio de Ganadería'), which ends at the first comma."""
        first = next(i for i, t in enumerate(toks) if t.is_word and t.low not in self.lex.determiners)
        name = _SPACE.sub(" ", self.index.text[toks[first].start:toks[-1].end])
        keys = self._keys([t.text for t in toks[first:] if t.is_word and t.low not in self.lex.conjunctions])
        same = next((e for e in self._pool() if e.kind == "org" and e.keys == keys), None)
        return same or Entity(name, "org", None, None, keys)

    def _org_like(self, keys: frozenset[str]) -> Entity | None:
        for entity in self._pool():
            if entity.kind == "org" and keys and (keys <= entity.keys or entity.keys <= keys):
                return entity
        return None

    def _named(self, words) -> Entity | None:
        caps = [w for w in words if w.is_cap and w.text.lower() not in self.lex.determiners]
        if not caps or (len(caps) == 1 and caps[0] is words[0] and words[0].low in self.lex.skip):
            return None
        cut = _person_before_body(words, self.lex)
        if cut is not None:
            words = words[:cut]
        if len(words) > 2 and words[-1].low in self._abbreviations:
            words = words[:-1]  # 'el Instituto Nacional de Salud (INS)': the name without its abbreviation
        content = [w for w in words if w.low not in self.lex.determiners]
        if len(content) == 1 and content[0].low in self._abbreviations:
            # 'El SMN' after 'el Servicio Meteorológico Nacional (SMN)': the body the text spelled out.
            full = self._abbreviations[content[0].low]
            keys = self._keys(full)
            return self._org_like(keys) or Entity(" ".join(full), "org", None, None, keys)
        org_key = next((self.lex.org_nouns[w.low] for w in words if w.low in self.lex.org_nouns
                        and w.is_cap), None)
        if org_key and not _named_holder(words, self.lex):
            # A sentence capitalises its opening word ('Já a Associação dos Inquilinos'): no part of the name.
            while len(words) > 1 and words[0].low not in self.lex.org_nouns and (
                    self._function_word(words[0].low) or words[0].low in self.lex.leading_words):
                words = words[1:]
            content = [w for w in words if w.low not in self.lex.determiners]
            # The org name is the capitalised run around its head noun.
            span = [w.text for w in words if w.is_cap or w.low in self.lex.name_connectors]
            if self.lex.lowercase_name_words:  # 'Министерство экономического развития'
                span = [w.text for w in content]
            elif _named_in_lower_case(content, self.lex):
                # 'l'Agenzia regionale per la protezione civile': the name as written, its inner article too
                span = _SPACE.sub(" ", self.index.text[content[0].start:content[-1].end]).split(" ")
            # 'o Instituto Português do Mar e da Atmosfera (IPMA)': the name without its abbreviation.
            span = span[:next((i for i, w in enumerate(span) if i and w.startswith("(")), len(span))]
            while span and span[-1].lower() in self.lex.name_connectors:
                span.pop()
            keys = self._keys(span)
            known = self._org_like(keys)
            if known is not None:
                return known
            for _at, name, name_keys in self._by_key.get(org_key, [])[:_WINDOW]:
                # A name the text writes out in full ('the ministry' of 'the Ministry of Finance'); not a shorter
                # one ('Commissione' of 'La Commissione', where the mention says 'La Commissione europea').
                if keys and keys <= name_keys:
                    return Entity(name, "org", None, None, name_keys)
            return Entity(" ".join(span), "org", None, None, keys)
        body = self._body_run(content)
        if body is not None:
            keys = self._keys(body)
            return self._org_like(keys) or Entity(" ".join(body), "org", None, None, keys)
        # A person: trailing capitalised run that is not a role word; the rest is the role.
        k = _name_start(words, self.lex)
        k = self._past_office(words, k)
        if self.lex.capital_nouns:
            # The role before a name is capitalised too ('Der Bonner Astrophysiker Jens Hartmann').
            k = _given_name_at(words, k, self.lex) or k
        k = _particles_after_given_name(words, k)
        before = words[k - 1] if k > 0 else self._token_before(words[0]) if words else None
        if k < len(words) and before is not None and before.low in self.lex.conjunctions and not before.is_cap \
                and ("", words[k].low) not in given_names():
            # 'minister van Infrastructuur en Waterstaat Barry Madlener': the run after 'en' ends the office, and the
            # person starts at a known given name in it.
            k = _given_name_at(words, k + 1, self.lex) or k
        if (not self.lex.capital_nouns and k + 1 < len(words) and words[k].low in self.lex.determiners
                and _abbreviation(words[k + 1].text)):
            k += 1  # 'De KNSB', 'Le CNRS': the body's abbreviation, not its article
        name_words = [w.text for w in words[k:] if w.low not in self.lex.titles]
        if not name_words:
            return None
        role = " ".join(w.text for w in words[:k] if w.low not in self.lex.determiners) or None
        if role is None and len(name_words) == 1 and _abbreviation(name_words[0]):
            # 'De KNSB': a body, which no 'ze' or 'she' means.
            return Entity(name_words[0], "org", None, None, self._keys(name_words))
        surname = name_words[-1].lower()
        known = self._persons.get(surname) or self._persons.get(_folded(surname))
        if known is not None:
            if role and not known.role:
                known.role = role
            return known
        full = name_words
        if len(name_words) == 1:
            full = (self._full_names.get(surname) or self._full_names.get(_folded(surname))
                    or self._declined_full_name(surname) or name_words)
        gender = self._gender([w.lower() for w in full] + [w.low for w in words]) or name_gender(full, self.lex)
        return Entity(" ".join(full), "person", gender, role, frozenset(w.lower() for w in full))

    def _token_before(self, tok):
        """The token before ``tok`` in its sentence, or None."""
        at = self.index.token_at(tok.start)
        return self.index.tokens[at - 1] if at > 0 and self.index.tokens[at - 1].sent == tok.sent else None

    def _uncased_person(self, toks) -> Entity | None:
        """A person in a script without capitals: the name starts at its first known given name and runs to the
        mention's end, in two to four words ('وزير الصحة الكويتي أحمد العوضي' → 'أحمد العوضي', its role before; 'محافظ
        البنك المركزي، حسن عبد الرحيم،'); a lone word is a surname named before with its given name ('العوضي')."""
        words = [t for t in toks if t.is_word]
        if len(words) == 1:
            known = self._persons.get(words[0].low)
            full = self._full_names.get(words[0].low)
            if known is not None or full is None:
                return known
            return Entity(" ".join(full), "person", name_gender(full, self.lex), None,
                          frozenset(w.lower() for w in full))
        names = given_names()
        for i, word in enumerate(words):
            given = ("", word.low) in names or (
                word.low == "عبد" and i + 1 < len(words) and ("", f"عبد {words[i + 1].low}") in names)
            if not given or not 2 <= len(words) - i <= 4:
                continue
            full = [w.text for w in words[i:]]
            known = self._persons.get(full[-1].lower())
            if known is not None:
                return known
            role = " ".join(w.text for w in words[:i]) or None
            return Entity(" ".join(full), "person", name_gender(full, self.lex), role,
                          frozenset(w.lower() for w in full))
        return None

    def _body_run(self, words) -> list[str] | None:
        """'Coordinación Nacional de Protección Civil', 'Dirección Provincial de Vialidad': capitalised words joined by
        the glue of names ('de', 'of'), opening with no given name or role, name a body; a person's name does not
        run on past such glue ('Antonio de la Torre' opens with a given name). The words, or None."""
        lex = self.lex
        if lex.capital_nouns or len(words) < 3 or not words[0].is_cap:
            return None
        if not all(w.is_cap or w.low in lex.name_glue or w.low in lex.name_connectors for w in words):
            return None
        glued = any(w.low in lex.name_glue and not w.is_cap for w in words[1:-1])
        names = given_names()
        # A given name or a role anywhere in the run makes it a person's ('Deputy Secretary of Homeland Security
        # Mark L. Ostrow').
        if not glued or words[0].low in lex.titles or any(
                (w.is_cap and ("", w.low) in names) or _role_word(w.low, lex) for w in words):
            return None
        if sum(1 for w in words if w.is_cap) < 2 or not words[-1].is_cap:
            return None
        return [w.text for w in words]

    def _declined_full_name(self, surname: str) -> list[str] | None:
        """'Щеглов' named before only in the genitive ('по словам … Максима Щеглова'): that full name, in the
        nominative, where the language declines names."""
        nominative = self.lex.name_in_nominative
        if nominative is None:
            return None
        for key in (surname + "а", surname[:-1] + "ой"):
            parts = self._full_names.get(key)
            if parts is not None and nominative(parts)[-1].lower() == surname:
                return nominative(parts)
        return None

    def _titled_since(self, lo: int, entity: Entity | None, gender: str) -> Entity | None:
        """'President Volodymyr Zelenskyy renewed his call … “…,” he wrote': a titled name opening a sentence after
        the last speaker, and before the pronoun, is whom 'he' or 'she' means, though that person has said nothing
        yet. So is a name of the pronoun's gender opening one ('Linda Morrow, 71, who has lived in Cedar Flat for
        three decades, spent two nights in her car … “…,” she said'), after an article too ('Die Dezernentin Petra
        Lindqvist kritisierte die Entscheidung. „…“, sagte sie')."""
        toks = self.index.tokens
        floor = max(entity.last if entity is not None else 0, toks[lo].start - _TITLED_REACH)
        k = lo - 1
        while k > 0 and toks[k].end > floor:
            tok = toks[k - 1]
            # Only a sentence's subject: 'Smith said, praising President Joe Biden. “…,” he added' is still Smith.
            after_article = k > 1 and toks[k - 2].low in self.lex.determiners and _sentence_initial(toks, k - 2)
            opens = _sentence_initial(toks, k - 1) or after_article
            if (tok.is_cap or after_article) and opens and (
                    tok.low in self.lex.person_roles or tok.low.rstrip(".") in self.lex.titles):
                run = []
                j = k
                while j < lo and toks[j].is_word and toks[j].is_cap and toks[j].sent == tok.sent:
                    run.append(toks[j])
                    j += 1
                if len(run) >= 2:
                    return self._named([tok, *run])
            elif tok.is_cap and tok.is_word and opens:
                run = [tok]
                j = k
                while j < lo and toks[j].is_word and toks[j].is_cap and toks[j].sent == tok.sent:
                    run.append(toks[j])
                    j += 1
                if self._function_word(tok.low):
                    # 'Die Gesundheitsdezernentin der Stadt, Petra Lindqvist, kritisierte …': the subject's name set
                    # off by commas after its role.
                    run = _apposed_name_run(toks, k - 1, lo)
                found = self._named(run) if len(run) >= 2 else None
                if found is not None and found.kind == "person" and found.gender == gender and found is not entity:
                    return found
            k -= 1
        return None

    def _trailing_name(self, words) -> Entity | None:
        """'county police commander Jane Wambui', 'former governor Ed Rendell': a description in lower case, then a
        name of two or more words, is that person ('a spokesman for the Kenya Red Cross' ends in an organisation)."""
        lex = self.lex
        if lex.capital_nouns:
            # German capitalises the role too ('Wirtschaftsminister Rainer Brüderle'); a lower-case head is a body's
            # prefix ('vida-Landesvorsitzende Martina Steixner'), and the name starts at its known given name.
            return self._named(words) if _given_name_at(words, 1, lex) is not None else None
        k = _name_start(words, lex, roles=False)
        run = words[k:]
        if k == 0 or len(run) < 2 or any(w.low in lex.org_nouns for w in run):
            return None
        # 'vecina de la colonia El Carmen': after a preposition the name is a place or a body, not the speaker.
        # A role's office in lower case may link to it ('officier van justitie Marieke Hoekstra').
        link = next((j for j in range(1, k - 1) if words[j].low in lex.office_links
                     and words[j - 1].low in lex.person_roles), None)
        if link is not None and not all(_plain_word(w, lex) for w in words[link + 1:k]):
            link = None
        # A known given name opening the run after a lower-case noun is the person the description ends in ('el
        # ingeniero de caminos Luis Albert'), whatever preposition the description holds.
        person = words[k - 1].is_word and _plain_word(words[k - 1], lex) and words[k - 1].low not in lex.name_glue \
            and _given_name_at(words, k, lex) == k
        if not person and any(not _plain_word(w, lex) or w.low in lex.name_glue or "'" in w.text or "’" in w.text
                              for w in words[1:link or k]):  # 'dell'Ente …' elides its article
            return None
        return self._named(words)

    def _past_office(self, words, k: int) -> int:
        """'Secretary of State Antony Blinken', 'Chancellor of the Exchequer Rachel Reeves': after a role word and
        its 'of', the capitalised run names the office first and the person last. The person is the run's last two
        words (one when the run has two), with initials and known given names before them ('Robert F. Kennedy',
        'Hillary Rodham Clinton')."""
        lex = self.lex
        head = [w.low for w in words[:k]]
        link = next((j for j, low in enumerate(head) if low in lex.office_links), None)
        # The word before the 'of' is the role ('Prime Minister of India'); 'Kenneth Roth of Human Rights Watch' is a
        # name before it.
        if link is None or link == 0 or head[link - 1] not in lex.person_roles:
            return k
        if any(low not in lex.determiners for low in head[link + 1:]):
            return k  # 'Chief of Staff Susie Wiles': the office ('Staff') is already out of the run
        run = len(words) - k
        if run < 2:
            return k
        start = len(words) - (2 if run > 2 else 1)
        while start - 1 > k and (_initial(words[start - 1].text) or words[start - 1].low in lex.male
                                 or words[start - 1].low in lex.female):
            start -= 1
        return start

    def _role_noun(self, words, start: int) -> Entity | None:
        # Only a phrase headed by an organisation noun refers back to one: 'the ministry',
        # 'a ministry official' – not 'a spokeswoman for the company'.
        content = [w for w in words if w.low not in self.lex.determiners]
        if not content or content[0].low not in self.lex.org_nouns or (
                content[0].low in self.lex.document_nouns):
            return None
        key = self.lex.org_nouns[content[0].low]
        for entity in self._pool():
            if entity.kind == "org" and key in entity.keys:
                return entity
        named = self._by_key.get(key, [])
        at = bisect_left(named, start, key=lambda n: n[0]) - 1
        if at < 0:
            return None
        _at, name, keys = named[at]
        return self._org_like(keys) or Entity(name, "org", None, None, keys)

    def _role_antecedent(self, words, start: int) -> Entity | None:
        """'la consejera', 'o secretário', 'the minister': a role noun after a definite article, with no name, is the
        person the text last named with that role ('afirmó la consejera de Vivienda, Begoña Lasheras'; 'O
        governador Eduardo Klein sobrevoou a região'), where it named one. 'Un portavoz' is someone new."""
        lex = self.lex
        if len(words) < 2 or words[0].low not in lex.definites:
            return None
        content = words[1:]
        if len(content) > 3 or any(w.is_cap for w in content) or content[0].low not in lex.person_roles:
            return None
        role = content[0].low
        for entity in self._pool():
            if entity.kind == "person" and role in entity.described:
                return entity
        return self._named_with_role(role, start)

    def _named_with_role(self, role: str, start: int) -> Entity | None:
        """The person named right after the last ``role`` before ``start``, in its sentence: 'O governador Eduardo
        Klein', 'el entrenador de Millonarios, Gustavo Lozano'."""
        toks = self.index.tokens
        k = self.index.token_at(start)
        while k > 0 and toks[k - 1].start >= start - _ROLE_REACH:
            k -= 1
            if toks[k].low != role:
                continue
            j, stop = k + 1, min(len(toks), k + 9)
            while j < stop and toks[j].sent == toks[k].sent:
                run = []
                while j < len(toks) and toks[j].is_word and toks[j].is_cap and toks[j].sent == toks[k].sent:
                    run.append(toks[j])
                    j += 1
                if len(run) >= 2 and not any(t.low in self.lex.org_nouns for t in run):
                    found = self._named(run)
                    return found if found is not None and found.kind == "person" else None
                j += 1
            return None
        return None

    def _descr(self, words, mention: str) -> Entity | None:
        content = [w for w in words if w.low not in self.lex.determiners]
        if not content:
            return None
        name = mention[words[1].start - words[0].start:] if (
            words[0].low in self.lex.determiners and len(words) > 1) else mention
        gender = self._gender([w.low for w in words])
        plural = content[0].low.endswith(self.lex.plural_endings)
        kind = "group" if plural and len(content) == 1 else "person"
        if content[0].low in self.lex.org_nouns:
            kind = "org"
        role = next((w.text for w in content if w.low in self.lex.person_roles), None)
        return Entity(name, kind, gender, role, frozenset(w.low for w in content))

    def _gender(self, lows: list[str]) -> str | None:
        if any(w in self.lex.female for w in lows):
            return "f"
        if any(w in self.lex.male for w in lows):
            return "m"
        return None


def _named_in_lower_case(content, lex: Lexicon) -> bool:
    """'Agenzia regionale per la protezione civile', 'Federazione italiana sport invernali', 'Commissione europea': a
    body's name that opens with its head noun and goes on in lower case, as Romance copy writes official names; no
    role, cue or clause inside, at most eight words."""
    if lex.capital_nouns or lex.language == "en" or not 2 <= len(content) <= 8:
        return False
    if content[0].low not in lex.org_nouns or not content[0].is_cap:
        return False
    rest = content[1:]
    return any(not w.is_cap for w in rest) and not any(
        _role_word(w.low, lex) or w.low in lex.cues or w.low in lex.complementizers for w in rest)


def _strong_adjective(name: str, toks, lex: Lexicon) -> str:
    """'das Statistische Bundesamt' is the 'Statistisches Bundesamt', 'der Erste Senat' the 'Erster Senat': without
    its article, an adjective right after it takes the ending the article carried (``Lexicon.article_endings``)."""
    words = [t for t in toks if t.is_word]
    parts = name.split(" ")
    if (len(words) < 3 or len(parts) < 2 or words[0].low not in lex.article_endings or parts[0] != words[1].text
            or not parts[0].endswith("e")):
        return name
    return " ".join([parts[0] + lex.article_endings[words[0].low], *parts[1:]])


def _folded(word: str) -> str:
    """Lower case without accents: 'petrovic' for 'Petrović'."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _given_name_at(words, lo: int, lex: Lexicon) -> int | None:
    """Where a name starts at a known given name, from ``lo`` on and among the last four words, with one to three
    capitalised words after it ('Missionsleiterin Anna Petrović', 'el ministro de Economía Luis Caputo'); None
    where none does."""
    for i in range(max(lo, len(words) - 4), len(words) - 1):
        if _opens_name(words, i, lex) and all(w.is_cap for w in words[i:]):
            return i
    return None


_PARTICLES = frozenset({"de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "des", "van", "von",
                        "der", "den", "le"})


def _particles_after_given_name(words, k: int) -> int:
    """'Antonio de la Torre', 'Charles de Gaulle', 'João dos Santos': lower-case particles between a known given
    name and the surname where the name's run of capitals broke off belong to the name. ``k`` otherwise."""
    j = k
    while j > 0 and k - j < 2 and not words[j - 1].is_cap and words[j - 1].low in _PARTICLES:
        j -= 1
    # The given name may stand a surname before a one-word surname ('Pablo Hernández de Cos'; not 'John Sifton von
    # Human Rights Watch', where a body follows the particle).
    for i in (j - 1, j - 2) if len(words) - k == 1 else (j - 1,):
        if j < k and i >= 0 and all(w.is_cap for w in words[i:j]) and ("", words[i].low) in given_names():
            return i
    return k


def _plain_word(word, lex: Lexicon) -> bool:
    return word.low not in lex.determiners and word.low not in lex.preps


def _name_start(words, lex: Lexicon, roles: bool = True) -> int:
    """Where the trailing name of a mention starts: its capitalised run ('Peter Visser'), with the lower-case
    particles inside it where the language writes them so ('Sanne de Graaf', 'Bas van der Berg'); a role word
    ends it unless ``roles`` is False."""
    k = len(words)
    while k > 0 and ((words[k - 1].is_cap and not (roles and _role_word(words[k - 1].low, lex))
                      and not _acronym(words[k - 1].text, k, len(words))) or (
            words[k - 1].low in lex.name_particles and k < len(words) and k >= 2 and words[k - 2].is_cap)):
        k -= 1
    while k < len(words) and words[k].low in lex.name_particles and not words[k].is_cap:
        k += 1
    if lex.name_max_words and len(words) - k > lex.name_max_words:
        longest = lex.name_max_words + (words[-2].low.endswith(lex.patronymic_endings) if lex.patronymic_endings
                                        else 0)
        while len(words) - k > longest and words[k].low.endswith(lex.genitive_endings):
            k += 1  # 'Альфа-банка Наталья Орлова': the bank is the economist's, not part of her name
    return k


def _role_word(low: str, lex: Lexicon) -> bool:
    """A person role ('spokesman'), also after a hyphen ('CNV-bestuurder') or, where the language writes roles as
    compounds, at a word's end ('Klimaatonderzoeker'; roles of five letters or more, so 'Jansen' is no 'jan').
    German keeps the role reading it had: there the change named more speakers worse than better on german-quotes
    dev ('Die SPD' became 'Ziele der SPD')."""
    if low in lex.person_roles or _elided(low) in lex.person_roles:
        return True  # "L'avvocato Francesco Damiani": an elided article before the role
    if lex.capital_nouns:
        return False  # German: its own reading of roles before names ('US-Präsident', 'VW-Chef Winterkorn')
    if low.rpartition("-")[2] in lex.person_roles:
        return True
    return lex.compound_roles and any(low.endswith(role) and len(role) >= 5 and len(low) > len(role)
                                      for role in lex.person_roles)


def _elided(low: str) -> str:
    """The word after an elided article or preposition ("l'avvocato" -> 'avvocato'); the word itself otherwise."""
    return low.replace("’", "'").rpartition("'")[2]


def _acronym(text: str, at: int, length: int) -> bool:
    """An abbreviation of three or more capitals before a name of two words or more ('ЦИК' of 'Председатель ЦИК
    Элла Памфилова'): a body's name, no part of the person's."""
    return length - at >= 2 and _abbreviation(text)


def _abbreviation(text: str) -> bool:
    """Three or more capitals: 'ЦИК', 'KNSB', 'FBI'."""
    return len(text) >= 3 and text.isupper() and text.isalpha()


def _group_from_place(words, head, lex: Lexicon) -> bool:
    """A plural role noun opening the mention with a preposition after it ('Residents of …', 'Police in …')."""
    at = words.index(head)
    return (at + 2 < len(words) and head.low in lex.person_roles and words[at + 1].low in lex.preps
            and (head.low.endswith(lex.plural_endings) or head.low in lex.org_nouns))


_HONOURED_NAME_MAX = 4


_APPOSED_ROLE_REACH = 8  # tokens of the role phrase before the comma that sets off the subject's name
_APPOSED_NAME_MAX = 4


def _apposed_name_run(toks, first: int, ceil: int) -> list:
    """The capitalised name between the first two commas of the sentence opening at ``first`` ('Die
    Gesundheitsdezernentin der Stadt, Petra Lindqvist, kritisierte'), or [] where there is none."""
    sent = toks[first].sent
    comma = next((k for k in range(first + 1, min(ceil, first + _APPOSED_ROLE_REACH))
                  if toks[k].sent == sent and toks[k].text == ","), None)
    if comma is None:
        return []
    end = comma + 1
    while end < ceil and toks[end].sent == sent and toks[end].is_word and toks[end].is_cap:
        end += 1
    closed = end < ceil and toks[end].text == ","
    return toks[comma + 1:end] if closed and 2 <= end - comma - 1 <= _APPOSED_NAME_MAX else []


def _honorific_at(words, lex: Lexicon) -> int | None:
    """Where an honorific after other words opens a capitalised name that ends the mention ('the spokesperson of
    Ministry of Commerce Mr. Wang Lifeng'), or None."""
    for i in range(1, len(words) - 1):
        rest = words[i + 1:]
        if (words[i].is_cap and words[i].low in lex.titles and len(rest) <= _HONOURED_NAME_MAX
                and all(w.is_cap and w.low not in lex.titles for w in rest)):
            return i
    return None


def _titled_name(words, head, lex: Lexicon) -> int | None:
    """'le ministre Bruno Martin', 'la ministra Ana García': index where the name starts. After the role's office
    ('el ministro de Economía Luis Caputo'), the name starts at a known given name that opens the last two to four
    words, all capitalised."""
    at = words.index(head)
    if head.is_cap or head.low not in lex.person_roles:
        return None
    k = at + 1
    if k < len(words) and all(w.is_cap for w in words[k:]):
        return k
    return _given_name_at(words, k + 1, lex)


_SAINTS = frozenset({"san", "santa", "santo", "são", "saint", "sainte", "st", "sankt"})


def _opens_name(words, i: int, lex: Lexicon) -> bool:
    """A known given name at ``i`` that may open a person's name: not right after an article or a preposition
    ('for the Kenya Red Cross'), nor a saint's place ('Santa María Huatulco')."""
    before = words[i - 1].low if i > 0 else ""
    return (("", words[i].low) in given_names() and before not in _SAINTS and before not in lex.determiners
            and before not in lex.preps)


def _named_holder(words, lex: Lexicon) -> bool:
    """'Iran's Foreign Ministry spokesman Nasser Kanani', 'Pentagon spokesman John Kirby': a role word after the
    organisation, then a name, is a person speaking for it."""
    role = max((k for k, w in enumerate(words) if w.low in lex.person_roles and not w.is_cap), default=None)
    if role is None or role == len(words) - 1:
        return False
    return all(w.is_cap for w in words[role + 1:])


def _person_before_body(words, lex: Lexicon) -> int | None:
    """'Havendeskundige Ellen Mulder van de Erasmus Universiteit', 'bestuurder Niels Kuipers van FNV Havens': after
    a role, a name of two words or more, then 'van' ('of') and the body the person speaks for. The index of that
    'van', where the person's words end; None otherwise ('Bas van Rijswijk' has one word before 'van', a particle
    of his name)."""
    for i, word in enumerate(words):
        if word.low not in lex.office_links or word.is_cap or i + 1 == len(words):
            continue
        j = i
        while j > 0 and words[j - 1].is_cap and not _role_word(words[j - 1].low, lex):
            j -= 1
        if i - j >= 2 and j > 0 and _role_word(words[j - 1].low, lex):
            return i
    return None


def _without_genitive(name: str, lex: Lexicon) -> str:
    """'Bank of England' for the name read off 'the Bank of England's chief economist'."""
    last = name.rsplit(" ", 1)[-1]
    owner = possessor(last, lex)
    return name if owner is None else name[: len(name) - len(last) + len(owner)]


def _initial(word: str) -> bool:
    """'F.' or 'F' in 'Robert F. Kennedy'."""
    return word[:1].isupper() and word[1:] in ("", ".")


def _rewritten(mention: str, start: int, toks) -> str:
    """``mention`` (at ``start``) with each token's text in place of what the text has there."""
    for tok in reversed(toks):
        at, to = tok.start - start, tok.end - start
        if mention[at:to] != tok.text:
            mention = mention[:at] + tok.text + mention[to:]
    return mention


def _comma_parts(toks) -> list[list]:
    """The mention's words in the parts its commas set off (a part may be empty)."""
    parts: list[list] = [[]]
    for tok in toks:
        if tok.text == ",":
            parts.append([])
        elif tok.is_word:
            parts[-1].append(tok)
    return parts


def _listed_fields(toks, lex: Lexicon) -> bool:
    """'Ministerio de Ganadería, Agricultura y Pesca', 'the Department of Health, Education and Welfare': a body
    whose name lists its fields, so its commas are part of the name and set off no apposition."""
    parts = _comma_parts(toks)
    if len(parts) < 2 or not all(parts) or not any(t.low in lex.org_nouns for t in parts[0]):
        return False
    tail = parts[1:]
    return any(t.low in lex.conjunctions for t in tail[-1]) and all(
        p[0].is_cap and all(t.is_cap or t.low in lex.name_glue or t.low in lex.conjunctions for t in p)
        for p in tail)


def _name_part(toks, lex: Lexicon):
    """'Jane Roe, 57, a nurse' and 'the city's lawyer, Jane Roe': of a mention with an
    apposition, the part that is a name (all capitalised words), else the first part with one;
    None when the mention has no comma."""
    parts = [p for p in _comma_parts(toks) if p]
    if len(parts) < 2:
        return None
    named = [p for p in parts if any(t.is_cap and t.low not in lex.determiners for t in p)]
    # Where nouns are capitalised every part looks like a name: the part with a known given name opening its last
    # words is the person ('Der Prozessbevollmächtigte der Kläger, der Berliner Rechtsprofessor Stefan Brandl').
    pure = [] if lex.capital_nouns else [p for p in named if all(t.is_cap or t.low in lex.name_glue for t in p)]
    given = [p for p in named if p[-1].is_cap and any(
        p[i].is_cap and _opens_name(p, i, lex) for i in range(max(0, len(p) - 4), len(p) - 1))]
    best = pure or given or named
    return best[0] if best else None


def _sentence_initial(toks, i: int) -> bool:
    return i == 0 or toks[i - 1].sent != toks[i].sent or toks[i - 1].text in "“\"„«"
