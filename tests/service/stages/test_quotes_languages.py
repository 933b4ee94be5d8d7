"""Claims in French, German, Spanish, Arabic and Chinese: each language's cues and conventions."""

from __future__ import annotations

import pytest

from tests.service.stages.quote_helpers import claim_with as _by_quote
from tests.service.stages.quote_helpers import claims_of as _claims


def test_french_guillemets_inversion_and_selon():
    text = (
        "Le ministère de l'Économie a annoncé vendredi que les taxes augmenteront de 5 % "
        "en 2025.\n\n"
        "« Nous ne reculerons pas », a déclaré le ministre Bruno Martin sur France Inter.\n\n"
        "Selon l'agence Reuters, les négociations sont suspendues.\n\n"
        "« La situation est grave », a-t-il ajouté."
    )
    claims = _claims(text, "fr")
    martin = _by_quote(claims, "Nous ne reculerons pas")
    assert martin.quote == "Nous ne reculerons pas"  # the spaces inside « » are not quoted
    assert martin.type == "direct"
    assert (martin.speaker.name, martin.speaker.role) == ("Bruno Martin", "ministre")
    assert martin.medium == "sur France Inter"
    assert _by_quote(claims, "La situation est grave").speaker.name == "Bruno Martin"
    selon = _by_quote(claims, "les négociations sont suspendues")
    assert selon.type == "indirect" and "Reuters" in selon.speaker.mention
    taxes = _by_quote(claims, "les taxes augmenteront")
    assert "statistics" in taxes.reasons and "dates" in taxes.reasons  # a share (5 %) is a statistic


def test_german_konjunktiv_laut_and_so():
    text = (
        "Die Polizei in Jena hat einen 34-jährigen Mann festgenommen.\n\n"
        "Der Staatsanwalt sagte, der Mann habe die Taten gestanden. Er sei bereits vorbestraft "
        "gewesen.\n\n"
        "„Wir sind sehr erleichtert“, sagte Bürgermeisterin Anna Schmidt.\n\n"
        "Laut Polizei wurden drei Menschen verletzt.\n\n"
        "Die Brände seien nach ersten Erkenntnissen gelegt worden, so ein Sprecher der Feuerwehr."
    )
    claims = _claims(text, "de")
    reported = _by_quote(claims, "der Mann habe die Taten gestanden")
    assert reported.type == "indirect" and reported.speaker.mention == "Der Staatsanwalt"
    carried = _by_quote(claims, "Er sei bereits vorbestraft")
    assert carried.type == "indirect" and carried.speaker.mention == "Der Staatsanwalt"
    direct = _by_quote(claims, "Wir sind sehr erleichtert")
    assert direct.type == "direct" and "Anna Schmidt" in direct.speaker.mention
    laut = _by_quote(claims, "drei Menschen verletzt")
    assert laut.speaker.mention == "Polizei"
    so = _by_quote(claims, "Die Brände seien")
    assert "Sprecher der Feuerwehr" in so.speaker.mention


def test_spanish_said_and_segun():
    text = (
        "El Ministerio de Hacienda anunció el lunes que los impuestos subirán un 5 % en 2025.\n\n"
        "«No vamos a retroceder», dijo la ministra Ana García en una entrevista.\n\n"
        "Según la agencia EFE, las negociaciones están suspendidas."
    )
    claims = _claims(text, "es")
    garcia = _by_quote(claims, "No vamos a retroceder")
    assert (garcia.speaker.name, garcia.speaker.role) == ("Ana García", "ministra")
    # The clause after the complementizer, as the references label it (SCHEMA.md).
    assert _by_quote(claims, "los impuestos subirán").quote == "los impuestos subirán un 5 % en 2025"
    assert "EFE" in _by_quote(claims, "las negociaciones").speaker.mention


def test_arabic_verb_first_speakers():
    text = (
        "قال وزير الخارجية: «نحن نرفض هذا القرار بشكل قاطع».\n\n"
        'وأضاف المتحدث "التعاون هو الطريق الوحيد".'
    )
    claims = _claims(text, "ar")
    assert _by_quote(claims, "نحن نرفض").speaker.mention == "وزير الخارجية"
    assert _by_quote(claims, "التعاون").speaker.mention == "المتحدث"


def test_french_passive_cue_is_no_claim_and_stressed_pronoun_points_back():
    text = ("« C'est un camouflet pour les habitants », a réagi Thierry Rouvière, chef de l'opposition. "
            "Selon lui, la majorité « savait depuis l'été » que les coûts dérapaient. "
            "Un nouvel appel d'offres doit être lancé dès janvier.")
    claims = _claims(text, "fr")
    assert _by_quote(claims, "C'est un camouflet").cue == "réagi"
    assert _by_quote(claims, "savait depuis").speaker.name == "Thierry Rouvière"
    assert not any("janvier" in c.quote for c in claims)


