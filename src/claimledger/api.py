"""The library's front door: extract the claims of a text, build a ledger from files, open one.

The ``claimledger`` command and the web app call these; nothing here holds logic of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from claimledger.errors import Code, InputError
from claimledger.model import BuildStats, Claim, DocumentResult, RawSource, Reject
from claimledger.settings import Settings


def extract(text: str, published: str | None = None, url: str | None = None, *, parse: bool = True,
            settings: Settings | None = None) -> list[Claim]:
    """The claims of one text: figures, dates, quotes and named lists, with what is counted,
    approximations, speakers and attribution.

    ``published`` (an ISO date) lets relative dates and anniversaries be read ("last Monday",
    "the 31st anniversary"); ``url`` is kept with the document. ``parse=False`` skips the
    spaCy parse (faster; ``what`` is then empty). Each claim's span indexes the cleaned text,
    which is the given text unless lines of scrape debris ("Share this", "Also Read: ...") were
    dropped. Raises ``InputError`` (with its ``code``) for a text that cannot be read; a text
    of debris only gives no claims.
    """
    from claimledger.run.pipeline import process_batch  # here: ``import claimledger`` stays light

    meta = (("published", published),) if published else ()
    source = RawSource.of_text(text, url=url, meta=meta)
    outcome = process_batch([source], settings or Settings(use_parser=parse))[0]
    if isinstance(outcome, Reject):
        if outcome.code == Code.NO_MAIN_TEXT:
            return []
        raise InputError(outcome.code, outcome.message)
    return list(outcome.claims)


def build(paths: Iterable[str], db: str, *, workers: int = 1, engine: str = "local", master: str | None = None,
          settings: Settings | None = None,
          on_result: Callable[[RawSource | None, DocumentResult | Reject, bool], None] | None = None) -> BuildStats:
    """Build or extend the ledger at ``db`` (a SQLite file or a ``postgresql://`` URL) from files,
    folders and globs (.txt, .html, .jsonl, .warc, .warc.gz). Reruns skip what the ledger holds;
    an interrupted build resumes. Bad inputs are rejected by name, not raised: see the returned
    counts and ``Ledger.rejects()``. ``on_result`` is called with each source's outcome."""
    from claimledger.run.build import build as run_build

    return run_build(list(paths), db, settings or Settings(), workers, on_result, engine, master)

