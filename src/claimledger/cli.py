"""The ``claimledger`` command: a thin layer that turns library errors into messages and
exit codes (0 ok, 1 completed with rejects, 2 usage, 3 ledger or environment fault)."""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ParamSpec, TypeVar

import click

from claimledger.errors import Code, EngineError, LedgerError
from claimledger.model import DocumentResult, RawSource, Reject
from claimledger.settings import EVENT_LAYOUTS, GroupingSettings, Settings
from claimledger.version import __version__

T = TypeVar("T")
P = ParamSpec("P")
EXIT_REJECTS = 1
EXIT_LEDGER = 3
EXIT_ENGINE = 4


def _exit_codes(command: Callable[P, None]) -> Callable[P, None]:
    """The one place library errors become messages and exit codes: a ledger or environment
    fault exits 3, an engine that cannot start exits 4; bad inputs are rejects, not errors."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except LedgerError as err:
            click.echo(f"error: {err}", err=True)
            sys.exit(EXIT_LEDGER)
        except EngineError as err:
            click.echo(f"error: {err}", err=True)
            sys.exit(EXIT_ENGINE)

    return run


def _write_whole(output: str, text: str) -> None:
    """Write ``text`` to ``output`` whole or not at all: it goes to a temporary file beside the
    target, renamed over it once complete, so a full disk leaves no truncated export or report.
    A folder that is missing or not writable is a message and exit 3, not a traceback."""
    target = Path(output)
    temporary: Path | None = None
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=target.parent, prefix=f".{target.name}.",
                                         suffix=".partial", delete=False) as fh:
            temporary = Path(fh.name)
            fh.write(text)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)  # as a plain write would leave it, not the temporary file's 0600
        os.replace(temporary, target)
    except OSError as err:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        click.echo(f"error: cannot write {output}: {err.strerror or err}", err=True)
        sys.exit(EXIT_LEDGER)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimledger")
@click.option("-v", "--verbose", is_flag=True, help="Log progress details to stderr.")
def main(verbose: bool) -> None:
    """Turn a pile of news documents into a ledger of claims: who asserts which figure,
    date or quote, where sources agree or conflict, and how many independent origins
    stand behind each claim.

    \b
    Quick start:
      claimledger demo
      claimledger build articles/ --db ledger.db
      claimledger export --db ledger.db --format json > ledger.json
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def _settings(encoding: str | None, no_parse: bool, events: str | None = None) -> Settings:
    return Settings(encoding=encoding, use_parser=not no_parse, grouping=GroupingSettings(events=events))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="Ledger to create or extend: a SQLite file, or a postgresql:// URL.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="local: this machine, --workers processes; spark: PySpark jobs (pip install 'claimledger[spark]').")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(0, 64),
              help="Worker processes (local engine); 0 runs every stage in this process.")
