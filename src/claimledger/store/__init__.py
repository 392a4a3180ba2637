"""The ledger on disk (SQLite, or PostgreSQL by URL): schema and migrations, the dialect of each
database, and the typed queries readers ask of it."""

from __future__ import annotations

from claimledger.store.dialect import is_postgres_url, redacted
from claimledger.store.ledger import Ledger
from claimledger.store.queries import GroupFilters

__all__ = ["GroupFilters", "Ledger", "is_postgres_url", "redacted"]
