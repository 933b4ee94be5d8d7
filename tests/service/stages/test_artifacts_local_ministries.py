"""French and Spanish ministry terms for US departments, and no flags on native French/Spanish copy."""

from __future__ import annotations

import pytest

from service.contracts import Document
from service.stages.artifacts import find_artifacts
from service.stages.segment import segment


def _institutions(text: str, language: str) -> dict[str, str]:
    doc = Document(text=text, language=language, language_supported=True, sentences=segment(text, language))
    return {a.surface: a.suggestion for a in find_artifacts(doc) if a.category == "institution_term"}


FRENCH_MT = (
    "Washington a durci mardi les règles d'exportation vers la Chine. Selon le ministère du Commerce, les "
    "entreprises américaines devront obtenir une licence. Le ministère a ajouté que la mesure serait revue en juin.\n\n"
    "Le ministère des Affaires étrangères des États-Unis a convoqué l'ambassadeur chinois mercredi."
)
SPANISH_MT = (
    "Estados Unidos anunció nuevas restricciones a las exportaciones. El Ministerio de Comercio de Estados Unidos "
    "dijo que las empresas necesitarán una licencia. El ministerio añadió que la medida es temporal."
)

# Native copy, written for this test: the countries' own ministries, and US departments named correctly.
NATIVE = [
    ("fr", "Le ministère de l'Économie et des Finances a publié mardi ses prévisions de croissance pour la France. "
           "Bruno Le Maire, ministre de l'Économie, a salué un chiffre « encourageant ». Le ministère des Armées a "
           "commandé de nouveaux drones, et le ministère de la Justice prépare une réforme des prisons.\n\n"
           "À Paris, le ministère de l'Intérieur a recensé 3 000 manifestants. Le ministère a démenti tout incident."),
    ("fr", "À Washington, le département d'État a appelé mardi au calme. Le secrétaire d'État américain a rencontré "
           "son homologue, le ministre des Affaires étrangères de l'Égypte, au Caire. Le département du Commerce "
           "a de son côté publié de nouveaux chiffres sur les exportations."),
    ("es", "El Ministerio de Hacienda de España presentó el martes los presupuestos. La ministra de Hacienda dijo en "
           "Madrid que el déficit bajará. El Ministerio de Defensa español enviará tropas a Letonia, y el ministerio "
           "confirmó el calendario.\n\nEn México, la Secretaría de Economía publicó nuevas cifras de empleo."),
    ("es", "El Departamento de Estado de Estados Unidos pidió calma. El secretario de Estado se reunió con el ministro "
           "de Relaciones Exteriores de Chile en Santiago, y el Ministerio de Relaciones Exteriores chileno emitió un "
           "comunicado."),
]


def test_french_ministries_of_us_departments_get_the_french_department_name():
    found = _institutions(FRENCH_MT, "fr")
    assert found["ministère du Commerce"] == "département du Commerce"
    assert found["ministère"] == "département du Commerce"  # the later bare "Le ministère" follows it
    assert found["ministère des Affaires étrangères"] == "département d'État"


def test_spanish_ministry_of_a_us_department_gets_the_spanish_department_name():
    found = _institutions(SPANISH_MT, "es")
    assert found["Ministerio de Comercio"] == "Departamento de Comercio"
    assert found["ministerio"].lower() == "departamento de comercio"


@pytest.mark.parametrize("language,text", NATIVE)
def test_native_french_and_spanish_copy_raises_no_institution_flags(language, text):
    assert _institutions(text, language) == {}


@pytest.mark.parametrize("language,text,expected", [
    ("fr", "Moscou a démenti. Selon le journal, le FBI et le ministère de la Justice enquêtent.",
     ("ministère de la Justice", "département de la Justice")),
    ("es", "Rusia negó las acusaciones. Según el diario, el FBI y el Ministerio de Justicia investigan el caso.",
     ("Ministerio de Justicia", "Departamento de Justicia")),
])
def test_a_ministry_listed_with_a_us_body_is_a_us_department(language, text, expected):
    assert expected in _institutions(text, language).items()


def test_a_ministry_after_a_ministry_country_alone_is_left_alone():
    assert _institutions("Moscou a démenti. Selon le journal, le ministère de la Justice enquête.", "fr") == {}
