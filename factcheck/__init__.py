"""factcheck: check whether news articles about the same event agree with each other."""

from __future__ import annotations

from factcheck.extract import extract_claims

__all__ = ["extract_claims"]
__version__ = "0.1.0"
