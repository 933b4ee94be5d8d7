"""English cue verbs, source markers and speaker vocabulary."""

from service.stages.quotes.lexicon import build, inflect

_SPEECH = inflect(
    "add", "admit", "affirm", "agree", "allege", "announce", "argue", "assert", "boast", "caution",
    "charge", "claim", "comment", "complain", "concede", "conclude", "confirm", "contend",
    "continue", "counter", "declare", "deny", "describe", "disclose", "emphasise", "emphasize",
    "estimate", "explain", "insist", "joke", "maintain", "mention", "note", "observe", "pledge",
    "predict", "proclaim", "promise", "recall", "remark", "repeat", "reply", "report", "respond",
    "reveal", "state", "stress", "suggest", "testify", "tweet", "underline", "urge", "vow", "warn",
    "accuse", "acknowledge", "ask", "assure", "complain", "criticize", "criticise", "condemn",
    "demand", "question", "wonder", "post", "indicate", "point", "conclude", "decry", "blast",
    "slam", "praise", "inform", "signal", "speculate", "hint", "calculate", "project", "forecast",
    "recommend", "propose", "answer", "reiterate", "retort", "exclaim", "shout", "scream",
    "whisper", "muse", "quip", "lament", "concur", "dispute", "reject", "reckon", "acknowledge",
    "confess", "confide", "implore", "scoff", "grumble", "reassure",
)
_IRREGULAR = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes",
    "wrote", "writing", "written", "find", "finds", "found", "show", "shows", "showed", "shown",
    "showing", "think", "thinks", "thought", "believe", "believes", "believed", "hope", "hopes",
    "hoped", "fear", "fears", "feared", "expect", "expects", "expected", "feel", "feels", "felt",
    "know", "knows", "knew", "see", "sees", "saw", "admitted", "admitting", "committed",
    "regretted", "read", "reads", "forecast", "insisted", "quipped", "argue",
    # 'advising' is left out: 'Lawyers advising the company declined to comment'.
    "advised", "advises", "bragged", "bragging", "concurred", "concurring", "signalled", "signalling", "reasoned",
}
# Attitude and stance verbs news attributes content to (tuned on PolNeAR train frequencies).
_STANCE = inflect(
    "call", "endorse", "decline", "seem", "appear", "express", "refer", "support", "offer",
    "cite", "defend", "oppose", "attack", "talk", "discuss", "dismiss", "denounce", "blame",
    "order", "echo", "mock", "challenge", "deem", "remind", "voice", "sound", "request",
    "portray", "prefer", "highlight", "tout", "rail", "encourage", "email", "plead", "thank",
    "threaten", "convince", "promote", "remember", "approve", "retweet", "quote", "chant",
    "assail", "applaud", "reference", "champion", "bemoan", "apologize", "attribute", "imply",
    "liken", "invoke", "side", "detail", "yell", "lambast", "distance", "rebuke", "interject",
    "deride", "lash", "recount", "label", "dub", "hail", "congratulate", "outline", "credit",
    "coin", "insult", "downplay", "clarify", "reaffirm", "chide", "brag", "opine",
    "characterize", "elaborate", "contradict", "mull", "proclaim", "seek", "refuse", "name",
    "list", "identify", "pledge", "advocate", "reject", "back", "favor", "favour",
) | {"sought", "seeks", "seeking", "found", "finds", "expecting", "hoping", "believing"}
_BELIEF = {
    "think", "thinks", "thought", "believe", "believes", "believed", "hope", "hopes", "hoped",
    "fear", "fears", "feared", "expect", "expects", "expected", "feel", "feels", "felt", "know",
    "knows", "knew", "see", "sees", "saw", "worry", "worries", "worried", "suspect", "suspects",
    "suspected", "doubt", "doubts", "doubted", "assume", "assumes", "assumed", "suppose",
    "supposed", "find", "finds", "found", "show", "shows", "showed", "shown", "showing",
    "reckon", "reckons", "reckoned", "agree", "agrees", "agreed", "understand", "understood",
    "realize", "realized", "realise", "realised", "want", "wants", "wanted", "plan", "plans",
    "planned", "intend", "intends", "intended", "indicate", "indicates", "indicated",
    "suggest", "suggests", "suggested", "point", "points", "pointed", "wonder", "wonders",
    "wondered", "question", "questions", "questioned", "ask", "asks", "asked",
}

