"""factcheck: check whether news articles about the same event agree with each other."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.corpus import Article, Corpus, load_corpus

if TYPE_CHECKING:
    from factcheck.extract import corpus_claims, extract_claims

__all__ = [
    "Article",
    "Corpus",
    "check",
    "corpus_claims",
    "extract_claims",
    "load_corpus",
    "load_rules",
    "render_json",
    "render_markdown",
]
__version__ = "0.1.0"

# The extractors, engine, rules and report are imported on first use: `import factcheck`
# alone should not pay for them (nor for pandas: the pytest plugin imports this package in
# every pytest run where factcheck is installed).
_LAZY = {
    "corpus_claims": "factcheck.extract",
    "extract_claims": "factcheck.extract",
    "check": "factcheck.engine",
    "load_rules": "factcheck.rules",
    "render_markdown": "factcheck.report",
    "render_json": "factcheck.report",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
