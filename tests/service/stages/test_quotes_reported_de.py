"""German reported speech: content clauses set off by a comma, objects of verb cues, inverted
subjects after the content."""

from __future__ import annotations

from tests.service.stages.quote_helpers import claim_with, claims_of


def _claims(text: str):
    return [c for c in claims_of(text, "de") if c.type != "term"]


def test_content_before_inverted_subject_with_closing_particle():
    text = ("Die Firma legte ihre Zahlen vor. Der Umsatz wird 200 Millionen Euro betragen, "
            "teilte das Unternehmen heute mit.")
    claim = claim_with(_claims(text), "Der Umsatz")
    assert claim.quote == "Der Umsatz wird 200 Millionen Euro betragen"
    assert claim.speaker.mention == "das Unternehmen"


def test_content_starts_after_the_comma_past_adverbs_and_particle():
    claim = claim_with(_claims("Sie räumte zwar ein, es könnten Stellen verloren gehen."),
                       "Stellen")
    assert claim.quote == "es könnten Stellen verloren gehen"


def test_content_starts_after_addressee_in_quote_marks():
    text = ("Der Sprecher sagte der „Berliner Zeitung“, dass die Tankstellen bald Biogas "
            "anbieten sollten.")
    claim = claim_with(_claims(text), "Tankstellen")
    assert claim.quote.startswith("dass die Tankstellen")


def test_object_of_an_announcing_verb_is_no_claim():
    assert _claims("Der Minister kündigte eine Lösung des Problems an.") == []
    assert _claims("Der Bauer warf die Zweige in das Feuer.") == []


def test_object_of_a_demand_is_a_claim():
    claim = claim_with(_claims("Die Gewerkschaft fordert eine bessere Bezahlung der Pfleger."),
                       "Bezahlung")
    assert claim.speaker.mention == "Die Gewerkschaft"


def test_konjunktiv_of_a_common_verb_continues_the_report():
    text = ("„Die Störung ist behoben“, sagte die Sprecherin Eva Roth. "
            "Der Zugang über die Webseite funktioniere wieder.")
    claim = claim_with(_claims(text), "funktioniere")
    assert claim.speaker is not None and "Roth" in claim.speaker.name


def test_soll_with_final_haben_is_hearsay_but_a_plan_is_not():
    hearsay = ("Der Stadtrat tagte am Montag. "
               "Der Kassierer soll über Jahre Geld aus der Vereinskasse genommen haben.")
    assert claim_with(_claims(hearsay), "Kassierer").type == "indirect"
    plan = ("Der Stadtrat tagte am Montag. "
            "Die neue Brücke soll im kommenden Jahr für den Verkehr freigegeben werden.")
    assert not [c for c in _claims(plan) if "Brücke" in c.quote]


def test_subject_around_the_perfect_auxiliary_not_the_adverbials():
    fronted = ("Zum Ende der Konferenz hat der Innenminister Thomas Berg am Freitag "
               "bekanntgegeben, dass die Bombe eine Attrappe gewesen sei.")
    assert "Berg" in claim_with(_claims(fronted), "Attrappe").speaker.mention
    subject_first = ("Die Kanzlerin Anna Berger hat am Samstag auf einer Pressekonferenz in "
                     "Berlin angekündigt, bald zurückzutreten.")
    claim = claim_with(_claims(subject_first), "zurückzutreten")
    assert "Berger" in claim.speaker.mention and "Pressekonferenz" not in claim.speaker.mention


def test_nominative_pronoun_after_the_cue_is_the_subject():
    text = "Der Bürgermeister Paul Lang kam spät. Den Plan bezeichnete er als Fehler."
    claim = claim_with(_claims(text), "Fehler")
    assert claim.speaker.mention == "er"


def test_separable_particle_is_not_an_inverted_subject():
    text = ("Die Versteigerung endete am Abend. Auktionshaus gab dazu bekannt: "
            "„Das ist der meistgesehene Artikel des Jahres.“")
    claim = claim_with(_claims(text), "meistgesehene")
    assert claim.speaker.mention == "Auktionshaus"


