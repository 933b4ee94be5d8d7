"""The shape of a language's claims data (``Lexicon``) and ``get_lexicon``, which finds a language's.

The data itself lives in ``service/languages/<code>/quotes.py`` as ``LEXICON``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from service.languages import common, part_of
from service.stages.quotes.rules import NEUTRAL_RULES, QuoteRules


@dataclass(frozen=True)
class Lexicon:
    """What the rules need to know about one language."""

    language: str
    # Quote-mark pairs in the order the press of this language prefers them (documentation and
    # the reversed-guillemet default; pairing itself accepts every style).
    marks: tuple[str, ...] = ("“”", "‘’", '""')
    # Inflected cue forms (lowercase, single words) and multi-word cues (lowercase, space-joined).
    cues: frozenset[str] = frozenset()
    phrases: tuple[str, ...] = ()
    # Cues that introduce the source, not the content ("according to X", "laut X", "selon X").
    source_preps: tuple[str, ...] = ()
    # Postposed source markers ("X zufolge").
    source_posts: tuple[str, ...] = ()
    # A preposition that marks a source when one of these nouns follows within two words
    # ("nach ersten Angaben der Polizei", "nach Schätzungen der UNO").
    noun_sources: dict[str, frozenset[str]] = field(default_factory=dict)
    # Source adverbs that stand for the source themselves ("Demnach …").
    self_sources: frozenset[str] = frozenset()
    # Source markers that count only right after a comma ("…, so der Sprecher").
    comma_sources: frozenset[str] = frozenset()
    # Prepositions: a phrase starting with one is an adverbial, not a subject ("Am Montag sagte").
    preps: frozenset[str] = frozenset()
    # Verb-second order: after a fronted adverbial the subject follows the finite verb.
    verb_second: bool = False
    # Determiners and pronouns that cannot start a subject (German dative/accusative).
    oblique: frozenset[str] = frozenset()
    # Belief/intention verbs: reported only with an explicit complement.
    belief: frozenset[str] = frozenset()
    # Cues that take a content clause without a complementizer ("said the vote was rigged").
    bare: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()
    # Words skipped between a speaker and its cue (auxiliaries, adverbs).
    skip: frozenset[str] = frozenset()
    # Words that end a speaker phrase when scanning away from the cue.
    stop: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    pronouns: dict[str, str] = field(default_factory=dict)  # pronoun -> m|f|p|n
    female: frozenset[str] = frozenset()
    male: frozenset[str] = frozenset()
    person_roles: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()  # honorifics left out of canonical names
    # A word ending in a person role is a role too: Dutch writes roles as one word ('klimaatonderzoeker').
    compound_roles: bool = False
    org_nouns: dict[str, str] = field(default_factory=dict)  # noun -> canonical org keyword
    # Nouns of a side, group or document that speaks as one ('la oposición', 'la difesa', 'o relatório'): like a
    # body, such a phrase is never a person named elsewhere.
    collective_nouns: frozenset[str] = frozenset()
    media_preps: tuple[str, ...] = ()
    addressee_cues: frozenset[str] = frozenset()
    # Verbs of answering, and the prepositions after which they name what they answer or how, not what was said:
    # 'did not respond to requests for comment', 'responded with attacks on Machado'.
    answer_cues: frozenset[str] = frozenset()
    answer_preps: frozenset[str] = frozenset()
    # Headlines attribute with a colon ('Sanders: …'); measured for English only (the German
    # corpus leaves such lines unannotated).
    colon_heads: bool = False
    # A partial quote inside a reported clause: 'partial' keeps the partial alone, as the references
    # and marked sets label it outside English (eval/references/SCHEMA.md: the clause is labelled
    # once, as the partial quote); 'clause' keeps the clause, retyped partial (English); 'both'
    # always keeps both (German press quotes inside reported clauses are claims of their own).
    nested: str = "partial"
    # Verb forms that frame content only under some dependency relations ('decided to run',
    # 'backed the bill'): form -> relations; a parse confirms them (en/fr only).
    parse_frames: dict[str, frozenset[str]] = field(default_factory=dict)
    # Participles that open a sentence with the question put to its subject ('Asked whether …').
    question_cues: frozenset[str] = frozenset()
    # Words besides the complementizers that open what was asked ('Asked which county …').
    question_words: frozenset[str] = frozenset()
    # Speech and stance nouns whose object a parse confirms ('attacks on', 'support for',
    # 'the claim that'): form -> prepositions ('that': a clause).
    noun_frames: dict[str, frozenset[str]] = field(default_factory=dict)
    # Verbs that frame their object only as a judgement: with 'as' a few words after it
    # ('Voters see him as a uniter'); the word marking the judgement, and the forms.
    judgement_word: str = ""
    judgement_cues: frozenset[str] = frozenset()
    # Raising verbs ('Her lead appears to be shrinking'): the subject is part of the content,
    # which reads as one proposition, not the source of what follows the verb.
    raising: frozenset[str] = frozenset()
    # Passive belief verbs reporting hearsay with an open complement ('is expected to win').
    passive_frames: frozenset[str] = frozenset()
    # Verbs that frame a quote only right after it closes ('…,” he continued'); elsewhere they
    # mostly narrate actions ('the rally continued').
    trailing: frozenset[str] = frozenset()
    # A quote opening the paragraph after a speaker's quote, with no frame of its own,
    # continues that claim (wire style) rather than starting a new one.
    quote_paragraphs: bool = True
    # Separable verbs that cue only with their particle closing the clause
    # ('Die Polizei geht von Suizid aus'): finite form -> particles.
    separable: dict[str, frozenset[str]] = field(default_factory=dict)
    # Of those, (form, particle) pairs that cue only with a word between them ending in one of these
    # ('geht von Suizid aus', not 'gingen die Lichter aus'; 'geht aus dem Bericht hervor', not 'ging
    # aus der Wahl als Sieger hervor').
    separable_needs: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    # A pronoun right after a cue is its inverted subject ('сказал он журналистам', 'declarou ele'); in English it
    # opens the reported clause instead ('said she has the experience').
    inverted_pronouns: bool = True
    # A content clause after a verb cue is always set off by a comma or colon (German
    # punctuation rule); without one, the words after the cue are its object.
    comma_content: bool = False
    # Of those cues, the ones whose noun-phrase object states the claim itself ('forderte
    # eine Untersuchung', 'nannte den Beschluss einen Fehler', 'warnte vor Sturm').
    object_cues: frozenset[str] = frozenset()
    # Words that attach a predicate to that object ('als'): with one, any cue's object counts.
    predicatives: frozenset[str] = frozenset()
    # The frame after reported content may invert a compound tense ('…, a déclaré le ministre', '…, ha dicho el
    # ministro'); English does not ('X, like Obama, has encouraged …' keeps its subject before).
    inverted_compounds: bool = False
    # Perfect auxiliaries: a participle cue after one has its subject around the auxiliary.
    perfect_aux: frozenset[str] = frozenset()
    # Pronouns that are always nominative: right after a verb-second cue they are its subject.
    nominative: frozenset[str] = frozenset()
    # Konjunktiv-I style markers of reported speech without a cue (German).
    subjunctive: frozenset[str] = frozenset()
    # Of those, modals that as often state a plan or a condition: they mark hearsay only
    # right after a claim.
    weak_moods: frozenset[str] = frozenset()
    # Words opening a relative or subordinate clause after a comma: a source inside such a
    # clause vouches for that clause only.
    clause_openers: frozenset[str] = frozenset()
    # Conjunctions opening an adverbial clause: one fronted before '…, sagte X' is no content.
    adverbial_openers: frozenset[str] = frozenset()
    # Words opening the writer's own aside after a frame that follows its content ('Sales fell, data showed, as
    # wet weather kept shoppers home'); an English participle ('…, citing …') is one too.
    writer_asides: frozenset[str] = frozenset()
    # Nouns are capitalised (German): a capitalised word inside a sentence is no verb form.
    capital_nouns: bool = False
    # Conjunctions that end a reported clause when their own clause has a cue ('und fügte
    # hinzu', 'doch der Sprecher erklärte').
    coordinators: frozenset[str] = frozenset()
    # Conjunctions that join a second cue verb to the same subject ('said A and added B').
    verb_coordinators: frozenset[str] = frozenset()
    # Conjunctions opening a clause with a subject and cue of its own ('accused X of Y while
    # doctors warned of Z'): the first content ends before them.
    clause_links: frozenset[str] = frozenset()
    # An unframed quote later in the paragraph continues the claim before it, same speaker.
    join_quotes: bool = False
    # Studies that vouch for the clause they sit in ('Trump leads by 9 points in a new Fox
    # News poll'): the preposition, the study nouns, and words that name a particular study.
    study_prep: str = ""
    study_nouns: frozenset[str] = frozenset()
    study_modifiers: frozenset[str] = frozenset()
    # Compounds whose first word is a cue form but which name a thing ('think tank', 'pledged
    # delegates'): cue word -> the nouns that make it a compound.
    compounds: dict[str, frozenset[str]] = field(default_factory=dict)
    # A colon right before an opening quote mark is a cue ('Minister Schäuble: „…“').
    colon_quotes: bool = False
    # Impersonal cues ('heißt es') and the prepositions that name their source ('in dem
    # Bericht', 'vom Sprecher').
    impersonal: frozenset[str] = frozenset()
    source_marks: frozenset[str] = frozenset()
    # Conjunctions of a verb-final frame clause ('Wie die Polizei mitteilte, …').
    as_frames: frozenset[str] = frozenset()
    # Conjunctions before a saying verb whose subject follows it, as translations keep it ('As informed the
    # press service, …' of 'Как сообщила пресс-служба'; like 'según informó X'): the subject is the source.
    as_sources: frozenset[str] = frozenset()
    # Prepositions that after a cue name only what was talked about ('complain about the traffic jams', 'a
    # déclaré sur la réforme'): no content of its own follows.
    topic_preps: frozenset[str] = frozenset()
    # A noun phrase after a verb cue whose subject precedes it is content ('backed the bill': PolNeAR labels it).
    # French reports with 'que' or an infinitive; a plain object there ('dénonce la fermeture de l'usine') names
    # what the speaker acted on, no claim.
    object_claims: bool = True
    # Consecutive Konjunktiv-I sentences form one reported claim.
    join_reported: bool = False
    # Infinitives that, closing a sentence with 'soll(en)', make it hearsay ('soll … haben').
    hearsay_ends: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    prediction: frozenset[str] = frozenset()
    comparison: frozenset[str] = frozenset()
    # Word classes of names, speakers, cues and frames; defaults in service/languages/common.py.
    # First words of a multi-word verb cue that make it a medium ('in a statement').
    medium_openers: frozenset[str] = common.MEDIUM_OPENERS
    # Nouns naming the medium of a statement ('in a statement').
    medium_nouns: frozenset[str] = common.MEDIUM_NOUNS
    # Media prepositions that before a bare name mark an addressee ('to Reuters').
    addressee_preps: frozenset[str] = common.ADDRESSEE_PREPS
    # Number words: a claim holding one states a quantity.
    number_words: tuple[str, ...] = common.NUMBER_WORDS
    # Comparatives: a word with one of these endings, then the comparison word ('higher than').
    comparative_endings: tuple[str, ...] = common.COMPARATIVE_ENDINGS
    comparison_word: str = common.COMPARISON_WORD
    # Subject clitics after an inverted verb ('ajoute-t-il') and the euphonic letters before them.
    inversion_clitics: tuple[str, ...] = common.INVERSION_CLITICS
    inversion_infixes: tuple[str, ...] = common.INVERSION_INFIXES
    # Relative pronouns after a comma: the speaker is the noun phrase they stand for.
    relative_pronouns: frozenset[str] = common.RELATIVE_PRONOUNS
    # Relative pronouns that make a speaker phrase plausible.
    speaker_relatives: frozenset[str] = common.SPEAKER_RELATIVES
    # Conjunctions and sentence adverbs skipped at the start of a subject phrase ('And Smith said').
    leading_words: frozenset[str] = common.LEADING_WORDS
    # Words joining the parts of a name or two names ('Department of Commerce', 'Smith & Wesson').
    name_connectors: frozenset[str] = common.NAME_CONNECTORS
    # Glue words inside one proper name ('Banco de España').
    name_glue: frozenset[str] = common.NAME_GLUE
    # What joins a role to the office it holds before the holder's name ('Secretary of State Antony Blinken'); empty
    # where a role's genitive names an organisation instead ('Sprecher des Erwerbslosen Forum Deutschland').
    office_links: frozenset[str] = frozenset()
    # Adverb endings ('quickly'): such a word between a subject and its cue is skipped.
    adverb_endings: tuple[str, ...] = common.ADVERB_ENDINGS
    # Endings of a word opening a participial clause or aside ('Speaking to reporters, …').
    opener_participle_endings: tuple[str, ...] = common.OPENER_PARTICIPLE_ENDINGS
    # Endings of a past participle that opens an aside between commas after its noun ('Il rapporto, pubblicato il 3
    # giugno, segnala …', 'Le rapport, publié lundi, indique …'), where they differ from the opener endings above.
    aside_participle_endings: tuple[str, ...] = ()
    # Prepositions a passive participle takes right after it ('The mayor, accused of corruption, resigned', 'Il
    # sindaco, accusato di peculato, si è dimesso'): such a participle after a comma describes its noun, no speaker.
    passive_preps: frozenset[str] = frozenset()
    # Past-tense endings: such a lowercase word after a name is the verb ('Trump wavered').
    past_endings: tuple[str, ...] = common.PAST_ENDINGS
    # Gerund endings: an active cue ('was saying'), a participle hanging on the main clause.
    gerund_endings: tuple[str, ...] = common.GERUND_ENDINGS
    # Plural endings: a lone plural noun as a speaker names a group ('officials').
    plural_endings: tuple[str, ...] = common.PLURAL_ENDINGS
    # Units of time and clock words ('05 Uhr MEZ', 'last week'): such a phrase names no speaker.
    time_words: frozenset[str] = common.TIME_WORDS
    # Complementizers that after a noun open a relative clause ('the report that …').
    relative_complementizers: frozenset[str] = common.RELATIVE_COMPLEMENTIZERS
    # Of those, the ones that stand for the noun before them as a speaker ('a group that warns').
    noun_relatives: frozenset[str] = common.NOUN_RELATIVES
    # Coordinating conjunctions: a subject phrase never ends in one ('X criticized Y and vowed').
    conjunctions: frozenset[str] = common.CONJUNCTIONS
    # Sentence adverbs standing alone between a subject and its verb ('Smith, meanwhile, said').
    asides: frozenset[str] = common.ASIDES
    # Forms of 'be' that make a participle cue passive ('was criticized by Y').
    be_forms: frozenset[str] = common.BE_FORMS
    # Words allowed between 'be' and a passive participle ('has long been criticized').
    passive_adverbs: frozenset[str] = common.PASSIVE_ADVERBS
    # Prepositions naming the agent of a passive cue ('criticized by Y').
    agent_preps: frozenset[str] = common.AGENT_PREPS
    # Articles of a genitive after a name: they do not start an object ('Sprecher der Polizei').
    genitive_articles: frozenset[str] = frozenset()
    # Subject pronouns that open a speech tag ('“…,” he continued').
    subject_pronouns: frozenset[str] = common.SUBJECT_PRONOUNS
    # Words right after a closing quote that open a clause about something else, not a tag.
    not_tag_openers: frozenset[str] = common.NOT_TAG_OPENERS
    # Subjects of a lead-in that introduce no speaker ('It gets better:').
    dummy_subjects: frozenset[str] = common.DUMMY_SUBJECTS
    # Prepositions that, before a name ending a lead-in, name the source ('More from Roe:').
    lead_source_preps: frozenset[str] = common.LEAD_SOURCE_PREPS
    # Organisation nouns that, heading a phrase, name a document ('the statement').
    document_nouns: frozenset[str] = common.DOCUMENT_NOUNS
    label_markers: frozenset[str] = common.LABEL_MARKERS
    varying_stems: tuple[str, ...] = common.VARYING_STEMS
    # Nouns whose quoted name follows them ('het rapport ‘Hoosbuien in een warmer Limburg’'): a capitalised
    # quote right after one is a title, however long.
    title_nouns: frozenset[str] = frozenset()
    # Lower-case particles inside a person's name ('Sanne de Graaf', 'Jan van der Berg'); a name's run of
    # capitals goes on across them.
    name_particles: frozenset[str] = frozenset()
    # Endings of a past-tense cue that tell its subject's gender (Russian 'заявила' f, 'заявил' m), for the
    # pronouns after: (ending, m|f), the first that matches wins.
    cue_genders: tuple[tuple[str, str], ...] = ()
    # Endings of a person's surname, and of the given name, that tell the person's gender where no list of given
    # names does (service/stages/quotes/name_gender.py): (ending, m|f), the first that matches wins.
    surname_genders: tuple[tuple[str, str], ...] = ()
    given_name_genders: tuple[tuple[str, str], ...] = ()
    # Cue words that say the speaker before goes on ('added', 'continued'): a pronoun after one keeps that speaker.
    continuing: frozenset[str] = frozenset()
    # The ending an adjective takes where a nominative article before it is left out of a name (German 'das
    # Statistische Bundesamt' → 'Statistisches Bundesamt'): article -> ending.
    article_endings: dict[str, str] = field(default_factory=dict)
    # The script has no capitals (Arabic): a person's name inside a mention starts at a known given name
    # (service/stages/quotes/given_names.tsv), not at a capital.
    uncased_names: bool = False
    # Singular definite articles and demonstratives: 'la consejera' may be the consejera named before; 'una
    # portavoz', 'several officials' are someone new.
    definites: frozenset[str] = frozenset()
    # A short quote opening in capitals right after a word is a name even with a cue in the sentence
    # (Russian writes a name's later words in lower case: 'пресс-служба «Волжских медведей»').
    short_names: bool = False
    # Words after which a speaker's name is in the genitive ('по словам Марии Захаровой'), and what gives its words
    # in the nominative for the speaker list (service/languages/ru/names.py); None where names do not decline.
    genitive_governors: frozenset[str] = frozenset()
    # At most this many words name a person (0: any), one more with a patronymic ('Владимир Владимирович Путин');
    # a capitalised word before them in the genitive names the role's body ('Депутат Госдумы Александр Смирнов').
    name_max_words: int = 0
    patronymic_endings: tuple[str, ...] = ()
    genitive_endings: tuple[str, ...] = ()
    # A body's name goes on in lower case after its head ('Министерство экономического развития').
    lowercase_name_words: bool = False
    name_in_nominative: Callable[[list[str]], list[str]] | None = None
    # Expletive subjects ('It is said'): no source.
    expletives: frozenset[str] = common.EXPLETIVES
    # First and second person: outside quotes the writer talking to the reader.
    personal_pronouns: frozenset[str] = common.PERSONAL_PRONOUNS
    # Possessives that name the source themselves ('her support for the bill').
    possessives: frozenset[str] = common.POSSESSIVES
    # Complementizers of a clause that any verb reports ('X ruled that …').
    report_marks: frozenset[str] = common.REPORT_MARKS
    # Verbs whose 'that' clause is a condition or a result, not reported content.
    not_frames: frozenset[str] = common.NOT_FRAMES
    # The word that, among a speech noun's prepositions, stands for a clause ('the claim that').
    noun_clause_mark: str = common.NOUN_CLAUSE_MARK
    # Conjunctions a reported content may run on past, so a parse bounds it.
    content_joiners: frozenset[str] = common.CONTENT_JOINERS
    # Word classes of reported speech and direct quotes; defaults in service/languages/common.py.
    # The language's own procedures (rules.py); the neutral default has none.
    rules: QuoteRules = NEUTRAL_RULES
    # A quote with a verb or source cue is a claim even when short (German press quotes).
    framed_quotes_claim: bool = False
    # Whether a reported clause keeps its complementizer ('said that …'): PolNeAR and the German
    # quotations label it inside the content; the references and marked sets of other languages
    # (eval/references/SCHEMA.md) label the clause after it.
    content_complementizer: bool = True
    # A paragraph opening with a dash is a quoted turn ('— … — dijo X'; marks.dialogue_turns).
    dialogue_dashes: bool = False
    # Single marks quote at the top level ('Dit was een verdienmodel', zei ze; ‘…’): Dutch papers and
    # broadcasters write them so. Elsewhere they are apostrophes or nest only (marks.find_quotes).
    single_quotes: bool = False
    # A script without spaces between words (Chinese): claims are read over characters by
    # ``unspaced.py`` with these phrase rules (an ``UnspacedRules``), not by the token rules.
    unspaced: Any = None
    # Conjunctions that may open a sentence before its fronted source ('But according to X').
    opening_conjunctions: frozenset[str] = common.OPENING_CONJUNCTIONS
    # Words before a date between a cue and its content ('said on Friday that').
    date_leads: frozenset[str] = common.DATE_LEADS
    # Determiners and possessive clitics that make the cue word after them a noun ('a note').
    noun_determiners: frozenset[str] = common.NOUN_DETERMINERS
    genitive_clitics: tuple[str, ...] = common.GENITIVE_CLITICS
    # Words whose 's is 'is' or 'has' ('that's said'), not a possessive.
    contracted_subjects: frozenset[str] = common.CONTRACTED_SUBJECTS
    # Clitic forms of 'be' ('it's expected'): with a participle cue they make it passive.
    be_clitics: frozenset[str] = common.BE_CLITICS
    # Endings of a passive participle cue ('was revealed', 'is known').
    passive_endings: tuple[str, ...] = common.PASSIVE_ENDINGS
    # Words after a passive belief verb that open its hearsay ('are expected to attend').
    hearsay_openers: frozenset[str] = common.HEARSAY_OPENERS
    # Accusing verbs that report only a clause, save for an infinitive charge after the accused, opened by one of the
    # links ('de') or an elided one glued to its verb ("d'avoir"): French 'a accusé le gouvernement d'avoir menti'.
    charge_cues: frozenset[str] = frozenset()
    charge_links: frozenset[str] = frozenset()
    charge_elisions: tuple[str, ...] = ()
    # Words opening an infinitive the cue reports, where an auxiliary before the cue looks like an article
    # (French 'a affirmé ne pas avoir été informé', 'a assuré avoir agi').
    infinitive_openers: frozenset[str] = frozenset()
    # The infinitive marker: after a cue it opens an infinitive ('agreed to pay').
    infinitive_markers: frozenset[str] = common.INFINITIVE_MARKERS
    # Lowercase words inside the subject of a clause framing Konjunktiv I ('Bündnis von …').
    name_links: frozenset[str] = frozenset()
    # Labels that head a line without being anyone's words ('Update: …', 'Photo: …'), and the
    # label of a transcript's question turn ('Q: …'); read where colon_heads is on.
    colon_labels: frozenset[str] = frozenset()
    question_label: str = ""
    # Words that may precede a question cue opening the sentence ('When asked whether …').
    question_openers: frozenset[str] = frozenset()


def possessor(word: str, lex: Lexicon) -> str | None:
    """The owner a possessive names ('England' of "England's"); None without the clitic, or for a contraction
    ("that's", "there's")."""
    for clitic in lex.genitive_clitics:
        if word.endswith(clitic) and len(word) > len(clitic):
            owner = word[: -len(clitic)]
            return None if owner.lower() in lex.contracted_subjects else owner
    return None


def build(language: str, **data) -> Lexicon:
    """A Lexicon from plain lists (lowercased, frozen)."""
    frozen: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, (set, list, frozenset)) and key not in ("phrases", "source_preps",
                                                                     "source_posts", "media_preps",
                                                                     "marks"):
            frozen[key] = frozenset(v.lower() for v in value)
        elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            frozen[key] = tuple(v.lower() for v in value)
        else:
            frozen[key] = value
    return Lexicon(language=language, **frozen)


# Verbs that double their final consonant before -ed/-ing ('slammed', 'referring').
_DOUBLING = frozenset({
    "admit", "commit", "refer", "prefer", "slam", "quip", "dub", "rebut", "spar", "plan", "omit",
    "submit", "confer", "infer", "defer", "jab", "grab", "bar", "beg", "nod", "shun", "regret",
    "stop", "drop", "chat", "scrap", "zap", "rip", "snap", "stab", "plot", "flag",
})


def inflect(*lemmas: str) -> set[str]:
    """Regular English verb forms (verb, verbs, verbed, verbing) for each lemma."""
    out: set[str] = set()
    for lemma in lemmas:
        out.add(lemma)
        if lemma in _DOUBLING:
            out |= {lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        elif lemma.endswith("e"):
            out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
        elif lemma.endswith(("s", "sh", "ch", "x")):
            out |= {lemma + "es", lemma + "ed", lemma + "ing"}
        else:
            out |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return out


@lru_cache(maxsize=64)
def has_cue_rules(language: str) -> bool:
    """Whether ``language`` has a claims lexicon of its own (cues, speakers), not quote marks only."""
    return part_of(language, "quotes") is not None


@lru_cache(maxsize=64)
def get_lexicon(language: str) -> Lexicon:
    """The claims lexicon of ``language``; a language without one gets a marks-only lexicon."""
    data = part_of(language, "quotes")
    if data is None:
        return Lexicon(language=language)
    return data.LEXICON
