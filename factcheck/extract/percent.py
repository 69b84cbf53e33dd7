"""Percentages and percentage points."""

from __future__ import annotations