def test_sentence_adverb_after_the_cue_is_not_the_subject():
    text = "Der Minister Franz Jung (CDU) kündigte indes an, die Frage bald anzusprechen."
    claim = claim_with(_claims(text), "anzusprechen")
    assert "Jung" in claim.speaker.mention


def test_a_run_of_konjunktiv_sentences_is_one_claim():
    text = ("„Wir helfen“, sagte die Sprecherin Eva Roth.\n\n"
            "Die Lage in den Dörfern sei ernst. Es fehle vor allem an sauberem Wasser.\n\n"
            "Der Regen hörte am Abend auf.")
    claims = [c for c in _claims(text) if c.type == "indirect"]
    assert [c.quote for c in claims] == [
        "Die Lage in den Dörfern sei ernst. Es fehle vor allem an sauberem Wasser"]


def test_source_in_a_relative_clause_vouches_for_that_clause():
    text = ("Bei der Tasche des Mannes, die nach Angaben der Polizei eine Bombe enthalten "
            "sollte, wurde kein Sprengstoff gefunden.")
    claim = claim_with(_claims(text), "Bombe")
    assert claim.quote == "die nach Angaben der Polizei eine Bombe enthalten sollte"
    assert "Polizei" in claim.speaker.mention


def test_relative_source_nach_denen():
    text = "Die Regierung verweist auf Umfragen, nach denen die Mehrheit die Reform ablehnt."
    claim = claim_with(_claims(text), "Mehrheit")
    assert claim.quote == "die Mehrheit die Reform ablehnt"
    assert claim.cue == "nach denen"


def test_inverted_cue_after_a_comma_takes_the_clause_before_not_the_apposition():
    text = ("Zehn Menschen wurden verletzt. Sie seien jedoch außer Lebensgefahr, sagte Mark "
            "Weber, der Sprecher der Klinik.")
    claim = claim_with(_claims(text), "Lebensgefahr")
    assert claim.quote == "Sie seien jedoch außer Lebensgefahr"
    assert claim.speaker.mention == "Mark Weber"


def test_inverted_cue_after_a_fronted_adverbial_clause_keeps_its_content():
    text = ("Nach dem Video, das am Abend gezeigt wurde, sagte Thaksin, man werde weiter "
            "kämpfen.")
    assert claim_with(_claims(text), "kämpfen").quote == "man werde weiter kämpfen"
    text = "Nachdem der Damm gebrochen war, forderte die Partei eine Untersuchung."
    assert claim_with(_claims(text), "Untersuchung").quote == "eine Untersuchung"


def test_capitalised_noun_is_no_konjunktiv():
    text = ("„Wir sind zufrieden“, sagte Trainer Jan Roth.\n\n"
            "Die Mannschaft feierte danach drei weitere Erfolge und zwei Siege.")
    assert not [c for c in _claims(text) if "Mannschaft" in c.quote]


def test_fronted_adverb_before_the_auxiliary_is_not_the_subject():
    text = "Unterdessen haben einige Abgeordnete der Koalition angekündigt, sie würden klagen."
    claim = claim_with(_claims(text), "klagen")
    assert claim.speaker.mention == "einige Abgeordnete der Koalition"


def test_interjected_so_frame_keeps_the_whole_reported_sentence():
    text = "Der Präsident sei, so Meier, schuld daran, dass das Land die Kontrolle verloren habe."
    claim = claim_with(_claims(text), "Präsident")
    assert claim.quote.endswith("verloren habe") and claim.speaker.mention == "Meier"
    text = "Die Lage sei ernst, so der Sprecher, verbunden mit einem Aufruf zur Ruhe."
    assert claim_with(_claims(text), "Lage").quote == "Die Lage sei ernst"


def test_content_ends_before_a_coordinated_clause_with_its_own_cue():
    text = ("Der Präsident sagte vor der Presse, der Gesandte sei tot, doch der Sprecher Nico "
            "Berg erklärte, den Tod nicht bestätigen zu können.")
    claims = _claims(text)
    assert claim_with(claims, "Gesandte").quote == "der Gesandte sei tot"
    assert claim_with(claims, "bestätigen").speaker.mention == "der Sprecher Nico Berg"


