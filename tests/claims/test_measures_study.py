"""The people a study took in, and what it counted among them."""

from __future__ import annotations

import claimledger

STUDY = ("The team followed 48,310 adults for an average of 11.2 years, the study says. During that time, 207 "
         "participants developed liver cancer.\n\nBut the study followed 48,310 adults, not 480,000 as the paper "
         "reported. In absolute terms the disease stayed rare: 207 of the 48,310 participants developed it, or about 0.4%.")


def test_what_befell_participants_is_no_part_set_apart_and_no_attendance() -> None:
    claims = [c for c in claimledger.extract(STUDY, published="2026-09-10") if c.kind == "quantity"]
    developed = [c for c in claims if c.value == 207]
    assert len(developed) == 2
    assert all(c.measure is None and c.part_of is None for c in developed)
    assert {c.measure for c in claims if c.value == 48310} == {"participants"}


def test_a_size_a_fact_check_denies_is_a_rival_size_of_the_same_study() -> None:
    """ "not 480,000 as the paper reported": the paper's figure, as "not the 336 the operator declared" is the operator's."""
    claims = claimledger.extract(STUDY, published="2026-09-10")
    [denied] = [c for c in claims if c.value == 480000]
    assert denied.measure == "participants"


def test_a_percent_in_words_and_in_a_sign_is_one_noun() -> None:
    [words] = [c for c in claimledger.extract("Drinkers were 85 per cent more likely to get it.") if c.kind == "quantity"]
    [sign] = [c for c in claimledger.extract("Drinkers had an 85% higher risk of it.") if c.kind == "quantity"]
    assert words.what_key and sign.what_key and words.what_key.split("|")[0] == sign.what_key.split("|")[0] == "percent"
