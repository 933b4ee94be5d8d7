"""Words the claims rules use whatever the article's language: the neutral default of every lexicon.

Wire copy mixes languages (a French name particle in English text, an English 'according to' in a
translated story), so some word classes hold words of several languages at once. A language's
``quotes.py`` may replace any of them; a language without one gets these.
"""

from __future__ import annotations

# Names, speakers, cues, frames and tokens (phrases, speakers, tags, cues, frames, parsed, worthiness).
# Elided words split off the noun they lean on ("l'agence", "qu'il"); the token layer splits them in
# every language, case-sensitively (a capitalised "L'Oréal" stays whole).
ELISIONS = ("l", "d", "j", "n", "m", "t", "s", "c", "qu")
# Endings of a cue word that make it a participle ('saying', 'affirmant', 'betonend').
PARTICIPLE_ENDINGS = ("ing", "ant", "end")
# First words of a multi-word verb cue that make it a medium ('in a statement'), not a verb.
MEDIUM_OPENERS = frozenset({"in"})
# Nouns naming the medium of a statement ('in a statement', 'in einer Erklärung').
MEDIUM_NOUNS = frozenset({
    "statement", "interview", "tweet", "post", "letter", "speech", "email", "release", "op-ed",
    "video", "memo", "report", "communiqué", "communique", "erklärung", "mitteilung",
    "déclaration", "entretien", "comunicado", "entrevista", "conference", "briefing",
})
# Media prepositions that before a bare name mark an addressee ('to Reuters'), not a medium.
ADDRESSEE_PREPS = frozenset({"to"})
# Number words: a claim holding one states a quantity (read as whole words, any case).
NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred",
    "thousand", "million", "billion", "trillion", "percent", "per cent", "dozen", "half", "zwei",
    "drei", "vier", "fünf", "millionen", "milliarden", "prozent", "deux", "trois", "cent", "mille",
    "millions", "milliards", "dos", "tres", "cuatro", "mil", "millones", "por ciento", "pour cent",
)
# Comparatives: a word with one of these endings followed by the comparison word ('higher than').
COMPARATIVE_ENDINGS = ("er", "est")
COMPARISON_WORD = "than"
# French subject clitics after an inverted verb ('ajoute-t-il') and the euphonic letter before them.
INVERSION_CLITICS = ("il", "elle", "ils", "elles", "on")
INVERSION_INFIXES = ("t",)
# Relative pronouns after a comma: the speaker is the noun phrase they stand for.
RELATIVE_PRONOUNS = frozenset({"who", "which", "qui", "welche", "welcher", "quien", "que"})
# Relative pronouns that make a speaker phrase plausible (they stand for a named antecedent).
SPEAKER_RELATIVES = frozenset({"who", "which", "qui", "que"})
# Conjunctions and sentence adverbs skipped at the start of a subject phrase ('And Smith said').
LEADING_WORDS = frozenset({"and", "but", "however", "so", "then", "yet", "und", "aber", "et", "mais",
                           "y", "pero", "also", "still", "now", "meanwhile"})
# Words that join the parts of a name or two names ('Department of Commerce', 'Smith & Wesson').
NAME_CONNECTORS = frozenset({"of", "for", "de", "du", "des", "del", "der", "von", "la", "le", "el",
                             "and", "&", "y", "et", "und"})
