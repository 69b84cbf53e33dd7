"""Plain numbers: digits, number words, fractions, ranges and qualifiers; shared number parsing."""

from __future__ import annotations
