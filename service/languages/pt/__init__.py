"""Portuguese."""

from service.languages.base import Language

LANGUAGE = Language(code="pt", name="Portuguese")