def test_arabic_reported_speech_speaker_between_verb_and_complementizer():
    text = ("قال وزير المالية المصري أحمد كجوك يوم الثلاثاء إن الحكومة تتوقع تراجع التضخم.\n\n"
            "وأوضح محافظ البنك المركزي، حسن عبد الرحيم، في مؤتمر صحفي أن البنك سيبقي الفائدة دون تغيير، "
            "مشيرا إلى أن الأسواق استقرت بعد القرار.\n\n"
            "من جهته، قال متحدث باسم وزارة المالية إن الحكومة ستواصل برامج الدعم «بلا توقف حتى نهاية العام».")
    claims = _claims(text, "ar")
    first = _by_quote(claims, "الحكومة تتوقع")
    assert first.quote == "الحكومة تتوقع تراجع التضخم"  # the speaker and the time are not content
    assert first.speaker.mention == "وزير المالية المصري أحمد كجوك"
    rate = _by_quote(claims, "البنك سيبقي")
    assert rate.quote == "البنك سيبقي الفائدة دون تغيير"  # the participle takes the rest
    assert rate.speaker.mention == "محافظ البنك المركزي، حسن عبد الرحيم"
    markets = _by_quote(claims, "الأسواق استقرت")
    assert markets.cue == "مشيرا" and markets.speaker.mention == rate.speaker.mention
    support = [c for c in claims if "برامج الدعم" in c.quote or "بلا توقف" in c.quote]
    assert {c.speaker.mention for c in support} == {"متحدث باسم وزارة المالية"}  # not 'من جهته'


def test_arabic_quoted_name_is_a_term_and_fronted_source_takes_the_arabic_comma():
    text = ("في المقابل، ذكرت منظمة «أنا يقظ» لمراقبة الانتخابات في بيان أن مراقبيها رصدوا حالات شراء أصوات.\n\n"
            "وبحسب وزارة الداخلية، تم نشر أكثر من 60 ألف عنصر أمن لتأمين مكاتب الاقتراع.")
    claims = _claims(text, "ar")
    assert _by_quote(claims, "أنا يقظ").type == "term"
    assert _by_quote(claims, "مراقبيها رصدوا").speaker.mention == "منظمة «أنا يقظ» لمراقبة الانتخابات"
    police = _by_quote(claims, "تم نشر")
    assert police.quote.startswith("تم نشر") and police.speaker.mention == "وزارة الداخلية"


def test_portuguese_cues_sources_and_dialogue_dashes():
    text = ("O presidente do clube, Augusto Rezende, disse que o orçamento para 2027 será quase triplicado.\n\n"
            "Autor do segundo gol, o volante Marcinho lembrou a lesão no joelho.\n\n"
            "— Essa gente pegou ônibus de madrugada para nos ver. O acesso é deles — disse o treinador, "
            "que assumiu a equipe em junho.\n\n"
            "— Ninguém acreditava na gente — completou.\n\n"
            "O festival arranca na quinta-feira, e segundo a organização os bilhetes para sábado já esgotaram.")
    claims = _claims(text, "pt")
    budget = _by_quote(claims, "o orçamento")
    assert budget.speaker.name == "Augusto Rezende" and budget.cue == "disse"
    assert not any("lesão" in c.quote for c in claims)  # 'lembrou' + object is no speech
    assert not any("segundo gol" in c.quote for c in claims)  # the ordinal is no source
    turn = _by_quote(claims, "Essa gente")
    assert turn.type == "direct" and turn.quote.endswith("O acesso é deles")
    assert (turn.cue, turn.speaker.mention) == ("disse", "o treinador")
    assert _by_quote(claims, "Ninguém acreditava").cue == "completou"
    tickets = _by_quote(claims, "os bilhetes")
    assert tickets.quote.startswith("os bilhetes") and tickets.speaker.mention == "a organização"


def test_portuguese_day_before_the_content_and_glued_organisation_names():
    text = ("O ministro da Fazenda, Fernando Haddad, afirmou nesta terça-feira que a reforma será votada em dezembro. "
            "Segundo a Confederação Nacional da Indústria, a simplificação pode elevar o PIB em 12 pontos.")
    claims = _claims(text, "pt")
    assert _by_quote(claims, "a reforma será votada").quote == "a reforma será votada em dezembro"
    assert _by_quote(claims, "a simplificação").speaker.name == "Confederação Nacional da Indústria"


def test_spanish_dialogue_dash_turn_and_source_after_a_conjunction():
    text = ("—Aquí se va el agua tres días seguidos. ¿Así cómo no va a haber zancudos? —dice Luz Dary Mosquera, "
            "madre de dos niños.\n\n"
            "El festival arranca el jueves, y según la organización las entradas para el sábado ya se agotaron.\n\n"
            "—Sin cierre de guion no hay turno")
    claims = _claims(text, "es")
    turn = _by_quote(claims, "Aquí se va")
    assert turn.type == "direct" and turn.quote.endswith("zancudos?")
    assert turn.speaker.name == "Luz Dary Mosquera"
    tickets = _by_quote(claims, "las entradas")
    assert tickets.quote.startswith("las entradas") and tickets.speaker.mention == "la organización"
    assert not any("Sin cierre" in c.quote for c in claims)


