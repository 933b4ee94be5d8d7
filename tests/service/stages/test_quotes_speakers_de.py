"""German speaker location: adverbial phrases before a final cue, fronted dates, framing
clauses before Konjunktiv I; and English inflection of doubling verbs."""

from __future__ import annotations

import pytest

from service.languages.en.quotes import LEXICON as EN
from service.stages.quotes.lexicon import inflect
from tests.service.stages.quote_helpers import claim_with as _by_quote
from tests.service.stages.quote_helpers import claims_of


def _claims(text: str, language: str = "de"):
    return claims_of(text, language)


def test_prepositional_phrase_before_final_cue_is_not_the_speaker():
    text = ("Bereits im Dezember hatte Bundeskanzlerin Anna Berger in einer Rede verkündet: "
            "„Wir werden uns um das Turnier bewerben.“")
    claim = _by_quote(_claims(text), "Wir werden uns")
    assert "Berger" in claim.speaker.mention
    assert "Rede" not in claim.speaker.mention


def test_fronted_date_is_not_the_speaker():
    text = ("Ende Januar 2006 kündigte der Hersteller Karl Brandt an, dass das Werk "
            "geschlossen werde.")
    claim = _by_quote(_claims(text), "das Werk")
    assert "Brandt" in claim.speaker.mention
    assert "Januar" not in claim.speaker.mention


def test_indicative_frame_before_konjunktiv_names_the_speaker():
    text = ("Der Gipfel begann am Montag in Berlin.\n\n"
            "Die Aktivistin Maria Lopez zeigte sich besorgt, die Lage sei ernst und werde "
            "sich weiter verschlechtern.")
    claim = _by_quote(_claims(text), "die Lage sei ernst")
    assert claim.speaker is not None and "Lopez" in claim.speaker.mention


def test_konjunktiv_in_main_clause_still_inherits():
    text = ("„Wir sind zufrieden“, sagte Firmenchef Paul Weber am Dienstag.\n\n"
            "Die Firma werde den Fehler im Triebwerk bis zum Sommer beheben.")
    claim = _by_quote(_claims(text), "Die Firma werde")
    assert claim.speaker.name.endswith("Paul Weber")


def test_doubling_verbs_inflect_with_double_consonant():
    forms = inflect("slam", "refer", "add")
    assert {"slammed", "slamming", "referred", "referring", "added"} <= forms
    assert "slamed" not in forms
    assert {"slammed", "quipped", "referring"} <= EN.cues


def test_passive_accusation_is_a_cue():
    text = "Dem Bürgermeister Hans Keller wird vorgeworfen, Gelder der Stadt veruntreut zu haben."
    claims = [c for c in _claims(text) if c.type != "term"]
    claim = _by_quote(claims, "Gelder der Stadt")
    assert claim.cue == "vorgeworfen"


def test_short_german_quote_with_a_cue_is_partial_not_a_term():
    text = "Der Minister Otto Lang bezeichnete die Lage am Montag als „beschämend“."
    claim = next(c for c in _claims(text) if c.quote == "beschämend")
    assert claim.type == "partial"
    assert "Lang" in claim.speaker.mention


def test_german_source_inside_or_after_the_cue():
    claims = _claims("Nach Polizeiangaben wurden drei Menschen verletzt, zwei davon schwer.")
    claim = _by_quote(claims, "drei Menschen")
    assert claim.speaker.mention == "Polizeiangaben"
    assert claim.quote.startswith("wurden")
    claims = _claims("Die Zahl der Opfer stieg nach Angaben der Polizei auf zwölf.")
    assert "Polizei" in _by_quote(claims, "Zahl der Opfer").speaker.mention
    claims = _claims("Die Zahl der Opfer stieg nach eigenen Angaben der Retter auf zwölf.")
    assert "Retter" in _by_quote(claims, "Zahl der Opfer").speaker.mention


def test_wonach_points_back_to_the_phrase_before_the_comma():
    claims = _claims("Am Montag erschien ein Bericht der Bank, wonach die Firma pleite sei.")
    assert "Bericht" in _by_quote(claims, "die Firma pleite").speaker.mention


def test_clock_time_is_not_the_speaker():
    claims = _claims("Gegen 10.05 Uhr MEZ meldete die Agentur Reuters, dass der Flughafen "
                     "gesperrt sei.")
    speaker = _by_quote(claims, "Flughafen").speaker
    assert "Reuters" in speaker.mention and "Uhr" not in speaker.mention


