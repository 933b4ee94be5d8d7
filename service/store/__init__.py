"""The claim store: persisted claims, their matches across articles, and fact-checks."""