# The glue words that occur inside one proper name ('Department of Commerce', 'Banco de España').
NAME_GLUE = frozenset({"of", "for", "de", "du", "des", "del", "der", "von", "la", "le", "el"})
# Adverb endings: such a lowercase word between a subject and its cue is skipped ('quickly').
ADVERB_ENDINGS = ("ly",)
# Participle endings of a word opening a participial clause or aside ('Speaking …,', 'Asked …,').
OPENER_PARTICIPLE_ENDINGS = ("ing", "ed")
# Past-tense endings: such a lowercase word after a name is the verb ('Trump wavered').
PAST_ENDINGS = ("ed",)
# Gerund endings: a cue so ending is active ('was saying'), and a participle after an apposition
# hangs on the main clause ('X, however, …, adding').
GERUND_ENDINGS = ("ing",)
# Plural endings: a lone plural noun as a speaker names a group ('officials').
PLURAL_ENDINGS = ("s",)
# Units of time and clock words ('05 Uhr MEZ', 'last week'): a phrase of them names no speaker.
TIME_WORDS = frozenset({
    "uhr", "mez", "mesz", "utc", "gmt", "jahr", "jahres", "jahren", "woche", "wochen", "tag",
    "tage", "tagen", "abend", "nachmittag", "vormittag", "nacht", "stunden", "minuten", "monat",
    "monaten", "wochenende", "year", "years", "week", "weeks", "day", "days", "month", "months",
    "hours", "minutes", "morning", "evening", "night", "afternoon", "weekend",
})
# Complementizers that after a noun open a relative clause ('the report that …'): no clause cut.
RELATIVE_COMPLEMENTIZERS = frozenset({"that", "que", "dass"})
# Of those, the one that stands for the noun before it as a speaker ('a group that warns').
NOUN_RELATIVES = frozenset({"that"})
# Coordinating conjunctions: a subject phrase never ends in one ('Trump criticized X and vowed').
CONJUNCTIONS = frozenset({"and", "or", "but", "und", "oder", "et", "ou", "y", "o"})
# Sentence adverbs that stand alone between a subject and its verb ('Smith, meanwhile, said').
ASIDES = frozenset({"however", "meanwhile", "too", "though", "instead", "moreover", "also",
                    "nonetheless", "nevertheless", "likewise", "separately", "later"})
# Forms of 'be' that make a participle cue passive ('was criticized by Y').
BE_FORMS = frozenset({"is", "are", "was", "were", "been", "being", "be"})
# Words allowed between 'be' and a passive participle ('has long been criticized').
PASSIVE_ADVERBS = frozenset({"also", "often", "widely", "repeatedly", "long", "since", "already",
                             "recently", "sharply", "been"})
# Prepositions naming the agent of a passive cue ('criticized by Y'): the agent spoke.
AGENT_PREPS = frozenset({"by"})
# Subject pronouns that open a speech tag ('“…,” he continued'); object forms do not.
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
# Words right after a closing quote that open a clause about something else, not a speech tag.
NOT_TAG_OPENERS = frozenset({"where", "when", "as"})
# Subjects of a lead-in that introduce no speaker ('It gets better:', 'This is the text:').
DUMMY_SUBJECTS = frozenset({"it", "this", "that", "there", "here"})
# Prepositions that, before a name ending a lead-in, name the source ('More from Roe:').
LEAD_SOURCE_PREPS = frozenset({"by", "from"})
# Nouns listed as organisation nouns that, heading a phrase, name a document ('the statement').
DOCUMENT_NOUNS = frozenset({"statement"})
# 'pidió no ser identificado', 'pediu para não ser identificado', 'chiede di non essere nominato': a request to
# be or not to be something, whose words, however they run on, report nothing. Words that may open such an
# infinitive (markers and negations), then the infinitives of 'be'; one set for the languages whose infinitive
# comes first. English is left out: PolNeAR counts 'is expected to be Latino' as reported content.
INFINITIVE_OPENERS = frozenset({"para", "no", "não", "di", "non", "de", "ne", "pas", "om", "niet", "te", "не"})
BE_INFINITIVES = frozenset({"ser", "estar", "essere", "être", "zijn", "worden", "быть"})
# Stems of verbs of varying and measuring: after one, 'selon', 'según', 'secondo', 'segundo' mean 'depending on'
# ('varient selon les démarches', 'calculada según el peso'), not 'according to'. Shared: the stems are
# unambiguous across the languages that have such a preposition.
VARYING_STEMS = ("vari", "varí", "calcul", "dépend", "depend", "chang", "cambi", "diffèr", "difier", "differ", "évolu",
                 "evolu", "fluct", "oscil", "ajust", "aggiust", "répart", "repart", "ripart", "modul", "class",
                 "clasific", "classific", "determin", "détermin", "fix", "fij", "stabil", "establec")