def test_chinese_corner_brackets_give_direct_quotes():
    text = "外交部发言人表示：「我们坚决反对这一决定。」\n\n他还说『合作是唯一的出路』。"
    claims = _claims(text, "zh")
    assert [c.quote for c in claims] == ["我们坚决反对这一决定。", "合作是唯一的出路"]
    assert all(c.type == "direct" for c in claims)
    assert (claims[0].speaker.mention, claims[0].cue) == ("外交部发言人", "表示")
    assert (claims[1].speaker.mention, claims[1].speaker.name) == ("他", "外交部发言人")


def test_english_relative_pronoun_speaker_resolves_to_antecedent():
    text = "The vote was close. Senator Jane Doe, who said the bill would cut costs, voted yes."
    claim = _by_quote(_claims(text, "en"), "the bill would cut costs")
    assert claim.speaker.mention == "who" and claim.speaker.name == "Jane Doe"


@pytest.mark.parametrize(("text", "language", "speaker"), [
    ("Le budget de la défense augmentera de 5 % en 2025, a indiqué le ministère des Armées dans un communiqué.",
     "fr", "le ministère des Armées"),
    ("La motion de censure sera examinée mercredi après-midi, a précisé la conférence des présidents.", "fr",
     "la conférence des présidents"),
    ("El presupuesto de defensa aumentará un 5 % en 2025, ha dicho el ministerio en un comunicado.", "es",
     "el ministerio"),
    ("Il bilancio della difesa aumenterà del 5% nel 2025, ha detto il ministro.", "it", "il ministro"),
    # A relative clause inside the content, and a subject the phrase rules read only in part.
    ("Il governo ha approvato il decreto, che prevede un bonus di 200 euro, ha annunciato il ministro "
     "dell'Economia Giancarlo Giorgetti.", "it", "il ministro dell'Economia Giancarlo Giorgetti"),
])
def test_an_inverted_compound_frame_reports_the_clause_before(text, language, speaker):
    claims = _claims(text, language)
    assert [(c.quote, c.speaker.mention) for c in claims] == [(text[:text.rindex(",")], speaker)]


@pytest.mark.parametrize(("text", "language"), [
    # The subject comes before the auxiliary: no inversion, and the object is no claim.
    ("Le gouvernement, réuni mardi, a annoncé une hausse du budget.", "fr"),
    # English does not invert a compound frame: 'has endorsed' has its subject before it.
    ("Other major unions, including the teachers, have endorsed Clinton in the race.", "en"),
])
def test_a_compound_verb_after_a_comma_with_its_subject_before_is_no_inverted_frame(text, language):
    assert all(not text.startswith(c.quote) for c in _claims(text, language))


def test_a_language_without_rules_reads_a_capitalised_title_after_a_word_as_a_name():
    text = ("Председатель ЦИК Элла Памфилова заявила в интервью телеканалу «Россия 24», что явка составила 40%.\n\n"
            "«Мы не зафиксировали ни одного серьезного нарушения», - подчеркнула она.\n\n"
            "Хоккеисты «Волжских медведей» проиграли «Уральскому металлургу» со счетом 1:4.")
    claims = _claims(text, "ru")
    assert _by_quote(claims, "Россия 24").type == "term"
    assert _by_quote(claims, "Волжских медведей").type == "term"
    assert _by_quote(claims, "Уральскому металлургу").type == "term"
    assert _by_quote(claims, "Мы не зафиксировали").type == "direct"


def test_dutch_claim_first_then_a_pronoun_frame_and_volgens_without_a_comma():
    text = ("HATTEMERVEEN – De nieuwe brug gaat pas in 2028 open. Dat heeft wethouder Sanne de Graaf (Verkeer) "
            "dinsdagavond aan de gemeenteraad laten weten.\n\n"
            "Volgens de wethouder valt de rekening uit op zo'n 1,4 miljoen euro. Dat meldt de NOS.\n\n"
            "Het ministerie laat in een reactie weten dat er honderd extra plaatsen bij komen.")
    claims = _claims(text, "nl")
    first = _by_quote(claims, "De nieuwe brug gaat pas in 2028 open")
    assert first.type == "indirect" and first.speaker.name == "Sanne de Graaf" and first.cue == "laten weten"
    assert not first.quote.endswith("Dat")
    # The decimal comma ends neither the source nor the claim; the verb after the source starts it.
    volgens = [c for c in claims if c.cue == "Volgens"]
    assert [(c.quote, c.speaker.mention) for c in volgens] == [
        ("valt de rekening uit op zo'n 1,4 miljoen euro", "de wethouder")]
    # 'Dat meldt de NOS.' reports the sentence before it.
    assert _by_quote(claims, "Volgens de wethouder").speaker.mention == "de NOS"
    # A separable cue ('laat … weten') reports the clause after its particle and 'dat'.
    assert _by_quote(claims, "honderd extra").quote == "er honderd extra plaatsen bij komen"


