"""The ledger store on SQLite and on a real PostgreSQL server: idempotent reruns,
all-or-nothing documents, kill -9 and resume, concurrent builds, refusing ledgers it cannot
trust. Tests that take ``ledger_target`` run once per backend."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimledger.errors import LedgerError, SchemaTooNewError
from claimledger.run.build import build
from claimledger.settings import Settings
from claimledger.store.ledger import Ledger

from .conftest import SEEDS, export_of, needs_shared, run_cli

TOWNS = ["Alba", "Brest", "Corva", "Dunmore", "Elst", "Farro", "Gallin", "Hove"]


def write_corpus(folder: Path, n: int) -> Path:
    """N short articles with figures and dates, each distinct."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        (folder / f"story_{i:03d}.txt").write_text(
            f"Flood in {town}, report {i}\n\n"
            f"{town}, {1 + i % 27} March 2024 (Wire): At least {10 + i} people were killed and {100 + 3 * i} were "
            f"injured when the river rose on 3 March 2024, officials said.\n\n"
            f"About {2000 + 10 * i} residents were evacuated. The dam was built in {1950 + i % 30}.\n"
            + "Rescue teams from the region worked through the night in the lower town. " * 5 + "\n",
            encoding="utf-8",
        )
    return folder


def table_rows(db: Path | str) -> dict[str, list[tuple[object, ...]]]:
    out = {}
    with Ledger.open(str(db), read_only=True) as ledger:
        for table in ("documents", "debris", "claims", "claim_groups", "group_claims", "reuse_pairs", "rejects"):
            cols = "*" if table != "rejects" else "path, location, code, message, raw_sha256"
            if table == "documents":
                cols = "id, content_hash, path, title, published, text, notices"
            out[table] = sorted((tuple(r) for r in ledger.sql.execute(f"SELECT {cols} FROM {table}")), key=repr)
    return out


