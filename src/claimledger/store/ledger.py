"""The ledger on disk: SQLite by default, with named migrations, one transaction per
document keyed by content hash, and the cross-document tables rebuilt atomically.

Tables and columns are named for what they hold, with foreign keys, so the file is
useful in Datasette or sqlite-utils as it is. A ``postgresql://`` URL opens the same schema
on PostgreSQL for teams (``dialect``).
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from claimledger.errors import LedgerError, SchemaTooNewError
from claimledger.model import (
    Claim,
    Debris,
    Document,
    DocumentResult,
    Group,
    LanguageRun,
    OriginMembers,
    Passage,
    RawSource,
    Reject,
    ReusePair,
    Span,
)
from claimledger.store.dialect import (
    WRITER_LOCK,
    Sql,
    database_errors,
    is_postgres_url,
    open_postgres,
    open_sqlite,
    redacted,
)
from claimledger.store.queries import FACETS, GROUP_ORDERS, GroupFilters, matching_group_ids
from claimledger.store.schema import KNOWN_MIGRATIONS, LEDGER_TABLES, MIGRATIONS
from claimledger.version import __version__


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# The columns of a claim's row, in the order _claim_row writes them and _claim_of reads them.
CLAIM_COLUMNS = ("id", "document_id", "kind", "start_char", "end_char", "evidence", "value", "unit", "approx", "what",
                 "what_key", "speaker", "attributed_to", "part_of", "members", "via", "notes", "changed_from",
                 "measure", "counted", "event", "source_start", "source_end", "content_start", "content_end", "period",
                 "place")
_CLAIM_SELECT = f"SELECT {', '.join(CLAIM_COLUMNS)} FROM claims"
_SET_STATE = "INSERT INTO ledger_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
VERDICTS_IN_READING_ORDER = ("conflict", "evolving", "agree", "single")
_READING_ORDER = ("CASE verdict " + " ".join(f"WHEN '{v}' THEN {n}" for n, v in enumerate(VERDICTS_IN_READING_ORDER))
                  + " ELSE 9 END")


@dataclass
class Ledger:
    """A connection to one ledger (SQLite file or PostgreSQL database), for writing or read-only."""

    path: str
    sql: Sql
    read_only: bool

    @property
    def postgres(self) -> bool:
        return self.sql.postgres

    @classmethod
    def open(cls, target: str, read_only: bool = False, timeout: float = 30.0) -> Ledger:
        """Open (creating and migrating when writable) the ledger at ``target``, a path or a URL."""
        shown = redacted(target) if is_postgres_url(target) else target
        try:
            sql = open_postgres(target, read_only, timeout) if is_postgres_url(target) else \
                open_sqlite(target, read_only, timeout)
            ledger = cls(shown, sql, read_only)
            if not read_only:  # before anything is read from it or added to it
                ledger.refuse_if_damaged()
            ledger._check_schema()
            return ledger
        except database_errors() as err:
            if "malformed" in str(err):  # pages damaged where SQLite reads before any check of ours
                raise LedgerError(shown, f"the ledger file is damaged ({err}); restore a copy or build a new ledger "
                                         "from the same files") from None
            raise LedgerError(shown, f"not a usable ledger: {err}") from None

    @property
    def conn(self) -> Any:
        """The driver's own connection (sqlite3 or psycopg)."""
        return self.sql.raw

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Sql]:
        """One write transaction, holding the single writer lock from its start.

        SQLite takes it with BEGIN IMMEDIATE; PostgreSQL with a transaction-scoped advisory
        lock, so that concurrent builds serialise the same way on both.
        """
        try:
            self.sql.execute("BEGIN" if self.postgres else "BEGIN IMMEDIATE")
            if self.postgres:
                self.sql.execute("SELECT pg_advisory_xact_lock(?)", (WRITER_LOCK,))
        except database_errors() as err:
            if self.postgres:
                self.sql.execute("ROLLBACK")
            raise LedgerError(self.path, f"cannot take the write lock: {err}") from None
        try:
            yield self.sql
        except database_errors() as err:  # a disk full or an I/O error inside the transaction
            self._roll_back()
            raise LedgerError(self.path, f"write failed, nothing of this source kept: {err}") from None
        except BaseException:
            self._roll_back()
            raise
        else:
            try:
                self.sql.execute("COMMIT")
            except database_errors() as err:
                self._roll_back()
                raise LedgerError(self.path, f"commit failed, nothing of this source kept: {err}") from None

    def _roll_back(self) -> None:
        """Roll back the open transaction; SQLite has already rolled back one that a full disk
        or an I/O error ended, and a second ROLLBACK would hide the cause."""
        if self.postgres or self.conn.in_transaction:
            self.sql.execute("ROLLBACK")

    @contextmanager
    def snapshot(self) -> Iterator[Sql]:
        """Several reads that see one state of the ledger, even while a build commits."""
        self.sql.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" if self.postgres else "BEGIN")
        try:
            yield self.sql
        finally:
            self.sql.execute("COMMIT")

    # -- schema ---------------------------------------------------------------------------
    def _applied_migrations(self) -> set[str]:
        catalogue = ("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()"
                     " AND table_name = 'schema_migrations'") if self.postgres else \
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'"
        if not self.sql.execute(catalogue).fetchone():
            return set()
        return {row[0] for row in self.sql.execute("SELECT name FROM schema_migrations")}

    def _check_schema(self) -> None:
        applied = self._applied_migrations()
        newer = applied - KNOWN_MIGRATIONS
        if newer:
            raise SchemaTooNewError(self.path, f"written by a newer claimledger (migrations {sorted(newer)}); upgrade claimledger")
        if applied >= KNOWN_MIGRATIONS:
            return
        if self.read_only:
            raise LedgerError(self.path, "ledger schema is older than this claimledger; run a build to migrate it")
        with self.transaction() as conn:
            applied = self._applied_migrations()  # another writer may have migrated meanwhile
            conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            for name, sql in MIGRATIONS:
                if name in applied:
                    continue
                types = {"serial": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "float": "DOUBLE PRECISION"} \
                    if self.postgres else {"serial": "INTEGER PRIMARY KEY", "float": "REAL"}
                for statement in sql.replace("{serial}", types["serial"]).replace("{float}", types["float"]).split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)", (name, _now()))

    def integrity_ok(self) -> bool:
        """SQLite's own integrity and foreign-key checks; PostgreSQL enforces both as it writes."""
        if self.postgres:
            return True
        return bool(self.sql.execute("PRAGMA integrity_check").fetchone()[0] == "ok") and not self.sql.execute(
            "PRAGMA foreign_key_check").fetchall()

    def refuse_if_damaged(self) -> None:
        """Refuse to add to a SQLite ledger whose pages are damaged: a build that went on would
        say "completed" over a ledger that has lost rows. PostgreSQL checks its pages as it reads."""
        if self.postgres:
            return
        problems = [r[0] for r in self.sql.execute("PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            raise LedgerError(self.path, "the ledger file is damaged (" + "; ".join(problems)[:200] + "); restore a "
                                         "copy or build a new ledger from the same files")

    # -- runs -----------------------------------------------------------------------------
    def start_run(self, inputs: list[str], settings: dict[str, object]) -> int:
        """Record a build as running; the runs of this machine left 'running' by a process that
        is gone (killed) are marked 'interrupted'."""
        with self.transaction() as conn:
            host = socket.gethostname()
            for run_id, process in conn.execute("SELECT id, process FROM runs WHERE status = 'running'").fetchall():
                where, _, pid = (process or "").rpartition(":")
                if where == host and pid.isdigit() and not _alive(int(pid)):
                    conn.execute("UPDATE runs SET status = 'interrupted' WHERE id = ?", (run_id,))
            row = conn.execute(
                "INSERT INTO runs (started_at, status, claimledger_version, inputs, settings, process)"
                " VALUES (?, 'running', ?, ?, ?, ?) RETURNING id",
                (_now(), __version__, _json(inputs), _json(settings), f"{host}:{os.getpid()}")).fetchone()
            return int(row[0])

    def finish_run(self, run_id: int, status: str, read: int, new: int, rejected: int) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, documents_read = ?, documents_new = ?, rejected = ? WHERE id = ?",
                (_now(), status, read, new, rejected, run_id))

    # -- documents ------------------------------------------------------------------------
    def read_with(self, document_id: str) -> str | None:
        """What read a stored document (its extract fingerprint; "" for a ledger from before they
        were kept), or None where the document is not stored."""
        row = self.sql.execute("SELECT extracted_with FROM documents WHERE id = ?", (document_id,)).fetchone()
        return None if row is None else str(row[0] or "")

    def knows(self, source: RawSource, extracted_with: str | None = None) -> bool:
        """Whether this source is stored: by its appearance, or, in a ledger from before
        appearances were kept apart, by its bytes with the same URL and outlet. With
        ``extracted_with``, only where it was read by that code and those settings: a document
        read by an earlier version is read again."""
        same = "" if extracted_with is None else " AND extracted_with = ?"
        args: tuple[str, ...] = () if extracted_with is None else (extracted_with,)
        if self.sql.execute(f"SELECT 1 FROM documents WHERE content_hash = ?{same}",
                            (source.content_hash, *args)).fetchone() is not None:
            return True
        _, url, outlet = source.legacy_key.split("|", 2)
        return self.sql.execute(f"SELECT 1 FROM documents WHERE content_hash = ? AND COALESCE(url, '') = ?"
                                f" AND COALESCE(outlet, '') = ?{same}", (source.data_hash, url, outlet, *args)
                                ).fetchone() is not None

    def source_keys(self, extracted_with: str | None = None) -> frozenset[str]:
        """Every key ``RawSource.known_in`` looks for: each document's hash, and its hash with its
        URL and outlet (for documents of ledgers from before appearances were kept apart); with
        ``extracted_with``, of the documents read by that code and those settings only."""
        keys: set[str] = set()
        for content_hash, url, outlet, read_with in self.sql.execute(
                "SELECT content_hash, url, outlet, extracted_with FROM documents"):
            if extracted_with is None or read_with == extracted_with:
                keys.add(content_hash)
                keys.add(f"{content_hash}|{url or ''}|{outlet or ''}")
        return frozenset(keys)

    def content_hashes(self) -> frozenset[str]:
        """The content hash of every stored document, for engines that skip known sources in bulk."""
        return frozenset(row[0] for row in self.sql.execute("SELECT content_hash FROM documents"))

    def add_result(self, result: DocumentResult, run_id: int | None, source: tuple[str, str] | None = None,
                   extracted_with: str | None = None) -> bool:
        """Store one document with its debris and claims in one transaction; False if already there.
        The rejects of an earlier run for the same ``source`` (path, location) go: it reads now. A
        document stored under another ``extracted_with`` (read by an earlier version) is replaced,
        its claims with it, so that the ledger holds what the code reads now."""
        d = result.document
        with self.transaction() as conn:
            if source is not None:
                conn.execute("DELETE FROM rejects WHERE path = ? AND location = ?", source)
            if extracted_with is not None:
                self._forget_if_read_otherwise(conn, d.id, extracted_with)
            inserted = conn.execute(
                "INSERT INTO documents (id, content_hash, path, url, title, outlet, author, published, published_inferred,"
                " published_at, language, voice, format, encoding, text, other_languages, removed_characters, notices,"
                " run_id, extracted_with, story)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
                (d.id, d.content_hash, d.path, d.url, d.title, d.outlet, d.author, d.published, d.published_inferred,
                 d.published_at, d.language, d.voice, d.fmt, d.encoding, d.text,
                 _json([[r.span.start, r.span.end, r.language] for r in d.other_languages]),
                 _json(dict(d.cleaned_chars)), _json(list(d.notices)), run_id, extracted_with, d.story)).fetchone()
            if inserted is None:
                return False
            conn.executemany(
                "INSERT INTO debris (document_id, line_no, text, reason) VALUES (?, ?, ?, ?)",
                [(d.id, x.line_no, x.text, x.reason) for x in d.debris])
            conn.executemany(
                f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})"
                " ON CONFLICT DO NOTHING",
                [_claim_row(c) for c in _referenced_first(result.claims)])
        return True

    @staticmethod
    def _forget_if_read_otherwise(conn: Sql, document_id: str, extracted_with: str) -> None:
        """Remove a stored document that other code or settings read, with its claims, debris and
        the links of its claims to groups (the groups are derived again at the end of the build)."""
        row = conn.execute("SELECT extracted_with FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None or row[0] == extracted_with:
            return
        conn.execute("DELETE FROM group_claims WHERE claim_id IN (SELECT id FROM claims WHERE document_id = ?)",
                     (document_id,))
        mine = "(SELECT id FROM claims WHERE document_id = ?)"
        conn.execute(f"UPDATE claims SET part_of = NULL WHERE part_of IN {mine}", (document_id,))
        conn.execute(f"UPDATE claims SET changed_from = NULL WHERE changed_from IN {mine}", (document_id,))
        conn.execute("DELETE FROM claims WHERE document_id = ?", (document_id,))
        conn.execute("DELETE FROM debris WHERE document_id = ?", (document_id,))
        conn.execute("DELETE FROM reuse_pairs WHERE document_a = ? OR document_b = ?", (document_id, document_id))
        conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))

    def add_reject(self, reject: Reject, run_id: int | None) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO rejects (path, location, code, message, raw_sha256, run_id) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (reject.path, reject.location, reject.code, reject.message, reject.raw_sha256 or "", run_id))

    # -- cross-document tables ------------------------------------------------------------
    def state(self, key: str) -> str | None:
        row = self.sql.execute("SELECT value FROM ledger_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_state(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute(_SET_STATE, (key, value))

    def replace_derived(self, groups: Iterable[Group], reuse: Iterable[ReusePair], fingerprint: str,
                        made_by: str | None = None, inferred: dict[str, str] | None = None) -> bool:
        """Swap in new groups and reuse pairs, all or nothing, and note what they were built from.
        With ``made_by``, only while the ledger still holds what they were derived from (False, and
        nothing written, when another build added a document since)."""
        with self.transaction() as conn:
            if made_by is not None and self.fingerprint(made_by) != fingerprint:
                return False
            groups = list(groups)
            self._alias_retired_groups(conn, groups)
            conn.execute("DELETE FROM group_claims")
            conn.execute("DELETE FROM claim_groups")
            conn.execute("DELETE FROM reuse_pairs")
            conn.executemany(
                "INSERT INTO claim_groups (id, kind, what, verdict, independent_origins, origins, notes, made_by,"
                " origin_members, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(g.id, g.kind, g.what, g.verdict, g.independent_origins, _json(list(g.origins)), _json(list(g.notes)),
                  __version__, _json([[o.name, list(o.documents), list(o.why)] for o in g.origin_members]), g.event)
                 for g in groups])
            conn.executemany("INSERT INTO group_claims (group_id, claim_id) VALUES (?, ?)",
                             [(g.id, c) for g in groups for c in g.claims])
            conn.executemany(
                "INSERT INTO reuse_pairs (document_a, document_b, score, passages) VALUES (?, ?, ?, ?)",
                [(r.a, r.b, r.score, _json([[p.a_start, p.a_end, p.b_start, p.b_end, p.kind] for p in r.passages]))
                 for r in reuse])
            conn.executemany("UPDATE documents SET published_inferred = ? WHERE id = ? AND published IS NULL",
                             [(year, doc_id) for doc_id, year in (inferred or {}).items()])
            conn.execute(_SET_STATE, ("derived_from", fingerprint))
        return True

    @staticmethod
    def _alias_retired_groups(conn: Any, groups: list[Group]) -> None:
        """Point each group id the new groups retire, and each alias that pointed to one, at the new
        group holding most of its claims."""
        kept = {g.id for g in groups}
        group_of = {c: g.id for g in groups for c in g.claims}
        votes: dict[str, Counter[str]] = {}
        for old_id, claim_id in conn.execute("SELECT group_id, claim_id FROM group_claims"):
            if old_id not in kept and claim_id in group_of:
                votes.setdefault(old_id, Counter())[group_of[claim_id]] += 1
        successor = {old: counted.most_common(1)[0][0] for old, counted in votes.items()}
        aliases = list(conn.execute("SELECT old_id, new_id FROM group_aliases"))
        for old_id, new_id in aliases:
            if new_id not in kept and new_id in successor:
                successor[old_id] = successor[new_id]
        conn.executemany("INSERT INTO group_aliases (old_id, new_id) VALUES (?, ?)"
                         " ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id", sorted(successor.items()))
        conn.executemany("DELETE FROM group_aliases WHERE old_id = ?",  # an id in use again is no alias
                         [(old_id,) for old_id, _ in aliases if old_id in kept])

    def fingerprint(self, made_by: str = "") -> str:
        """A digest of the documents the ledger holds and of ``made_by`` (the code's version and the
        settings that change derived tables), to know when groups and reuse pairs are stale."""
        import hashlib

        digest = hashlib.sha256(made_by.encode())
        for doc_id, read_with in self.sql.execute("SELECT id, extracted_with FROM documents ORDER BY id"):
            digest.update(f"{doc_id}:{read_with or ''}".encode())
        return digest.hexdigest()

    # -- reading --------------------------------------------------------------------------
    def documents(self) -> list[Document]:
        return list(self.iter_documents())

    def headings(self) -> dict[str, Heading]:
        """How each document is cited and dated, by id, without the texts: what a list or a
        filter of documents shows."""
        return {r[0]: Heading(*r[1:]) for r in self.sql.execute(
            "SELECT id, path, outlet, title, published, published_inferred, published_at, voice FROM documents ORDER BY id")}

    def document_page(self, offset: int, limit: int) -> list[Document]:
        """``limit`` documents from ``offset`` in order of publication (undated last), then id."""
        ids = [r[0] for r in self.sql.execute(
            "SELECT id FROM documents ORDER BY COALESCE(published, published_inferred, '9999'), id LIMIT ? OFFSET ?",
            [int(limit), int(offset)])]
        found = {d.id: d for d in self.iter_documents(ids)}
        return [found[i] for i in ids]

    def document_count(self) -> int:
        return int(self.sql.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.sql.execute("SELECT id FROM documents ORDER BY id")]

    def iter_documents(self, ids: Iterable[str] | None = None, batch: int = 500) -> Iterator[Document]:
        """Documents in id order (all, or those of ``ids``), read ``batch`` at a time, so that a
        cross-document stage can go through a corpus of any size in bounded memory."""
        if ids is not None:
            wanted = sorted(set(ids))
            for start in range(0, len(wanted), batch):
                chunk = wanted[start : start + batch]
                yield from self._documents_where(f"id IN ({','.join('?' * len(chunk))})", chunk)
            return
        after = ""
        while True:  # keyset pages: no cursor stays open between pages
            page = self._documents_where("id > ?", [after], limit=batch)
            if not page:
                return
            yield from page
            after = page[-1].id

    def _documents_where(self, condition: str, params: Sequence[Any], limit: int | None = None) -> list[Document]:
        rows = self.sql.execute(
            "SELECT id, path, text, content_hash, format, encoding, url, title, outlet, author, published,"
            " published_inferred, language, voice, other_languages, removed_characters, notices, published_at, story FROM documents"
            f" WHERE {condition} ORDER BY id" + (f" LIMIT {int(limit)}" if limit else ""), params).fetchall()
        if not rows:
            return []
        debris_of: dict[str, list[Debris]] = defaultdict(list)  # one query per page, not one per document
        ids = [r[0] for r in rows]
        for doc_id, n, t, why in self.sql.execute(
                f"SELECT document_id, line_no, text, reason FROM debris WHERE document_id IN ({','.join('?' * len(ids))})"
                " ORDER BY document_id, line_no", ids):
            debris_of[doc_id].append(Debris(n, t, why))
        return [Document(
            id=r[0], path=r[1], text=r[2], content_hash=r[3], fmt=r[4], encoding=r[5], url=r[6], title=r[7],
            outlet=r[8], author=r[9], published=r[10], published_inferred=r[11], language=r[12], voice=r[13],
            debris=tuple(debris_of.get(r[0], ())),
            other_languages=tuple(LanguageRun(Span(a, b), lang) for a, b, lang in json.loads(r[14])),
            cleaned_chars=tuple(sorted(json.loads(r[15]).items())), notices=tuple(json.loads(r[16])), published_at=r[17],
            story=r[18])
            for r in rows]

    def claims(self) -> list[Claim]:
        return list(self.iter_claims())

    def iter_claims(self, batch: int = 500) -> Iterator[Claim]:
        """Claims in (document, position, id) order, the claims of ``batch`` documents at a
        time, so that grouping can go through a ledger of any size in bounded memory."""
        after, previous = "", None
        while True:  # keyset pages over the documents that have claims
            ids = [r[0] for r in self.sql.execute(
                "SELECT DISTINCT document_id FROM claims WHERE document_id > ? ORDER BY document_id LIMIT ?",
                [after, batch])]
            if not ids:
                return
            for r in self.sql.execute(
                    f"{_CLAIM_SELECT}"
                    " WHERE document_id >= ? AND document_id <= ? ORDER BY document_id, start_char, id",
                    [ids[0], ids[-1]]).fetchall():
                previous = _claim_of(r, previous)
                yield previous
            after = ids[-1]

    def groups(self, filters: GroupFilters | None = None) -> list[Group]:
        """Groups in id order: all of them, or those matching ``filters``."""
        if filters is None or filters.is_empty():
            return self._groups_where(None, [])
        sql, params = matching_group_ids(filters)
        return self._groups_where(f"id IN ({sql})", params)

    def group_page(self, filters: GroupFilters | None, offset: int, limit: int,
                   order: str = "reading") -> tuple[int, list[Group]]:
        """How many groups match ``filters``, and ``limit`` of them from ``offset`` in ``order`` (one of
        ``GROUP_ORDERS``), ties in reading order (conflicts, then evolving figures, agreements and single
        claims; larger groups first): a page reads only the groups it shows."""
        condition, params = _group_condition(filters)
        total = int(self.sql.execute(f"SELECT COUNT(*) FROM claim_groups WHERE {condition}", params).fetchone()[0])
        by_code_point = ' COLLATE "C"' if self.postgres else ""  # as Python sorts strings
        ids = [r[0] for r in self.sql.execute(
            f"SELECT id FROM claim_groups WHERE {condition} ORDER BY {GROUP_ORDERS[order]}{_READING_ORDER},"
            " (SELECT COUNT(*) FROM group_claims gc WHERE gc.group_id = claim_groups.id) DESC,"
            f" what{by_code_point}, id{by_code_point} LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])]
        found = {g.id: g for g in self._groups_where(f"id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
        return total, [found[i] for i in ids]

    def facet_counts(self, filters: GroupFilters) -> dict[str, dict[str, int]]:
        """For each facet (verdict, kind, event), how many groups each of its values would give with
        the other filters kept: one query for all; a ledger of one event has no event values."""
        condition, params = _group_condition(replace(filters, **dict.fromkeys(FACETS, "")))
        counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
        for row in self.sql.execute(
                f"SELECT {', '.join(FACETS)}, COUNT(*) FROM claim_groups WHERE {condition} GROUP BY {', '.join(FACETS)}",
                params):
            values, n = dict(zip(FACETS, ("" if v is None else str(v) for v in row[:-1]), strict=True)), int(row[-1])
            for facet in FACETS:
                if values[facet] and all(not getattr(filters, other) or values[other] == getattr(filters, other)
                                         for other in FACETS if other != facet):
                    counts[facet][values[facet]] = counts[facet].get(values[facet], 0) + n
        return counts

    def iter_groups(self, batch: int = 500) -> Iterator[Group]:
        """Groups in id order, ``batch`` at a time: an export of any size in bounded memory."""
        after = ""
        while True:  # keyset pages, as iter_documents
            page = self._groups_where("id IN (SELECT id FROM claim_groups WHERE id > ? ORDER BY id LIMIT ?)",
                                      [after, batch])
            if not page:
                return
            yield from page
            after = page[-1].id

    def claims_with_ids(self, claim_ids: Iterable[str]) -> list[Claim]:
        """The claims of the given ids, in (document, position) order: what one group's page shows."""
        wanted = sorted(set(claim_ids))
        rows = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows += self.sql.execute(f"{_CLAIM_SELECT} WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        rows.sort(key=lambda r: (r[1], r[3], r[0]))  # document, start, id
        claims: list[Claim] = []
        previous: Claim | None = None
        for r in rows:
            previous = _claim_of(r, previous)
            claims.append(previous)
        return claims

    def group_of_claim(self, claim_id: str) -> str | None:
        """The id of the group a claim is in, or None."""
        row = self.sql.execute("SELECT group_id FROM group_claims WHERE claim_id = ?", [claim_id]).fetchone()
        return str(row[0]) if row else None

    def groups_of_claims(self, claim_ids: Sequence[str]) -> dict[str, str]:
        """The group of each of the given claims that is in one."""
        found: dict[str, str] = {}
        for start in range(0, len(claim_ids), 500):
            chunk = list(claim_ids[start:start + 500])
            found.update((str(c), str(g)) for c, g in self.sql.execute(
                f"SELECT claim_id, group_id FROM group_claims WHERE claim_id IN ({', '.join('?' * len(chunk))})", chunk))
        return found

    def group(self, group_id: str) -> Group | None:
        """One group by its id, or by an id it had before a merge or split; None when neither."""
        found = self._groups_where("id = ?", [group_id])
        if found:
            return found[0]
        alias = self.sql.execute("SELECT new_id FROM group_aliases WHERE old_id = ?", (group_id,)).fetchone()
        found = self._groups_where("id = ?", [alias[0]]) if alias else []
        return found[0] if found else None

    def _groups_where(self, condition: str | None, params: Sequence[Any]) -> list[Group]:
        """The groups whose row meets ``condition`` (all when None), with their claims."""
        where = f" WHERE {condition}" if condition else ""
        members: dict[str, list[str]] = {}
        for gid, cid in self.sql.execute(
                "SELECT group_id, claim_id FROM group_claims"
                + (f" WHERE group_id IN (SELECT id FROM claim_groups{where})" if condition else "")
                + " ORDER BY group_id, claim_id", params):
            members.setdefault(gid, []).append(cid)
        return [Group(r[0], r[1], r[2], tuple(members.get(r[0], ())), r[3], r[4], tuple(json.loads(r[5])),
                      tuple(json.loads(r[6])),
                      tuple(OriginMembers(n, tuple(d), tuple(w)) for n, d, w in json.loads(r[7] or "[]")), r[8])
                for r in self.sql.execute(
                    "SELECT id, kind, what, verdict, independent_origins, origins, notes, origin_members, event"
                    f" FROM claim_groups{where} ORDER BY id", params)]

    def document(self, document_id: str) -> Document | None:
        """One document by its id, or None."""
        found = self._documents_where("id = ?", [document_id])
        return found[0] if found else None

    def members_of(self, group_ids: Sequence[str]) -> tuple[dict[str, list[Claim]], dict[str, Heading]]:
        """The claims of the given groups, and how their documents are cited and dated, without
        their texts: what a list of groups needs to give each one's answer."""
        members: dict[str, list[Claim]] = {g: [] for g in group_ids}
        docs: dict[str, Heading] = {}
        for chunk in (list(group_ids)[i:i + 500] for i in range(0, len(group_ids), 500)):
            marks = ", ".join("?" * len(chunk))
            rows = self.sql.execute(
                f"SELECT gc.group_id, {', '.join('c.' + col for col in CLAIM_COLUMNS)} FROM group_claims gc"
                f" JOIN claims c ON c.id = gc.claim_id WHERE gc.group_id IN ({marks})", chunk).fetchall()
            for row in rows:
                members[row[0]].append(_claim_of(row[1:]))
            wanted = sorted({c.doc for claims in members.values() for c in claims} - set(docs))
            for start in range(0, len(wanted), 500):
                part = wanted[start:start + 500]
                for r in self.sql.execute("SELECT id, path, outlet, title, published, published_inferred, published_at,"
                                          f" voice FROM documents WHERE id IN ({', '.join('?' * len(part))})", part):
                    docs[r[0]] = Heading(*r[1:])
        return members, docs

    def claims_of(self, document_id: str) -> list[Claim]:
        """The claims of one document, in text order."""
        previous: Claim | None = None
        claims = []
        for r in self.sql.execute(f"{_CLAIM_SELECT} WHERE document_id = ? ORDER BY start_char, id", [document_id]):
            previous = _claim_of(r, previous)
            claims.append(previous)
        return claims

    def limit_query_time(self, milliseconds: int) -> None:
        """Stop any later query of this connection that runs longer than ``milliseconds``."""
        if self.postgres:
            self.sql.execute(f"SET statement_timeout = {int(milliseconds)}")
            return
        limit, started = milliseconds / 1000, [time.thread_time()]
        # each statement's clock starts when SQLite starts it, so a page read in many short queries
        # (a streamed export) is not stopped for their sum; and it counts this thread's own time, so
        # a query is not stopped because other requests had the processor
        self.conn.set_trace_callback(lambda _statement: started.__setitem__(0, time.thread_time()))
        self.conn.set_progress_handler(lambda: int(time.thread_time() - started[0] > limit), 10_000)

    def reuse_pairs(self) -> list[ReusePair]:
        return [_reuse_pair_of(row) for row in self.sql.execute(
            "SELECT document_a, document_b, score, passages FROM reuse_pairs ORDER BY document_a, document_b")]

    def reuse_page(self, offset: int, limit: int) -> tuple[int, list[ReusePair]]:
        """How many pairs of documents share text, and ``limit`` of them from ``offset``, the most
        shared first: a page reads only the pairs it shows."""
        total = int(self.sql.execute("SELECT COUNT(*) FROM reuse_pairs").fetchone()[0])
        rows = self.sql.execute(
            "SELECT document_a, document_b, score, passages FROM reuse_pairs ORDER BY score DESC, document_a, document_b"
            " LIMIT ? OFFSET ?", [int(limit), int(offset)])
        return total, [_reuse_pair_of(row) for row in rows]

    def reuse_pair(self, a: str, b: str) -> ReusePair | None:
        """The text two documents share, whichever order they are named in."""
        row = self.sql.execute(
            "SELECT document_a, document_b, score, passages FROM reuse_pairs WHERE (document_a = ? AND document_b = ?)"
            " OR (document_a = ? AND document_b = ?)", [a, b, b, a]).fetchone()
        return _reuse_pair_of(row) if row else None

    def rejects(self) -> list[Reject]:
        return [Reject(*r) for r in self.sql.execute(
            "SELECT path, location, code, message, raw_sha256 FROM rejects ORDER BY path, location, code")]

    def counts(self) -> dict[str, int]:
        return {t: int(self.sql.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in LEDGER_TABLES}


def _group_condition(filters: GroupFilters | None) -> tuple[str, list[str]]:
    if filters is None or filters.is_empty():
        return "1 = 1", []
    sql, params = matching_group_ids(filters)
    return f"id IN ({sql})", params


def _referenced_first(claims: Iterable[Claim]) -> list[Claim]:
    """Each claim after those its ``part_of`` and ``changed_from`` name (a whole before its
    parts, an earlier value before the change from it), so every reference names a row
    already inserted."""
    pending = list(claims)
    ids = {c.id for c in pending}
    out: list[Claim] = []
    placed: set[str] = set()
    while pending:
        waiting = []
        for claim in pending:
            if {r for r in (claim.part_of, claim.changed_from) if r in ids} <= placed:
                out.append(claim)
                placed.add(claim.id)
            else:
                waiting.append(claim)
        if len(waiting) == len(pending):  # a cycle no extraction makes; the insert will say so
            return out + waiting
        pending = waiting
    return out


@dataclass(frozen=True, slots=True)
class Heading:
    """How a document is cited and dated, without its text (model.Cited)."""

    path: str
    outlet: str | None
    title: str | None
    published: str | None
    published_inferred: str | None
    published_at: str | None = None
    voice: str | None = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _claim_row(c: Claim) -> tuple[Any, ...]:
    value = list(c.value) if isinstance(c.value, tuple) else c.value
    return (c.id, c.doc, c.kind, c.span.start, c.span.end, c.evidence, _json(value), c.unit, c.approx, c.what,
            c.what_key, c.speaker, c.attributed_to, c.part_of, _json(list(c.members)), _json(list(c.via)),
            _json(list(c.notes)), c.changed_from, c.measure, c.counted, c.event, *_ends(c.source_span),
            *_ends(c.content_span), c.period, c.place)


def _ends(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _span_of(start: int | None, end: int | None) -> Span | None:
    return Span(start, end) if start is not None and end is not None else None


def _shared(word: Any) -> Any:
    """One object for each word of a small vocabulary (a claim's kind, unit, approximation)."""
    return sys.intern(word) if isinstance(word, str) else word


def _claim_of(r: tuple[Any, ...], previous: Claim | None = None) -> Claim:
    """A claim from its row; claims of one sentence share their document id and evidence with
    the claim before them, and the small vocabularies (kind, unit, approx) are interned: the
    claims of 10k generated documents took 11.3 MiB instead of 16.4."""
    value = json.loads(r[6]) if r[6] is not None else None
    if isinstance(value, list):
        value = tuple(value)
    doc, evidence = r[1], r[5]
    if previous is not None and previous.doc == doc:
        doc = previous.doc
        evidence = previous.evidence if previous.evidence == evidence else evidence
    return Claim(id=r[0], doc=doc, kind=_shared(r[2]), span=Span(r[3], r[4]), evidence=evidence, value=value,
                 unit=_shared(r[7]), approx=_shared(r[8]), what=r[9], what_key=r[10],
                 speaker=r[11], attributed_to=r[12], part_of=r[13], changed_from=r[17],
                 measure=_shared(r[18]), counted=_shared(r[19]), event=r[20],
                 members=_strings(r[14]), via=_strings(r[15]), notes=_strings(r[16]),
                 source_span=_span_of(r[21], r[22]), content_span=_span_of(r[23], r[24]), period=r[25],
                 place=r[26])


def _reuse_pair_of(row: Sequence[Any]) -> ReusePair:
    """A reuse pair from its row (document_a, document_b, score, passages as JSON)."""
    return ReusePair(row[0], row[1], row[2], tuple(Passage(*p) for p in json.loads(row[3])))


def _strings(stored: str) -> tuple[str, ...]:
    """A stored JSON list of strings; most are empty, and a page of groups reads thousands."""
    return () if stored == "[]" else tuple(json.loads(stored))