def test_dutch_single_quotes_bracketed_party_and_quoted_objects():
    text = ("'Hij heeft het vertrouwen misbruikt', zei officier van justitie Marieke Hoekstra. "
            "'Dit was een verdienmodel.'\n\n"
            "Raadslid Peter Visser (VVD) noemde de vertraging „een schoolvoorbeeld van slecht projectmanagement”.\n\n"
            "Lafleur, winnares van vorig seizoen, sprak van een ‘volkomen verdiende overwinning’. "
            "‘Ik stond aan de start en dacht: dit is mijn baan’, zei Hazeveld.")
    claims = _claims(text, "nl")
    hoekstra = _by_quote(claims, "Hij heeft het vertrouwen misbruikt")
    assert hoekstra.type == "direct" and hoekstra.speaker.name == "Marieke Hoekstra"
    assert _by_quote(claims, "Dit was een verdienmodel").speaker.name == "Marieke Hoekstra"
    visser = _by_quote(claims, "een schoolvoorbeeld")
    assert visser.type == "partial" and visser.speaker.name == "Peter Visser"
    overwinning = _by_quote(claims, "volkomen verdiende overwinning")
    assert overwinning.type == "partial" and overwinning.speaker.mention != "een"
    # The subject before a naming cue with a quoted object is no content fronted to it.
    assert not any(c.quote.startswith("Lafleur") for c in claims)
    assert _by_quote(claims, "Ik stond aan de start").speaker.name == "Hazeveld"


@pytest.mark.parametrize("text", [
    "Slager Dirk Maes zei vorig jaar zijn huurcontract op, uit vrees dat zijn klanten zouden wegblijven.",
    "Dat het verlies kleiner werd, zegt weinig over de lange termijn.",
    "Klanten van de terminal, onder wie grote rederijen, zijn inmiddels gewaarschuwd.",
    "Naar verluidt wil het college de afsluiting eerst een maand testen.",
    "Zij schreef mee aan het rapport ‘Hoosbuien in een warmer Limburg’, dat vorig jaar verscheen.",
])
def test_dutch_sentences_with_a_cue_word_that_report_nothing(text):
    assert [c for c in _claims(text, "nl") if c.type != "term"] == []


def test_dutch_passive_with_a_fronted_bij_names_its_source_and_a_relative_volgens_its_clause():
    text = ("Bij de Veiligheidsregio Zuid-Limburg wordt bevestigd dat zeker vijfentwintig bewoners in een sporthal "
            "sliepen.\n\n"
            "De officier eiste vier jaar cel tegen een ondernemer die volgens het Openbaar Ministerie ruim "
            "2,3 miljoen euro heeft verduisterd.")
    claims = _claims(text, "nl")
    regio = _by_quote(claims, "vijfentwintig bewoners")
    assert regio.quote.startswith("zeker") and regio.speaker.name == "Veiligheidsregio Zuid-Limburg"
    om = _by_quote(claims, "2,3 miljoen")
    assert om.quote == "ruim 2,3 miljoen euro heeft verduisterd" and om.speaker.mention == "het Openbaar Ministerie"
    assert not any("vier jaar cel" in c.quote for c in claims)


def test_a_reported_clause_carrying_a_short_partial_quote_is_labelled_once_as_the_partial():
    text = ("Le président du club a assuré jeudi que son entraîneur gardait « la confiance totale » de la direction "
            "pour la fin de la saison.")
    claims = [c for c in _claims(text, "fr") if c.type != "term"]
    assert [(c.type, c.quote, c.speaker.mention) for c in claims] == [
        ("partial", "la confiance totale", "Le président du club")]


@pytest.mark.parametrize("text, language, label", [
    ("Il procuratore ha detto che i titolari del cosiddetto “cartello” sono indagati.", "it", "cartello"),
    ("He attacked the so-called “deep state” again.", "en", "deep state"),
    ("Raadslid Visser noemde het zogenaamde „bouwplan” een fout.", "nl", "bouwplan"),
])
def test_a_quote_after_a_label_word_is_a_term(text, language, label):
    assert [c.type for c in _claims(text, language) if c.quote == label] == ["term"]


@pytest.mark.parametrize("text, language, cue, source", [
    ("Los precios subieron 2,4% en noviembre, según informó este jueves el Instituto Nacional de Estadística.", "es",
     "según informó", "el Instituto Nacional de Estadística"),
    ("A inflação subiu 0,4% em outubro, segundo informou nesta quarta-feira o IBGE.", "pt", "segundo informou",
     "o IBGE"),
])
def test_a_source_preposition_with_a_verb_frames_the_clause_before_once(text, language, cue, source):
    claims = [c for c in _claims(text, language) if c.type != "term"]
    assert [(c.cue, c.speaker.mention) for c in claims] == [(cue, source)]
    assert text.startswith(claims[0].quote)


@pytest.mark.parametrize("text, language, first", [
    ("« Pas un centime ne sera versé », a-t-il ajouté. « Payer, ce serait financer la prochaine attaque. »", "fr",
     "Pas un centime"),
    ("«La sicurezza viene prima di tutto», ha detto la manager Paola De Biasi, «anche prima della stagione».", "it",
     "La sicurezza"),
])
def test_an_interrupted_quote_is_one_claim_with_its_pieces(text, language, first):
    claims = [c for c in _claims(text, language) if c.type != "term"]
    assert len(claims) == 1 and claims[0].quote.startswith(first) and len(claims[0].spans) == 2


