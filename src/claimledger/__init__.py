"""claimledger: a ledger of what news sources assert, where they agree, conflict or copy.

The library comes first; the ``claimledger`` command is a thin layer over it.
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

from claimledger.model import Claim, Document, Group, Reject, ReusePair, Span  # noqa: E402

__all__ = ["Claim", "Document", "Group", "Reject", "ReusePair", "Span", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
