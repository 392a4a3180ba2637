"""claimledger: a ledger of what news sources assert, where they agree, conflict or copy.

The library comes first; the ``claimledger`` command and the web app are thin layers over it::

    import claimledger
    claims = claimledger.extract("The death toll rose to 23 on Sunday.")
    claimledger.build(["articles/"], "ledger.db")
    with claimledger.Ledger.open("ledger.db", read_only=True) as ledger:
        conflicts = ledger.groups(claimledger.GroupFilters(verdict="conflict"))
"""

from __future__ import annotations

import logging

from claimledger.api import build, extract
from claimledger.errors import ClaimLedgerError, Code, EngineError, InputError, LedgerError
from claimledger.model import BuildStats, Claim, Document, Group, Reject, ReusePair, Span
from claimledger.settings import GroupingSettings, ReuseSettings, Settings, WebSettings
from claimledger.store import GroupFilters, Ledger
from claimledger.version import __version__

__all__ = [
    "BuildStats", "Claim", "ClaimLedgerError", "Code", "Document", "EngineError", "Group", "GroupFilters",
    "GroupingSettings", "InputError", "Ledger", "LedgerError", "Reject", "ReuseSettings", "ReusePair", "Settings",
    "Span", "WebSettings", "__version__", "build", "extract",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