def test_a_quote_after_a_reported_clause_stays_a_claim_of_its_own():
    text = "El diputado afirmó que su grupo recurrirá la norma. «Es una ley que espanta la inversión», advirtió."
    claims = [c for c in _claims(text, "es") if c.type != "term"]
    assert [c.type for c in claims] == ["indirect", "direct"]


def test_a_cue_with_que_after_a_quote_that_ended_its_sentence_frames_its_own_clause():
    text = ("« Pas un centime ne sera versé », a-t-il lâché. « Payer, ce serait financer la prochaine attaque. » "
            "Yannick Le Bihan a affirmé que les sauvegardes permettraient de rétablir les services.")
    claims = [c for c in _claims(text, "fr") if c.type != "term"]
    assert [(c.type, c.cue) for c in claims] == [("direct", "lâché"), ("indirect", "affirmé")]
    assert len(claims[0].spans) == 2 and claims[0].quote.endswith("prochaine attaque.")
    assert claims[1].quote == "les sauvegardes permettraient de rétablir les services"


@pytest.mark.parametrize("text, language", [
    ("Les délais s'allongent et varient selon les démarches.", "fr"),
    ("L'indemnisation est calculée selon la valeur de chaque animal.", "fr"),
    ("Los precios, que varían según la calidad del aceite, rondan los 7 euros.", "es"),
    ("Per il secondo anno consecutivo la raccolta di vongole è quasi ferma.", "it"),
    ("Il secondo cavo portante è invece risultato in buone condizioni.", "it"),
])
def test_a_source_preposition_meaning_depending_on_or_second_reports_nothing(text, language):
    assert [c for c in _claims(text, language) if c.type != "term"] == []


def test_a_source_preposition_after_a_verb_still_names_a_source():
    claims = _claims("Trois personnes ont été arrêtées selon la préfecture. Secondo il sindaco, la funivia riaprirà.",
                     "fr")
    assert _by_quote(claims, "Trois personnes").speaker.mention == "la préfecture"


def test_an_interrupted_quote_ending_its_sentence_stays_one_claim_before_the_next_frame():
    text = ("«La sicurezza viene prima di tutto», ha detto la manager Paola De Biasi, «anche prima della stagione. "
            "Non riapriremo.» La manager ha spiegato che il nuovo cavo sarà prodotto in Austria.")
    claims = [c for c in _claims(text, "it") if c.type != "term"]
    assert [(c.type, len(c.spans)) for c in claims] == [("direct", 2), ("indirect", 0)]


def test_russian_frames_addressee_as_frame_relay_and_tail_subject():
    text = ("ОРЕНБУРГ, 8 апреля - РИА Новости. Уровень воды превысил отметку в 9,3 метра, сообщил в понедельник "
            "губернатор области Денис Паслер.\n\n"
            "Глава клуба рассказал ТАСС, что контракт будет продлен.\n\n"
            "Как сообщил технический директор «Прикамтеплосети» Руслан Ахметов, выручка пойдет на замену сетей.\n\n"
            "Депутат Александр Смирнов отметил, что итоги подтвердили доверие, передает ТАСС.\n\n"
            "Более 60 рейсов задержаны, сообщили в четверг в пресс-службе аэропорта.")
    claims = [c for c in _claims(text, "ru") if c.type != "term"]
    got = [(c.quote, c.speaker.mention) for c in claims]
    assert got == [
        ("Уровень воды превысил отметку в 9,3 метра", "губернатор области Денис Паслер"),  # no dateline, no agency
        ("контракт будет продлен", "Глава клуба"),  # the addressee is no content
        ("выручка пойдет на замену сетей", "технический директор «Прикамтеплосети» Руслан Ахметов"),
        ("итоги подтвердили доверие", "Депутат Александр Смирнов"),  # the agency only relays it
        ("Более 60 рейсов задержаны", "пресс-службе аэропорта"),
    ]


def test_russian_possessive_source_and_pronoun_gender_from_the_cue():
    text = ("Председатель ЦИК Элла Памфилова заявила, что явка составила 40%. По мнению политолога Андрея "
            "Колесникова, явка низкая.\n\n"
            "«Мы не зафиксировали нарушений», - подчеркнула она. По ее словам, жалобы будут рассмотрены.")
    claims = _claims(text, "ru")
    assert _by_quote(claims, "Мы не зафиксировали").speaker.name.endswith("Элла Памфилова")
    assert _by_quote(claims, "жалобы будут рассмотрены").speaker.mention == "ее"