def test_verb_after_und_shares_the_sentence_subject():
    text = "Er sagte, Europa brauche die Briten und fügte hinzu, man könne nicht ohne sie planen."
    claims = _claims(text)
    assert claim_with(claims, "Europa").quote == "Europa brauche die Briten"
    assert claim_with(claims, "planen").speaker.mention == "Er"


def test_infinitive_after_und_does_not_end_the_content():
    text = "Er betonte, das Kabinett hätte das Dekret und jeden Artikel zu bestätigen."
    assert claim_with(_claims(text), "Kabinett").quote.endswith("zu bestätigen")


def test_konjunktiv_after_a_cue_without_claim_reports_that_cues_subject():
    text = ("Der Verband tagte.\n\n"
            "Hubert Primus, der bei der Stiftung für Publikationen zuständig ist, wies den "
            "Vorwurf zurück. In Zeiten knapper Kassen sei die Studie richtig.")
    claim = claim_with(_claims(text), "knapper Kassen")
    assert claim.speaker.mention == "Hubert Primus"


def test_dative_object_or_predicate_after_the_cue_is_no_inverted_subject():
    text = ("Das Bundeskriminalamt (BKA) bestätigte dem Abgeordneten am Montag, dass er auf der "
            "Liste stehe.")
    assert claim_with(_claims(text), "Liste").speaker.mention == "Das Bundeskriminalamt"
    text = "Der Wirtschaftsminister Rainer Lang (FDP) warf den USA vor, Boeing bevorzugt zu haben."
    assert "Lang" in claim_with(_claims(text), "Boeing").speaker.mention
    text = "Die Firma eBay hält es für möglich, dass das Auto den Rekord bricht."
    assert claim_with(_claims(text), "Rekord").speaker.mention == "Die Firma eBay"


def test_name_and_colon_before_a_quote_attribute_it():
    text = ("Die Daten wurden gelöscht. Bundesinnenminister Paul Schäfer: „Wir können die Daten "
            "doch nicht einfach vernichten.“")
    claim = claim_with(claims_of(text, "de"), "vernichten")
    assert claim.type == "direct" and claim.speaker.mention == "Bundesinnenminister Paul Schäfer"


def test_colon_cue_leaves_verb_cues_and_titles_alone():
    claim = claim_with(claims_of("Der Minister sagte: „Wir kommen morgen.“", "de"), "kommen")
    assert claim.cue == "sagte"
    text = "Die Firma zeigte die neue Version (Codename: „Maelstrom“) auf der Messe."
    assert all(c.cue != ":" for c in claims_of(text, "de"))


def test_infinitive_clause_without_comma_is_content():
    text = "Am Mittwoch hat die Abgeordnete angekündigt ihr Mandat niederzulegen."
    claim = claim_with(_claims(text), "niederzulegen")
    assert claim.quote == "ihr Mandat niederzulegen"
    assert claim.speaker.mention == "die Abgeordnete"
    text = "Die Firma hat angekündigt die Preise ab Oktober zu erhöhen."
    assert claim_with(_claims(text), "Preise").quote == "die Preise ab Oktober zu erhöhen"


def test_wie_frame_attributes_the_rest_of_the_sentence():
    text = "Er hatte sich längst beworben, wie sein Anwalt Jan Roth mitteilte."
    claim = claim_with(_claims(text), "beworben")
    assert claim.quote == "Er hatte sich längst beworben"
    assert claim.speaker.mention == "sein Anwalt Jan Roth"
    text = "Wie das Polizeipräsidium Westpfalz bekannt gab, wird es künftig mehr Kontrollen geben."
    claim = claim_with(_claims(text), "Kontrollen")
    assert claim.quote == "wird es künftig mehr Kontrollen geben"
    assert claim.speaker.mention == "das Polizeipräsidium Westpfalz"


