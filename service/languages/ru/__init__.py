"""Russian."""

from service.languages.base import Language

LANGUAGE = Language(code="ru", name="Russian", sentences="ru")