# Forms that frame attributed content less than a third of the time on PolNeAR train (mostly
# nouns made by ``inflect`` or verbs of action): kept out so they cost no precision.
_LOW_PRECISION = {
    "comments", "tweet", "tweets", "remarks", "supporting", "continue", "continued", "continues",
    "continuing", "backing", "backed", "challenge", "challenges", "comment", "felt", "feels",
    "reporting", "thanks", "favored", "favoring", "knew", "committed", "written", "fears", "add",
    "repeated", "maintained", "maintain", "demand", "detailed", "insults", "insult",
    "encouraging", "encourages", "decline", "opposing", "opposes", "saw", "voices", "naming",
    "shown", "planned", "confirm", "advocating", "hail", "intended", "promoted", "sounding",
    "disputed", "disclose", "recount", "condemning", "projecting", "understood", "coined",
    "yell", "thank", "screaming", "slam", "denies", "propose", "caution", "reads", "alleged",
    "identify", "show", "appearing", "preferred",
}
# Forms PolNeAR train marks as cues at least a third of the time that the verb lists missed;
# adding them as a batch raised F1@0.3 on train.
_TRAIN_CUES = {
    "showed", "shows", "shown", "showing", "known", "issued", "pressed", "pressing", "regarded",
    "considers", "titled", "nominated", "alluding", "alluded",
}

# Verbs whose attributed content a parse confirms: a clausal complement ('hopes the vote
# passes'), an open complement ('decided to run') or, for stance verbs, the object ('backed
# the bill'). The token rules leave many of these out as they are as often plain actions.
_CLAUSE = ("ccomp", "xcomp")
_PARSE_FRAMES = {
    **{form: frozenset(_CLAUSE) for form in inflect(
        "say", "want", "know", "show", "see", "report", "recognize", "recognise", "consider",
        "confirm", "feel", "hope", "decide", "fear", "figure", "guess", "state", "indicate",
        "find", "think", "declare", "deny", "believe", "argue", "claim", "suggest", "insist",
        "acknowledge", "admit", "predict", "expect", "warn", "realize", "realise", "understand",
        "agree", "note", "explain", "announce", "worry", "doubt", "suspect", "assume", "estimate",
        "conclude", "reveal", "promise", "vow", "learn", "hear", "remember", "recall", "imagine",
        "wonder", "seem", "appear", "plan", "intend", "seek", "pledge", "refuse", "threaten",
        "urge", "prefer", "aim", "encourage", "vote", "like", "love", "hate", "offer",
        "propose", "demand", "ask", "tell", "write", "add", "signal", "hint", "testify",
        "contend", "maintain", "assert", "allege", "charge", "complain", "concede", "boast",
        "brag", "caution", "stress", "emphasize", "emphasise", "recount", "speculate", "reckon",
        "presume", "guarantee", "assure", "bet", "swear", "confess", "notice", "observe",
        "discover", "determine", "infer", "prove", "demonstrate", "establish", "remind",
        "inform", "notify", "advise", "anticipate", "envision", "foresee", "forecast",
        "project", "recommend", "advocate", "push", "vow", "call", "press", "lobby", "petition")},
    **{form: frozenset(("ccomp", "xcomp", "dobj")) for form in inflect(
        "support", "back", "endorse", "share", "oppose", "criticize", "criticise", "praise",
        "blame", "reject", "defend", "accuse", "cite", "favor", "favour", "condemn", "applaud",
        "welcome", "question", "dismiss", "denounce", "mock", "attack", "slam",
        "blast", "challenge", "advocate", "champion", "tout", "decry", "deride", "lament",
        "bemoan", "dispute", "contest", "doubt", "predict", "promise", "pledge", "demand",
        "emphasize", "emphasise", "stress", "highlight", "underscore", "hail", "acknowledge",
        "concede", "admit", "deny", "protest", "request", "seek", "recommend", "propose",
        "suggest", "prefer", "dislike", "fear", "expect", "anticipate", "credit", "view",
        "regard", "describe", "portray", "characterize", "characterise", "brand", "label",
        "target", "slam", "rebuke", "scold", "lambaste", "berate", "ridicule", "vilify")},
}
_PARSE_FRAMES.update({form: frozenset(_CLAUSE) for form in (
    "said", "says", "told", "tells", "knew", "known", "saw", "seen", "thought", "felt", "found",
    "heard", "understood", "wrote", "written", "sought", "shown")})

