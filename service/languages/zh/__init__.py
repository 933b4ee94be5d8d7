"""Chinese."""

from service.languages.base import Language

LANGUAGE = Language(code="zh", name="Chinese", sentences="zh")
