"""Dutch."""

from service.languages.base import Language

LANGUAGE = Language(code="nl", name="Dutch", sentences="nl")
