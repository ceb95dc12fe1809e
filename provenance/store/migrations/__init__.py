"""Alembic revisions of the store's schema (``env.py`` and ``versions/``); see ``store.migrate``."""