@pytest.mark.parametrize("text, name", [
    # After 'по словам', 'по мнению', 'по данным' a name is genitive; the speaker list names it in the nominative.
    ("По словам Марии Захаровой, переговоры зашли в тупик.", "Мария Захарова"),
    ("По мнению политолога Андрея Колесникова, явка будет низкой.", "Андрей Колесников"),
    ("По словам Дениса Паслера, вода отступает.", "Денис Паслер"),
    ("По словам Анны Шевчук, вода отступает.", "Анна Шевчук"),  # her surname does not decline
    ("По данным Министерства обороны, удар был нанесен ночью.", "Министерство обороны"),
    ("По данным пресс-службы ГУ МЧС, вода отступает.", "пресс-служба ГУ МЧС"),
    # A body's abbreviation and what follows it stay as written.
    ("По данным следственного управления СК России, дело передано в суд.", "СК России"),
    # A capitalised genitive between role and name is the role's body; a patronymic is part of the name.
    ("Главный экономист Альфа-банка Наталья Орлова считает, что ставка вырастет.", "Наталья Орлова"),
    ("Президент Владимир Владимирович Путин заявил, что закон примут.", "Владимир Владимирович Путин"),
    ("Министерство экономического развития сообщило, что рост замедлится.", "Министерство экономического развития"),
])
def test_russian_speakers_are_named_in_the_nominative_and_in_full(text, name):
    [claim] = [c for c in _claims(text, "ru") if c.type != "term"]
    assert claim.speaker.name == name


@pytest.mark.parametrize("text, language, name", [
    ("CNV-bestuurder Rachid El Amrani zegt dat de lonen omhoog moeten.", "nl", "Rachid El Amrani"),
    ("Klimaatonderzoeker Femke Hermans zegt dat de buien heftiger worden.", "nl", "Femke Hermans"),
    ("Jansen zegt dat de lonen omhoog moeten.", "nl", "Jansen"),  # no role inside a surname
    ("De KNSB laat weten dat de wedstrijd doorgaat.", "nl", "KNSB"),
    ("Le CNRS a indiqué que les mesures seraient publiées.", "fr", "CNRS"),
    ("Me Sophie Delattre a affirmé que son client était innocent.", "fr", "Sophie Delattre"),
    ("Vice-President Kamala Harris said the plan would work.", "en", "Kamala Harris"),
])
def test_the_canonical_name_leaves_out_roles_titles_and_a_body_s_article(text, language, name):
    [claim] = [c for c in _claims(text, language) if c.type != "term"]
    assert claim.speaker.name == name


def test_a_russian_surname_in_the_genitive_is_the_person_named_before():
    text = ("Официальный представитель МИД Мария Захарова заявила, что ответ будет жестким. По словам Захаровой, "
            "это провокация.")
    assert [c.speaker.name for c in _claims(text, "ru") if c.type != "term"] == ["Мария Захарова"] * 2


@pytest.mark.parametrize("text, language, content", [
    ("Un ingeniero de la empresa, que pidió no ser identificado, dijo a este diario que la compañía usará un método "
     "nuevo.", "es", "la compañía usará un método nuevo"),
    ("Um diretor do banco, que pediu para não ser identificado, disse que os juros vão cair.", "pt",
     "os juros vão cair"),
])
def test_a_request_not_to_be_named_is_no_claim_and_leaves_the_frame_after_it(text, language, content):
    claims = [c for c in _claims(text, language) if c.type != "term"]
    assert [c.quote for c in claims] == [content]


@pytest.mark.parametrize("text, language, mention, name", [
    ("Het ministerie van Volksgezondheid, Welzijn en Sport schrijft in een reactie dat er plaatsen bij komen.", "nl",
     "Het ministerie van Volksgezondheid, Welzijn en Sport", "ministerie van Volksgezondheid, Welzijn en Sport"),
    ("El Ministerio de Ganadería, Agricultura y Pesca informó que la veda seguirá.", "es",
     "El Ministerio de Ganadería, Agricultura y Pesca", "Ministerio de Ganadería, Agricultura y Pesca"),
    ("The Department of Health, Education and Welfare said the program would end.", "en",
     "The Department of Health, Education and Welfare", "Department of Health, Education and Welfare"),
    ("In a statement Friday, Trump said the deal was dead.", "en", "Trump", "Trump"),
    # An apposition after a name is no list of fields, though it has 'and' in it.
    ("Jane Roe, Smith and Wesson's lawyer, said the case was closed.", "en", "Jane Roe, Smith and Wesson's lawyer",
     "Jane Roe"),
])
def test_a_body_whose_name_lists_its_fields_is_one_speaker_named_in_full(text, language, mention, name):
    claims = [c for c in _claims(text, language) if c.type != "term"]
    assert [(c.speaker.mention, c.speaker.name) for c in claims] == [(mention, name)]