def documents_in(db: Path | str) -> int:
    """Documents stored so far, by a reader that never creates or migrates the ledger."""
    if isinstance(db, Path) and not db.exists():
        return 0
    try:
        with Ledger.open(str(db), read_only=True, timeout=5) as ledger:
            return int(ledger.sql.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except LedgerError:
        return 0


def test_second_build_writes_nothing_new(tmp_path: Path, ledger_target: str) -> None:
    corpus = write_corpus(tmp_path / "c", 6)
    db = ledger_target
    first = build([str(corpus)], str(db), Settings(use_parser=False))
    before = table_rows(db)
    second = build([str(corpus)], str(db), Settings(use_parser=False))
    assert (first.documents_new, second.documents_new) == (6, 0)
    assert table_rows(db) == before
    with Ledger.open(str(db), read_only=True) as ledger:
        assert ledger.integrity_ok()
        runs = [tuple(r) for r in ledger.sql.execute("SELECT status, documents_new FROM runs ORDER BY id")]
    assert runs == [("completed", 6), ("completed", 0)]


def test_documents_and_claims_stream_in_pages_as_they_load_whole(tmp_path: Path, ledger_target: str) -> None:
    """The cross-document stages read the ledger in pages; every page must add up to the whole."""
    build([str(write_corpus(tmp_path / "c", 23))], ledger_target, Settings(use_parser=False))
    with Ledger.open(ledger_target, read_only=True) as ledger:
        whole = ledger.documents()
        assert ledger.document_count() == len(whole) == 23
        assert [d.id for d in whole] == sorted(d.id for d in whole)
        assert list(ledger.iter_documents(batch=5)) == whole
        wanted = [whole[20].id, whole[3].id, whole[3].id, whole[11].id]
        assert list(ledger.iter_documents(wanted, batch=2)) == [whole[3], whole[11], whole[20]]
        assert list(ledger.iter_documents([])) == []
        claims = ledger.claims()
        assert len({c.doc for c in claims}) >= 10
        assert [(c.doc, c.span.start, c.id) for c in claims] == sorted((c.doc, c.span.start, c.id) for c in claims)
        assert list(ledger.iter_claims(batch=3)) == claims


@needs_shared
def test_seeds_rebuild_same_ids_and_counts(tmp_path: Path, seeds_ledger: Path) -> None:
    before = table_rows(seeds_ledger)
    result = run_cli("build", str(SEEDS), "--db", str(seeds_ledger), "-q")
    assert result.exit_code == 0
    assert "0 new" in result.output
    assert table_rows(seeds_ledger) == before


def test_schema_newer_than_the_code_is_refused(tmp_path: Path, ledger_target: str) -> None:
    db = ledger_target
    with Ledger.open(str(db)) as ledger:
        ledger.sql.execute("INSERT INTO schema_migrations (name, applied_at) VALUES ('9999_future', 'x')")
    with pytest.raises(SchemaTooNewError):
        Ledger.open(str(db))
    corpus = write_corpus(tmp_path / "c", 1)
    result = run_cli("build", str(corpus), "--db", str(db))
    assert result.exit_code == 3
    assert str(db).split("@")[-1] in result.output and "newer claimledger" in result.output
    assert documents_in(db) == 0


def test_a_ledger_from_before_changed_from_is_migrated_and_keeps_its_claims(tmp_path: Path, ledger_target: str) -> None:
    corpus = write_corpus(tmp_path / "c", 2)
    build([str(corpus)], ledger_target, Settings(use_parser=False))
    with Ledger.open(ledger_target) as ledger, ledger.transaction() as conn:  # as 0001_initial left it
        conn.execute("ALTER TABLE claims DROP COLUMN changed_from")
        conn.execute("DELETE FROM schema_migrations WHERE name = '0002_changed_from'")
        old_claims = sorted(tuple(r) for r in conn.execute("SELECT id, value, unit FROM claims WHERE kind != 'attribution'"))
    news = tmp_path / "news"
    news.mkdir()
    (news / "fuel.txt").write_text("Fuel\n\nFuel prices rose from $1.50 a litre to $1.80 a litre, officials said. "
                                   "Diesel rose to $2.10 a litre from $1.90 a litre.\n")  # the later value first
    result = build([str(corpus), str(news)], ledger_target, Settings(use_parser=False))
    assert result.documents_new == 1
    export = export_of(ledger_target)
    claims = export["claims"]
    assert isinstance(claims, list)
    changes = {1.5: 1.8, 1.9: 2.1}
    assert sorted((c["id"], json.dumps(c["value"]), c["unit"]) for c in claims
                  if c["value"] not in {*changes, *changes.values()} and c["kind"] != "attribution") == old_claims
    for was, now in changes.items():
        [earlier] = [c for c in claims if c["value"] == was]
        [later] = [c for c in claims if c["value"] == now]
        assert (later["changed_from"], earlier["changed_from"]) == (earlier["id"], None)


def test_corrupt_ledger_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    db.write_bytes(b"this is not a database" * 100)
    before = db.read_bytes()
    corpus = write_corpus(tmp_path / "c", 1)
    result = run_cli("build", str(corpus), "--db", str(db))
    assert result.exit_code == 3
    assert "not a usable ledger" in result.output
    assert db.read_bytes() == before


@pytest.mark.parametrize("target", ["/dev/full", "/dev/null"])
def test_a_ledger_path_that_is_not_a_regular_file_exits_3_and_writes_nothing_beside_it(tmp_path: Path,
                                                                                       target: str) -> None:
    """--db /dev/full ended in "cannot rollback - no transaction is active" and left /dev/full-journal."""
    corpus = write_corpus(tmp_path / "c", 1)
    before = set(os.listdir(Path(target).parent))
    result = run_cli("build", str(corpus), "--db", target, "--workers", "0")
    assert result.exit_code == 3 and "not a regular file" in result.output and "Traceback" not in result.output
    assert set(os.listdir(Path(target).parent)) == before


def test_unwritable_ledger_location_exits_3(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 1)
    result = run_cli("build", str(corpus), "--db", str(tmp_path / "no" / "such" / "dir" / "l.db"))
    assert result.exit_code == 3
    assert "l.db" in result.output


def test_unreachable_postgresql_server_exits_3_without_its_password() -> None:
    url = "postgresql://reader:s3cret@127.0.0.1:9/ledger"  # port 9: nothing listens there
    result = run_cli("build", str(Path(__file__).parent), "--db", url)
    assert result.exit_code == 3
    assert "127.0.0.1:9/ledger" in result.output
    assert "s3cret" not in result.output


@needs_shared
def test_postgresql_and_sqlite_ledgers_export_the_same(tmp_path: Path, postgres_url: str) -> None:
    sqlite_db = tmp_path / "seeds.db"
    for target in (str(sqlite_db), postgres_url):
        assert run_cli("build", str(SEEDS), "--db", target, "-q").exit_code == 0
    assert export_of(postgres_url) == export_of(sqlite_db)
    assert table_rows(postgres_url) == table_rows(sqlite_db)


def test_nul_characters_are_cleaned_counted_and_stored_on_both_backends(tmp_path: Path, ledger_target: str) -> None:
    """PostgreSQL refuses NUL in text; ingest removes it from the text and the metadata, and counts it."""
    source = tmp_path / "wire.jsonl"
    source.write_text(json.dumps({"title": "Dam\u0000 report", "published": "2024-03-05",
                                  "text": "About 40\u0000 people were evacuated on 4 March 2024, officials said."}) + "\n",
                      encoding="utf-8")
    assert run_cli("build", str(source), "--db", ledger_target, "-q", "--workers", "0").exit_code == 0
    with Ledger.open(ledger_target, read_only=True) as ledger:
        [document] = ledger.documents()
    assert "\x00" not in document.text and document.title == "Dam report"
    assert dict(document.cleaned_chars)["nul"] == 2


@pytest.mark.parametrize("name", ["proj#v2.db", "a%41b.db", "with space?.db", "semi;colon&amp.db"])
def test_a_ledger_path_with_uri_characters_opens_that_ledger_read_only(tmp_path: Path, name: str) -> None:
    db = tmp_path / name
    with Ledger.open(str(db)) as ledger:
        ledger.replace_derived([], [], name)  # a mark only this ledger holds
    with Ledger.open(str(db), read_only=True) as ledger:
        assert ledger.state("derived_from") == name
    assert all(p.name.startswith(name) for p in tmp_path.iterdir())  # no stray ledger ("proj") made beside it


def test_a_reject_goes_once_its_file_reads_in_a_later_run(tmp_path: Path, ledger_target: str) -> None:
    from claimledger import build

    article = tmp_path / "a.txt"
    article.write_bytes(b"")  # empty: rejected
    build([str(article)], ledger_target, workers=0)
    with Ledger.open(ledger_target, read_only=True) as ledger:
        assert [r.code for r in ledger.rejects()] == ["E002"]
    article.write_text("Some 40 people died in Orvale.", encoding="utf-8")
    build([str(article), str(article)], ledger_target, workers=0)  # named twice: read once
    with Ledger.open(ledger_target, read_only=True) as ledger:
        assert ledger.rejects() == [] and len(ledger.documents()) == 1


STORY = {
    "a": ("2024-03-02", "At least 14 people were killed in the Orlen quarry collapse, officials said on Saturday."),
    "b": ("2024-03-03", "The death toll in the Orlen quarry collapse rose to 23, and 40 workers were injured."),
    "c": ("2024-03-04", "Rescuers in Orlen said 9 miners were still missing after the quarry collapse."),
    "d": ("2024-03-04", "The Orlen quarry had employed 310 people since it opened in 1994."),
    "e": ("2024-03-05", "In Orlen, 31 people lost their lives in the quarry collapse, officials said."),
}


def _write_story(path: Path, articles: dict[str, tuple[str, str]]) -> None:
    import json

    path.write_text("".join(json.dumps({"id": k, "published": d, "outlet": k, "text": t}) + "\n"
                            for k, (d, t) in articles.items()), encoding="utf-8")


def test_a_sixth_report_leaves_every_group_id_of_the_five_in_place(tmp_path: Path, ledger_target: str) -> None:
    from claimledger import build

    _write_story(tmp_path / "five.jsonl", STORY)
    build([str(tmp_path / "five.jsonl")], ledger_target, workers=0)
    with Ledger.open(ledger_target, read_only=True) as ledger:
        before = {g.id: set(g.claims) for g in ledger.groups()}
    _write_story(tmp_path / "six.jsonl", {"f": ("2024-03-08", "The Orlen quarry collapse has killed 33 people, "
                                                             "and 9 miners remain missing, officials said.")})
    build([str(tmp_path / "six.jsonl")], ledger_target, workers=0)
    with Ledger.open(ledger_target, read_only=True) as ledger:
        after = {g.id: set(g.claims) for g in ledger.groups()}
    assert set(before) <= set(after)  # every id of the five still names a group
    assert all(before[gid] <= after[gid] for gid in before)  # the same group, perhaps with the sixth's claims
    assert any(after[gid] - before[gid] for gid in before)  # the sixth joined at least one of them


def test_a_group_merged_into_another_still_answers_to_its_former_id(tmp_path: Path, ledger_target: str) -> None:
    from dataclasses import replace

    from claimledger import build

    _write_story(tmp_path / "five.jsonl", STORY)
    build([str(tmp_path / "five.jsonl")], ledger_target, workers=0)
    with Ledger.open(ledger_target) as ledger:
        groups = sorted(ledger.groups(), key=lambda g: g.id)
        kept, merged = groups[0], groups[1]
        rest = groups[2:]
        ledger.replace_derived([replace(kept, claims=kept.claims + merged.claims), *rest], [], "merged")
        assert ledger.group(merged.id).id == kept.id  # type: ignore[union-attr]
        ledger.replace_derived([replace(kept, id="g-renamed", claims=kept.claims + merged.claims), *rest], [], "again")
        assert ledger.group(merged.id).id == ledger.group(kept.id).id == "g-renamed"  # type: ignore[union-attr]


def test_groups_derived_from_an_older_state_never_overwrite_a_newer_one(tmp_path: Path, ledger_target: str) -> None:
    from claimledger import Settings, build

    made_by = Settings().derive_fingerprint()
    _write_story(tmp_path / "a.jsonl", {"a": STORY["a"], "b": STORY["b"]})
    build([str(tmp_path / "a.jsonl")], ledger_target, workers=0)
    with Ledger.open(ledger_target) as paused:  # a build paused in its cross-document stage
        stale = paused.fingerprint(made_by)
        _write_story(tmp_path / "e.jsonl", {"e": STORY["e"]})
        build([str(tmp_path / "e.jsonl")], ledger_target, workers=0)  # another build adds and derives
        current = {g.id: g.claims for g in paused.groups()}
        assert paused.replace_derived([], [], stale, made_by) is False
        assert {g.id: g.claims for g in paused.groups()} == current and current
        assert sum(len(c) for c in current.values()) >= 3


WIRE = ("The explosion at the Tessel chemical plant on Tuesday killed 14 workers and injured dozens more, "
        "according to the regional emergency service, which said rescue teams were still searching the "
        "collapsed storage hall late into the night while residents of nearby streets were told to keep "
        "their windows closed because of smoke drifting over the river valley from the burning site.")


def _wire_records(path: Path) -> None:
    import json

    path.write_text("".join(json.dumps({"id": o, "outlet": o, "url": f"https://{o.split()[0].lower()}.example/tessel",
                                        "published": "2024-05-02", "text": WIRE}) + "\n"
                            for o in ("Valley Times", "Harbour Daily", "Courier Post")), encoding="utf-8")


def test_a_wire_story_run_by_three_outlets_keeps_three_appearances_and_one_origin(tmp_path: Path,
                                                                                   ledger_target: str) -> None:
    from claimledger import build

    _wire_records(tmp_path / "wire.jsonl")
    first = build([str(tmp_path / "wire.jsonl")], ledger_target, workers=0)
    again = build([str(tmp_path / "wire.jsonl")], ledger_target, workers=0)
    with Ledger.open(ledger_target, read_only=True) as ledger:
        documents = ledger.documents()
        claims = {c.id: c for c in ledger.claims()}
        [group] = [g for g in ledger.groups() if any(claims[c].value == 14 for c in g.claims)]
    assert (first.documents_new, again.documents_new) == (3, 0)
    assert sorted(d.outlet or "" for d in documents) == ["Courier Post", "Harbour Daily", "Valley Times"]
    assert group.independent_origins == 1


def test_a_ledger_of_text_keyed_documents_gains_nothing_from_a_rerun(tmp_path: Path) -> None:
    """Ledgers built before appearances were kept apart keyed a record by its bytes alone."""
    import hashlib

    from claimledger import build

    _wire_records(tmp_path / "wire.jsonl")
    db = str(tmp_path / "old.db")
    build([str(tmp_path / "wire.jsonl")], db, workers=0)
    with Ledger.open(db) as ledger, ledger.transaction() as conn:
        [(keep,)] = conn.execute("SELECT id FROM documents WHERE outlet = 'Valley Times'").fetchall()
        for table in ("group_claims", "claim_groups", "reuse_pairs"):
            conn.execute(f"DELETE FROM {table}")
        for table in ("claims", "debris"):
            conn.execute(f"DELETE FROM {table} WHERE document_id <> ?", (keep,))
        conn.execute("DELETE FROM documents WHERE id <> ?", (keep,))
        conn.execute("UPDATE documents SET content_hash = ?", (hashlib.sha256(WIRE.encode()).hexdigest(),))
    rerun = build([str(tmp_path / "wire.jsonl")], db, workers=0)
    assert rerun.documents_new == 2  # the two other outlets' appearances, not the one it holds


def test_the_query_time_limit_stops_one_long_statement_not_many_short_ones(tmp_path: Path) -> None:
    """The web app's limit is per statement: a streamed export reads page after page for longer
    than the limit in all, and each short query must still run; a runaway one is stopped."""
    import sqlite3
    import time

    db = str(tmp_path / "l.db")
    Ledger.open(db).close()
    with Ledger.open(db, read_only=True) as ledger:
        ledger.limit_query_time(100)
        for _ in range(8):
            busy_until = time.thread_time() + 0.02  # work of this thread between queries, as rendering is
            while time.thread_time() < busy_until:
                pass
            assert ledger.sql.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
                                      " SELECT COUNT(*) FROM (SELECT x FROM n LIMIT 20000)").fetchone() == (20000,)
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            ledger.sql.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
                               " SELECT COUNT(*) FROM (SELECT x FROM n LIMIT 300000000)").fetchone()


