"""Arabic."""

from service.languages.base import Language

LANGUAGE = Language(code="ar", name="Arabic", sentences="ar")
