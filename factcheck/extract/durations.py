"""Durations (71 years, one week), with their unit."""

from __future__ import annotations
