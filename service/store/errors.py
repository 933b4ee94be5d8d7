"""The claim store's errors; each is a WirecheckError, so HTTP answers with the project's error envelope."""

from __future__ import annotations

from service.errors import WirecheckError


class StoreNotConfigured(WirecheckError):
    """A request asked to store or query claims, but no store URL is set."""

    code = "store_not_configured"
    status = 409


class BadStoreUrl(WirecheckError):
    code = "bad_store_url"
    status = 422


class StoreEncoderMismatch(WirecheckError):
    """The store's vectors come from another encoder; mixing them would make every similarity meaningless."""

    code = "store_encoder_mismatch"
    status = 409


class StoreTooNew(WirecheckError):
    """The store was migrated by a newer wirecheck than this one."""

    code = "store_too_new"
    status = 409


class EmbedderMissing(WirecheckError):
    """Storing or searching by text needs the embedder, and none is loaded."""

    code = "embedder_unavailable"
    status = 503


class ClaimNotFound(WirecheckError):
    code = "claim_not_found"
    status = 404


class ArticleNotFound(WirecheckError):
    code = "article_not_found"
    status = 404


class InvalidReviews(WirecheckError):
    """An upload that holds no readable ClaimReview."""

    code = "invalid_reviews"
    status = 422
