"""Typed exceptions and the catalogue of stable error codes.

The same code appears in the CLI message, the log and the ``rejects`` table.
"""

from __future__ import annotations


class Code:
    """Every error code, named once. The code (not the name) is what users see and what the
    ``rejects`` table stores, so a code never changes meaning; a new kind of error gets a new code."""

    UNREADABLE = "E001"
    EMPTY = "E002"
    UNKNOWN_ENCODING = "E003"
    BAD_RECORD = "E004"
    NO_TEXT_FIELD = "E005"
    TRUNCATED = "E006"
    NOT_WARC = "E007"
    TOO_LARGE = "E008"
    DECOMPRESSION_BOMB = "E009"
    HTML_TOO_LARGE = "E010"
    HTML_CUT_SHORT = "E011"
    OVER_TIME_BUDGET = "E012"
    NO_MAIN_TEXT = "E013"
    UNSUPPORTED_TYPE = "E014"
    BINARY = "E015"
    LINE_TOO_LONG = "E016"
    PROCESSING_FAILED = "E017"
    DAMAGED_WARC_RECORD = "E018"


ERROR_CODES: dict[str, str] = {  # what each code means, for messages and documentation
    Code.UNREADABLE: "file could not be read",
    Code.EMPTY: "empty input",
    Code.UNKNOWN_ENCODING: "text encoding could not be determined",
    Code.BAD_RECORD: "malformed JSON Lines record",
    Code.NO_TEXT_FIELD: "JSON record has no text field",
    Code.TRUNCATED: "record or stream truncated",
    Code.NOT_WARC: "not a readable WARC or gzip file",
    Code.TOO_LARGE: "input larger than the size limit",
    Code.DECOMPRESSION_BOMB: "decompressed size over the limit (possible decompression bomb)",
    Code.HTML_TOO_LARGE: "HTML too large or too deeply nested",
    Code.HTML_CUT_SHORT: "HTML parser stopped early (document truncated)",
    Code.OVER_TIME_BUDGET: "per-document time budget exceeded",
    Code.NO_MAIN_TEXT: "no main text after cleaning",
    Code.UNSUPPORTED_TYPE: "unsupported file type",
    Code.BINARY: "binary content",
    Code.LINE_TOO_LONG: "line longer than the size limit",
    Code.PROCESSING_FAILED: "the per-document stages failed on this input (recursion, memory, value or Unicode error)",
    Code.DAMAGED_WARC_RECORD: "WARC record damaged: its Content-Length does not end it, or its payload fails its digest",
}


class ClaimLedgerError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(ClaimLedgerError):
    """One input (file, line, record) is bad: reject it and carry on."""

    def __init__(self, code: str, message: str) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"{code!r} is not in the error catalogue (errors.Code)")
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message


class LedgerError(ClaimLedgerError):
    """The ledger or its environment is at fault: stop the build, keep what is committed."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"ledger {path}: {message}")
        self.path = path
        self.message = message


class SchemaTooNewError(LedgerError):
    """The ledger was written by a newer claimledger than this one."""


class EngineError(ClaimLedgerError):
    """An engine that cannot start here (PySpark or Java missing, a master that does not answer)."""
