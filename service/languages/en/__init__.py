"""English."""

from service.languages.base import Language

LANGUAGE = Language(code="en", name="English", sentences="en", parser="spacy-en")
