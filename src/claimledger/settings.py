"""Named limits with their defaults; every run records the values it used."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    """Limits and switches of a build. Each field is documented where it is used."""

    max_file_bytes: int = 64 * 1024 * 1024
    """Files larger than this are rejected before reading (E008)."""
    max_record_bytes: int = 16 * 1024 * 1024
    """A decoded JSONL line or WARC payload larger than this is rejected (E008/E016)."""
    max_decompressed_bytes: int = 256 * 1024 * 1024
    """A gzip stream that inflates past this is rejected as a bomb (E009)."""
    max_html_bytes: int = 8 * 1024 * 1024
    """HTML larger than this is not parsed (E010)."""
    max_html_depth: int = 200
    """HTML nested deeper than this is not parsed; lxml drops content past 255 (E010)."""
    doc_time_budget_s: float = 30.0
    """Wall-clock budget for the per-document stages of one document (E012)."""
    encoding: str | None = None
    """Force this encoding for every input (``--encoding``)."""
    use_parser: bool = True
    """Use the spaCy parse for what is counted; off gives numbers without ``what``."""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)
