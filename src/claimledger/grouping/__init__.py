"""Grouping claims about the same thing across documents, with a verdict and the number of
independent origins behind each group.

Candidate pairs come from blocking keys (the value, the normalised "what", the day of a
date), never from all pairs; union-find joins them. Two clusters that share a key but give
different values join only when no document contributes to both: a document that states
two values for one key ("25 children lost both parents, and 130 children lost one") is
describing two things, not contradicting itself.
"""

from __future__ import annotations

from claimledger.grouping.groups import group_claims, group_ledger

__all__ = ["group_claims", "group_ledger"]
