"""The names a document is about, which the grouping blocks on: what two reports of one event share."""

from __future__ import annotations

from claimledger.grouping.items import proper_names


def test_names_with_accents_meet_the_same_names_written_without() -> None:
    assert {"Sebastiao", "Ubatuba"} <= proper_names("Landslides hit São Sebastião and Ubatuba on Sunday.")
    assert {"Sebastiao", "Ubatuba"} <= proper_names("Rescuers in Sao Sebastiao and Ubatuba dug through mud.")


def test_the_labels_of_a_field_list_name_nothing_but_a_headline_s_words_do() -> None:
    bulletin = "Confirmed deaths: 36\nMissing: 40\nHomeless or displaced: 2,496\n"
    assert not {"Confirmed", "Missing", "Homeless"} & proper_names(bulletin)
    assert "Karsin" in proper_names("Karsin earthquake: Situation report No. 3\n412 deaths have been confirmed.")
