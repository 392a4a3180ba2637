"""Credits that name no one who stands behind a claim, which add no independent origin."""

from __future__ import annotations

import pytest

from claimledger.grouping.origins import unnamed


@pytest.mark.parametrize(("credit", "is_unnamed"), [
    ("Reports", True), ("post", True), ("a viral post", True), ("posts shared on social media", True),
    ("Social media users", True), ("the report", True), ("claims", True),
    ("UN report", False), ("a police report", False), ("posts by Mayor Ruiz", False), ("Tessaly Regional Police", False),
    ("Ana Ruiz", False), ("witnesses", False),
])
def test_a_credit_that_names_no_one(credit: str, is_unnamed: bool) -> None:
    assert unnamed(credit) is is_unnamed
