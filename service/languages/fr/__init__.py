"""French."""

from service.languages.base import Language

LANGUAGE = Language(code="fr", name="French", sentences="fr", parser="spacy-fr")
