"""Speaker phrases and names in the Romance languages: the speaker's name is the entity its words name."""

from __future__ import annotations

import pytest

from tests.service.stages.quote_helpers import claim_with as _by_quote
from tests.service.stages.quote_helpers import claims_of as _claims


@pytest.mark.parametrize("language, text, content, mention", [
    ("it", "Il dossier, pubblicato il 3 marzo, segnala che il 40 per cento dei ponti è a rischio.",
     "il 40 per cento", "Il dossier"),
    ("es", "El estudio, publicado el lunes, señala que el paro juvenil baja.", "el paro juvenil baja", "El estudio"),
    ("pt", "O relatório, divulgado nesta terça, aponta que as chuvas dobraram.", "as chuvas dobraram",
     "O relatório"),
    ("fr", "Le rapport, publié mardi, indique que la dette recule.", "la dette recule", "Le rapport"),
])
def test_a_participle_aside_after_the_subject_is_no_speaker(language, text, content, mention):
    claim = _by_quote(_claims(text, language), content)
    assert claim.speaker.mention == mention


def test_a_person_noun_after_the_comma_is_still_an_apposition():
    claim = _by_quote(_claims("Marta Gil, abogada de la familia, dijo que apelará la sentencia.", "es"), "apelará")
    assert claim.speaker.name == "Marta Gil" and "abogada" in claim.speaker.mention