def _noun_frames(*groups: tuple[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Noun forms (singular and plural) -> the prepositions ('that': a clause) after which they
    report their object; a noun in several groups takes them all."""
    frames: dict[str, frozenset[str]] = {}
    for preps, nouns in groups:
        for noun in nouns:
            plural = noun + ("es" if noun.endswith(("s", "sh", "ch")) else "s")
            for form in (noun, plural):
                frames[form] = frames.get(form, frozenset()) | frozenset(preps.split())
    return frames


# Nouns that report a stance or a statement about their object ('attacks on the judge').
_NOUN_FRAMES = _noun_frames(
    ("on against", ("attack", "assault", "crackdown", "position", "stance", "view", "comment",
                    "remark")),
    ("for of", ("support", "call", "demand", "push", "praise", "endorsement", "backing",
                "preference", "proposal", "plea", "appeal", "case", "admiration", "respect",
                "contempt", "disdain", "criticism", "condemnation", "rejection", "defense",
                "defence", "embrace", "dismissal", "critique", "denunciation", "portrayal")),
    ("about over of", ("question", "concern", "doubt", "worry", "fear", "complaint", "warning",
                       "claim", "allegation", "accusation", "assertion", "suggestion",
                       "speculation", "skepticism", "scepticism", "optimism", "pessimism")),
    ("to", ("opposition", "objection", "reference", "response", "reply", "pledge", "promise",
            "threat", "commitment")),
    ("that", ("claim", "allegation", "accusation", "assertion", "suggestion", "belief", "fear",
              "hope", "warning", "argument", "insistence", "view", "assurance", "promise",
              "notion", "report", "conclusion", "finding", "prediction", "concern", "complaint")),
)

# Stance adjectives with the preposition or clause they take ('is critical of the deal', 'was
# confident that …'): the phrase is the cue.
_STANCE_ADJECTIVES = [
    "critical of", "skeptical of", "sceptical of", "wary of", "supportive of", "dismissive of",
    "confident in", "upbeat about", "optimistic about", "pessimistic about", "optimistic that",
    "confident that", "hopeful that", "adamant that", "concerned that", "aware that",
]

LEXICON = build(
    "en",
    passive_preps=["of", "for", "by", "with", "over"],
    # Word classes of the generic rules (defaults: service/languages/common.py).
    # Labels that head a line without being anyone's words ('Update: …', 'Photo: …').
    colon_labels=[
        "update", "updated", "note", "editor", "photo", "photos", "video", "watch", "read",
        "related", "source", "sources", "credit", "image", "images", "live", "breaking",
        "exclusive", "analysis", "opinion", "correction", "warning", "question", "answer", "q",
        "a", "tags", "topics", "see", "also", "more", "listen", "transcript", "full", "text",
        "here", "then", "now", "today", "that", "this", "byline", "email", "e-mail", "contact",
        "stat", "look", "boom", "wow",
    ],
    question_label="q",
    question_openers=["when", "after", "if", "once", "while", "upon"],
    colon_heads=True,
    nested="clause",
    verb_coordinators=["and", "but"],
    join_quotes=True,
    study_prep="in",
    study_nouns=["poll", "survey"],
    study_modifiers=["latest", "new", "recent", "same", "national", "statewide", "earlier"],
    compounds={"think": frozenset({"tank", "tanks"}),
               "pledged": frozenset({"delegate", "delegates"})},
    clause_links=["while", "whereas", "although", "though", "but", "and", "because"],
    parse_frames=_PARSE_FRAMES,
    noun_frames=_NOUN_FRAMES,
    question_cues=["asked", "pressed", "questioned", "challenged"],
    question_words=["which", "whom", "who", "where", "when", "about"],
    raising=inflect("appear", "seem"),
    judgement_word="as",
    judgement_cues=["see", "sees", "saw", "view", "views", "regard", "regards", "cast", "casts",
                    "casting", "list", "lists", "listed"],
    passive_frames=["expected", "believed", "thought", "considered", "seen", "known", "said",
                    "reported", "alleged", "rumored", "rumoured", "understood", "projected",
                    "estimated", "predicted", "feared", "deemed", "viewed", "regarded",
                    "presumed", "assumed", "suspected", "claimed", "described", "touted"],
    trailing=["continued", "continues", "repeated", "maintained", "cautioned", "concluded",
              "recounted", "joked", "laughed", "smiled", "sighed", "shrugged", "mused",
              "interjected", "chimed", "elaborated", "yelled", "screamed", "proposed",
              "confirmed", "offered", "reasoned", "conceded", "countered", "acknowledged",
              "insisted", "added", "explained", "wondered", "asked", "recalled", "noted"],
    cues=(_SPEECH | _IRREGULAR | _BELIEF | _STANCE | _TRAIN_CUES
          | {"worry", "worries", "worried", "suspect", "suspects",
          "suspected", "doubt", "doubts", "doubted", "realized", "learned", "learnt", "heard"})
    - {"point", "points", "pointing", "post", "posts", "posting", "project", "projects",
       "question", "questions", "answer", "answers", "report", "reports", "read", "see", "know",
       "feel", "fear", "hope", "state", "states", "charge", "charges", "signal", "signals",
       "find", "plan", "plans", "want", "wants", "wanted", "ask", "call", "side", "sides",
       "back", "backs", "order", "orders", "list", "lists", "name", "names", "sound", "sounds",
       "email", "emails", "detail", "details", "label", "labels", "credit", "credits",
       "support", "offer", "offers", "talk", "talks", "request", "requests", "quote", "quotes",
       "reference", "references", "attack", "attacks", "echo", "favor", "coin", "lash",
       "dub", "champion", "remember", "chant", "chants", "seem", "distance"}
    - (_LOW_PRECISION - _TRAIN_CUES),
    phrases=["point to", "points to", "pointed to", "pointing to", "point out", "points out",
             "pointed out", "pointing out", "according to", "in the words of", "warned against",
             "called for", "calls for", "referring to", "in a statement", "reports that",
             "found that", "finds that", "plans to", "want to",
             "spoke about", "speaks about", "speak about", "talks about", "talked about",
             "pushed for", "pushing for", "pushes for", "spoke out about", "speaks out about",
             "focuses on", "focused on", "balked at", "proponent of", "fearing",
             "poll showed", "polls showed", "polls showing", "laid out", "lays out",
             "made clear", "makes clear", "made it clear", "makes it clear", "adamant that",
             "went after", "goes after", "spoke out against", "speaks out against",
             "doubts about", "praise for", "rebut", "rebutted", "records show",
             "wants to", "wanted to", "hope to", "hopes to", "fear that", "fears that",
             "show that", "shows that", "showed that", "polls show", "poll shows",
             "survey shows", "survey found", "poll found", "data show", *_STANCE_ADJECTIVES],
    # 'per' is mostly a rate ('$5 per share'), rarely 'per the report'.
    # 'according to the words of X' calques Russian 'по словам X' and its kin in translated copy.
    source_preps=["according to", "in the words of", "as reported by", "according to the words of",
                  "according to words of", "in words of"],
    as_sources=["as"],
    # Not 'of': 'doctors warned of the risk of an outbreak' states the risk.
    topic_preps=["about", "on", "over"],
    belief=_BELIEF,
    bare=inflect("add", "argue", "claim", "insist", "note", "predict", "announce", "explain",
                 "acknowledge", "suggest", "declare", "stress", "emphasize", "tweet", "reply",
                 "assert", "contend", "maintain", "warn", "conclude", "estimate", "complain",
                 "concede", "recall", "confirm", "reveal", "promise", "vow", "believe", "hope",
                 "fear", "expect", "agree", "report")
    | {"say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes",
       "wrote", "writing", "think", "thinks", "thought", "know", "knows", "knew", "admitted",
       "admits", "admit", "feel", "feels", "felt", "show", "shows", "showed", "found", "finds",
       "insisted", "quipped"},
    complementizers=["that", "whether", "if", "how", "why", "what"],
    skip=["also", "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would",
          "could", "may", "might", "did", "does", "do", "then", "later", "previously", "recently",
          "earlier", "once", "repeatedly", "often", "reportedly", "again", "further", "publicly",
          "privately", "quickly", "simply", "just", "not", "never", "flatly", "frequently",
          "has", "must", "should", "can", "already", "now", "still", "even", "only", "famously",
          "openly", "separately", "specifically", "explicitly", "clearly", "bluntly", "first",
          "last", "ago", "recently", "today", "yesterday", "tonight", "monday", "tuesday",
          "wednesday", "thursday", "friday", "saturday", "sunday", "on"],
    stop=["that", "but", "while", "because", "although", "though", "when", "if", "whether",
          "as", "since", "after", "before", "until", "and", "so", "or", "where", "which", "who",
          "whom", "whose", "what", "how", "why", "said", "says", "told", "to", "in", "on", "at",
          "during", "from", "with", "by", "than", "not", "it", "this", "there"],
    continuing=["added", "adds", "continued", "continues", "went", "goes"],
    definites=["the", "this", "that"],
    determiners=["a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their",
                 "our", "my", "some", "many", "several", "one", "two", "three", "other",
                 "another", "most", "few", "both", "all"],
    inverted_pronouns=False,
    pronouns={"he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": "s", "him": "m",
              "her": "f", "them": "p"},
    female=["she", "her", "spokeswoman", "woman", "women", "chairwoman", "congresswoman",
            "businesswoman", "mother", "daughter", "wife", "sister", "mrs", "ms", "miss", "madam",
            "queen", "princess", "actress", "grandmother", "girl", "lady", "hillary", "melania",
            "ivanka", "kellyanne", "nancy", "elizabeth", "sarah", "huma", "jill", "michelle",
            "donna", "debbie", "mary", "susan", "karen", "linda", "barbara", "patricia",
            "jennifer", "maria", "anna", "angela", "theresa", "marine", "christine", "laura",
            "kate", "emily", "jessica", "ann", "anne", "hope", "katrina", "amy", "nikki", "carly",
            "condoleezza", "madeleine", "samantha", "janet", "katy", "gennifer", "paula",
            "lisa", "rachel", "rebecca", "catherine", "claire", "julia", "olivia", "emma"],
    male=["he", "him", "spokesman", "man", "men", "chairman", "congressman", "businessman",
          "father", "son", "husband", "brother", "mr", "king", "prince", "actor", "boy",
          "donald", "mike", "bill", "barack", "bernie", "tim", "paul", "john", "joe", "george",
          "chris", "rudy", "newt", "ted", "marco", "jeb", "reince", "jason", "corey", "robby",
          "james", "robert", "michael", "david", "richard", "william", "mark", "steve", "eric",
          "gary", "rick", "ben", "jim", "tom", "peter", "wilbur", "mitch", "harry", "kevin"],
    # Honorifics, and the letters after a name ('Niamh Ó Conaill SC', 'Jane Roe MP'), left out of names.
    titles=["mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "prof", "rev", "sir", "sc", "qc", "kc", "mp", "mep",
            "td"],
    office_links=["of", "for"],
    person_roles=["spokesman", "spokeswoman", "spokesperson", "official", "officials",
                  "secretary", "secretary-general", "minister", "president", "director", "chairman", "chairwoman",
                  "chair",
                  "chief", "executive", "ceo", "adviser", "advisor", "aide", "aides", "analyst",
                  "analysts", "expert", "experts", "source", "sources", "leader", "governor",
                  "senator", "representative", "lawmaker", "lawmakers", "member", "members",
                  "candidate", "nominee", "manager", "strategist", "economist", "professor",
                  "researcher", "lawyer", "attorney", "prosecutor", "judge", "mayor", "officer",
                  "ambassador", "diplomat", "commissioner", "chancellor", "premier", "king",
                  "critics", "supporters", "voters", "residents", "witnesses", "police",
                  "people", "person", "man", "woman", "campaign", "team", "staff", "founder",
                  "head", "general", "pollster", "observers", "democrats", "republicans",
                  # Police and court ranks before a name ('Detective Sergeant Aoife Brennan', 'defence counsel Niamh Ó
                  # Conaill SC'), and the barrister the text names again.
                  "detective", "sergeant", "inspector", "superintendent", "constable", "captain",
                  "lieutenant", "colonel", "commander", "counsel", "barrister", "solicitor"],
    org_nouns={"ministry": "department", "department": "department", "agency": "agency",
               "company": "company", "firm": "company", "group": "group",
               "government": "government",
               "administration": "administration", "office": "office", "committee": "committee",
               "commission": "commission", "council": "council", "court": "court",
               "party": "party", "campaign": "campaign", "police": "police", "army": "army",
               "ministry's": "department", "bank": "bank", "union": "union",
               "organisation": "organization", "organization": "organization",
               "foundation": "foundation", "institute": "institute", "board": "board",
               "authority": "authority", "authorities": "authority", "service": "service",
               "corporation": "company", "statement": "statement"},
    media_preps=["on", "in", "to", "via", "during"],
    preps=["in", "on", "at", "during", "after", "before", "with", "from", "since", "under",
           "over", "among", "despite", "following", "through", "into", "amid", "without", "of"],
    # Not 'since' or 'because': a reason after the frame is mostly the speaker's own (PolNeAR labels it so).
    writer_asides=["as", "while", "amid", "despite", "with", "following"],
    answer_cues=sorted(inflect("respond", "reply", "answer", "react", "comment")),
    answer_preps=["to", "with", "in", "on", "by", "about", "for"],
    addressee_cues=["told", "tells", "tell", "telling", "informed", "assured", "warned", "urged",
                    "reminded", "asked"],
    months=["january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday"],
    prediction=["will", "would", "going", "expect", "expects", "expected", "forecast", "predict",
                "predicts", "predicted", "likely", "could", "shall", "soon", "plan", "plans"],
    comparison=["more", "less", "fewer", "than", "most", "least", "better", "worse", "best",
                "worst", "higher", "lower", "largest", "biggest", "smallest", "record", "double",
                "half", "compared", "increase", "decrease", "rise", "fall", "percent"],
)