def test_german_partial_quote_and_its_clause_are_both_claims():
    text = "Der Minister Otto Lang sagte, die Lage sei „sehr ernst und bedrohlich“ geworden."
    claims = [c for c in _claims(text) if c.type != "term"]
    assert {c.type for c in claims} == {"indirect", "partial"}
    assert all("Lang" in c.speaker.mention for c in claims)


def test_separable_verb_cues_only_with_its_particle():
    claims = _claims("Die Polizei geht nach ersten Ermittlungen von einem Unfall aus.")
    assert "Polizei" in _by_quote(claims, "Unfall").speaker.mention
    assert not _claims("Der Zug geht um acht Uhr nach Berlin.")


def test_lowercase_quoted_phrase_with_a_cue_is_a_partial_claim_not_a_term():
    text = "Die Ministerin Eva Roth sagte, der Vorstand trage die „volle Verantwortung“ für den Fehler."
    claims = _claims(text)
    partial = [c for c in claims if c.quote == "volle Verantwortung"]
    assert [c.type for c in partial] == ["partial"]
    assert "Roth" in partial[0].speaker.mention


def test_quoted_name_after_an_article_stays_a_term():
    text = "Der „Falke 7“ landete am Montag in Bremen. Die Besatzung blieb an Bord."
    claim = _by_quote(_claims(text), "Falke 7")
    assert claim.type == "term"


def test_object_after_the_verb_is_not_an_inverted_subject():
    text = "Weber begründete seinen Rücktritt mit einer veränderten Lage in der Partei."
    claim = _by_quote(_claims(text), "veränderten Lage")
    assert claim.speaker.mention == "Weber"


def test_fronted_dative_still_inverts_the_subject():
    text = "Dem Sender sagte der Minister Paul Weber, die Lage sei ernst."
    claim = _by_quote(_claims(text), "Lage sei ernst")
    assert "Weber" in claim.speaker.mention


def test_fronted_als_phrase_is_not_the_speaker():
    text = "Als Begründung sagte ein Sprecher der Stadt: „Die Kosten sind gestiegen.“"
    claim = _by_quote(_claims(text), "Die Kosten")
    assert "Sprecher" in claim.speaker.mention
    assert "Begründung" not in claim.speaker.mention


def test_participle_and_separable_cues_measured_on_train():
    text = "Der Bürgermeister Karl Roth hat gefordert, dass die Brücke sofort gesperrt werde."
    claim = _by_quote(_claims(text), "Brücke sofort")
    assert claim.cue == "gefordert"
    assert "Roth" in claim.speaker.mention
    text = "Die Ministerin Eva Braun sicherte den Bauern zu, dass die Hilfen bald kämen."
    claim = _by_quote(_claims(text), "Hilfen bald")
    assert "Braun" in claim.speaker.mention


def test_subject_of_a_konjunktiv_main_clause_is_not_its_speaker():
    text = ("Die Firma Nordwerk bestreitet die Vorwürfe. Das Werk diene allein der Forschung, "
            "die das Land dringend brauche.")
    claims = _claims(text)
    reported = [c for c in claims if "Werk diene" in c.quote]
    assert reported
    assert "Nordwerk" in reported[0].speaker.mention


def test_a_plan_with_soll_is_hearsay_only_right_after_a_claim():
    plan = "Die Brücke wurde im Mai gesperrt. Sie soll im Herbst wieder geöffnet werden."
    assert not [c for c in _claims(plan) if "Herbst" in c.quote]
    report = ("Der Minister Paul Weber sagte, die Brücke sei marode. "
              "Sie soll im Herbst abgerissen werden.")
    claim = _by_quote(_claims(report), "Herbst")
    assert "Weber" in claim.speaker.mention


def test_source_in_quote_marks_before_wonach():
    text = ("Ein Bericht der Agentur „Nordpress“, wonach der Minister zurücktreten werde, "
            "wurde dementiert.")
    claim = _by_quote(_claims(text), "zurücktreten")
    assert "Nordpress" in claim.speaker.mention


def test_known_surname_before_the_cue_is_the_speaker():
    text = ("Zu den Gästen zählte Bundestagspräsident Norbert Lammer. "
            "Lammer würdigte die Feuerwehr als Vorbild für die ganze Stadt.")
    claim = _by_quote(_claims(text), "Vorbild")
    assert claim.speaker.mention == "Lammer"


def test_quoted_name_before_a_final_cue_is_the_speaker():
    text = "Wie die „Aktion Nordhilfe“ heute mitteilte, werde die Hilfe bald verteilt."
    claim = _by_quote(_claims(text), "Hilfe bald")
    assert "Nordhilfe" in claim.speaker.mention


