"""German."""

from service.languages.base import Language

LANGUAGE = Language(code="de", name="German", sentences="de")
