"""label_pair's rules with cosines given directly; one test runs the real multilingual encoder."""

from __future__ import annotations

import pytest

from service.store.facts import disagreement, surface_of
from service.store.matching import (
    LABELS,
    MISATTRIBUTED_MIN_SIMILARITY,
    RELATED_MIN_SIMILARITY,
    REVIEW_MIN_SIMILARITY,
    SAME_STATEMENT_MIN_SIMILARITY,
    ClaimFacts,
    label_pair,
    review_applies,
    same_name,
    same_speaker,
)

HIGH = 0.9  # a translation or a restatement
MIDDLE = (RELATED_MIN_SIMILARITY + SAME_STATEMENT_MIN_SIMILARITY) / 2  # a rewording
LOW = RELATED_MIN_SIMILARITY - 0.05

NURSES_FR = ClaimFacts("Nous allons recruter 4 000 infirmières d'ici la fin de 2026.", "fr", "Hélène Marchal")
NURSES_EN = ClaimFacts("We will recruit 4,000 nurses by the end of 2026.", "en", "Hélène Marchal")


def test_the_thresholds_are_ordered() -> None:
    assert LABELS == ("corroborating", "paraphrase", "misattributed", "conflicting")
    assert 0 < RELATED_MIN_SIMILARITY < SAME_STATEMENT_MIN_SIMILARITY < 1
    assert RELATED_MIN_SIMILARITY < MISATTRIBUTED_MIN_SIMILARITY < 1
    assert RELATED_MIN_SIMILARITY < REVIEW_MIN_SIMILARITY < 1


def test_below_the_related_cut_nothing_is_related() -> None:
    assert label_pair(NURSES_FR, NURSES_EN, LOW) is None


def test_a_translation_by_the_same_speaker_corroborates() -> None:
    assert label_pair(NURSES_FR, NURSES_EN, HIGH) == "corroborating"


def test_two_unknown_or_unresolved_speakers_restate_at_most() -> None:
    # Two anonymous officials may be two people: the words agree, no one is shown to have said them twice.
    unknown = ClaimFacts(NURSES_EN.text, "en", None)
    assert label_pair(ClaimFacts(NURSES_FR.text, "fr", None), unknown, HIGH) == "paraphrase"
    role = ClaimFacts(NURSES_EN.text, "en", "a senior official")
    assert label_pair(ClaimFacts(NURSES_FR.text, "fr", "le ministre"), role, HIGH) == "paraphrase"


def test_a_rewording_or_an_unattributed_restatement_is_a_paraphrase() -> None:
    assert label_pair(NURSES_FR, NURSES_EN, MIDDLE) == "paraphrase"
    assert label_pair(NURSES_FR, ClaimFacts(NURSES_EN.text, "en", None), HIGH) == "paraphrase"


def test_one_statement_by_two_people_is_misattributed() -> None:
    other = ClaimFacts(NURSES_EN.text, "en", "Klaus Berger")
    assert label_pair(NURSES_FR, other, HIGH) == "misattributed"
    # Two people saying alike things at a rewording's distance is no misattribution.
    assert label_pair(NURSES_FR, other, RELATED_MIN_SIMILARITY + 0.01) is None


@pytest.mark.parametrize(("text", "language"), [
    ("Nous allons recruter 2 000 infirmières d'ici la fin de 2026.", "fr"),  # another figure
    ("We will recruit 4,000 nurses by the end of 2028.", "en"),  # another year
    ("Non recluteremo 4.000 infermieri entro la fine del 2026.", "it"),  # negated
])
def test_another_figure_date_or_polarity_conflicts_whoever_says_it(text: str, language: str) -> None:
    assert label_pair(NURSES_FR, ClaimFacts(text, language, "Hélène Marchal"), HIGH) == "conflicting"
    assert label_pair(NURSES_FR, ClaimFacts(text, language, "Klaus Berger"), MIDDLE) == "conflicting"


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    ("Le chômage a atteint 5,1 % en mars.", "fr", "Unemployment reached 5.1% in March.", "en"),
    ("3 millions de personnes sont concernées.", "fr", "3 million people are affected.", "en"),
    ("Three million people are affected.", "en", "3 millions de personnes sont concernées.", "fr"),
    ("De ijsbaan kost 85 miljoen euro.", "nl", "The rink costs 85 million euros.", "en"),
    ("El metro abrirá el 3 de junio.", "es", "The metro will open on June 3.", "en"),
    ("Der Preis wird 2026 nicht steigen.", "de", "Ticket prices will not go up in 2026.", "en"),
    ("More than 200 whales died.", "en", "215 ballenas murieron.", "es"),  # within the bound
    ("Environ 200 personnes ont été évacuées.", "fr", "210 people were evacuated.", "en"),
    ("Elle ne prendra pas sa retraite.", "fr", "She will not retire.", "en"),  # "ne ... pas" is one negation
    # A record is no denial: 'jamás' after a superlative is 'ever'; 'non ... mai ... così' is 'never so'.
    ("Julio fue el mes más cálido jamás registrado.", "es", "July was the hottest month ever recorded.", "en"),
    ("Non si era mai visto un luglio così torrido.", "it", "July was the hottest month ever recorded.", "en"),
    # Russian has no negation words in the checks yet: its "не" is unknown, not absent.
    ("Она не уйдёт на пенсию.", "ru", "She will not retire.", "en"),
])
def test_one_fact_written_two_ways_agrees(a: str, la: str, b: str, lb: str) -> None:
    assert disagreement(surface_of(a, la), surface_of(b, lb)) is None


