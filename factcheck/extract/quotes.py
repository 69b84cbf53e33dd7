"""Quotations, with the speaker where the sentence names one."""

from __future__ import annotations