def test_more_nach_sources_and_fronted_postposed_source():
    text = "Nach dem Willen der Regierung sollen die Steuern im Herbst sinken."
    claim = claim_with(_claims(text), "Steuern")
    assert claim.quote == "sollen die Steuern im Herbst sinken"
    assert claim.speaker.mention == "der Regierung"
    assert _claims("Nach dem Aufstand wurden viele Menschen verhaftet.") == []
    text = "Ersten Angaben zufolge gehörte das Flugzeug dem Institut."
    assert claim_with(_claims(text), "Flugzeug").quote == "gehörte das Flugzeug dem Institut"


def test_laut_closing_a_clause_is_the_adjective():
    text = "Schon seit Wochen wurden Vorwürfe gegen die Regierung laut."
    assert _claims(text) == []


def test_adverb_after_an_inverted_name_ends_the_subject():
    text = "Für beide fordert Untersuchungsrichter Paul Berg ebenfalls fünf Jahre Sperre."
    claim = claim_with(_claims(text), "Sperre")
    assert claim.speaker.mention == "Untersuchungsrichter Paul Berg"
    assert claim.quote == "ebenfalls fünf Jahre Sperre"


def test_quantifying_verb_and_plural_sprachen_von():
    text = "Ein Forscher der Universität bezifferte den Schaden auf 50 Millionen Euro im Monat."
    assert claim_with(_claims(text), "Schaden").speaker.mention.endswith("Universität")
    text = "Die Parteichefs sprachen von einem klaren Auftrag der Wähler."
    assert claim_with(_claims(text), "Auftrag").cue == "sprachen von"


def test_text_ending_in_an_inverted_subject_without_punctuation():
    claim = claim_with(_claims("Die Lage sei ernst, sagte der Minister"), "Lage")
    assert claim.speaker.mention == "der Minister"


def test_sentence_inside_a_claim_is_not_claimed_again():
    text = ("Bei dem Anschlag starben drei Menschen. Er soll das Ziel gewesen sein. Das berichten "
            "arabische Medien.")
    claims = [c for c in _claims(text) if "Ziel" in c.quote]
    assert len(claims) == 1 and claims[0].speaker.mention == "arabische Medien"


def test_resumptive_das_before_the_cue_points_to_the_clause_before():
    text = "Die Raumfähre bleibt einen Tag länger im All, das entschied die Behörde NASA."
    claim = claim_with(_claims(text), "Raumfähre")
    assert claim.quote == "Die Raumfähre bleibt einen Tag länger im All"
    assert "NASA" in claim.speaker.mention


def test_konjunktiv_after_a_fronted_adverbial_sentence_reports_its_subject():
    text = ("Der Premier will weiter arbeiten.\n\n"
            "Am 15. Mai hat die Wahlkommission den Termin festgelegt. Mögliche Termine seien "
            "der 24. September und der 8. Oktober.")
    claim = claim_with(_claims(text), "Mögliche Termine")
    assert claim.speaker.mention == "die Wahlkommission"


def test_impersonal_heisst_es_names_its_source_in_a_prepositional_phrase():
    claim = claim_with(_claims("Die Lage sei ernst, hieß es vom Sprecher Mark Toner."), "Lage")
    assert claim.quote == "Die Lage sei ernst" and claim.speaker.mention == "Sprecher Mark Toner"
    claim = claim_with(_claims("In dem Bericht heißt es, die Lage sei ernst."), "Lage")
    assert claim.speaker.mention == "dem Bericht"


def test_verbs_of_speculating_and_letting_it_be_known_cue():
    claim = claim_with(_claims("Die Agentur AP spekuliert, dass Venezuela scheitern werde."), "Venezuela")
    assert claim.cue == "spekuliert" and claim.speaker.mention == "Die Agentur AP"
    text = "Außerdem ließ der Pressedienst des Ministeriums verlauten, dass über die Integration beraten werde."
    claim = claim_with(_claims(text), "Integration")
    assert claim.quote.startswith("dass über") and claim.speaker.mention == "der Pressedienst des Ministeriums"


def test_fronted_genitive_adverbial_is_no_subject():
    text = "Des Weiteren verwies Steinbrück darauf, dass der Haushalt wieder verfassungskonform sei."
    claim = claim_with(_claims(text), "Haushalt")
    assert claim.speaker.mention == "Steinbrück"


