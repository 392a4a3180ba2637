"""Named limits and switches with their defaults, grouped by the stage that reads them; every run
records the values it used, and the fingerprint of the derived tables includes those that change
groups and reuse pairs (``derive_fingerprint``)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources

from claimledger.version import __version__

EVENT_LAYOUTS = ("one", "folder", "file", "story")  # how inputs tell events apart (GroupingSettings.events)
MAX_SHINGLE = 5  # words a shingle's hash can combine (reuse.hashing.SHINGLE_MULTIPLIERS)


@dataclass(frozen=True, slots=True)
class ReuseSettings:
    """How text reuse is found: the keys that make candidate pairs, and the memory they may take."""

    shingle: int = 3
    """Words per shingle of a MinHash window."""
    half_window: int = 6
    """A MinHash window is two halves of this many shingles, and starts every half."""
    bands: int = 16
    """LSH bands of a window's signature."""
    rows: int = 4
    """Values per band: a pair is a candidate when all values of one band agree."""
    max_bucket: int = 50
    """A key shared by more documents than this is boilerplate, not copying."""
    memory_keys: int = 1 << 23
    """Blocking keys held in memory (8 bytes each) before they go to temporary files."""

    def __post_init__(self) -> None:
        if not 1 <= self.shingle <= MAX_SHINGLE:
            raise ValueError(f"reuse shingle must be 1 to {MAX_SHINGLE} words, not {self.shingle}")


@dataclass(frozen=True, slots=True)
class GroupingSettings:
    """How claims are joined into groups."""

    max_block: int = 50
    """A blocking key shared by more claims than this is too common to say "the same thing"."""
    list_overlap: float = 0.5
    """Named lists of one kind sharing this share of their members name the same set."""
    wave_claims: int = 50_000
    """Claims whose words are held at once while their groups are made; later waves wait on disk."""
    events: str | None = None
    """How the inputs tell events apart (``grouping.events``): ``one`` event for the whole ledger,
    an event per ``folder``, per ``file``, or per ``story`` a record names in its own field (else
    its folder); claims of two events never share a group. None: as the ledger was last built,
    else ``one``."""

    def __post_init__(self) -> None:
        if self.events is not None and self.events not in EVENT_LAYOUTS:
            raise ValueError(f"events must be one of {', '.join(EVENT_LAYOUTS)}, not {self.events!r}")


@dataclass(frozen=True, slots=True)
class WebSettings:
    """Limits of the read-only web app."""

    max_rows: int = 500
    """The most groups one page may list (``limit``)."""
    page_rows: int = 100
    """Groups listed on one page when the request gives no ``limit``: each brings its members, to
    give its answer, and the largest groups come first."""
    sql_time_limit_ms: int = 1000
    """No query of one request may run longer than this."""
    hosts: tuple[str, ...] = ("localhost", "127.0.0.1")
    """Host names a request may name; any other gets 400, so a page that rebinds its own DNS name
    to this machine cannot read the ledger. ``serve --host NAME`` adds NAME."""
    threads: int = 8
    """Requests answered at once by ``serve``; more wait their turn instead of each taking a thread."""
    connection_limit: int = 500
    """Connections ``serve`` holds open at once; more wait in the listen queue."""
    idle_timeout_s: int = 30
    """A connection that sends nothing for this long is closed, so half-open ones cannot pile up."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Limits and switches of a build. Each field is documented where it is used."""

    max_file_bytes: int = 64 * 1024 * 1024
    """Files larger than this are rejected before reading (E008); not WARC files, which are read
    a record at a time, each record under ``max_record_bytes``."""
    max_record_bytes: int = 16 * 1024 * 1024
    """A document larger than this is rejected: a text or page file, a JSONL line, a WARC payload
    (E008/E016); a gzipped text or page that inflates past it, before it takes more memory (E009)."""
    max_decompressed_bytes: int = 256 * 1024 * 1024
    """A gzip stream that inflates past this is rejected as a bomb (E009)."""
    max_html_bytes: int = 8 * 1024 * 1024
    """HTML larger than this is not parsed (E010)."""
    max_html_attributes: int = 2000
    """HTML with a tag of more attributes than this is not parsed (E010): lxml's time grows with
    their square (600,000 on one tag ran past ten minutes), and native code cannot be stopped."""
    max_html_depth: int = 200
    """HTML nested deeper than this is not parsed; lxml drops content past 255 (E010)."""
    doc_time_budget_s: float = 30.0
    """Wall-clock budget for the per-document stages of one document (E012)."""
    encoding: str | None = None
    """Force this encoding for every input (``--encoding``)."""
    use_parser: bool = True
    """Use the spaCy parse for what is counted; off gives numbers without ``what``."""
    reuse: ReuseSettings = field(default_factory=ReuseSettings)
    grouping: GroupingSettings = field(default_factory=GroupingSettings)
    web: WebSettings = field(default_factory=WebSettings)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def derive_fingerprint(self) -> str:
        """What the derived tables (groups, reuse pairs) depend on besides the documents: the code's
        version and the settings that change them. A new version or setting derives them again."""
        return _digest({"version": __version__, "code": derive_code_hash(), "reuse": asdict(self.reuse),
                        "grouping": asdict(self.grouping)})

    def extract_fingerprint(self) -> str:
        """What a document's claims depend on besides its bytes: the code's version, the code and
        word lists of the per-document stages, and the settings that change what they read. A
        document stored under another fingerprint is read again by the next build."""
        return _digest({"version": __version__, "code": extract_code_hash(), "use_parser": self.use_parser,
                        "encoding": self.encoding})


def _digest(made_by: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(made_by, sort_keys=True).encode("utf-8")).hexdigest()[:16]


@cache
def extract_code_hash() -> str:
    """A hash of the code and word lists of the per-document stages (reading, cleaning, claims):
    an upgrade that reads documents differently reads them again, even where the version stayed."""
    return _hash_of_stages(("ingest", "document", "claims", "lexicon"), (".py", ".txt", ".json", ".tsv"))


@cache
def derive_code_hash() -> str:
    """A hash of the code of the cross-document stages: an upgrade that changes how groups or
    copied passages are found derives them again, even where the version number stayed."""
    return _hash_of_stages(("grouping", "reuse"), (".py",))


def _hash_of_stages(stages: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    package = resources.files("claimledger")
    digest = hashlib.sha256()
    for stage in stages:
        for module in sorted((m for m in package.joinpath(stage).iterdir() if m.name.endswith(suffixes)),
                             key=lambda m: m.name):
            digest.update(f"{stage}/{module.name}".encode() + b"\0" + module.read_bytes())
    return digest.hexdigest()[:16]