def test_nach_with_a_study_or_report_is_a_source():
    text = "Nach einer Studie der Universität Kiel steigt das Risiko deutlich an."
    claim = _by_quote(_claims(text), "Risiko")
    assert claim.cue.lower().startswith("nach")
    assert "Universität Kiel" in claim.speaker.mention


def test_so_dass_is_no_comma_source():
    text = "Der Pilot meldete einen Schaden am Fahrwerk, so dass die Feuerwehr ausrücken musste."
    assert not [c for c in _claims(text) if c.cue == "so"]
    text = "„Der Bär ist ein Problem geworden“, so Schnappauf am Montag."
    claim = _by_quote(_claims(text), "Bär ist")
    assert "Schnappauf" in claim.speaker.mention


def test_konjunktiv_after_a_named_subject_reports_that_subject():
    text = ("Die Politikerin Anja Berger kritisierte die Pläne der Regierung. "
            "Hier seien die Mittel völlig unrealistisch.")
    claim = _by_quote(_claims(text), "Mittel völlig")
    assert "Berger" in claim.speaker.mention


def test_dies_before_the_cue_points_back_to_the_sentence_before():
    text = ("Die Partei schließt eine Koalition mit der Union aus. "
            "Dies bestätigte der Vorsitzende Karl Weber am Abend.")
    claim = _by_quote(_claims(text), "Koalition")
    assert claim.quote.startswith("Die Partei schließt")
    assert "Weber" in claim.speaker.mention
    assert not [c for c in _claims(text) if c.quote.startswith("der Vorsitzende")]


def test_lone_auxiliary_after_a_german_cue_is_no_content():
    text = "Meldungen über weitere Opfer konnten von der Polizei nicht bestätigt werden."
    assert not [c for c in _claims(text) if c.quote == "werden"]


@pytest.mark.parametrize(("text", "fragment", "name"), [
    # A capitalised role before the name: the name starts at the given name.
    ("„Die Bilder sind gestochen scharf“, sagte Missionsleiterin Anna Petrowski.", "gestochen scharf",
     "Anna Petrowski"),
    ("Der Bonner Astrophysiker Jens Hartwig nannte den Zeitplan „ehrgeizig“.", "ehrgeizig", "Jens Hartwig"),
    # The name set off after a description, and in an apposition after another description.
    ("„Der Preisdruck lässt nach“, sagte die Chefvolkswirtin der Kreditbank Süd, Miriam Albers, am Montag.",
     "Preisdruck", "Miriam Albers"),
    ("„Das ist ein Erfolg“, sagte der Prozessbevollmächtigte der Kläger, der Berliner Rechtsprofessor Stefan "
     "Brandt.", "Erfolg", "Stefan Brandt"),
    # Without its article, an adjective takes the article's ending.
    ("Die Preise stiegen um 2,1 Prozent, teilte das Statistische Bundesamt mit.", "Preise stiegen",
     "Statistisches Bundesamt"),
    ("Die Ortung sei unzulässig, entschied der Erste Senat.", "Ortung", "Erster Senat"),
    # After a name, an article starts the addressee ('der APA'); a lower-case prefix before the role is no name.
    ("„Wir streiken weiter“, sagte vida-Landesvorsitzende Martina Steixner der APA.", "streiken", "Martina Steixner"),
])
def test_german_canonical_names(text, fragment, name):
    assert _by_quote(_claims(text), fragment).speaker.name == name


def test_a_surname_written_without_its_accent_is_the_person_named_before():
    text = ("„Wir haben die ersten Bilder gesehen“, sagte Missionsleiterin Anna Petrović.\n\n"
            "Das sei wichtig, sagte Petrovic.")
    assert _by_quote(_claims(text), "Das sei wichtig").speaker.name == "Anna Petrović"


def test_a_pronoun_means_the_person_an_article_and_role_open_a_sentence_with_since_the_last_speaker():
    text = ("Die Schule bleibt geschlossen, wie die Schulleitung mitteilte. Die Bildungsdezernentin Maria Ekberg "
            "kritisierte den Schritt. „Die Eltern wurden zu spät informiert“, sagte sie.")
    assert _by_quote(_claims(text), "Die Eltern wurden").speaker.name == "Maria Ekberg"


def test_pronoun_points_to_the_name_set_off_after_the_role_opening_a_sentence():
    text = ("Die Schulleitung teilte mit, der Unterricht falle aus. "
            "Die Elternsprecherin der Schule, Jana Oberholz, kritisierte die Entscheidung. "
            "„Niemand hat uns gefragt“, sagte sie.")
    claim = _by_quote(claims_of(text, "de"), "Niemand hat uns gefragt")
    assert claim.speaker is not None and claim.speaker.name == "Jana Oberholz"
