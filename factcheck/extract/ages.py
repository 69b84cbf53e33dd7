"""Ages of people (Takaichi, 64; a 64-year-old)."""

from __future__ import annotations
