"""The command line: help everywhere, exact exit codes, the export contract, the demo."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from claimledger.cli import main

from .conftest import GOLD, SEEDS, SHARED, export_of, needs_shared, run_cli
from .test_ingest import RUSSIAN, make_warc, page

COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.exit_code == 0
    cmd = main.commands[command]
    assert isinstance(cmd, click.Command) and cmd.help and len(cmd.help) > 40
    assert "Example" in result.output


def test_usage_error_exits_2(tmp_path: Path) -> None:
    assert run_cli("build", "--db", str(tmp_path / "x.db")).exit_code == 2
    assert run_cli("export", "--db", str(tmp_path / "x.db"), "--format", "xml").exit_code == 2
    assert run_cli("no-such-command").exit_code == 2


def test_export_of_missing_ledger_exits_3(tmp_path: Path) -> None:
    result = run_cli("export", "--db", str(tmp_path / "absent.db"))
    assert result.exit_code == 3
    assert "absent.db" in result.output


def test_bad_inputs_folder_finishes_with_rejects_and_keeps_good_documents(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    data = make_warc(folder / "crawl.warc.gz", [page(1), page(2), page(3)])
    (folder / "crawl.warc.gz").write_bytes(data[:-120])
    (folder / "broken-utf8.txt").write_bytes(
        b"Hello world, this is \xff\xfe\x80 text \xc3\x28 with \x9d\x8f broken bytes \xe2\x82 everywhere \xf0\x28\x8c\x28.")
    (folder / "russian.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "ok", "text": "Some 40 people were evacuated from the town on Monday."}) + "\n{not json}\n",
        encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "good.txt").write_text("About 12 people were injured in the storm, officials said on Monday.\n")
    db = tmp_path / "l.db"
    result = run_cli("build", str(folder), "--db", str(db), "-q")
    assert result.exit_code == 1
    assert "completed with 4 rejected" in result.output
    assert "5 documents read" in result.output
    export = export_of(db)
    texts = {Path(d["path"].split("#")[0]).name + ("#" if "#" in d["path"] else ""): d for d in export["documents"]}
    assert RUSSIAN in [d["text"] for d in export["documents"]]
    assert [d["encoding"] for d in export["documents"] if d["text"] == RUSSIAN] == ["cp1251"]
    assert len([d for d in export["documents"] if "crawl.warc.gz" in d["path"]]) == 2
    assert "good.txt" in texts
    reasons = sorted((Path(r["path"]).name, r["code"]) for r in export["rejects"])
    assert reasons == [("broken-utf8.txt", "E003"), ("crawl.warc.gz", "E006"), ("empty.txt", "E002"),
                       ("feed.jsonl", "E004")]
    line = [r for r in export["rejects"] if r["code"] == "E004"][0]
    assert line["location"] == "line 2"


def test_a_ledger_kept_in_the_folder_it_is_built_from_is_no_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("About 12 people were injured in the storm, officials said on Monday.\n")
    db = tmp_path / "ledger.db"
    first = run_cli("build", str(tmp_path), "--db", str(db), "-q")
    again = run_cli("build", str(tmp_path), "--db", str(db), "-q")
    assert (first.exit_code, again.exit_code) == (0, 0), again.output
    assert export_of(db)["rejects"] == []
    assert [Path(d["path"]).name for d in export_of(db)["documents"]] == ["a.txt"]


def test_extract_from_stdin_uses_the_given_ids() -> None:
    lines = "".join(json.dumps({"id": f"s{i}", "text": t}) + "\n" for i, t in enumerate(
        ["Some 40 people died and 12 were injured.", "Prices rose 3.5 percent in May 2023.", "No figures here."]))
    result = run_cli("extract", "-", input=lines)
    assert result.exit_code == 0
    claims = [json.loads(x) for x in result.output.splitlines()]
    assert [(c["doc"], c["kind"], c["value"]) for c in claims] == [
        ("s0", "quantity", 40), ("s0", "quantity", 12), ("s1", "quantity", 3.5), ("s1", "date", "2023-05")]
    assert claims[0]["approx"] == "about" and claims[2]["unit"] == "percent"


def test_extract_from_stdin_rejects_a_record_python_cannot_read_and_goes_on() -> None:
    lines = ('{"id": "c", "text": "Some 41 people died.", "n": ' + "9" * 5000 + "}\n"
             + json.dumps({"id": "d", "text": "Some 42 people died."}) + "\n")
    result = run_cli("extract", "-", input=lines)
    assert result.exit_code == 1
    assert "<stdin> line 1: E004" in result.output
    assert [json.loads(x)["doc"] for x in result.output.splitlines() if x.startswith("{")] == ["d"]


def test_extract_with_standard_input_closed_reads_nothing_and_exits_0() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "claimledger", "extract", "-"], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120)
    closed = subprocess.run(f'"{sys.executable}" -m claimledger extract - <&-', shell=True, executable="/bin/bash",
                            capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout) == (0, "") and (closed.returncode, closed.stdout) == (0, "")
    assert "Traceback" not in done.stderr + closed.stderr


def test_extract_files(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Officials said 1,275 people were taken hostage on 26 February 1992.\n")
    result = run_cli("extract", str(path))
    claims = [json.loads(x) for x in result.output.splitlines()]
    assert [(c["kind"], c["value"]) for c in claims] == [("attribution", None), ("quantity", 1275), ("date", "1992-02-26")]
    said = claims[0]
    text = path.read_text()
    assert text[said["start"]:said["end"]] == "said" and text[slice(*said["source"])] == "Officials"
    assert "1,275 people were taken hostage" in text[slice(*said["content"])] and said["members"] == [c["id"] for c in claims[1:]]


def test_export_json_has_every_contract_field(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Flood report\n\nMore than 40 people were killed on 3 March 2024, the ministry said.\n")
    db = tmp_path / "l.db"
    assert run_cli("build", str(path), "--db", str(db), "-q", "--workers", "0").exit_code == 0
    export = export_of(db)
    assert set(export) >= {"documents", "claims", "groups", "reuse"}
    doc = export["documents"][0]
    assert set(doc) >= {"id", "path", "url", "title", "outlet", "author", "published", "published_inferred",
                        "language", "text"}
    claim = export["claims"][0]
    assert set(claim) >= {"id", "doc", "kind", "start", "end", "evidence", "value", "unit", "approx", "what",
                          "speaker", "attributed_to", "part_of", "changed_from"}
    assert doc["text"][claim["start"]:claim["end"]] == "More than 40"
    assert claim["evidence"] == "More than 40 people were killed on 3 March 2024, the ministry said."


@pytest.mark.parametrize("figure", ["9" * 5000, "1" + ",000" * 400, "1" + "0" * 400 + " billion"])
def test_a_figure_beyond_any_float_is_no_claim_and_the_export_stays_json(tmp_path: Path, figure: str) -> None:
    """A 5000-digit figure became Infinity, and the JSON export was no longer JSON."""
    path = tmp_path / "a.txt"
    path.write_text(f"Flood report\n\nAbout {figure} people died, and 40 were hurt, officials said.\n")
    db = tmp_path / "l.db"
    assert run_cli("build", str(path), "--db", str(db), "-q", "--workers", "0").exit_code == 0
    result = run_cli("export", "--db", str(db), "--format", "json")

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in the export")

    export = json.loads(result.output, parse_constant=refuse)
    assert [c["value"] for c in export["claims"] if c["kind"] == "quantity"] == [40]


def _csv_rows(tmp_path: Path, text: str) -> list[dict[str, str]]:
    """The rows of the CSV export of a ledger built from one text file holding ``text``."""
    import csv

    path = tmp_path / "a.txt"
    path.write_text(text)
    db = tmp_path / "l.db"
    run_cli("build", str(path), "--db", str(db), "-q", "--workers", "0")
    out = tmp_path / "c.csv"
    assert run_cli("export", "--db", str(db), "--format", "csv", "-o", str(out)).exit_code == 0
    return list(csv.DictReader(io.StringIO(out.read_text())))


def test_export_csv(tmp_path: Path) -> None:
    rows = _csv_rows(tmp_path, "About 40 people were killed on 3 March 2024.\n")
    assert [(r["kind"], r["text"], r["value"]) for r in rows] == [("quantity", "About 40", "40"),
                                                                  ("date", "3 March 2024", "2024-03-03")]


def test_export_csv_writes_article_text_that_opens_as_a_formula_as_text(tmp_path: Path) -> None:
    rows = _csv_rows(tmp_path, "=HYPERLINK(\"http://x.example\") About 40 people were killed on 3 March 2024.\n")
    assert rows and all(r["evidence"].startswith("'=HYPERLINK") for r in rows)
    assert [r["text"] for r in rows] == ["About 40", "3 March 2024"]


def test_demo_builds_the_shipped_corpus(tmp_path: Path) -> None:
    result = run_cli("demo", "-o", str(tmp_path / "demo"))
    assert result.exit_code == 0
    assert f"ledger: {tmp_path / 'demo' / 'demo.db'}" in result.output
    export = json.loads((tmp_path / "demo" / "demo.json").read_text())
    formats = {d["format"] for d in export["documents"]}
    assert formats == {"txt", "html"}
    assert any("warc.gz#" in d["path"] for d in export["documents"])
    assert any(d["path"].endswith(".jsonl#line-1") for d in export["documents"])
    assert [r["code"] for r in export["rejects"]] == ["E004"]
    assert any(x["reason"] == "cookie-notice" for d in export["documents"] for x in d["debris"])
    values = {c["value"] for c in export["claims"] if c["kind"] == "quantity" and not isinstance(c["value"], list)}
    assert {42, 48, 57, 61} <= values
    verdicts = {g["verdict"] for g in export["groups"]}
    assert {"agree", "conflict", "evolving", "single"} <= verdicts
    assert export["reuse"], "the blog repost copies the ministry statement"


@needs_shared
def test_seeds_score_against_the_gold(seeds_ledger: Path, tmp_path: Path) -> None:
    export = tmp_path / "e.json"
    export.write_text(json.dumps(export_of(seeds_ledger)))
    scorer = SHARED / "tools" / "score_ledger.py"
    result = subprocess.run([sys.executable, str(scorer), str(export), str(GOLD), "--json"],
                            capture_output=True, text=True, check=True)
    metrics = json.loads(result.stdout)
    for name in ("documents_found", "published_accuracy", "noise_removed", "trap_precision",
                 "published_inferred_accuracy"):
        assert metrics[name] == 1.0, name
    assert metrics["claim_recall"] >= 0.95


@needs_shared
def test_seeds_build_from_a_process_exits_0(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "claimledger", "build", str(SEEDS), "--db", str(tmp_path / "l.db")],
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("completed: 5 documents read (5 new), 0 rejected")


@pytest.mark.parametrize("command", ["report", "export"])
def test_output_to_a_missing_folder_is_a_message_and_exit_3_and_leaves_nothing(tmp_path: Path, command: str) -> None:
    db = tmp_path / "l.db"
    (tmp_path / "a.txt").write_text("Some 40 people died in Orvale.", encoding="utf-8")
    assert run_cli("build", str(tmp_path / "a.txt"), "--db", str(db), "--workers", "0").exit_code == 0
    result = run_cli(command, "--db", str(db), "-o", str(tmp_path / "missing" / "out.html"))
    assert result.exit_code == 3 and "cannot write" in result.output and "Traceback" not in result.output
    written = run_cli(command, "--db", str(db), "-o", str(tmp_path / "out.txt"))
    assert written.exit_code == 0 and (tmp_path / "out.txt").stat().st_size > 0
    assert (tmp_path / "out.txt").stat().st_mode & 0o044  # readable as a plain write leaves it
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def _two_events(tmp_path: Path) -> list[str]:
    """Two folders of reports of two fires, in two towns, that give the same toll."""
    for town, day in (("Marlow", "3 May"), ("Hesby", "9 June")):
        folder = tmp_path / town.lower()
        folder.mkdir()
        (folder / "wire.txt").write_text(f"Twelve people were killed in a warehouse fire in {town} on {day}, "
                                         "the fire service said.\n", encoding="utf-8")
        (folder / "paper.txt").write_text(f"A fire in {town} killed 12 people, officials said on {day}.\n",
                                          encoding="utf-8")
    return [str(tmp_path / "marlow"), str(tmp_path / "hesby")]


def _towns_of_groups(export: dict[str, object]) -> list[set[str]]:
    town = {d["id"]: Path(d["path"]).parent.name for d in export["documents"]}  # type: ignore[attr-defined]
    doc_of = {c["id"]: c["doc"] for c in export["claims"]}  # type: ignore[attr-defined]
    return [{town[doc_of[c]] for c in g["claims"]} for g in export["groups"]]  # type: ignore[attr-defined]


def test_an_event_per_folder_keeps_each_folder_s_claims_apart_and_holds_for_later_builds(tmp_path: Path) -> None:
    folders, db = _two_events(tmp_path), str(tmp_path / "archive.db")
    assert run_cli("build", *folders, "--db", db, "-q", "--workers", "0", "--events", "folder").exit_code == 0
    apart = export_of(db)
    assert all(len(towns) == 1 for towns in _towns_of_groups(apart))
    assert {Path(g["event"].removeprefix("folder: ")).name for g in apart["groups"]} == {"marlow", "hesby"}  # type: ignore[attr-defined]
    assert {"marlow"} in _towns_of_groups(apart) and {"hesby"} in _towns_of_groups(apart)
    assert run_cli("build", *folders, "--db", db, "-q", "--workers", "0").exit_code == 0  # no --events: as before
    assert export_of(db)["groups"] == apart["groups"]
    assert run_cli("build", *folders, "--db", db, "-q", "--workers", "0", "--events", "one").exit_code == 0
    one_event = export_of(db)
    assert {"marlow", "hesby"} in _towns_of_groups(one_event)
    assert not any("event" in g for g in one_event["groups"])  # type: ignore[attr-defined]


def test_an_event_per_story_a_record_names_keeps_one_file_s_stories_apart(tmp_path: Path) -> None:
    records = [{"story_id": 101, "id": "m1", "text": "Twelve people were killed in a warehouse fire in Marlow on Tuesday."},
               {"story_id": 202, "id": "h1", "text": "Twelve people were killed when a bus overturned near Hesby on Friday."},
               {"story_id": 101, "id": "m2", "text": "The Marlow warehouse fire killed 12 people, officials said."},
               {"story_id": 202, "id": "h2", "text": "A bus crash near Hesby killed 12 people, police said."}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "archive.db")
    assert run_cli("build", str(feed), "--db", db, "-q", "--workers", "0", "--events", "story").exit_code == 0
    export = export_of(db)
    story = {d["id"]: d["story"] for d in export["documents"]}  # type: ignore[attr-defined]
    assert sorted(story.values()) == ["101", "101", "202", "202"]
    doc_of = {c["id"]: c["doc"] for c in export["claims"]}  # type: ignore[attr-defined]
    stories_of_groups = [{story[doc_of[c]] for c in g["claims"]} for g in export["groups"]]  # type: ignore[attr-defined]
    assert {"101"} in stories_of_groups and {"202"} in stories_of_groups
    assert all(len(stories) == 1 for stories in stories_of_groups)