@pytest.mark.parametrize(("text", "language", "fragment", "name"), [
    # The role noun after a definite article is the person last named with that role.
    ("«Hoy empieza algo nuevo», afirmó la consejera de Vivienda, Marta Lizarra, tras el pleno.\n\n"
     "La consejera dijo que la ley entrará en vigor en enero.", "es", "la ley entrará", "Marta Lizarra"),
    # ... also where the person has said nothing before.
    ("O governador Eduardo Kleinert sobrevoou a região na tarde de domingo.\n\n"
     "“Nenhuma família vai ficar sem abrigo”, afirmou o governador após a visita.", "pt", "Nenhuma família",
     "Eduardo Kleinert"),
    ("«È una scelta giusta», ha dichiarato la sindaca Lucia Bernardoni.\n\n"
     "La sindaca ha spiegato che le assemblee sono state sette.", "it", "le assemblee", "Lucia Bernardoni"),
])
def test_a_definite_role_noun_points_back_to_the_person_named_with_it(text, language, fragment, name):
    assert _by_quote(_claims(text, language), fragment).speaker.name == name


def test_an_indefinite_role_noun_is_someone_new():
    text = ("«No habrá despidos», dijo el portavoz de la empresa, Juan Ortega.\n\n"
            "Un portavoz del sindicato dijo que la huelga seguirá.")
    assert _by_quote(_claims(text, "es"), "la huelga seguirá").speaker.name != "Juan Ortega"


def test_a_person_named_before_the_body_they_speak_for_is_the_speaker():
    text = ("Havendeskundige Ellen Mulders van de Erasmus Universiteit verwacht dat de vertraging oploopt. "
            "„Eén dag staken betekent drie dagen achterstand”, zegt ze.\n\n"
            "„Het gaat ons om banen”, zegt bestuurder Niels Kuiper van FNV Havens.")
    claims = _claims(text, "nl")
    assert _by_quote(claims, "vertraging oploopt").speaker.name == "Ellen Mulders"
    assert _by_quote(claims, "drie dagen achterstand").speaker.name == "Ellen Mulders"
    assert _by_quote(claims, "om banen").speaker.name == "Niels Kuiper"


def test_a_russian_pronoun_goes_to_the_latest_woman_named_though_no_cue_told_her_gender():
    text = ("Глава Центрального банка Эльвира Набиулина заявила, что ставка повышена до 21%.\n\n"
            "Главный экономист банка Наталья Орловская считает, что ставка останется на этом уровне. "
            "«Рынок ожидал такого решения», — отметила она.")
    assert _by_quote(_claims(text, "ru"), "Рынок ожидал").speaker.name == "Наталья Орловская"


def test_arabic_names_start_at_a_given_name_and_a_lone_surname_is_that_person():
    text = ("قال وزير الصحة الأردني خالد الزعبي إن الحملة ستبدأ الأحد. وأضاف الزعبي أن اللقاحات متوفرة. "
            "وقالت الباحثة ليلى حداد إن الإقبال ضعيف.")
    claims = _claims(text, "ar")
    minister = _by_quote(claims, "الحملة ستبدأ")
    assert (minister.speaker.name, minister.speaker.role) == ("خالد الزعبي", "وزير الصحة الأردني")
    assert _by_quote(claims, "اللقاحات متوفرة").speaker.name == "خالد الزعبي"
    assert _by_quote(claims, "الإقبال ضعيف").speaker.name == "ليلى حداد"
    # No given name: the description stays whole ('باسم' here is 'on behalf of').
    spokesman = _by_quote(_claims("قال متحدث باسم وزارة المالية إن الدعم مستمر.", "ar"), "الدعم مستمر")
    assert spokesman.speaker.name == "متحدث باسم وزارة المالية"


@pytest.mark.parametrize(("text", "language", "fragment", "name"), [
    # The full name closes a longer capitalised run; the lone surname later is that person.
    ("La Fiscalía ha pedido seis años para el exalcalde de Alhama del Segura Ramón Ortiguera.\n\n"
     "Ortiguera ha asegurado que «todo se hizo conforme a la ley».", "es", "todo se hizo", "Ramón Ortiguera"),
    # The full name was written only in the genitive.
    ("Тарифы вырастут на 11,9%, по словам руководителя службы по тарифам Максима Щеглова.\n\n"
     "«Это предельный индекс», — сказал Щеглов.", "ru", "предельный индекс", "Максим Щеглов"),
])
def test_a_lone_surname_takes_the_full_name_given_before(text, language, fragment, name):
    assert _by_quote(_claims(text, language), fragment).speaker.name == name


