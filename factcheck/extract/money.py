"""Amounts of money with currency (ISO 4217) and scale, and amounts stated in two currencies."""

from __future__ import annotations