def test_a_ledger_with_damaged_pages_is_refused_not_built_on(tmp_path: Path) -> None:
    """A build on a ledger whose pages were damaged said "completed" and went on writing."""
    import sqlite3

    db = tmp_path / "l.db"
    assert run_cli("build", str(write_corpus(tmp_path / "c", 10)), "--db", str(db), "-q", "--workers", "0").exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    with open(db, "r+b") as raw:
        for page in range(3, pages, 4):
            raw.seek(4096 * (page - 1) + 20)
            raw.write(b"\xde\xad\xbe\xef" * 100)
    before = db.read_bytes()
    result = run_cli("build", str(write_corpus(tmp_path / "d", 12)), "--db", str(db), "-q", "--workers", "0")
    assert result.exit_code == 3 and "the ledger file is damaged" in result.output and str(db) in result.output
    assert db.read_bytes() == before


def test_a_change_to_the_grouping_code_derives_the_groups_again(tmp_path: Path) -> None:
    """The same files built again after an upgrade that changed grouping kept the old groups (the
    fingerprint named the documents and the version only): a copy of the package whose grouping
    code differs by one line has another fingerprint, and a ledger derived by it is derived again."""
    import shutil
    import subprocess
    import sys

    import claimledger

    copy = tmp_path / "pkg"
    shutil.copytree(Path(claimledger.__file__).parent, copy / "claimledger",
                    ignore=shutil.ignore_patterns("__pycache__"))
    with (copy / "claimledger" / "grouping" / "verdicts.py").open("a", encoding="utf-8") as changed:
        changed.write("\n# an upgrade\n")
    probe = "from claimledger.settings import Settings; print(Settings().derive_fingerprint())"
    fingerprints = [subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                                   env={**os.environ, "PYTHONPATH": str(root)}).stdout.strip()
                    for root in (Path(claimledger.__file__).parents[1], copy)]
    assert fingerprints[0] and fingerprints[1] and fingerprints[0] != fingerprints[1]
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Flood\n\nAt least 40 people were killed on Monday, officials said.\n")
    db = tmp_path / "l.db"
    assert run_cli("build", str(corpus), "--db", str(db), "-q", "--workers", "0").exit_code == 0
    with Ledger.open(str(db)) as ledger:
        now = ledger.state("derived_from")
        with ledger.transaction() as conn:  # as the upgraded code's own derive would have left it
            conn.execute("UPDATE ledger_state SET value = ? WHERE key = 'derived_from'", ("by-other-code",))
    assert run_cli("build", str(corpus), "--db", str(db), "-q", "--workers", "0").exit_code == 0
    with Ledger.open(str(db), read_only=True) as ledger:
        assert ledger.state("derived_from") == now


