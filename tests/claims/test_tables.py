"""Figures in tables (claims.tables): the column's header says what a cell counts, the row's label
which part, a total row the whole; on tables written for these tests."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.claims.tables import table_cells

REPORT = ("Situation report, 14 September 2025.\n"
          "| Province | Deaths | Injured | Evacuated |\n"
          "|---|---|---|---|\n"
          "| Norland | 12 | 40 | 3,200 |\n"
          "| Estvale | 7 | 22 | 1,150 |\n"
          "| Total | 19 | 62 | 4,350 |\n"
          "Crews are still searching the river banks.")


def test_each_body_cell_knows_its_header_and_row() -> None:
    cells = {REPORT[c.start:c.end]: (c.header, c.row_label, c.total_row) for c in table_cells(REPORT)}
    assert cells["12"] == ("Deaths", "Norland", False)
    assert cells["4,350"] == ("Evacuated", "Total", True)
    assert "Province" not in cells and "Norland" not in cells  # headers and row labels hold no figures


def test_a_table_s_figures_count_what_their_column_names_and_rows_are_parts_of_the_total() -> None:
    claims = {c.value: c for c in claimledger.extract(REPORT) if c.kind == "quantity"}
    assert (claims[19].measure, claims[19].counted, claims[19].part_of, claims[19].place) == ("killed", "people", None, None)
    assert (claims[12].measure, claims[12].counted, claims[12].part_of) == ("killed", "people", claims[19].id)
    assert (claims[12].place, claims[7].place) == ("Norland", "Estvale")  # a row that names a place
    assert (claims[62].measure, claims[3200].measure, claims[4350].measure) == ("injured", "evacuated", "evacuated")
    assert claims[1150].part_of == claims[4350].id


@pytest.mark.parametrize("text", [
    "| not | a table |\nNo rule follows the first row, so this is text.",
    "Votes: 12 | 40 | 7 were counted on Sunday.",
])
def test_bars_without_a_header_rule_are_no_table(text: str) -> None:
    assert list(table_cells(text)) == []


UPDATE = ("Incident Update #6: Ridge Fire\n"
          "July 16, 2025, 7:00 a.m.\n\n"
          "Acres burned: 31,250\n"
          "Containment: 22%\n"
          "Structures destroyed: 96\n"
          "Personnel assigned: 1,450\n"
          "Injuries: 3 (firefighters)\n\n"
          "For information call (555) 014-2270.")


def test_each_line_of_a_field_list_knows_its_label_and_note() -> None:
    from claimledger.claims.tables import field_cells

    fields = {UPDATE[f.start:f.end].strip(): (f.label, f.note) for f in field_cells(UPDATE)}
    assert fields == {"31,250": ("Acres burned", ""), "22%": ("Containment", ""), "96": ("Structures destroyed", ""),
                      "1,450": ("Personnel assigned", ""), "3": ("Injuries", "firefighters")}


def test_a_field_s_figure_counts_what_its_label_names_in_the_unit_it_opens_with() -> None:
    claims = {c.value: c for c in claimledger.extract(UPDATE) if c.kind == "quantity"}
    assert (claims[31250].measure, claims[31250].unit) == ("area", "acre")
    assert (claims[22].measure, claims[22].counted) == ("share", "containment")
    assert (claims[96].measure, claims[96].counted) == ("destroyed", "structure")
    assert (claims[3].measure, claims[3].counted) == ("injured", "firefighter")
    assert claims[1450].measure is None and claims[1450].attributed_to is None


OUTBREAK = ("Outbreak notice: Salmonella infections linked to salad kits\n\nFast facts\n"
            "Illnesses: 87\nHospitalizations: 21\nDeaths: 1\nStates: 9\n\n"
            "| State | Illnesses |\n|-------|-----------|\n| Ardenne | 31 |\n| Other states | 34 |\n| Total | 87 |\n")


def test_an_outbreak_s_fields_and_its_table_by_state() -> None:
    claims = [c for c in claimledger.extract(OUTBREAK, published="2025-09-12") if c.kind == "quantity"]
    fields = {c.value: c.measure for c in claims if c.part_of is None}
    assert fields[87] == "infected" and fields[21] == "injured" and fields[1] == "killed" and fields[9] is None
    rows = {c.value: c.place for c in claims if c.part_of is not None}
    assert rows == {31: "Ardenne", 34: "Other states"}  # unnamed places, if places all the same


@pytest.mark.parametrize("text", [
    "Deaths: 11\nThe storm moved north.",  # one line alone is prose's: its noun says the measure
    "Note: 3 people were hurt.\nSee: the report.",
])
def test_one_labelled_line_is_no_field_list(text: str) -> None:
    from claimledger.claims.tables import field_cells

    assert list(field_cells(text)) == []
