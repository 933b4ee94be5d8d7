"""Domain errors; the HTTP layer maps each to one status code and one error envelope."""

from __future__ import annotations


class WirecheckError(Exception):
    """Base of every error a user can cause; ``code`` is stable, ``status`` is the HTTP status."""

    code = "wirecheck_error"
    status = 400

    def __init__(self, message: str, details: dict | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class EmptyText(WirecheckError):
    code = "empty_text"
    status = 422


class TextTooLong(WirecheckError):
    code = "text_too_long"
    status = 413


class UnknownOption(WirecheckError):
    code = "unknown_option"
    status = 422


class UnknownBackendOption(WirecheckError):
    """The request names a backend the registry does not know."""

    code = "unknown_backend"
    status = 422


class BackendOptionUnavailable(WirecheckError):
    """The request names a backend that cannot load here (missing package or path)."""

    code = "backend_unavailable"
    status = 422


class ModelUnavailable(WirecheckError):
    code = "model_unavailable"
    status = 503


class AnalysisCancelled(WirecheckError):
    """The request's deadline passed and the analysis stopped at a check (service/cancel.py). Its client already
    has the limiter's 504 in the same envelope; this one is only sent if nothing answered first."""

    code = "timeout"
    status = 504