@pytest.mark.parametrize(("text", "language", "fragment", "name"), [
    # A name's particle after the verb goes on with the name; it starts no object.
    ("„Dit is een zwarte dag”, zei burgemeester Annemiek de Vries tijdens een persconferentie.", "nl",
     "zwarte dag", "Annemiek de Vries"),
    # A day after its demonstrative is no part of the subject; a body named with glue words is whole.
    ("La alerta sigue activa, ha confirmado este jueves la Coordinación Nacional de Protección Civil.", "es",
     "alerta sigue", "Coordinación Nacional de Protección Civil"),
    # A body's abbreviation in brackets is no part of its name, and stands for it later.
    ("Según el Servicio Meteorológico Nacional (SMN), la tormenta se debilitará. El SMN dijo que habrá lluvias.",
     "es", "habrá lluvias", "Servicio Meteorológico Nacional"),
    # Particles between a given name and the surname belong to the name.
    ("Antonio de la Torre dijo que no hay luz en el barrio.", "es", "no hay luz", "Antonio de la Torre"),
    # After a role and its office, the name starts at the given name; a saint's place is no person.
    ("El ministro de Economía Luis Caputo dijo que no habrá devaluación.", "es", "devaluación", "Luis Caputo"),
    ("La presidenta municipal de Santa María Huatulco, Adriana Cruz Matus, dijo que hay daños.", "es", "daños",
     "Adriana Cruz Matus"),
    ("« C'est grave », a déclaré le Dr Caroline Lemaire, médecin à Liège. Le Dr Lemaire a ajouté que la "
     "vaccination est en retard.", "fr", "vaccination", "Caroline Lemaire"),
    # A body's short form is the body named before in full.
    ("La Fiscalía Anticorrupción ha pedido seis años de prisión. La Fiscalía sostiene que la empresa pagó sobornos.",
     "es", "pagó sobornos", "Fiscalía Anticorrupción"),
    # Romance copy writes official names on in lower case; the short form later is that body.
    ("Secondo l'Agenzia regionale per la protezione civile, il fiume è in piena.", "it", "fiume",
     "Agenzia regionale per la protezione civile"),
    ("La Commissione europea ha detto che valuterà il caso. La Commissione ha poi precisato che la decisione "
     "arriverà a marzo.", "it", "decisione arriverà", "Commissione europea"),
])
def test_canonical_names_of_bodies_and_people(text, language, fragment, name):
    assert _by_quote(_claims(text, language), fragment).speaker.name == name


@pytest.mark.parametrize("language, text, mention", [
    ("pt", '"Não vamos recuar", disse nesta terça-feira o ministro das Relações Exteriores, Mauro Vieira.',
     "o ministro das Relações Exteriores, Mauro Vieira"),
    ("ru", "«Мы не отступим», — заявил во вторник министр иностранных дел Сергей Лавров.",
     "министр иностранных дел Сергей Лавров"),
    ("nl", '"We zullen niet toegeven", zei minister van Buitenlandse Zaken Hanke Bruins Slot dinsdag.',
     "minister van Buitenlandse Zaken Hanke Bruins Slot"),
    ("ru", "«Мы никого не оставим», — сказал он журналистам в Москве.", "он"),
])
def test_an_inverted_subject_leaves_out_the_day_and_the_addressee(language, text, mention):
    claims = [c for c in _claims(text, language) if c.type != "term"]
    assert claims[0].speaker.mention == mention


def test_in_english_a_pronoun_after_the_cue_opens_the_reported_clause():
    claim = _by_quote(_claims("Clinton stressed her record and said she has the experience to lead."),
                      "experience")
    assert claim.quote.startswith("she has") and claim.speaker.mention == "Clinton"


def test_a_dutch_source_with_a_role_in_lower_case_and_no_comma():
    claims = _claims("Volgens minister van Financiën Sigrid Kaag zijn de middelen beperkt.", "nl")
    claim = _by_quote(claims, "middelen")
    assert claim.quote == "zijn de middelen beperkt"
    assert claim.speaker.mention == "minister van Financiën Sigrid Kaag"


@pytest.mark.parametrize("language, text, mention, quote", [
    ("pt", "De acordo com o ministro da Fazenda, Fernando Haddad, os recursos são limitados.",
     "o ministro da Fazenda, Fernando Haddad", "os recursos são limitados"),
    ("es", "Según la editorial, Ediciones Levante, la primera tirada será de 40.000 ejemplares.",
     "la editorial, Ediciones Levante", "la primera tirada será de 40.000 ejemplares"),
])
def test_a_name_set_off_by_commas_after_a_fronted_source_belongs_to_it(language, text, mention, quote):
    claim = _by_quote(_claims(text, language), quote.split()[1])
    assert claim.quote == quote and claim.speaker.mention == mention


def test_a_short_quote_after_a_colon_is_a_direct_claim_however_far_its_cue():
    text = 'قال وزير الخارجية أحمد عطاف يوم الثلاثاء: "لن نتراجع".'
    claims = _claims(text, "ar")
    assert [(c.type, c.quote) for c in claims] == [("direct", "لن نتراجع")]
    assert claims[0].speaker.mention == "وزير الخارجية أحمد عطاف"


def test_an_arabic_speaker_ends_before_the_addressee():
    claims = _claims('وقال السيسي للصحفيين في القاهرة: "لن نترك أحدا".', "ar")
    assert claims[0].speaker.mention == "السيسي"


def test_a_request_for_anonymity_frames_nothing_and_a_description_frames_its_quote():
    text = ("Une infirmière des urgences, qui a souhaité garder l'anonymat, décrit des couloirs « remplis de "
            "brancards » et des patients qui attendent.")
    claims = _claims(text, "fr")
    assert [(c.type, c.quote, c.cue, c.speaker.mention) for c in claims] == [
        ("partial", "remplis de brancards", "décrit", "Une infirmière des urgences")]
    assert _by_quote(_claims("« Joyeuses fêtes à tous », a souhaité la mairie.", "fr"), "Joyeuses").cue == "souhaité"
