"""Italian."""

from service.languages.base import Language

LANGUAGE = Language(code="it", name="Italian", sentences="it")