@click.option("--master", default=None, help="Spark master URL (spark engine; default local[2] or $SPARK_MASTER).")
@click.option("--encoding", default=None, help="Decode every input with this encoding (e.g. cp1251).")
@click.option("--no-parse", is_flag=True, help="Skip the spaCy parse: faster, but `what` stays empty.")
@click.option("--events", type=click.Choice(EVENT_LAYOUTS), default=None,
              help="How the inputs tell events apart: one event in all (the default), an event per folder, per file, "
                   "or per story a record names (a JSON Lines or CSV field story, event_id...; else its folder); "
                   "claims of two events never share a group. Kept in the ledger for later builds.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@_exit_codes
def build(paths: tuple[str, ...], db: str, engine: str, workers: int, master: str | None, encoding: str | None,
          no_parse: bool, events: str | None, quiet: bool) -> None:
    """Read PATHS (files, folders, globs: .txt .html .jsonl .json .warc .warc.gz) into the ledger DB.

    A rerun on the same files adds nothing; an interrupted build resumes where it stopped.

    \b
    Examples:
      claimledger build articles/ --db ledger.db
      claimledger build 'crawl/*.warc.gz' notes.jsonl --db ledger.db --workers 2
      claimledger build archive/ --db postgresql://team@dbhost/ledger --engine spark --master local[4]
      claimledger build stories/ --db archive.db --events folder
    """
    from claimledger.api import build as build_ledger
    from claimledger.store.dialect import redacted

    shown = {"n": 0}

    def report(source: RawSource | None, outcome: DocumentResult | Reject, new: bool) -> None:
        shown["n"] += 1
        if isinstance(outcome, Reject):
            where = f"{outcome.path} {outcome.location}".strip()
            click.echo(f"rejected {where}: {outcome.code} {outcome.message}", err=True)
        elif not quiet and sys.stderr.isatty():
            click.echo(f"\r{shown['n']} sources read", err=True, nl=False)

    stats = build_ledger(paths, db, workers=workers, engine=engine, master=master,
                         settings=_settings(encoding, no_parse, events), on_result=report)
    if not quiet and sys.stderr.isatty():
        click.echo("", err=True)
    reread = f", {stats.documents_reread} read again after an upgrade" if stats.documents_reread else ""
    summary = (f"{stats.documents_read} documents read ({stats.documents_new} new{reread}), "
               f"{stats.rejected} rejected, {stats.seconds:.1f} s; ledger: {redacted(db)}")
    if stats.rejected:
        click.echo(f"completed with {stats.rejected} rejected: {summary}")
        sys.exit(EXIT_REJECTS)
    click.echo(f"completed: {summary}")


@main.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="Ledger to read: a SQLite file or a postgresql:// URL.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
@_exit_codes
def export(db: str, fmt: str, output: str | None) -> None:
    """Write the ledger as JSON (documents, claims, groups, reuse) or as CSV (one row per claim).

    \b
    Examples:
      claimledger export --db ledger.db --format json > ledger.json
      claimledger export --db ledger.db --format csv -o claims.csv
    """
    from claimledger.present.export import export_csv, export_json
    from claimledger.store.ledger import Ledger

    with Ledger.open(db, read_only=True) as ledger:
        text = export_json(ledger) if fmt == "json" else export_csv(ledger)
    if output:
        _write_whole(output, text)
    else:
        click.echo(text, nl=not text.endswith("\n"))


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--encoding", default=None, help="Decode every input with this encoding.")
@click.option("--no-parse", is_flag=True, help="Skip the spaCy parse: faster, but `what` stays empty.")
@_exit_codes
def extract(paths: tuple[str, ...], encoding: str | None, no_parse: bool) -> None:
    """Print the claims of PATHS as JSON Lines, without a ledger. With `-`, read JSON Lines
    with `id` and `text` from stdin; each claim's `doc` is then that `id`.

    \b
    Examples:
      claimledger extract article.html
      echo '{"id": "s1", "text": "Some 40 people died."}' | claimledger extract -
    """
    from claimledger.ingest.readers import read_paths
    from claimledger.present.export import claim_json
    from claimledger.run.pipeline import process_batch

    settings = _settings(encoding, no_parse)
    rejected = 0
    if not paths or paths == ("-",):
        items: Iterator[tuple[str | None, RawSource | Reject]] = _stdin_sources()
    else:
        items = ((None, item) for item in read_paths(list(paths), settings))
    for chunk in _chunks(items, 256):
        sources = [item for _, item in chunk if isinstance(item, RawSource)]
        results = iter(process_batch(sources, settings))  # a failing batch is redone source by source
        for given_id, item in chunk:
            outcome = item if isinstance(item, Reject) else next(results)
            if isinstance(outcome, Reject) and outcome.code == Code.NO_MAIN_TEXT:
                continue  # nothing but debris or metadata lines: no claims, not an error here
            if isinstance(outcome, Reject):
                rejected += 1
                click.echo(f"rejected {outcome.path} {outcome.location}: {outcome.code} {outcome.message}", err=True)
                continue
            for claim in outcome.claims:
                row = claim_json(claim)
                row["doc"] = given_id or outcome.document.id
                click.echo(json.dumps(row, ensure_ascii=False))
    if rejected:
        sys.exit(EXIT_REJECTS)


def _chunks(items: Iterator[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _stdin_sources() -> Iterator[tuple[str | None, RawSource | Reject]]:
    """JSON Lines with ``id`` and ``text`` from standard input, each with its given id."""
    if sys.stdin is None or sys.stdin.closed:  # started with standard input closed: nothing to read
        return
    for line_no, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            doc_id = str(record.get("id", f"line{line_no}"))
        except (ValueError, KeyError, TypeError, RecursionError) as err:  # JSONDecodeError is a ValueError
            yield None, Reject("<stdin>", f"line {line_no}", Code.BAD_RECORD, f"invalid record: {err}")
            continue
        yield doc_id, RawSource.of_text(str(text), "<stdin>", f"line {line_no}")


@main.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="Ledger to read: a SQLite file or a postgresql:// URL.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="report.html", show_default=True,
              help="Where to write the HTML report.")
@click.option("--title", default=None, help="Title shown at the top of the report.")
@_exit_codes
def report(db: str, output: str, title: str | None) -> None:
    """Write one self-contained HTML report of the ledger: documents on a timeline, conflicts
    first, evolving figures with charts, agreements, quotes, shared text, debris and rejects.

    \b
    Example:
      claimledger report --db ledger.db -o report.html
    """
    from claimledger.present.report import render_report
    from claimledger.store.ledger import Ledger

    with Ledger.open(db, read_only=True) as ledger:
        html = render_report(ledger, title or Path(db).stem)
    _write_whole(output, html)
    click.echo(f"report: {output}")


@main.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="Ledger to serve read-only: a SQLite file or a postgresql:// URL.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@_exit_codes
def serve(db: str, host: str, port: int) -> None:
    """Explore the ledger in a browser: search and filters, groups with their evidence,
    documents with every claim marked, and a JSON API that mirrors the export.

    \b
    Example:
      claimledger serve --db ledger.db --port 8765
    """
    from claimledger.present.web import create_app
    from claimledger.store.ledger import Ledger

    Ledger.open(db, read_only=True).close()
    click.echo(f"serving {db} read-only at http://{host}:{port}/")
    from waitress import serve as serve_wsgi

    from claimledger.settings import WebSettings

    named = () if host in ("0.0.0.0", "::", "localhost", "127.0.0.1") else (host,)
    web = WebSettings(hosts=(*WebSettings().hosts, *named))
    serve_wsgi(create_app(db, web), host=host, port=port, threads=web.threads, connection_limit=web.connection_limit,
               channel_timeout=web.idle_timeout_s, ident="claimledger", _quiet=True)


@main.command()
@click.option("-o", "--output-dir", type=click.Path(file_okay=False), default="claimledger-demo", show_default=True,
              help="Folder for the demo ledger and export.")
@_exit_codes
def demo(output_dir: str) -> None:
    """Build a ledger from the small example corpus that ships with claimledger, and say
    where the ledger and its export are.

    \b
    Example:
      claimledger demo -o /tmp/demo
    """
    from claimledger.demo import run_demo

    paths = run_demo(Path(output_dir))
    for label, path in paths.items():
        click.echo(f"{label}: {path}")