def test_verb_after_so_stands_before_its_subject_and_adverbials_end_it():
    text = "Romney gewann. Ein „außerordentlicher Sieg“, so urteilte Romney selbst über seinen Erfolg."
    claim = claim_with(_claims(text), "Sieg")
    assert claim.speaker.mention == "Romney"


def test_fronted_demnach_is_the_mention_and_the_last_source_its_name():
    text = ("Das Nachrichtenmagazin Focus berichtete, die Luftwaffe habe deutsche Schiffe angepeilt. Demnach "
            "hätten israelische Kampfjets die Schiffe überflogen.")
    claims = _claims(text)
    claim = claim_with(claims, "Kampfjets")
    assert claim.speaker.mention == "Demnach"
    assert claim.speaker.name == claim_with(claims, "Luftwaffe").speaker.name
    assert "Nachrichtenmagazin Focus" in claim.speaker.name


def test_going_out_assumes_only_with_von_and_emerging_only_from_a_document():
    claim = claim_with(_claims("Die Polizei geht von einem Suizid aus."), "Suizid")
    assert claim.speaker.mention == "Die Polizei"
    assert _claims("In ganz Europa gingen am Samstag für fünf Minuten die Lichter aus.") == []
    assert _claims("Die Partei ging aus der Wahl als klarer Sieger hervor.") == []
    text = "Der Konzern plant eine Umwandlung. Dies geht aus einer Pressemitteilung des Konzerns hervor."
    claim = claim_with(_claims(text), "Umwandlung")
    assert claim.speaker.mention == "einer Pressemitteilung des Konzerns"
    claim = claim_with(_claims("Wie aus dem Jahresbericht hervorgeht, stieg der Umsatz."), "Umsatz")
    assert claim.speaker.mention == "dem Jahresbericht"


def test_clause_with_a_relative_clause_before_an_inverted_frame_is_the_content():
    text = ("Bewaffnete Kämpfer töteten am Montag mehrere Zivilisten, die sich auf der Flucht befanden, teilten "
            "die Vereinten Nationen mit.")
    claim = claim_with(_claims(text), "Zivilisten")
    assert claim.quote.startswith("Bewaffnete Kämpfer töteten") and claim.quote.endswith("befanden")
    assert claim.speaker.mention == "die Vereinten Nationen"
    # A subject that does take a relative clause keeps it.
    claim = claim_with(_claims("Die Polizei, die den Fall untersucht, teilte mit, der Täter sei gefasst."), "Täter")
    assert claim.speaker.mention == "Die Polizei, die den Fall untersucht"


def test_extended_attribute_stays_inside_the_subject():
    text = "Der für die Omo-Region zuständige Koordinator Peter Müller sagte, die Lage sei ernst."
    claim = claim_with(_claims(text), "Lage")
    assert claim.speaker.mention == "Der für die Omo-Region zuständige Koordinator Peter Müller"
    assert claim.speaker.name == "Peter Müller"


def test_inverted_pronoun_is_the_subject_without_the_addressee():
    text = ("Der Astrophysiker Jens Hartmann nannte den Zeitplan „ehrgeizig“. Der Asteroid rotiere schnell, eine "
            "Landung sei daher "
            "riskant, sagte er der Deutschen Presse-Agentur.")
    claim = claim_with(_claims(text), "Asteroid")
    assert claim.speaker.mention == "er" and claim.speaker.name == "Jens Hartmann"


def test_word_from_circles_cues():
    claim = claim_with(_claims("Aus EU-Kreisen verlautete, dies sei nur Spekulation."), "Spekulation")
    assert claim.cue == "verlautete" and claim.quote == "dies sei nur Spekulation"


def test_short_clause_in_the_reporting_mood_before_an_inverted_frame_is_a_claim():
    claims = claims_of("Keiner werde entlassen, versicherte die Betriebsrätin Anke Sommer.", "de")
    claim = claim_with(claims, "Keiner werde entlassen")
    assert claim.speaker is not None and claim.speaker.name == "Anke Sommer"


def test_short_answer_before_its_frame_is_still_no_claim():
    assert claims_of("Noch nicht, sagte die Sprecherin.", "de") == []
