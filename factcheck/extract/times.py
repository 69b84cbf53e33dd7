"""Clock times (12:30 a.m., 15:00 GMT), alone or with a day, resolved against the reference date."""

from __future__ import annotations