@pytest.mark.parametrize(("a", "la", "b", "lb", "why"), [
    ("Le chômage a atteint 5,1 % en mars.", "fr", "Unemployment reached 5.4% in March.", "en", "figure"),
    ("3 millions de personnes", "fr", "3 billion people", "en", "figure"),
    ("Más de 200 ballenas murieron.", "es", "150 whales died.", "en", "figure"),
    ("Ganaremos con al menos cinco puntos.", "es", "We will win by at least three points.", "en", "figure"),
    ("The plant closes on 31 March 2026.", "en", "La centrale fermera le 31 mai 2026.", "fr", "date"),
    ("El paro no subió en 2023.", "es", "Unemployment rose in 2023.", "en", "negation"),
    ("Unemployment rose in 2023.", "en", "Unemployment fell in 2023.", "en", "direction"),
])
def test_facts_that_cannot_both_hold_disagree(a: str, la: str, b: str, lb: str, why: str) -> None:
    assert disagreement(surface_of(a, la), surface_of(b, lb)) == why


def test_an_added_figure_is_no_replaced_one() -> None:
    a = surface_of("4,000 nurses will be hired.", "en")
    b = surface_of("4,000 nurses will be hired in 12 regions.", "en")
    assert disagreement(a, b) is None


@pytest.mark.parametrize(("a", "b"), [
    ("Merkel", "Angela Merkel"),
    ("angela merkel", "Angela MERKEL"),
    ("A. Merkel", "Angela Merkel"),
    ("Erdogan", "Recep Tayyip Erdoğan"),
    ("Volodymyr Zelensky", "Wolodymyr Selenskyj"),
    ("Ursula von der Leyen", "von der Leyen"),
    ("Pedro Sánchez", "Pedro Sánchez Pérez-Castejón"),
    ("Xi Jinping", "Jinping Xi"),
    ("Владимир Путин", "Vladimir Putin"),
    ("Алексей Навальный", "Alexey Navalny"),
    ("Mohammed bin Salman", "Mohammad bin Salman"),
])
def test_one_person_across_forms_and_languages(a: str, b: str) -> None:
    assert same_name(a, b) and same_name(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("Jean Dupont", "Marie Dupont"),
    ("Emmanuel Macron", "Marine Le Pen"),
    ("Olaf Scholz", "Friedrich Merz"),
    ("Hélène Marchal", "Klaus Berger"),
    ("Mario Draghi", "Maria Draghi"),
    ("Daniel Ruiz", "Daniela Ruiz"),
    ("Сергей Лавров", "Sergei Shoigu"),
])
def test_two_people_are_told_apart(a: str, b: str) -> None:
    assert not same_name(a, b) and not same_name(b, a)


def test_an_unknown_speaker_is_neither_same_nor_different() -> None:
    assert same_speaker(None, "Angela Merkel") is None and same_speaker("", None) is None
    # A script with no transliteration here cannot be told from a Latin name: no misattribution.
    assert same_speaker("習近平", "Xi Jinping") is None and same_speaker("習近平", "習近平") is True
    assert label_pair(ClaimFacts("我们将招聘4000名护士。", "zh", "習近平"), NURSES_EN, HIGH) == "paraphrase"


def test_a_review_of_another_figure_does_not_apply() -> None:
    review = ClaimFacts("France will hire 2,000 nurses by 2026.", "en", None)
    assert not review_applies(NURSES_FR, review, 0.95)
    assert review_applies(NURSES_FR, ClaimFacts(NURSES_EN.text, "en", None), REVIEW_MIN_SIMILARITY)
    assert not review_applies(NURSES_FR, NURSES_EN, REVIEW_MIN_SIMILARITY - 0.01)


@pytest.mark.slow
def test_the_real_encoder_puts_a_translation_and_a_stranger_on_either_side() -> None:
    from models.registry import make_backend

    embedder = make_backend("use")
    unrelated = ClaimFacts("Die Netzentgelte für private Haushalte sollen sinken.", "de", "Hélène Marchal")
    vectors = embedder.embed([NURSES_FR.text, NURSES_EN.text, unrelated.text])  # type: ignore[attr-defined]
    assert label_pair(NURSES_FR, NURSES_EN, float(vectors[0] @ vectors[1])) == "corroborating"
    assert label_pair(NURSES_FR, unrelated, float(vectors[0] @ vectors[2])) is None
