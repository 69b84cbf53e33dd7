"""Counts of things with the counted noun (310 seats, a 465-member house, thousands of soldiers)."""

from __future__ import annotations
