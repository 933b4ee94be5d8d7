"""All settings in one class, read from WIRECHECK_* environment variables, behind a cached getter."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WIRECHECK_", extra="ignore")

    # The default backend of each stage, pinned in one table (as transformers' SUPPORTED_TASKS).
    embedder: str | None = "use"
    parsers: list[str] = Field(default_factory=lambda: ["spacy-en"])
    # Loaded on the first document in their language, so start-up pays only for English. None:
    # every parser a language folder names (service/languages) that is not loaded at start-up.
    deferred_parsers: list[str] | None = None
    summarizer: str = "extractive"
    # The learned speaker model for claims (models/claims): loaded on the first document in a language it
    # serves, so English-only work never loads it. "none" (or empty) keeps the rules alone.
    claims_model: str | None = "claims-e5"
    # The encoder the institution second opinion reads English ministry terms' sentences with: loaded on the first
    # English document that has such a term to judge. "none" keeps the plain second opinion.
    institution_encoder: str | None = "e5-small"
    # A causal language model that also reads which country a ministry term reads as, weighed with the encoder:
    # "lm-likelihood" (SmolLM2-135M, the llm extra). Opt-in: it costs ~25 s to load and ~0.4 s a term.
    institution_reader: str | None = None

    summary_max_words: int = 100
    summary_min_words: int = 40
    normalize_min_confidence: float = 0.8

    max_body_bytes: int = 1_000_000
    # About 150,000 words of news prose; the 1 MB body limit caps HTTP input before this does.
    max_text_chars: int = 1_000_000
    request_timeout_s: float = 60.0
    # The whole request body must arrive within this (slow uploads answer 408).
    body_read_timeout_s: float = 30.0
    max_concurrency: int = 2
    # Waiting room for bursts: at ~0.15 s an analysis, 64 queued clear in about 5 s on 2 workers.
    max_queue: int = 64
    # A folder of lock files that makes max_concurrency one budget for all server processes;
    # `serve --workers N` sets it, None keeps the budget per process.
    shared_budget_dir: str | None = None
    api_key: str | None = None
    cors_origins: list[str] = Field(default_factory=list)
    # The claim store (service/store): sqlite:///claims.db (relative; four slashes for an absolute path)
    # or postgresql://user@host/db. None: no store, and requests that would store get 409.
    store_url: str | None = None


    @field_validator("claims_model", "institution_encoder", "institution_reader", mode="before")
    @classmethod
    def _off_means_none(cls, value):
        if isinstance(value, str) and value.strip().lower() in {"", "none", "off", "rules"}:
            return None
        return value


@lru_cache
def get_settings() -> Settings:
    return Settings()
