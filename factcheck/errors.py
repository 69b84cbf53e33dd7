"""The few user-facing error classes: things the user must fix, reported as one line."""

from __future__ import annotations


class FactcheckError(Exception):
    """Something the user must fix. The CLI prints `str(err)` on one line and exits 2.

    ``path`` and ``line`` say where; ``line`` is 1-based. The message itself never
    contains a newline, so it fits on one line of a terminal or a CI log.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.message = " ".join(message.split())
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"{where}{self.message}"


class CorpusError(FactcheckError):
    """A corpus or one of its articles cannot be read (missing, empty, binary, bad front matter)."""


class RuleFileError(FactcheckError):
    """A rule or vocabulary file under rules/ is malformed."""


class ConfigError(FactcheckError):
    """A command-line option or setting is invalid."""


class ReviewFileError(FactcheckError):
    """The review file cannot be read or written."""
