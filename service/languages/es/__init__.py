"""Spanish."""

from service.languages.base import Language

LANGUAGE = Language(code="es", name="Spanish", sentences="es")