# Words that announce a label, not a speaker's words: a quote right after one is a term ('the so-called “deep
# state”', 'del cosiddetto “cartello”', 'die sogenannte „Schuldenbremse“'). One set for every language: the words
# are unambiguous across them.
LABEL_MARKERS = frozenset({
    "so-called", "self-styled", "dubbed", "nicknamed", "cosiddetto", "cosiddetta", "cosiddetti", "cosiddette",
    "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "soi-disant", "surnommé", "surnommée",
    "surnommés", "baptisé", "baptisée", "autoproclamé", "autoproclamée", "llamado", "llamada", "llamados",
    "llamadas", "denominado", "denominada", "apodado", "apodada", "chamado", "chamada", "chamados",
    "chamadas", "apelidado", "apelidada", "zogenaamde", "zogeheten", "zogenaamd", "bijgenaamd",
    "так", "называемый", "называемая", "называемое", "называемые", "называемого", "называемой",
})
# Expletive subjects ('It is said', 'Il faut'): no source.
EXPLETIVES = frozenset({"it", "there", "il", "ce"})
# First and second person outside quotes is the writer talking to the reader ('you know').
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "je", "nous", "vous", "tu", "on"})
# Possessives that name the source themselves ('her support for the bill'), with the personal ones.
POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})
# Complementizers of a clause that any verb reports ('X ruled that …', '… whether …').
REPORT_MARKS = frozenset({"that", "whether"})
# Verbs whose 'that' clause is a condition or a result, not reported content.
NOT_FRAMES = frozenset({"make", "makes", "made", "making", "ensure", "ensures", "ensured",
                        "ensuring", "mean", "means", "meant", "so", "see", "sees", "saw", "seen",
                        "given", "provided", "assuming", "except"})
# The word that, among a speech noun's prepositions, stands for a clause ('the claim that …').
NOUN_CLAUSE_MARK = "that"
# Conjunctions a reported content may run on past, so a parse bounds it ('said A and did B').
CONTENT_JOINERS = frozenset({"and", "but", "et", "mais"})

# Reported speech and direct quotes (verb_frames, verb_content, direct, colons, questions).
# Conjunctions that may open a sentence before its fronted source ('But according to X, …').
OPENING_CONJUNCTIONS = frozenset({"but", "and", "aber", "mais", "pero", "und", "et", "y"})
# Words before a date between a cue and its content ('said on Friday that', 'said last week').
DATE_LEADS = frozenset({"on", "last", "this"})
# Determiners that make the cue word after them a noun ('the forecast remains', 'a note on').
NOUN_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "those", "his", "her", "its",
                              "their", "our", "my", "your", "every", "each", "no"})
# Clitics of the possessive ('the editor's note'): a cue word after one is a noun.
GENITIVE_CLITICS = ("'s", "’s")
# Words whose 's is 'is' or 'has' ('that's said', 'there's talk'), not a possessive.
CONTRACTED_SUBJECTS = frozenset({"that", "there", "here", "what", "who", "where", "let", "how",
                                 "it"})
# Clitic forms of 'be' standing as a token of their own ('it's expected').
BE_CLITICS = frozenset({"'s", "’s"})
# Endings of a passive participle cue ('was revealed', 'is known', 'was told', 'is thought').
PASSIVE_ENDINGS = ("ed", "en", "wn", "ld", "id", "ught", "ound")
# Words after a passive belief verb that open its hearsay ('are expected to attend').
HEARSAY_OPENERS = frozenset({"to", "that"})
# The infinitive marker: after a cue it opens an infinitive, not a where-or-how adjunct.
INFINITIVE_MARKERS = frozenset({"to"})
