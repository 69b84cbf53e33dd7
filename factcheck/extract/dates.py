"""Dates: absolute, relative and named periods, resolved to intervals against the reference date."""

from __future__ import annotations
