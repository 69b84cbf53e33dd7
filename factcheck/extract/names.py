"""Names of places, people and organisations: capitalised spans plus rule vocabularies."""

from __future__ import annotations