def test_documents_read_by_other_code_or_settings_are_read_again(tmp_path: Path, ledger_target: str) -> None:
    """A ledger built before an upgrade kept the claims the old code read, since a rerun skipped
    every stored document: a document read under another extract fingerprint (here, without the
    parse) is read again, its claims replaced, and the ledger ends as a fresh build would."""
    corpus = write_corpus(tmp_path / "c", 4)
    db = ledger_target
    first = build([str(corpus)], db, Settings(use_parser=False))
    again = build([str(corpus)], db, Settings())
    fresh = build([str(corpus)], str(tmp_path / "fresh.db"), Settings())
    assert (first.documents_new, again.documents_new, again.documents_reread, fresh.documents_new) == (4, 0, 4, 4)
    upgraded, rebuilt = export_of(db), export_of(tmp_path / "fresh.db")
    assert [c["what"] for c in upgraded["claims"]] == [c["what"] for c in rebuilt["claims"]]  # type: ignore[index, union-attr]
    assert any(c["what"] for c in upgraded["claims"])  # type: ignore[union-attr, index]
    assert upgraded["claims"] == rebuilt["claims"] and upgraded["groups"] == rebuilt["groups"]
    third = build([str(corpus)], db, Settings())
    assert third.documents_new == 0 and export_of(db)["claims"] == upgraded["claims"]
    with Ledger.open(db, read_only=True) as ledger:
        assert ledger.integrity_ok()
        assert {row[0] for row in ledger.sql.execute("SELECT extracted_with FROM documents")} == {
            Settings().extract_fingerprint()}


def test_a_change_to_the_claims_code_or_its_word_lists_changes_the_extract_fingerprint(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    import claimledger

    probe = "from claimledger.settings import Settings; print(Settings().extract_fingerprint())"
    roots = [Path(claimledger.__file__).parents[1]]
    for i, changed in enumerate(("claims/measures.py", "lexicon/speech_verbs.txt")):
        copy = tmp_path / f"pkg{i}"
        shutil.copytree(Path(claimledger.__file__).parent, copy / "claimledger",
                        ignore=shutil.ignore_patterns("__pycache__"))
        with (copy / "claimledger" / changed).open("a", encoding="utf-8") as upgrade:
            upgrade.write("\n# an upgrade\n")
        roots.append(copy)
    fingerprints = [subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                                   env={**os.environ, "PYTHONPATH": str(root)}).stdout.strip() for root in roots]
    assert all(fingerprints) and len(set(fingerprints)) == 3
