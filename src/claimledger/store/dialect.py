"""What differs between SQLite and PostgreSQL: connecting, placeholders, the writer lock and the
errors each raises. The SQL itself is written once, with ``?`` parameters.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimledger.errors import LedgerError

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


WRITER_LOCK = 7_031_992  # the PostgreSQL advisory lock every writing transaction takes


def is_postgres_url(target: str) -> bool:
    return target.startswith(POSTGRES_SCHEMES)


class Sql:
    """The connection as the ledger uses it: ``?`` parameters, ``execute`` returning a cursor."""

    def __init__(self, conn: Any, postgres: bool) -> None:
        self.raw = conn
        self.postgres = postgres

    def _text(self, sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s") if self.postgres else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.raw.execute(self._text(sql), params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.postgres:
            with self.raw.cursor() as cur:
                cur.executemany(self._text(sql), rows)
        else:
            self.raw.executemany(sql, rows)


def open_sqlite(path: str, read_only: bool, timeout: float) -> Sql:
    if Path(path).exists() and not Path(path).is_file():  # /dev/full: SQLite would leave /dev/full-journal
        raise LedgerError(path, "not a regular file; a SQLite ledger is a file (or give a postgresql:// URL)")
    if read_only:
        if not Path(path).exists():
            raise LedgerError(path, "no such ledger; build one with `claimledger build PATHS --db FILE`")
        conn = _open_read_only(path, timeout)
    else:
        _refuse_if_read_only(path)
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        _switch_to_wal(conn, timeout)
        conn.execute("PRAGMA synchronous = NORMAL")
    return Sql(conn, postgres=False)


def _open_read_only(path: str, timeout: float) -> sqlite3.Connection:
    """A read-only connection; on read-only media, where SQLite cannot make the files WAL mode
    reads through, the file opened as immutable (nothing can change it there)."""
    # the path quoted into the URI: "proj#v2.db" would otherwise open "proj", and "%41" fail
    uri = Path(path).absolute().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.OperationalError:
        if _writable(Path(path).absolute().parent):
            raise
        conn.close()
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=timeout, isolation_level=None,
                               check_same_thread=False)
    return conn


def _refuse_if_read_only(path: str) -> None:
    """Say plainly that a ledger cannot be written where it is, before SQLite says "unable to open"."""
    file = Path(path).absolute()
    if file.exists() and not _writable(file):
        raise LedgerError(path, "is read-only (a read-only file system or no write permission): it can be "
                                "exported, reported and served, not built into")
    if not file.exists() and file.parent.is_dir() and not _writable(file.parent):
        raise LedgerError(path, f"cannot be created: the folder {file.parent} is read-only")
    if file.exists() and not _writable(file.parent):
        raise LedgerError(path, f"cannot be written: its folder {file.parent} is read-only (SQLite writes its "
                                "journal beside the ledger)")


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _switch_to_wal(conn: sqlite3.Connection, timeout: float) -> None:
    """WAL mode, waiting for a concurrent writer: SQLite answers this pragma "locked" at once
    instead of calling the busy handler, as two builds creating one ledger together found."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def open_postgres(url: str, read_only: bool, timeout: float) -> Sql:
    try:
        import psycopg
    except ImportError:
        raise LedgerError(redacted(url), "PostgreSQL ledgers need psycopg: pip install 'claimledger[postgres]'") from None
    conn = psycopg.connect(url, autocommit=True, connect_timeout=max(1, int(timeout)))
    if read_only:
        conn.execute("SET default_transaction_read_only = on")
    conn.execute(f"SET lock_timeout = {int(timeout * 1000)}")
    return Sql(conn, postgres=True)


def database_errors() -> tuple[type[Exception], ...]:
    errors: list[type[Exception]] = [sqlite3.Error]
    try:
        import psycopg

        errors.append(psycopg.Error)
    except ImportError:
        pass
    return tuple(errors)


def redacted(url: str) -> str:
    """A ledger location fit for messages: a PostgreSQL URL loses its password."""
    if not is_postgres_url(url):
        return url
    head, _, rest = url.partition("://")
    if "@" not in rest:
        return url
    credentials, _, host = rest.rpartition("@")
    return f"{head}://{credentials.split(':', 1)[0]}@{host}"
