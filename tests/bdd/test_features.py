"""Bind every scenario of the living specs in ``features/`` (steps: ``conftest.py``)."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios(
    "validate.feature",
    "dates.feature",
    "chain.feature",
    "cli.feature",
    "export.feature",
    "quotes.feature",
    "configuration.feature",
)
