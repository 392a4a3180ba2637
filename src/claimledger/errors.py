"""Typed exceptions and the catalogue of stable error codes.

The same code appears in the CLI message, the log and the ``rejects`` table.
"""

from __future__ import annotations

ERROR_CODES: dict[str, str] = {
    "E001": "file could not be read",
    "E002": "empty input",
    "E003": "text encoding could not be determined",
    "E004": "malformed JSON Lines record",
    "E005": "JSON record has no text field",
    "E006": "WARC record truncated",
    "E007": "not a readable WARC file",
    "E008": "input larger than the size limit",
    "E009": "decompressed size over the limit (possible decompression bomb)",
    "E010": "HTML too large or too deeply nested",
    "E011": "HTML parser stopped early (document truncated)",
    "E012": "per-document time budget exceeded",
    "E013": "no main text after cleaning",
    "E014": "unsupported file type",
    "E015": "binary content",
    "E016": "line longer than the size limit",
}


class ClaimLedgerError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(ClaimLedgerError):
    """One input (file, line, record) is bad: reject it and carry on."""

    def __init__(self, code: str, message: str) -> None:
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
