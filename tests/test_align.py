"""Grouping and verdicts on small corpora written for each case, and on the seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import claimledger
from claimledger.grouping import group_claims
from claimledger.ingest.readers import read_paths
from claimledger.model import DocumentResult, Group, RawSource
from claimledger.present.export import claim_json, group_json
from claimledger.reuse.passages import find_reuse
from claimledger.run.pipeline import process_batch
from claimledger.settings import GroupingSettings, Settings
from claimledger.store.ledger import Ledger

from .conftest import needs_shared


def ledger_of(tmp_path: Path, articles: dict[str, tuple[str, str]]) -> dict[str, object]:
    """The claims and groups of {name: (publication date, text)}, written as JSON Lines and run
    through the stages in this process: the per-document pipeline, reuse and grouping, as a build
    runs them, without a ledger file or worker processes."""
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": name, "published": date, "outlet": name, "text": text}) + "\n"
                            for name, (date, text) in articles.items()), encoding="utf-8")
    settings = Settings()
    sources = [s for s in read_paths([str(path)], settings) if isinstance(s, RawSource)]
    results = [r for r in process_batch(sources, settings) if isinstance(r, DocumentResult)]
    documents = [r.document for r in results]
    claims = [c for r in results for c in r.claims]
    groups = group_claims(documents, claims, find_reuse(documents))
    by_id, by_doc = {c.id: c for c in claims}, {d.id: d for d in documents}
    return {"claims": [claim_json(c) for c in claims], "groups": [group_json(g, by_id, by_doc) for g in groups]}


def groups_with(export: dict[str, object], value: object) -> list[dict[str, object]]:
    claims = {c["id"]: c for c in export["claims"]}  # type: ignore[attr-defined]
    return [g for g in export["groups"] if any(claims[c]["value"] == value for c in g["claims"])]  # type: ignore[attr-defined]


def values_of(export: dict[str, object], group: dict[str, object]) -> list[object]:
    claims = {c["id"]: c for c in export["claims"]}  # type: ignore[attr-defined]
    return sorted(str(claims[c]["value"]) for c in group["claims"])  # type: ignore[attr-defined]


def test_agree_with_compatible_approximations(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2024-01-02", "Before the flood, 7,000 people lived in the town of Alba."),
        "b": ("2024-01-03", "Officials said more than 7,000 people lived in Alba before the water came."),
        "c": ("2024-01-05", "Alba had about 7,000 inhabitants when the water came."),
    })
    [group] = groups_with(export, 7000)
    assert group["verdict"] == "agree"
    assert len(group["claims"]) == 3
    assert group["independent_origins"] == 3


def test_running_toll_is_evolving(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "day1": ("2024-03-05", "At least 42 people were killed in the collapse in Veldmark, the ministry said."),
        "day3": ("2024-03-08", "The death toll in Veldmark rose to 57 people killed, the governor said."),
        "day9": ("2024-03-15", "Rescuers in Veldmark said 61 people were killed in the collapse."),
    })
    [group] = groups_with(export, 57)
    assert group["verdict"] == "evolving"
    assert values_of(export, group) == ["42", "57", "61"]
    assert "42 (2024-03-05) → 57 (2024-03-08) → 61 (2024-03-15)" in group["notes"][0]


def test_a_change_a_document_reports_joins_the_running_count(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "day1": ("2024-03-05", "At least 42 people were killed in the collapse in Veldmark, the ministry said."),
        "day3": ("2024-03-08", "In Veldmark, the toll rose from 42 people killed to 57 people killed in the collapse, "
                               "the governor said."),
        "day9": ("2024-03-15", "Rescuers in Veldmark said 61 people were killed in the collapse."),
    })
    [group] = groups_with(export, 57)
    assert group["verdict"] == "evolving"
    assert values_of(export, group) == ["42", "42", "57", "61"]
    assert "42 (2024-03-05) → 57 (2024-03-08) → 61 (2024-03-15)" in group["notes"][0]
    assert any("value before the change" in note for note in group["notes"])


def test_a_change_within_one_document_is_not_a_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "d1": ("2024-03-08", "In Veldmark, the toll rose from 42 people killed to 57 people killed, the governor said."),
    })
    [group] = groups_with(export, 57)
    assert values_of(export, group) == ["42", "57"]
    assert group["verdict"] == "single"


def test_missing_count_that_goes_down_is_evolving(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "d1": ("2024-03-05", "About 35 people are still missing after the flood in Veldmark."),
        "d2": ("2024-03-08", "Some 30 people remain missing in Veldmark, officials said."),
        "d3": ("2024-03-15", "Only 12 people are still missing in Veldmark as searches continue."),
    })
    [group] = groups_with(export, 12)
    assert group["verdict"] == "evolving"
    assert values_of(export, group) == ["12", "30", "35"]


def test_one_body_s_two_figures_of_a_day_are_its_count_at_two_moments(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2024-03-05", "At least 11 people were killed in the ferry sinking off Veldmark, the coast guard said."),
        "b": ("2024-03-05", "The death toll in the Veldmark ferry sinking reached 14, the coast guard said."),
        "c": ("2024-03-07", "The coast guard said 27 people were killed in the Veldmark ferry sinking."),
    })
    [group] = groups_with(export, 14)
    assert values_of(export, group) == ["11", "14", "27"]
    assert group["verdict"] == "evolving"


def test_two_bodies_figures_of_one_day_that_differ_are_a_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2024-03-05", "At least 11 people were killed in the ferry sinking off Veldmark, the coast guard said."),
        "b": ("2024-03-05", "The death toll in the Veldmark ferry sinking reached 14, hospital officials said."),
        "c": ("2024-03-07", "The coast guard said 27 people were killed in the Veldmark ferry sinking."),
    })
    [group] = groups_with(export, 14)
    assert values_of(export, group) == ["11", "14", "27"]
    assert group["verdict"] == "conflict"


_WIRE = ("The death toll from the sinking of the ferry Coral Star off Veldmark reached 14 on Tuesday, police said, as divers "
         "searched the hull for the missing. The ferry had left the port of Alba on Monday evening with passengers and "
         "cars on board, and capsized in rough seas an hour later. The cause of the accident was not yet known, and the "
         "operator declined to comment on the number of people on board.")


def test_a_copy_run_a_day_later_tells_when_its_original_said_the_figure(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "wire": ("2024-03-05", _WIRE),
        "copy": ("2024-03-06", _WIRE),
        "daily": ("2024-03-06", "Hospital officials said 19 people were killed in the sinking of the Coral Star off Veldmark."),
    })
    [group] = groups_with(export, 19)
    assert values_of(export, group) == ["14", "14", "19"]
    assert group["verdict"] == "evolving"


def test_stored_quantity_reported_differently_a_week_later_is_a_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "w1": ("2024-03-06", "Engineers said the Veldmark reservoir held 14 million cubic metres of water."),
        "w2": ("2024-03-13", "According to the operator, the Veldmark reservoir held 12 million cubic metres before it failed."),
    })
    [group] = groups_with(export, 12_000_000)
    assert group["verdict"] == "conflict"
    assert any("incompatible" in note for note in group["notes"])


def test_a_date_contradicted_by_an_anniversary_in_the_same_document(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2020-03-01", "The town of Alba was seized on 3 March 1995 by rebel forces."),
        "b": ("2021-03-03", "Rebel forces seized the town of Alba on March 3, 1995, officials recalled."),
        "c": ("2023-03-03", "Marking the 28th anniversary of the capture of Alba, officials recalled that rebel forces "
                            "seized the town of Alba on 3 March 1985."),
    })
    [group] = groups_with(export, "1985-03-03")
    assert group["verdict"] == "conflict"
    notes = " ".join(group["notes"])
    assert "3 March 1985" in notes and "28th anniversary" in notes
    assert "1995-03-03" in values_of(export, group)


def test_a_date_and_its_anniversary_s_year_agree_where_they_tell_one_date(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2019-05-03", "Marking the 20th anniversary of the massacre, the ministry recalled that troops entered "
                            "Selvik between 2 and 4 May 1999."),
        "b": ("2024-05-02", "Troops took the town of Selvik between May 2 and May 4, 1999, the ministry recalled."),
    })
    [group] = groups_with(export, "1999-05-02/1999-05-04")
    assert group["verdict"] == "agree", group["notes"]


def test_a_quote_shortened_with_an_ellipsis_is_the_same_quote(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-03-03", '"For three years our members have kept this port running through every crisis, and they '
                            'have had nothing to show for it. Today they say enough," said union leader Maria Kovac.'),
        "b": ("2025-03-07", 'Kovac told reporters outside the port: "For three years our members have kept this port '
                            'running ... Today they say enough."'),
    })
    quotes = [g for g in export["groups"] if g["kind"] == "quote"]
    assert len(quotes) == 1 and len(quotes[0]["claims"]) == 2


def test_a_partial_quote_cut_by_an_ellipsis_with_no_four_words_in_common_is_the_same_quote(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-10-06", 'Water Resources Minister Tomas Adler described the embankment as "a ticking bomb that everyone '
                            'knew about" and promised a full inquiry.'),
        "b": ("2026-10-08", 'Even Minister Tomas Adler now calls it "a ticking bomb ... everyone knew about".'),
    })
    quotes = [g for g in export["groups"] if g["kind"] == "quote"]
    assert len(quotes) == 1 and len(quotes[0]["claims"]) == 2


def test_years_said_of_one_thing_with_verbs_of_one_class_are_one_group(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-10-06", "The Keldar dam burst on Sunday. The 52-metre-high dam was completed in 1974."),
        "b": ("2026-10-08", "Keldar after the flood. The dam, finished in 1971, had not been inspected for nine years."),
    })
    [group] = groups_with(export, "1974")
    assert sorted(values_of(export, group)) == ["1971", "1974"] and group["verdict"] == "conflict"


def test_a_part_of_a_quote_credited_to_a_title_its_speaker_holds_is_the_same_quote(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-06-16", 'Transport Minister Ilse Maran promised an inquiry. "No stone will be left unturned. The families '
                            'deserve the whole truth," she told reporters.'),
        "b": ("2025-06-20", 'As the minister put it, "no stone will be left unturned". We will hold her to that.'),
        "c": ("2025-06-21", 'As the mayor put it, "the families deserve the whole truth". The council agreed.'),
    })
    quotes = sorted((g for g in export["groups"] if g["kind"] == "quote"), key=lambda g: len(g["claims"]))
    assert [len(g["claims"]) for g in quotes] == [1, 2]  # the mayor holds no title of the minister's


def test_a_minister_s_count_and_the_statistics_office_s_in_one_debate_are_rivals(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "release": ("2025-02-10", "Vessmark built 120,000 new homes in 2024, Housing Minister Ana Kell announced today."),
        "stats": ("2025-03-14", "Statistical release\n\nIn 2024, 96,400 dwellings were completed in Vessmark."),
        "debate": ("2025-03-19", "The minister keeps telling the country that 120,000 homes were built last year. "
                                 "Her own statistics office says 96,400."),
    })
    [group] = groups_with(export, 96400)
    assert values_of(export, group) == ["120000", "120000", "96400", "96400"]
    assert group["verdict"] == "conflict"


def test_the_states_an_outbreak_spreads_to_are_a_count_that_grows(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-09-06", "At least 53 people in seven states have been sickened by salmonella linked to Greenleaf salad kits."),
        "b": ("2025-09-13", "The number of people sickened by salmonella linked to Greenleaf salad kits rose to 87 in nine states."),
        "c": ("2025-09-15", "The Greenleaf salad kit outbreak had sickened 87 people in nine states by September 12."),
    })
    [states] = [g for g in groups_with(export, 9) if "7" in values_of(export, g)]
    assert values_of(export, states) == ["7", "9", "9"] and states["verdict"] == "evolving"


def test_a_count_over_many_regions_is_not_of_the_one_place_a_death_was_in(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-09-13", "One person has died in Belmont in a salmonella outbreak linked to salad kits.\n\n"
                            "The number of people sickened rose to 87 in nine states."),
    })
    places = {c["value"]: c.get("place") for c in export["claims"] if c["kind"] == "quantity"}
    assert places[1] == "Belmont" and places[87] is None


@pytest.mark.parametrize("victims", ["skiers", "snowboarders", "mountaineers", "swimmers", "divers", "runners"])
def test_a_headline_s_toll_and_its_body_s_victims_by_what_they_did_are_one_count(tmp_path: Path, victims: str) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-02-08", f"Avalanche at Alpenfeld: death toll rises to four\n\nFour {victims} have died after an "
                            "avalanche swept down the Kessel run above Alpenfeld on Saturday."),
    })
    [group] = groups_with(export, 4)
    assert len(group["claims"]) == 2


def test_ships_waiting_off_a_port_are_a_queue_that_grows(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-03-05", "At least 38 container ships were anchored off Port Halden on Wednesday as the strike went on."),
        "b": ("2025-03-07", "The number of ships waiting off Port Halden rose to 61 on Friday as the strike went on."),
    })
    [group] = groups_with(export, 61)
    assert values_of(export, group) == ["38", "61"] and group["verdict"] == "evolving"


def test_remains_exhumed_and_victims_identified_are_counts_that_grow(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2019-05-03", "The remains of 612 people have been exhumed from mass graves around Selvik, and 540 "
                            "victims have been identified."),
        "b": ("2024-05-02", "The commission says the remains of 861 people have been exhumed around Selvik so far and "
                            "803 of them identified."),
    })
    [exhumed] = groups_with(export, 861)
    [identified] = groups_with(export, 803)
    assert exhumed["id"] != identified["id"]
    assert values_of(export, exhumed) == ["612", "861"] and exhumed["verdict"] == "evolving"
    assert values_of(export, identified) == ["540", "803"] and identified["verdict"] == "evolving"


def test_different_things_with_the_same_key_in_one_document_stay_apart(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2024-01-02", "25 children lost both parents, and 130 children lost one parent."),
        "b": ("2024-01-03", "In all, 25 children lost both parents while 130 children lost a parent."),
    })
    [g25] = groups_with(export, 25)
    [g130] = groups_with(export, 130)
    assert g25["id"] != g130["id"]
    assert g25["verdict"] == g130["verdict"] == "agree"


def test_same_key_about_different_places_stays_apart(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "north": ("2024-03-05", "At least 42 people were killed in the floods in Veldmark."),
        "south": ("2024-03-06", "At least 17 people were killed in the earthquake in Ostrava."),
    })
    [g42] = groups_with(export, 42)
    [g17] = groups_with(export, 17)
    assert g42["id"] != g17["id"] and g42["verdict"] == g17["verdict"] == "single"


LIST_CASES = [
    # (earlier members, later members, verdict, a word a note must hold or None)
    ("Ardel, Brisk, Cova, Dunlin and Eske", "Ardel, Brisk, Cova, Dunlin and Eske", "agree", None),
    ("Ardel, Brisk, Cova, Dunlin and Eske", "Ardel, Brisk, Cova, Dunlin, Eske and Fallow", "evolving", "Fallow"),
    ("Ardel, Brisk, Cova, Dunlin and Eske", "Ardel, Brisk, Cova, Dunlin and Garn", "conflict", "Eske"),
]


@pytest.mark.parametrize(("earlier", "later", "verdict", "noted"), LIST_CASES)
def test_named_lists_of_the_same_members(tmp_path: Path, earlier: str, later: str, verdict: str,
                                         noted: str | None) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2024-01-02", f"Aid came from the provinces of {earlier}."),
        "b": ("2024-02-09", f"Help has arrived from the provinces of {later}."),
    })
    claims = {c["id"]: c for c in export["claims"]}  # type: ignore[attr-defined]
    [group] = [g for g in export["groups"] if g["kind"] == "list"]  # type: ignore[attr-defined]
    assert group["verdict"] == verdict
    assert sorted(claims[c]["doc"] for c in group["claims"]) == sorted({c["doc"] for c in claims.values()})
    if noted:
        assert any(noted in note for note in group["notes"])


def test_lists_of_other_members_stay_apart(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2024-01-02", "Aid came from the provinces of Ardel, Brisk, Cova, Dunlin and Eske."),
        "b": ("2024-01-03", "Aid came from the provinces of Hollin, Ivar, Jessop, Kell and Lorne."),
    })
    assert sorted(g["verdict"] for g in export["groups"] if g["kind"] == "list") == ["single", "single"]  # type: ignore[attr-defined]


def test_single(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {"a": ("2024-01-02", "The bridge is 300 metres long.")})
    [group] = groups_with(export, 300)
    assert group["verdict"] == "single" and group["independent_origins"] == 1


def test_copied_text_counts_as_one_origin(tmp_path: Path) -> None:
    passage = ("The regional governor said that 57 people were killed when the dam gave way after four days of "
               "heavy rain, and that rescue teams from six regions were working in the valley through the night.")
    export = ledger_of(tmp_path, {
        "wire": ("2024-03-08", passage),
        "copy1": ("2024-03-09", "From our correspondent. " + passage),
        "copy2": ("2024-03-09", passage + " More updates will follow."),
        "other": ("2024-03-09", "Hospital staff told us that 57 people were killed in the disaster."),
    })
    [group] = groups_with(export, 57)
    assert len(group["claims"]) == 4
    assert group["independent_origins"] == 2


@needs_shared
@pytest.mark.parametrize("group_id", ["attack_date"])
def test_seed_attack_date_notes_cite_both(seeds_export: dict[str, object], group_id: str) -> None:
    [group] = [g for g in seeds_export["groups"] if g["verdict"] == "conflict"  # type: ignore[attr-defined]
               and any("1983" in n for n in g["notes"])]
    notes = " ".join(group["notes"])
    assert "February 26, 1983" in notes and "31st anniversary" in notes


@needs_shared
def test_seed_scores(seeds_export: dict[str, object], tmp_path: Path) -> None:
    import subprocess
    import sys

    from .conftest import GOLD, SHARED

    path = tmp_path / "e.json"
    path.write_text(json.dumps(seeds_export))
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score_ledger.py"), str(path), str(GOLD), "--json"],
                         capture_output=True, text=True, check=True)
    metrics = json.loads(out.stdout)
    assert metrics["grouping_f1"] >= 0.95
    assert metrics["verdict_accuracy"] >= 0.95
    assert metrics["published_inferred_accuracy"] == 1.0
    assert metrics["origin_independence"] == 1.0
    assert metrics["reuse_pairs"] == 1.0 and metrics["reuse_ordering"] == 1.0


@needs_shared
def test_grouping_a_stream_in_any_order_gives_the_ledgers_groups(seeds_ledger: Path) -> None:
    """derive streams documents from the ledger; grouping must not depend on the order they come in."""
    from claimledger.grouping import group_claims

    with Ledger.open(str(seeds_ledger), read_only=True) as ledger:
        documents, claims, reuse, stored = ledger.documents(), ledger.claims(), ledger.reuse_pairs(), ledger.groups()
    def as_stored(groups: list[Group]) -> list[Group]:  # the ledger keeps a group's claims by id
        return [replace(g, claims=tuple(sorted(g.claims))) for g in groups]

    assert len(stored) >= 20
    assert as_stored(group_claims(iter(documents[::-1]), claims[::-1], reuse)) == stored
    assert as_stored(group_claims(documents, claims, reuse)) == stored


@needs_shared
@pytest.mark.parametrize("wave", [1, 3, 12])
def test_grouping_in_waves_read_back_from_files_gives_the_ledgers_groups(seeds_ledger: Path, wave: int) -> None:
    """A large ledger's groups are made a wave of claims at a time, the later waves read back
    from temporary files: any wave size must give the groups of one wave."""
    from claimledger.grouping import group_ledger

    with Ledger.open(str(seeds_ledger), read_only=True) as ledger:
        stored, reuse = ledger.groups(), ledger.reuse_pairs()
        with ledger.snapshot():
            groups = group_ledger(ledger.iter_documents, ledger.iter_claims, reuse, GroupingSettings(wave_claims=wave))
    assert max(len(g.claims) for g in stored) > wave  # a cluster larger than a wave is a wave of its own
    assert [replace(g, claims=tuple(sorted(g.claims))) for g in groups] == stored


_ORDER_PROBE = """
import json, sys
from claimledger.grouping import group_claims
from claimledger.model import Claim, Document, Span

def doc(i, names):
    text = " ".join(f"{name} said {i} people were hurt." for name in names) or f"{i} people were hurt here."
    return Document(i, f"{i}.txt", text, i, "txt", "utf-8", published="2024-01-05")

docs = [doc("d0", ["Xanthe", "Yarrow"]), doc("d1", []), doc("d2", ["Yarrow"]), doc("d4", ["Xanthe"])]
claims = [Claim(f"c{k}", d, "quantity", Span(0, 2), "", v, what="people hurt", what_key="people|hurt")
          for k, (d, v) in enumerate([("d0", 30), ("d1", 10), ("d1", 20), ("d2", 10), ("d4", 20)])]
print(json.dumps(sorted(sorted(g.claims) for g in group_claims(docs, claims, []))))
"""


def test_groups_do_not_depend_on_the_hash_seed() -> None:
    """Clusters join one at a time while they share no document, so the order in which
    candidate pairs come up decides the groups: it must not come from a set's hash order,
    which changes from one process to the next (PYTHONHASHSEED)."""
    import os
    import subprocess
    import sys

    outputs = {subprocess.run([sys.executable, "-c", _ORDER_PROBE], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
               for seed in range(8)}
    assert len(outputs) == 1, outputs
    assert len(json.loads(outputs.pop())) >= 2


def test_a_cargo_told_with_three_verbs_is_one_group_and_its_other_figure_a_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "p1": ("2024-08-05", "Officials in Marvale said 2,750 tonnes of ammonium nitrate were stored in the port."),
        "p2": ("2024-08-06", "The ship unloaded 2,750 tonnes of ammonium nitrate at Marvale in 2014."),
        "p3": ("2024-08-07", "Marvale investigators blamed 2,570 tonnes of ammonium nitrate for the blast."),
    })
    [group] = groups_with(export, 2570)
    assert values_of(export, group) == ["2570", "2750", "2750"]
    assert group["verdict"] == "conflict"


def test_a_toll_and_a_count_in_other_words_are_one_running_count(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "t1": ("2024-03-02", "At least 14 people were killed in the Orlen quarry collapse."),
        "t2": ("2024-03-03", "The death toll in the Orlen quarry collapse rose to 23."),
        "t3": ("2024-03-05", "In Orlen, 31 people lost their lives in the quarry collapse, officials said."),
    })
    [group] = groups_with(export, 23)
    assert values_of(export, group) == ["14", "23", "31"]
    assert {c["measure"] for c in export["claims"] if c["kind"] == "quantity"} == {"killed"}  # type: ignore[attr-defined]


def test_one_figure_said_twice_in_one_document_in_other_words_is_one_group(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2021-05-02", "Three people were found dead in a van in Tarrow on Sunday. "
                            "The three deaths left the neighbours of the family in Tarrow shaken."),
    })
    [group] = groups_with(export, 3)
    assert values_of(export, group) == ["3", "3"]
    assert group["verdict"] == "single"  # one source saying its figure again agrees with no one


def test_a_report_of_a_figure_joins_the_same_figure_elsewhere_before_another_one(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2021-05-02", "In Tarrow, two victims were listed in critical condition on Sunday. "
                            "A man was killed and three others were wounded in the Tarrow shooting."),
        "b": ("2021-05-03", "Three people were wounded in the Tarrow shooting, police said."),
    })
    [group] = groups_with(export, 3)
    assert values_of(export, group) == ["3", "3"]
    assert group["verdict"] == "agree"


def test_each_report_s_own_toll_joins_the_others_whatever_the_figure(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2022-10-03", "Three people were killed at the Dunmore mall on Sunday. "
                            "Two people were killed in the Dunmore mall food court, police said."),
        "b": ("2022-10-03", "The death toll of the Dunmore mall shooting stood at 2 on Sunday night."),
        "c": ("2022-10-04", "Four people were killed at the Dunmore mall, police said on Monday."),
    })
    [group] = groups_with(export, 4)
    assert values_of(export, group) == ["2", "3", "4"]  # b's toll, not a's second figure
    assert group["verdict"] in ("conflict", "evolving")
    members = {c["doc"] for c in export["claims"] if c["id"] in group["claims"]}  # type: ignore[index]
    assert len(members) == 3


def test_the_same_count_of_children_and_of_people_agree_and_a_different_one_stays_apart(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2023-04-10", "Four children were killed in the Ostrava school fire on Monday."),
        "b": ("2023-04-10", "Four people were killed in the Ostrava school fire, officials said."),
        "c": ("2023-04-11", "Three children were hurt in the Ostrava school fire, the mayor said."),
    })
    [group] = groups_with(export, 4)
    assert values_of(export, group) == ["4", "4"]
    assert group["verdict"] == "agree"
    [hurt] = groups_with(export, 3)
    assert values_of(export, hurt) == ["3"]


def test_lower_bounds_that_rise_are_a_running_count_not_agreement(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2020-08-05", "At least 78 people were killed in the Harbour City port explosion."),
        "b": ("2020-08-06", "At least 137 people were killed in the Harbour City port explosion, officials said."),
        "c": ("2020-08-08", "At least 160 people were killed in the Harbour City port explosion."),
    })
    [group] = groups_with(export, 137)
    assert values_of(export, group) == ["137", "160", "78"]
    assert group["verdict"] == "evolving"


def test_a_vague_amount_beside_one_figure_stated_three_ways_agrees(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2020-08-05", "More than 7,000 people were evacuated from Harbour City."),
        "b": ("2020-08-06", "About 7,000 people were evacuated from Harbour City, officials said."),
        "c": ("2020-08-08", "Harbour City evacuated 7,000 people."),
        "d": ("2020-08-09", "Dozens of people were evacuated from Harbour City."),
    })
    [group] = groups_with(export, 7000)
    assert group["verdict"] == "agree"
    assert any("gives no figure to compare" in note for note in group["notes"])


def test_a_count_of_another_incident_never_groups_with_the_document_s_own(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "f1": ("2014-04-03", "Three people were killed at Fort Tallow on Wednesday, April 2, 2014. "
                             "The 2009 shooting at the same base left 13 people dead."),
        "f2": ("2014-04-04", "Officials at Fort Tallow said 13 people were killed in Wednesday's shooting on April 2, 2014."),
    })
    claims = {c["id"]: c for c in export["claims"]}  # type: ignore[attr-defined]
    for group in groups_with(export, 13):
        events = {claims[c]["event"] for c in group["claims"]}  # type: ignore[index]
        assert len(events) == 1
        if events != {None}:  # the reader is told, in the group's own notes
            assert group["notes"][0].startswith("about another incident than the documents' own: '2009 shooting")


def test_one_speaker_under_three_names_is_one_origin(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "o1": ("2024-05-02", "Prime Minister Hassan Varo said 14 people were killed in the Tessel blast."),
        "o2": ("2024-05-03", "Speaking in the capital on Friday, Varo told reporters that 14 had died at the Tessel plant."),
        "o3": ("2024-05-04", "In Tessel, a toll of 14 dead was confirmed late on Saturday, the prime minister said."),
    })
    [group] = groups_with(export, 14)
    assert group["independent_origins"] == 1 and group["origins"] == ["Prime Minister Hassan Varo"]
    assert any("under two names" in note for note in group["notes"])


def test_the_union_a_headline_names_is_the_federation_its_report_names_in_full(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "m": ("2025-06-04", "Twenty-three workers were killed in the Dunmore factory fire, the Ministry of Labour said."),
        "u": ("2025-06-09", "Union says Dunmore factory fire killed 31\n\nThe Garment Workers Federation said on "
                            "Sunday that 31 workers died in the Dunmore factory fire."),
    })
    [group] = groups_with(export, 31)
    assert group["independent_origins"] == 2
    assert sorted(group["origins"]) == ["Garment Workers Federation", "Ministry of Labour"]


def test_a_state_s_ministry_embassy_officials_and_name_are_one_government(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "mfa": ("2019-05-03", "In three days, 1,187 civilians were murdered in Selvik, the Ministry of Foreign Affairs of "
                              "the Republic of Dorvan said."),
        "emb": ("2019-05-06", "In three days in Selvik, 1,187 civilians were murdered, the Embassy of Dorvan in Norway said."),
        "off": ("2021-05-02", "Dorvani officials say 1,187 civilians were killed in Selvik."),
        "wire": ("2024-05-02", "Dorvan says 1,187 civilians were killed when troops took Selvik."),
        "mod": ("2019-05-04", "The Ministry of Defence of Norrland said 164 people died in Selvik, most of them fighters."),
    })
    [group] = groups_with(export, 1187)
    assert group["independent_origins"] == 2
    assert sorted(group["origins"]) == ["Government of Dorvan", "Government of Norrland"]


def test_a_governor_is_the_one_state_s_government_and_a_group_s_interviewees_are_the_group(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "ministry": ("2025-05-04", "Twelve inmates died in the riot at the Valdris Penal Centre, the Ministry of Justice of "
                                   "Caldoria said."),
        "radio": ("2025-05-05", "Twelve people lost their lives in the Valdris Penal Centre riot, Governor Marta Solis said."),
        "watch": ("2025-05-06", "At least 30 inmates were killed at the Valdris Penal Centre, according to relatives and "
                                "former inmates interviewed by Prison Watch."),
        "wire": ("2025-05-08", "A rights group, Prison Watch, says at least 30 inmates died in the Valdris Penal Centre riot."),
    })
    [group] = groups_with(export, 30)
    assert group["verdict"] == "conflict"
    assert sorted(group["origins"]) == ["Government of Caldoria", "Prison Watch"]


def test_escaped_inmates_recaptured_rise_and_those_at_large_fall(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "ministry": ("2025-05-04", "During the riot at the Valdris Penal Centre, 41 inmates escaped. Security forces have "
                                   "recaptured 22 of them."),
        "radio": ("2025-05-05", "After the riot at the Valdris Penal Centre, nineteen are still at large. We have recaptured 22."),
        "wire": ("2025-05-08", "Caldorian authorities said that 35 of the 41 inmates who escaped from the Valdris Penal "
                               "Centre during last week's riot had been recaptured. Six remain at large."),
    })
    [recaptured] = groups_with(export, 35)
    assert values_of(export, recaptured) == ["22", "22", "35"] and recaptured["verdict"] == "evolving"
    [at_large] = groups_with(export, 6)
    assert values_of(export, at_large) == ["19", "6"] and at_large["verdict"] == "evolving"
    [escaped] = groups_with(export, 41)
    assert len(escaped["claims"]) == 2  # last week's riot is the riot the wire reports, no other incident


def test_two_states_bodies_are_two_governments_and_a_court_is_no_state(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "us": ("2024-03-01", "The Permanent Mission of the United States to the United Nations said 120 civilians "
                             "died when artillery hit Ardenia."),
        "uk": ("2024-03-02", "Shelling of Ardenia killed 120 civilians on Friday, according to the Embassy of the "
                             "United Kingdom in Oslo."),
        "icc": ("2024-03-03", "The Office of the Prosecutor of the International Criminal Court is investigating the "
                              "deaths of 120 civilians in Ardenia."),
    })
    [group] = groups_with(export, 120)
    assert group["independent_origins"] == 3
    assert "Government of United States" in group["origins"] and "Government of United Kingdom" in group["origins"]


def test_the_group_a_report_credits_is_the_one_group_it_names_elsewhere(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "live": ("2024-01-24", "Police detained 1,512 people at the Varesk protests, according to the monitoring group "
                               "Civic Watch."),
        "wire": ("2024-01-25", "In its final tally, the group said 1,512 people were detained at the Varesk protests."),
    })
    [group] = groups_with(export, 1512)
    assert group["independent_origins"] == 1 and group["origins"] == ["Civic Watch"]


def test_a_lower_case_description_is_the_one_body_whose_name_ends_with_it(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "cg": ("2025-11-02", "Lindos Coast Guard\nAnnouncement, 2 November 2025\n\nSo far 31 bodies have been "
                             "recovered off Cape Lindos."),
        "news": ("2025-11-02", "At least 31 people died off Cape Lindos, the coast guard said."),
    })
    [group] = groups_with(export, 31)
    assert group["independent_origins"] == 1 and group["origins"] == ["Lindos Coast Guard"]


def test_one_figure_beside_vague_amounts_agrees_with_no_one(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-11-02", "Dozens were missing after the boat sank off Cape Lindos."),
        "b": ("2025-11-05", "At least 50 people are missing after the Cape Lindos shipwreck."),
    })
    [group] = groups_with(export, 50)
    assert group["verdict"] == "single"


WIRE = ("The explosion at the Tessel chemical plant on Tuesday killed 14 workers and injured dozens more, "
        "according to the regional emergency service, which said rescue teams were still searching the "
        "collapsed storage hall late into the night while residents of nearby streets were told to keep "
        "their windows closed because of smoke drifting over the river valley from the burning site.")


def test_a_wire_story_run_by_three_outlets_is_one_origin_that_says_why(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "Valley Times": ("2024-05-02", WIRE),
        "Harbour Daily": ("2024-05-02", WIRE.replace("Tuesday", "Tuesday morning")),
        "The Courier": ("2024-05-03", "Reporting from the scene. " + WIRE),
    })
    [group] = groups_with(export, 14)
    assert group["independent_origins"] == 1
    assert any("share a copied passage" in note for note in group["notes"])


def test_an_outlet_s_own_voice_is_its_name_or_domain_never_a_file_name(tmp_path: Path) -> None:
    from claimledger.model import Document

    docs = [Document(id=f"d{n}", path=f"/data/0{n}_blog_repost.txt", text=f"The flood left {n + 20} dead in Tessel.",
                     content_hash=f"h{n}", fmt="txt", encoding="utf-8", url=url, published="2024-05-02")
            for n, url in ((1, "https://www.tesselnews.example/a"), (2, None))]
    claims = [replace(c, doc=d.id) for d in docs for c in claimledger.extract(d.text) if c.kind == "quantity"]
    names = {o for g in group_claims(docs, claims, []) for o in g.origins}
    assert names == {"tesselnews.example", "an unnamed outlet (document d2)"}


def test_a_victim_named_later_does_not_contradict_the_toll(tmp_path: Path) -> None:
    """A later report that tells of one victim ("killing 30-year-old Carlos Diaz") states no toll:
    the toll's group keeps its agreement instead of a conflict of 3 against 1."""
    export = ledger_of(tmp_path, {
        "a": ("2024-01-22", "Three people were killed in the Orvale shooting, deputies said."),
        "b": ("2024-01-23", "In Orvale, 3 people were killed in the shooting on Sunday, the sheriff said."),
        "c": ("2024-01-24", "The Orvale gunman died after shooting and killing 30-year-old Carlos Diaz, deputies said."),
    })
    [toll] = groups_with(export, 3)
    assert values_of(export, toll) == ["3", "3"] and toll["verdict"] == "agree"


def test_an_earthquake_s_magnitude_stated_two_ways_is_one_group_in_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-06-07", "A magnitude 6.8 earthquake struck Morvia province at dawn, the national agency said."),
        "b": ("2025-06-08", "The quake that hit Morvia province, measured at magnitude 6.8 by the national agency, "
                            "destroyed 1,200 homes."),
        "c": ("2025-06-09", "A 7.1-magnitude quake struck Morvia province, the US Geological Survey said."),
    })
    [group] = groups_with(export, 7.1)
    claims = {c["id"]: c for c in export["claims"]}  # type: ignore[attr-defined]
    assert sorted(claims[c]["value"] for c in group["claims"]) == [6.8, 6.8, 7.1]  # type: ignore[index]
    assert group["verdict"] == "conflict"


def test_a_crowd_counted_by_the_police_and_by_the_organisers_is_a_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "police": ("2026-03-14", "About 5,000 people took part in Saturday's march in central Halvik, the police said."),
        "union": ("2026-03-14", "More than 20,000 people marched through central Halvik on Saturday, the union said."),
    })
    [group] = groups_with(export, 5000)
    claims = {c["id"]: c for c in export["claims"]}  # type: ignore[attr-defined]
    assert sorted(claims[c]["value"] for c in group["claims"]) == [5000, 20000]  # type: ignore[index]
    assert group["verdict"] == "conflict"
    assert {claims[c]["measure"] for c in group["claims"]} == {"attended"}  # type: ignore[index]


def test_one_report_crediting_two_tolls_to_two_sources_is_a_conflict(tmp_path: Path) -> None:
    """A document that sets the survivors' figure against the ministry's gives two tolls at once:
    they are one group with the other reports, in conflict, not a rising count."""
    export = ledger_of(tmp_path, {
        "a": ("2025-03-03", "At least 12 people died after the ferry capsized off Marlow Island, the coast guard said."),
        "b": ("2025-03-05", "The death toll from the Marlow Island ferry disaster has risen to 31, officials said."),
        "c": ("2025-03-10", "The survivors' group said 35 people died when the ferry sank off Marlow Island. "
                            "The transport ministry puts the death toll at 33."),
    })
    [group] = groups_with(export, 33)
    assert values_of(export, group) == ["12", "31", "33", "35"]
    assert group["verdict"] == "conflict"


def test_the_same_source_s_figures_in_one_report_stay_apart(tmp_path: Path) -> None:
    """A police lieutenant's toll and the police's count of the men found at the house are one
    source's words: some of the victims, not a rival toll."""
    export = ledger_of(tmp_path, {
        "a": ("2016-05-02", "Four people were wounded in a shooting at a home in Vallejo, a police lieutenant said. "
                            "At the home, police said, officers found two men suffering from gunshot wounds."),
        "b": ("2016-05-03", "Four people were hurt in the Vallejo shooting, police said on Tuesday."),
    })
    [toll] = groups_with(export, 4)
    assert values_of(export, toll) == ["4", "4"] and toll["verdict"] == "agree"


def test_a_vague_headline_figure_leaves_the_precise_one_to_join_the_other_reports(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-03-03", "Dozens missing after ferry capsizes off Marlow Island\n\n"
                            "At least 40 people were missing after the ferry capsized off Marlow Island, the coast guard said."),
        "b": ("2025-03-04", "About 20 people are still missing after the Marlow Island ferry capsized, the coast guard said."),
        "c": ("2025-03-05", "Nine people remain missing after the Marlow Island ferry sank, officials said."),
    })
    [group] = groups_with(export, 40)
    assert values_of(export, group) == ["20", "40", "9", "[12, 120]"]  # "dozens" shown beside, deciding nothing
    assert group["verdict"] == "evolving"


def test_an_origin_is_named_by_the_body_its_documents_credit_not_by_the_first_outlet(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "North Post": ("2024-11-02", "Quake kills 48 in Tarvel\n\n"
                                     "At least 48 people were killed in the Tarvel earthquake, the national disaster agency said."),
        "Harbour Review": ("2024-11-03", "At least 48 people died in the Tarvel earthquake, the national disaster agency said."),
    })
    [group] = groups_with(export, 48)
    assert group["origins"] == ["national disaster agency"]


def test_one_body_under_its_names_in_other_orders_is_one_origin(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "wire": ("2026-03-03", "A cholera outbreak in Tarnov has killed 12 people, the country's health ministry said."),
        "local": ("2026-03-04", "The cholera outbreak in Tarnov has killed 12 people, the health ministry said on Wednesday."),
        "agency": ("2026-03-05", "The Ministry of Health of Velmora has reported 12 deaths in the cholera outbreak in Tarnov."),
    })
    [group] = groups_with(export, 12)
    assert group["independent_origins"] == 1


def test_people_besides_those_counted_are_no_rival_toll(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "times": ("2013-02-12", "A man was killed and four other people were hurt in a shooting at a home in Vallejo, "
                                "police said. Three other people had been shot at the home and were treated at "
                                "hospitals, authorities said."),
    })
    [group] = groups_with(export, 4)
    assert group["verdict"] != "conflict"


def test_the_level_of_one_share_reported_twice_is_one_group(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "post": ("2026-06-04", "Final turnout in the Velna referendum was 61 percent, the commission said."),
        "agency": ("2026-06-05", "The commission put turnout in the Velna referendum at 59 percent."),
    })
    [group] = groups_with(export, 61)
    assert values_of(export, group) == ["59", "61"] and group["verdict"] == "conflict"


def test_a_figure_another_source_sets_against_it_with_its_noun_left_out_is_a_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "blog": ("2026-03-12", "The health ministry says 23 people have died in the Tarnov cholera outbreak. "
                               "The opposition says at least 30."),
    })
    [group] = groups_with(export, 23)
    assert values_of(export, group) == ["23", "30"] and group["verdict"] == "conflict"


def test_a_body_and_its_initials_are_one_origin(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "wire": ("2026-03-03", "The World Health Organization said 40 people had died of cholera in Tarnov."),
        "local": ("2026-03-04", "Forty people have died of cholera in Tarnov, the WHO said on Wednesday."),
    })
    [group] = groups_with(export, 40)
    assert group["independent_origins"] == 1 and group["origins"] == ["World Health Organization"]


def test_cases_of_an_illness_that_rise_are_evolving_and_its_deaths_their_own_count(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "wire": ("2026-03-03", "The cholera outbreak in Tarnov has sickened more than 340 people, the health ministry said."),
        "local": ("2026-03-06", "The number of suspected cases in the Tarnov cholera outbreak passed 500 on Thursday."),
        "agency": ("2026-03-10", "The ministry has reported 812 suspected cholera cases in Tarnov, including 23 deaths."),
        "blog": ("", "The WHO reported 812 suspected cases of cholera in Tarnov."),  # undated: it fits anywhere in the run
    })
    [cases] = groups_with(export, 812)
    assert values_of(export, cases) == ["340", "500", "812", "812"] and cases["verdict"] == "evolving"
    assert cases["independent_origins"] == 3  # "the ministry" is the health ministry the group names in full
    [deaths] = groups_with(export, 23)
    assert deaths["measure"] == "killed"


def test_one_report_giving_the_police_s_and_the_organisers_crowd_carries_two_origins(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "daily": ("2025-05-12", "About 8,000 people joined Sunday's march in Velna, police said. "
                                "The organisers said 25,000 people took part in the march."),
        "times": ("2025-05-13", "Organisers said 25,000 people took part in Sunday's march in Velna."),
    })
    [group] = groups_with(export, 8000)
    assert values_of(export, group) == ["25000", "25000", "8000"]
    assert group["verdict"] == "conflict"
    assert group["independent_origins"] == 2
    assert sorted(str(o).lower() for o in group["origins"]) == ["organisers", "police"]  # type: ignore[attr-defined]


def test_the_answer_of_a_change_is_its_new_figure(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "times": ("2025-05-13", "The number of people arrested after the Velna protest has risen to 31, "
                                "police said on Monday, up from 14 on Sunday night."),
    })
    [group] = groups_with(export, 31)
    assert values_of(export, group) == ["14", "31"]
    assert group["answer"] == 31 and group["first"] == 14


def test_protesters_arrested_join_the_arrests_that_rose_from_the_same_figure(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "daily": ("2025-05-12", "Officers arrested 14 protesters after clashes in Velna, police said."),
        "times": ("2025-05-13", "The number of people arrested after the Velna protest has risen to 31, "
                                "police said on Monday, up from 14 on Sunday night."),
    })
    [group] = groups_with(export, 31)
    assert values_of(export, group) == ["14", "14", "31"]
    assert group["verdict"] == "evolving" and group["answer"] == 31


def test_an_origin_s_name_is_the_same_whatever_the_hash_seed() -> None:
    """Names of one body that tie on length ("Police", "police") are taken in a fixed order, not a
    set's, so a build names its origins alike from run to run."""
    code = ("from claimledger.grouping.origins import _Speakers;"
            "print(_Speakers(['police', 'Police', 'Agency', 'agency']).fullest('police'),"
            " _Speakers(['police', 'Police', 'Agency', 'agency']).fullest('agency'))")
    names = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                            capture_output=True, text=True, check=True).stdout for seed in range(6)}
    assert len(names) == 1


def test_a_fire_s_burned_area_containment_and_homes_destroyed_run_as_it_is_fought(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "sat": ("2024-08-03", "A wildfire near Pine Hollow has burned roughly 9,000 acres, fire officials said. "
                              "The fire was 5% contained on Saturday."),
        "mon": ("2024-08-05", "The Pine Hollow fire has grown to more than 15,000 acres and destroyed at least 30 "
                              "homes, officials said. Crews had it 20 percent contained."),
        "fri": ("2024-08-09", "The Pine Hollow fire was 85% contained after burning 17,400 acres, the forestry "
                              "agency said. It revised the number of homes destroyed to 34, up from 30."),
    })
    [area] = groups_with(export, 17400)
    assert area["verdict"] == "evolving" and values_of(export, area) == ["15000", "17400", "9000"]
    [contained] = groups_with(export, 85)
    assert contained["verdict"] == "evolving" and values_of(export, contained) == ["20", "5", "85"]
    [homes] = groups_with(export, 34)
    assert homes["verdict"] == "evolving" and "30" in values_of(export, homes)


def test_a_cargo_stated_two_ways_is_still_a_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2024-08-05", "The Ilva warehouse stored 2,750 tonnes of fertiliser, the port authority said."),
        "b": ("2024-08-07", "Inspectors said 2,570 tonnes of fertiliser had been kept at the Ilva warehouse."),
    })
    [cargo] = groups_with(export, 2750)
    assert cargo["verdict"] == "conflict"


def test_a_live_blog_s_risen_toll_supersedes_its_earlier_entry(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "live": ("2025-06-10", "Earthquake in Vera: live\n"
                               "14:05 — The death toll has risen to 45, the civil protection agency says.\n"
                               "12:30 — At least 30 people have died, officials say."),
    })
    [group] = groups_with(export, 45)
    assert values_of(export, group) == ["30", "45"]
    assert group["verdict"] != "agree"
    assert any("value before the change" in note for note in group["notes"])


def test_figures_that_allow_each_other_but_differ_on_one_day_are_a_conflict_not_agreement(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2024-06-10", "At least 30 people were killed in the Orvale quake, officials said."),
        "b": ("2024-06-10", "The Orvale quake killed 45 people, the civil protection agency said."),
    })
    [group] = groups_with(export, 45)
    assert values_of(export, group) == ["30", "45"]
    assert group["verdict"] == "conflict" and any("state different figures" in n for n in group["notes"])


def test_figures_that_brought_a_toll_to_its_new_figure_are_some_of_it_not_rivals(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-03-04", "At least 12 miners were killed when the Dorn colliery collapsed in Kelby."),
        "b": ("2025-03-05", "The death toll in the Dorn colliery collapse in Kelby rose to 17 after rescuers recovered "
                            "five more bodies."),
        "c": ("2025-03-11", "A week after the Dorn colliery collapse in Kelby, the death toll stands at 21 after two "
                            "injured miners died in hospital."),
    })
    [group] = groups_with(export, 17)
    assert values_of(export, group) == ["12", "17", "21"]
    assert group["verdict"] == "evolving"
    assert group["answer"] == 21


def test_one_report_s_trapped_and_another_s_unaccounted_for_are_one_running_count(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-03-04", "Twelve miners were killed and 30 others remain trapped after the Dorn colliery in Kelby "
                            "collapsed."),
        "b": ("2025-03-05", "In Kelby, twenty-five miners are still missing after the Dorn colliery collapse."),
        "c": ("2025-03-06", "Dorn colliery: 19 dead. The ministry said 19 miners lost their lives at the Dorn colliery "
                            "in Kelby, and 23 miners remain unaccounted for."),
    })
    [missing] = groups_with(export, 25)
    assert values_of(export, missing) == ["23", "25", "30"]
    assert missing["verdict"] == "evolving"
    [killed] = groups_with(export, 19)
    assert values_of(export, killed) == ["12", "19", "19"]  # the headline's "19 dead" and the body's "19 miners"


def test_two_reports_of_the_day_of_one_collapse_conflict_and_the_day_it_was_said_stays_apart(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-03-04", "Part of the Dorn colliery in Kelby collapsed late on Monday, officials said on Tuesday."),
        "b": ("2025-03-06", "Nineteen miners died in the collapse at the Dorn colliery in Kelby on 3 March 2025."),
        "c": ("2025-03-11", "Investigators said the collapse of the Dorn colliery in Kelby occurred in the early hours "
                            "of March 4, when a pillar failed."),
    })
    [day] = groups_with(export, "2025-03-03")
    assert values_of(export, day) == ["2025-03-03", "2025-03-03", "2025-03-04"]
    assert day["verdict"] == "conflict"
    said = [g for g in groups_with(export, "2025-03-04") if g is not day]
    assert len(said) == 1 and said[0]["verdict"] == "single"  # "officials said on Tuesday"


def test_a_quote_cut_down_by_another_report_links_to_the_whole_only_from_the_same_speaker(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-03-04", '"We are working around the clock and we have not given up on anyone," said Elena Marsh, '
                            "the head of the emergency service."),
        "b": ("2025-03-05", '"We have not given up on anyone," Marsh said at a briefing.'),
        "c": ("2025-03-05", '"We are working around the clock," said Tomas Brandt, who leads the union.'),
    })
    quotes = [g for g in export["groups"] if g["kind"] == "quote"]  # type: ignore[attr-defined]
    claims = {c["id"]: c for c in export["claims"]}  # type: ignore[attr-defined]
    speakers = sorted(sorted(claims[i]["speaker"] for i in g["claims"]) for g in quotes)
    assert speakers == [["Elena Marsh", "Marsh"], ["Tomas Brandt"]]


def test_a_quoted_phrase_of_another_report_s_quote_links_only_from_the_same_speaker(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-07-18", '"We turned a corner today," Fire Chief Marcus Webb told reporters on Thursday.'),
        "b": ("2025-07-25", 'Chief Webb said a week ago that crews had "turned a corner." He thanked the crews.'),
        "c": ("2025-07-25", 'Mayor Ruth Olsen said the town had "turned a corner" on its budget.'),
    })
    quotes = [g for g in export["groups"] if g["kind"] == "quote"]  # type: ignore[attr-defined]
    claims = {c["id"]: c for c in export["claims"]}  # type: ignore[attr-defined]
    speakers = sorted(sorted(claims[i]["speaker"] for i in g["claims"]) for g in quotes)
    assert speakers == [["Chief Webb", "Fire Chief Marcus Webb"], ["Mayor Ruth Olsen"]]


def test_a_live_blog_s_later_entry_updates_its_earlier_one_whatever_order_it_prints_them(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-05-01", "Live: the pension march in Havel\n\n18:20 - Havel police now say 14 people have been "
                            "detained since the afternoon.\n\n16:40 - Police say 8 people have been arrested near "
                            "Liberty Square in Havel."),
        "b": ("2025-05-01", "Police said 14 people were arrested after the pension march in Havel."),
        "c": ("2025-05-02", "Police detained 22 people after the pension march in Havel, police said on Friday."),
        "d": ("2025-05-02", "We condemn the arrest of 22 peaceful demonstrators at the pension march in Havel."),
    })
    [arrests] = groups_with(export, 22)
    assert values_of(export, arrests) == ["14", "14", "22", "22", "8"]
    assert arrests["verdict"] == "evolving"  # arrested and detained are one count; 8 was its state at 16:40


@pytest.mark.parametrize(("night", "verdict"), [
    ("With 62% of ballots counted, Mayor Ana Ruiz had 51.8% of the vote in Lindmark, preliminary results showed.",
     "evolving"),  # a count in progress: the final figure is what it became
    ("Mayor Ana Ruiz had 51.8% of the vote in Lindmark, the election board said.", "conflict"),
])
def test_a_share_of_a_count_in_progress_evolves_into_the_final_one_and_a_final_one_conflicts(
        tmp_path: Path, night: str, verdict: str) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-10-12", night),
        "b": ("2025-10-13", "Mayor Ana Ruiz won in Lindmark with 52.1 percent of the vote, the final count showed."),
    })
    [share] = groups_with(export, 52.1)
    assert values_of(export, share) == ["51.8", "52.1"] and share["verdict"] == verdict


@pytest.mark.parametrize(("first", "update", "verdict"), [
    ("2025-02-17T08:00:00Z", "2025-02-17T20:15:00Z", "evolving"),  # a wire's morning toll, then its evening update
    ("2025-02-17", "2025-02-17", "conflict"),  # the same day, no time: no order to read a change in
])
def test_two_reports_of_one_day_are_ordered_by_their_moments(tmp_path: Path, first: str, update: str,
                                                             verdict: str) -> None:
    export = ledger_of(tmp_path, {
        "a": (first, "A strong earthquake struck Karsin province on Monday, killing at least 45 people."),
        "b": (update, "The death toll from Monday's earthquake in Karsin province rose to 112."),
    })
    [toll] = groups_with(export, 112)
    assert values_of(export, toll) == ["112", "45"] and toll["verdict"] == verdict


def test_a_month_s_figure_and_another_month_s_stay_apart_and_a_revision_evolves(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "aug": ("2025-09-05", "Norland's economy added 142,000 jobs in August, the Norland Statistics Office said."),
        "wire": ("2025-09-05", "Norland added 142,000 jobs in August, the Norland Statistics Office reported."),
        "sep": ("2025-10-03", "Norland's economy added 98,000 jobs in September, the Norland Statistics Office said. "
                              "August's gain was revised down to 121,000 from 142,000."),
    })
    [august] = groups_with(export, 121000)
    assert values_of(export, august) == ["121000", "142000", "142000", "142000"]
    assert august["verdict"] == "evolving"  # a revision of August's figure, a month later
    [september] = groups_with(export, 98000)
    assert september["verdict"] == "single"


def test_a_figure_that_names_its_month_joins_one_that_names_none(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-09-17", "Delta Chemicals was fined 4.5 million pounds in March over the Marlow blast."),
        "b": ("2025-09-18", "Delta Chemicals was fined 4.5 million pounds over the Marlow blast."),
    })
    [fine] = groups_with(export, 4500000)
    assert values_of(export, fine) == ["4500000", "4500000"]


def test_aid_pledged_then_increased_is_one_sum_that_moves_and_a_sum_for_something_else_stays_apart(tmp_path: Path
                                                                                                  ) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-06-11", "The government pledged 2 million euros in emergency aid for Rivertown."),
        "b": ("2025-06-12", "For Rivertown, the Government has increased its emergency aid to 5 million euros."),
        "c": ("2025-06-12", "Rivertown's new bridge will cost 40 million euros in public money."),
    })
    [aid] = groups_with(export, 2000000)
    assert values_of(export, aid) == ["2000000", "5000000"]
    assert aid["verdict"] == "evolving"
    [bridge] = groups_with(export, 40000000)
    assert bridge["verdict"] == "single"


def test_a_prison_term_told_as_jailed_and_as_sentenced_is_one_figure(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-09-17", "A court in Marlow jailed Viktor Hale for six years over the Delta blast."),
        "b": ("2025-09-18", "A court in Marlow sentenced Viktor Hale to six years in prison over the Delta blast."),
    })
    [term] = groups_with(export, 6)
    assert values_of(export, term) == ["6", "6"] and term["verdict"] == "agree"


def test_the_same_figure_of_the_same_thing_told_with_other_verbs_in_related_reports_is_one_claim(tmp_path: Path
                                                                                                ) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-09-19", "The Delta Families Group represents 38 relatives of the workers."),
        "b": ("2025-09-20", "The Delta families say 38 relatives still want answers."),
        "c": ("2025-09-20", "In Kelby, 38 relatives of flood victims met the mayor."),
    })
    groups = groups_with(export, 38)
    assert sorted(len(g["claims"]) for g in groups) == [1, 2]  # Kelby names nothing the Delta reports name


def test_a_vague_headline_amount_never_bridges_two_counts_through_its_span(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-10-02", "Dozens killed in Karsa\n\nAt least 45 people were killed in Karsa, the health ministry said. "
                            "The army said 12 attackers were killed in Karsa."),
        "b": ("2025-10-03", "In Karsa, 12 attackers were killed, the Ministry of Defence said."),
    })
    [attackers] = groups_with(export, 12)
    assert values_of(export, attackers) == ["12", "12"]


def test_soldiers_hurt_on_one_side_are_no_later_figure_of_the_protesters_hurt(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-10-02", "In Karsa, 120 people were wounded when troops fired on protesters."),
        "b": ("2025-10-03", "Near Karsa, 3 soldiers were injured in the exchange of fire."),
    })
    assert [len(g["claims"]) for g in groups_with(export, 120)] == [1]
    assert [len(g["claims"]) for g in groups_with(export, 3)] == [1]


def test_a_tally_that_stays_at_a_figure_is_the_count_before_it(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-10-04", "The Karsa Rights Observatory said that 58 people had been killed in Karsa. "
                            "The regional health ministry's figure remained at 45."),
    })
    [killed] = groups_with(export, 58)
    assert values_of(export, killed) == ["45", "58"] and killed["verdict"] == "conflict"


def test_a_report_s_own_toll_is_its_whole_count_not_the_bodies_it_adds(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-08-29", "The death toll from Hurricane Dana in Harlan County rose to nine on Friday."),
        "b": ("2025-08-30", "UPDATE: 2 more bodies recovered in Harlan County. Storm-related deaths statewide now 11."),
    })
    [toll] = groups_with(export, 9)
    assert values_of(export, toll) == ["11", "9"] and toll["verdict"] == "evolving"


def test_the_wind_speeds_two_reports_give_one_storm_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-08-28", "Hurricane Dana made landfall near Port Ellis with winds of 130 miles per hour."),
        "b": ("2025-09-02", "Hurricane Dana came ashore near Port Ellis with 140 mph winds. It was moving at 12 mph."),
    })
    [wind] = groups_with(export, 130)
    assert values_of(export, wind) == ["130", "140"] and wind["verdict"] == "conflict"


def test_a_wire_copy_setting_two_bodies_against_each_other_keeps_them_two_origins(tmp_path: Path) -> None:
    body = ("At least 45 people were killed in Karsa on Wednesday, the regional health ministry said. "
            "The Karsa Rights Observatory put the death toll at 52.")
    export = ledger_of(tmp_path, {
        "wire": ("2025-10-02", "Dozens killed in Karsa\n\n" + body),
        "copy": ("2025-10-02", "Karsa: at least 45 dead\n\n" + body),
    })
    [group] = groups_with(export, 52)
    assert group["verdict"] == "conflict"
    assert group["independent_origins"] == 2  # the headline's "Dozens" is no origin of its own, and bridges nothing
    assert sorted(str(o) for o in group["origins"]) == ["Karsa Rights Observatory", "regional health ministry"]  # type: ignore[attr-defined]


def test_a_headline_s_generic_description_of_a_named_body_is_that_body(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "daily": ("2025-10-04", "Karsa death toll rises to 58, rights group says\n\nThe Karsa Rights Observatory said "
                                "on Friday that 58 people had been killed in Karsa."),
        "wire": ("2025-10-02", "At least 45 people were killed in Karsa, the regional health ministry said."),
    })
    [group] = groups_with(export, 58)
    assert sorted(str(o) for o in group["origins"]) == ["Karsa Rights Observatory", "regional health ministry"]  # type: ignore[attr-defined]


def test_each_candidate_s_vote_share_is_one_figure_across_reports_apart_from_the_rival_s(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "prelim": ("2025-11-03", "In Dorval, Mayor Ana Ruiz won 52.4 percent of the vote and challenger Tom Vance "
                                 "44.1 percent, the election commission said."),
        "final": ("2025-11-05", "Final Dorval election results gave Ruiz 52.1 percent and Vance 44.6 percent."),
    })
    [ruiz] = groups_with(export, 52.4)
    assert values_of(export, ruiz) == ["52.1", "52.4"]
    [vance] = groups_with(export, 44.1)
    assert values_of(export, vance) == ["44.1", "44.6"]


def test_one_volume_in_gallons_and_in_litres_agrees_and_a_larger_one_conflicts(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "operator": ("2025-05-06", "About 88,000 gallons of crude oil leaked from the Orla pipeline, the company said."),
        "agency": ("2025-05-07", "Some 330,000 litres of crude oil entered the Orla river from the pipeline."),
        "ngo": ("2025-05-09", "The Orla pipeline spill put closer to 500,000 litres of crude into the river."),
    })
    [volume] = groups_with(export, 88000)
    assert values_of(export, volume) == ["330000", "500000", "88000"]
    assert volume["verdict"] == "conflict"
    assert all("88,000 gallons" not in note or "500,000" in note for note in volume["notes"])  # type: ignore[attr-defined]
    export = ledger_of(tmp_path, {
        "operator": ("2025-05-06", "About 88,000 gallons of crude oil leaked from the Orla pipeline, the company said."),
        "agency": ("2025-05-07", "Some 330,000 litres of crude oil entered the Orla river from the pipeline."),
    })
    [volume] = groups_with(export, 88000)
    assert volume["verdict"] == "agree"
    assert (volume["answer"], volume["unit"]) == (330000, "litre")
    low, high = volume["range"]  # type: ignore[misc]
    assert low == 330000 and round(high) == 333116  # the gallons in litres: the range is given in the answer's unit


def test_a_length_given_in_miles_and_kilometres_is_one_measurement(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "courier": ("2025-05-06", "Oil has coated a 12-mile (19 km) stretch of the Orla river."),
        "agency": ("2025-05-07", "Oil has been observed along 19 kilometres of the Orla river."),
    })
    [stretch] = groups_with(export, 12)
    assert values_of(export, stretch) == ["12", "19", "19"]
    assert stretch["verdict"] == "agree"


def test_the_sentence_a_prosecutor_sought_is_one_figure_and_the_sentence_given_another(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "court": ("2025-10-16", "The Dunmore court sentenced Viktor Sael to nine years in prison. The prosecutor had "
                                "sought a sentence of 12 years. The main hearing took place over 14 weeks. Between 2017 "
                                "and 2022 Sael accepted bribes worth 2.4 million euros from Dunmore shipping firms."),
        "wire": ("2025-10-16", "A Dunmore court jailed Viktor Sael for nine years for taking bribes worth 2.4 million "
                               "euros. Prosecutors had asked for 12 years. The trial lasted 14 weeks."),
    })
    [sought] = groups_with(export, 12)
    assert values_of(export, sought) == ["12", "12"] and sought["verdict"] == "agree"
    [given] = groups_with(export, 9)
    assert values_of(export, given) == ["9", "9"]
    [weeks] = groups_with(export, 14)
    assert values_of(export, weeks) == ["14", "14"]
    [bribes] = groups_with(export, 2400000)  # the total of a span of years is the sum the other report gives
    assert values_of(export, bribes) == ["2400000", "2400000"]


def test_a_record_temperature_in_celsius_and_fahrenheit_is_one_figure(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "wire": ("2025-07-14", "Temperatures in Corran hit 41.2 degrees Celsius (106.2 degrees Fahrenheit) on Monday, "
                               "a national record."),
        "sun": ("2025-07-15", "Corran hit a scorching 106F yesterday, smashing the national record."),
        "met": ("2025-07-15", "A national record of 41.2°C was set at Corran on 14 July 2025. The previous record, "
                              "40.3°C, was set at Corran in 2019."),
    })
    [record] = groups_with(export, 106)
    assert values_of(export, record) == ["106", "106.2", "41.2", "41.2"]
    assert record["verdict"] == "agree"
    [previous] = groups_with(export, 40.3)
    assert values_of(export, previous) == ["40.3"]


def test_a_wire_s_dateline_names_the_place_its_counts_are_of(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "wire": ("2025-07-16", "CORRAN, July 16 (Wire) - The number of deaths linked to the heatwave rose to 27, the "
                               "health ministry said."),
        "sun": ("2025-07-15", "At least 19 people have now died in the Corran heatwave, officials said."),
    })
    [deaths] = groups_with(export, 27)
    assert values_of(export, deaths) == ["19", "27"] and deaths["verdict"] == "evolving"


def test_a_figure_credited_to_an_unnamed_post_is_one_origin_with_who_gave_it_first(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "post": ("2025-11-08", "BREAKING: more than 40 dead in the Karst Pass bus crash, the truth is being hidden."),
        "police": ("2025-11-08", "Nine people were killed in the Karst Pass bus crash, Tessaly Regional Police said."),
        "check": ("2025-11-10", "A post shared widely on social media claims that more than 40 people died in the "
                                "bus crash on the Karst Pass. Tessaly Regional Police said nine people were killed."),
    })
    [killed] = groups_with(export, 40)
    assert killed["verdict"] == "conflict"
    assert killed["independent_origins"] == 2  # the post's 40 and the police's nine; the fact check confirms neither
    [merged] = [o for o in killed["origin_members"] if any("no one it names" in why for why in o["why"])]  # type: ignore[attr-defined]
    assert merged["why"] == ["check (2025-11-10) credits the figure to no one it names (post); post (2025-11-08) gave it first"]


def test_a_stadium_s_capacity_is_one_figure_and_its_crowd_another_in_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "wire": ("2025-04-12", "At least 12 people were killed in a crush at the 40,000-capacity Arena Norte stadium in "
                               "Valdera, police said."),
        "federation": ("2025-04-13", "The Arena Norte match in Valdera was attended by 38,412 spectators, below the "
                                     "stadium's capacity of 40,000."),
        "herald": ("2025-04-14", "Police estimated that more than 50,000 people were inside Arena Norte in Valdera, "
                                 "far more than the stadium, which holds 40,000, was built for."),
    })
    [capacity] = groups_with(export, 40000)
    assert values_of(export, capacity) == ["40000", "40000", "40000"] and capacity["verdict"] == "agree"
    [crowd] = groups_with(export, 38412)
    assert values_of(export, crowd) == ["38412", "50000"] and crowd["verdict"] == "conflict"


def test_refugees_abroad_and_people_displaced_at_home_are_two_counts_and_a_headline_restates_its_lede(
        tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "wire": ("2025-06-08", "More than half a million flee Ardenia fighting\n\nMore than half a million people have "
                               "fled the fighting in Ardenia into neighbouring countries, the UN Refugee Office said."),
        "office": ("2025-06-10", "Some 680,500 people have fled Ardenia into neighbouring countries. An estimated 1.3 "
                                 "million people are internally displaced inside Ardenia."),
        "monitor": ("2025-06-15", "The UN Refugee Office estimates that 1.3 million people are internally displaced "
                                  "inside Ardenia. Local aid groups working in the east put the number at closer to 2 million."),
    })
    [refugees] = groups_with(export, 680500)
    assert values_of(export, refugees) == ["500000", "500000", "680500"] and refugees["verdict"] == "evolving"
    [displaced] = groups_with(export, 1300000)
    assert values_of(export, displaced) == ["1300000", "1300000", "2000000"] and displaced["verdict"] == "conflict"


def test_each_place_s_count_runs_on_its_own_where_a_report_splits_the_incident_by_place(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "wire": ("2026-03-02", "The quake killed at least 1,200 people in Varnia and 340 in Oskel, officials said."),
        "agency": ("2026-03-03", "The death toll in Varnia has risen to 2,150. A further 8,400 people were injured."),
        "ministry": ("2026-03-03", "In Oskel, 512 people have died and 1,900 were injured, the ministry said."),
        "tribune": ("2026-03-04", "The combined death toll rose to 2,840 on Wednesday: 2,310 in Varnia and 530 in Oskel."),
    })
    [varnia] = groups_with(export, 2150)
    [oskel] = groups_with(export, 512)
    [total] = groups_with(export, 2840)
    assert values_of(export, varnia) == ["1200", "2150", "2310"] and varnia["verdict"] == "evolving"
    assert values_of(export, oskel) == ["340", "512", "530"] and oskel["verdict"] == "evolving"
    assert values_of(export, total) == ["2840"]
    assert str(varnia["what"]).endswith(" in Varnia") and str(oskel["what"]).endswith(" in Oskel")
    assert " in " not in str(total["what"])  # the whole incident's toll names no place


def test_each_quarter_s_sum_is_its_own_group_labelled_with_its_quarter(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "release": ("2025-10-29", "Halden reported net sales of $1.91 billion for the third quarter of 2025."),
        "wire": ("2025-10-29", "Net sales rose to $1.91 billion in the third quarter, from $1.84 billion in the second quarter."),
        "blog": ("2025-11-02", "Halden's Q3 net sales came in at $1.97 billion, up from $1.84 billion in Q2."),
    })
    [q3] = groups_with(export, 1910000000)
    [q2] = groups_with(export, 1840000000)
    assert values_of(export, q3) == ["1910000000", "1910000000", "1970000000"] and q3["verdict"] == "conflict"
    assert values_of(export, q2) == ["1840000000", "1840000000"] and q2["verdict"] == "agree"
    assert str(q3["what"]).endswith("(2025-Q3)") and str(q2["what"]).endswith("(2025-Q2)")


def test_a_place_no_report_splits_is_the_incident_s_own(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-06-01", "A gunman killed three people in Akron on Sunday, police said."),
        "b": ("2025-06-02", "Three people were killed and two were wounded in the shooting, police said."),
    })
    [killed] = groups_with(export, 3)
    assert len(killed["claims"]) == 2 and killed["verdict"] == "agree"


def test_a_region_whose_count_is_its_districts_together_is_no_place_beside_them(tmp_path: Path) -> None:
    table = ("| District | Cases |\n|---|---|\n| Ostra | 120 |\n| Belmont | 61 |\n| Kirn | 33 |\n| Total | 214 |")
    export = ledger_of(tmp_path, {
        "ministry": ("2025-04-01", f"The ministry has recorded 214 confirmed measles cases in Dorval Province.\n\n{table}"),
        "feed": ("2025-04-03", "The number of measles cases in Dorval Province has risen to 236."),
    })
    [cases] = groups_with(export, 236)
    assert values_of(export, cases) == ["214", "214", "236"] and cases["verdict"] == "evolving"


def test_two_places_named_in_two_sentences_do_not_split_the_incident(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-06-01", "Three people were injured in Akron on Sunday. A friend was found dead in Canton."),
        "b": ("2025-06-02", "Three people were injured in the shooting, police said."),
    })
    [injured] = groups_with(export, 3)
    assert len(injured["claims"]) == 2 and injured["verdict"] == "agree"


def test_each_party_s_sum_is_its_own_and_the_total_runs_apart(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "release": ("2025-05-14", "Donors pledged a total of $1.2 billion for Ardenia. The European Union pledged "
                                  "$500 million, the United States $300 million and Japan $120 million."),
        "wire": ("2025-06-02", "The United States raised its pledge for Ardenia to $350 million on Monday, bringing "
                               "the total promised for Ardenia to $1.25 billion."),
    })
    [us] = groups_with(export, 350000000)
    [total] = groups_with(export, 1250000000)
    [eu] = groups_with(export, 500000000)
    assert values_of(export, us) == ["300000000", "350000000"] and us["verdict"] == "evolving"
    assert values_of(export, total) == ["1200000000", "1250000000"] and total["verdict"] == "evolving"
    assert values_of(export, eu) == ["500000000"]


def test_each_candidate_s_share_in_each_county_is_its_own_and_a_rounded_share_agrees(tmp_path: Path) -> None:
    table = "| County | Quell | Ardell |\n|---|---|---|\n| Kesh | 58.2% | 40.9% |\n| Varnia | 43.8% | 55.1% |"
    export = ledger_of(tmp_path, {
        "post": ("2025-11-05", "Marta Quell won the governor's race with 52.4% of the vote, against 46.1% for Tom Ardell, "
                               "with 98% of precincts reporting. Turnout was 61%. In Kesh County, Quell took 58% of the "
                               "vote, while Ardell won Varnia County with 55%."),
        "herald": ("2025-11-06", "With all precincts counted, Quell finished with 52.6% of the vote to Ardell's 46.0%. "
                                 "Turnout reached 61.3%."),
        "board": ("2025-11-12", f"Official results. Turnout: 61.3% of registered voters.\n\n{table}"),
    })
    [quell] = groups_with(export, 52.6)
    [ardell] = groups_with(export, 46.1)
    [turnout] = groups_with(export, 61)
    [quell_kesh] = groups_with(export, 58)
    [ardell_varnia] = groups_with(export, 55)
    assert values_of(export, quell) == ["52.4", "52.6"] and quell["verdict"] == "evolving"
    assert values_of(export, ardell) == ["46", "46.1"] and ardell["verdict"] == "evolving"  # "46.0%" is no rounding
    assert values_of(export, turnout) == ["61", "61.3", "61.3"] and turnout["verdict"] == "agree"
    assert values_of(export, quell_kesh) == ["58", "58.2"] and quell_kesh["verdict"] == "agree"
    assert values_of(export, ardell_varnia) == ["55", "55.1"] and ardell_varnia["verdict"] == "agree"


def test_a_spokesman_and_the_chief_of_a_body_are_that_body_s_origin(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-05-10", "The death toll in the shooting at the Velvet Room has risen to 10, police spokesman Sgt. Leo "
                            "Park told the Tribune."),
        "b": ("2026-05-10", "Eleven people were killed in the shooting at the Velvet Room, Chief Ana Morales said."),
        "c": ("2026-05-11", "Police Chief Ana Morales said on Monday that the toll of the Velvet Room attack stood "
                            "at 11 as families gathered outside the club."),
    })
    [group] = groups_with(export, 11)
    assert values_of(export, group) == ["10", "11", "11"]
    assert group["independent_origins"] == 1
    assert group["verdict"] == "evolving"


def test_a_document_s_one_sum_said_twice_in_other_words_is_one_claim(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-06-04", "Founder charged in $480 million investment fraud\n\nProsecutors said he took in at least "
                            "$480 million from investors."),
        "b": ("2025-12-10", "He was sentenced for running a scheme that took in $480 million."),
    })
    [group] = groups_with(export, 480000000)
    assert len(group["claims"]) == 3
    assert group["verdict"] == "agree"


def test_a_hospital_s_patients_are_no_rival_of_the_count_of_the_injured(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-05-10", "Harbor General Hospital says it is treating 14 patients from the shooting. Police now say "
                            "22 people were wounded in the shooting."),
        "b": ("2026-05-11", "Police said 22 people were injured in the shooting."),
    })
    [group] = groups_with(export, 22)
    assert values_of(export, group) == ["22", "22"]
    assert group["verdict"] == "agree"


def test_an_outage_told_in_homes_and_in_customers_is_one_count_that_falls(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2027-01-16", "The storm in Lakeport knocked out power to about 212,000 homes and businesses on Saturday."),
        "b": ("2027-01-17", "About 48,500 customers in Lakeport remained without power on Sunday evening, North Grid said."),
    })
    [group] = groups_with(export, 48500)
    assert values_of(export, group) == ["212000", "48500"]
    assert group["verdict"] == "evolving"


def test_a_figure_said_to_add_to_a_count_is_no_report_of_it(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2027-01-16", "More than 2,100 flights at Lakeport International Airport were cancelled on Saturday."),
        "b": ("2027-01-17", "Airlines at Lakeport International Airport cancelled another 900 flights on Sunday."),
    })
    [saturday] = groups_with(export, 2100)
    assert values_of(export, saturday) == ["2100"]


def test_a_year_s_statistic_of_a_county_stays_apart_from_the_state_s(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "state": ("2026-03-02", "Provisional data show that 1,204 people died of drug overdoses in Norland in 2025."),
        "county": ("2026-03-10", "The Marlow County Medical Examiner's Office recorded 312 overdose deaths in 2025."),
        "final": ("2026-09-15", "Final figures show that 1,187 people died of drug overdoses in Norland in 2025."),
    })
    [state] = groups_with(export, 1204)
    assert values_of(export, state) == ["1187", "1204"]
    [county] = groups_with(export, 312)
    assert values_of(export, county) == ["312"]


def test_one_specific_figure_in_two_reports_is_one_fact_in_other_words(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "organisers": ("2026-04-20", "Of the 31,400 runners who started the Capital City Marathon, 28,950 crossed the finish line."),
        "wire": ("2026-04-20", "The organisers of the Capital City Marathon said 28,950 of the 31,400 starters had finished."),
    })
    [finished] = groups_with(export, 28950)
    assert values_of(export, finished) == ["28950", "28950"]
    [started] = groups_with(export, 31400)
    assert values_of(export, started) == ["31400", "31400"]


def test_a_count_in_millions_and_the_exact_count_it_rounds_agree(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "notice": ("2026-06-08", "Arden Motors is recalling 1,184,300 Vela vehicles because the airbag may rupture."),
        "wire": ("2026-06-08", "Arden Motors is recalling about 1.2 million Vela cars over an airbag flaw, the regulator said."),
    })
    [recalled] = groups_with(export, 1184300)
    assert values_of(export, recalled) == ["1184300", "1200000"]
    assert recalled["verdict"] == "agree"


def test_counts_that_differ_by_more_than_the_rounding_of_millions_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "notice": ("2026-06-08", "Arden Motors is recalling 1,084,300 Vela vehicles because the airbag may rupture."),
        "wire": ("2026-06-08", "Arden Motors is recalling 1.2 million Vela vehicles over an airbag flaw, the regulator said."),
    })
    [recalled] = groups_with(export, 1084300)
    assert recalled["verdict"] == "conflict"


def test_a_level_that_moved_from_month_to_month_agrees_on_its_latest_month(tmp_path: Path) -> None:
    """ "fell to 3.2% in March from 3.4% in February", and a release that says February's 3.4%:
    February's figures are the level's earlier values, never rivals of March's."""
    export = ledger_of(tmp_path, {
        "bank": ("2026-05-07", "In Norland, twelve-month CPI inflation fell to 3.2% in March from 3.4% in February."),
        "office": ("2026-04-16", "In Norland, the Consumer Prices Index (CPI) rose by 3.2% in the 12 months to March 2026, "
                                 "down from 3.4% in February."),
        "wire": ("2026-05-07", "Inflation in Norland stood at 3.2% in March, official figures showed last month."),
    })
    [group] = groups_with(export, 3.2)
    assert values_of(export, group).count("3.2") == 3
    assert group["verdict"] == "agree"



def test_one_source_s_sum_told_in_two_reports_is_one_group_and_another_source_s_is_its_own(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "daily": ("2026-11-19", "Prime Minister Vikram Rao announced an ex-gratia of Rs 2 lakh each for the next of kin "
                                "of each deceased in the Doda bus accident."),
        "wire": ("2026-11-20", "Lieutenant Governor Sunil Mehta announced Rs 2 lakh each for the seriously injured in the "
                               "Doda bus accident. The Prime Minister had announced Rs 2 lakh each for the next of kin of the deceased."),
    })
    claims = {c["id"]: c for c in export["claims"]}  # type: ignore[attr-defined]
    sums = [g for g in groups_with(export, 200000)]
    by_source = sorted(sorted(claims[c]["attributed_to"] for c in g["claims"]) for g in sums)  # type: ignore[attr-defined]
    assert by_source == [["Lieutenant Governor Sunil Mehta"], ["Prime Minister", "Prime Minister Vikram Rao"]]


def test_appointments_postponed_while_a_disruption_lasts_are_a_running_count(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "site": ("2026-10-13", "The Harwick trust has postponed more than 1,100 outpatient appointments since the cyber "
                               "attack on Saturday."),
        "trust": ("2026-10-14", "Since the cyber attack on Harwick's hospitals we have had to postpone 1,134 outpatient "
                                "appointments and 214 planned operations."),
        "wire": ("2026-10-15", "The Harwick trust has postponed more than 2,300 appointments and 390 operations since the "
                               "cyber attack."),
    })
    [appointments] = groups_with(export, 1134)
    assert values_of(export, appointments) == ["1100", "1134", "2300"]
    assert appointments["verdict"] == "evolving"
    [operations] = groups_with(export, 390)
    assert operations["verdict"] == "evolving"


def test_a_year_s_count_that_names_no_place_meets_the_one_place_the_others_give_it(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "report": ("2026-01-20", "There were 212 homicides in Calderon in 2025, down from 259 in 2024."),
        "paper": ("2026-02-04", "Calderon's mayor spoke on Tuesday. The department's annual report shows homicides fell 18%, "
                                "from 259 in 2024 to 212 in 2025."),
    })
    for value in (212, 259):
        [group] = groups_with(export, value)
        assert values_of(export, group) == [str(value), str(value)]


def test_a_speech_whose_speaker_quotes_herself_is_grouped_with_her_as_its_origin(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "speech": ("2026-02-03", "State of the City Address\nMayor Ruth Alvarado\n\nIn 2025 we hired 150 new police "
                                 "officers. \"Every one of those lives is a son, a daughter, a neighbor,\" I said at a vigil."),
        "paper": ("2026-02-04", "Mayor Ruth Alvarado said the city hired 150 new officers in 2025."),
    })
    claims = {c["id"]: c for c in export["claims"]}  # type: ignore[attr-defined]
    [quote] = [c for c in claims.values() if c["kind"] == "quote"]
    assert quote["speaker"] == "Mayor Ruth Alvarado"
    [hired] = groups_with(export, 150)
    assert {claims[c]["attributed_to"] for c in hired["claims"]} == {"Mayor Ruth Alvarado"}  # type: ignore[attr-defined]


SEARCH = {
    "briefing": ("2026-07-13", "Since Sunday we have searched an area of about 10,000 square miles for the Nereid. Our "
                               "best estimate is that about 70 hours of oxygen remain. The wreck of the Aurelia lies at a "
                               "depth of about 3,800 metres."),
    "wire": ("2026-07-14", "The search for the Nereid now covers about 13,000 square miles, with about 45 hours of oxygen "
                           "left. The wreck of the Aurelia lies nearly 4 km below the surface. DeepView charges $250,000 "
                           "a seat. The Nereid had completed more than 50 dives to a depth of at least 2,000 metres."),
    "site": ("2026-07-15", "Rescuers have widened their search for the Nereid to more than 20,000 square miles, with about "
                           "30 hours of oxygen left. The Aurelia lies 12,500 feet (3,800 metres) below the surface. "
                           "Passengers paid $250,000 each."),
}


@pytest.mark.parametrize(("value", "values", "verdict"), [
    (10000, ["10000", "13000", "20000"], "evolving"),  # the area a search covers, however it is worded, grows
    (70, ["30", "45", "70"], "evolving"),  # the hours of a supply left run down
    (3800, ["12500", "3800", "3800", "4"], "agree"),  # one depth in metres, feet and "nearly 4 km"
    (250000, ["250000", "250000"], "agree"),  # a price paid and charged
])
def test_a_search_s_running_figures_and_one_depth_in_three_units(tmp_path: Path, value: float, values: list[str],
                                                                 verdict: str) -> None:
    export = ledger_of(tmp_path, SEARCH)
    [group] = [g for g in groups_with(export, value) if len(g["claims"]) > 1]  # type: ignore[arg-type]
    assert values_of(export, group) == values
    assert group["verdict"] == verdict


def test_the_depth_of_earlier_dives_is_not_the_depth_of_the_wreck(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, SEARCH)
    [dives] = groups_with(export, 2000)
    assert values_of(export, dives) == ["2000"]


TURBULENCE = {
    "airline": ("2026-05-20", "Nordavia Airlines can confirm that flight NV218 encountered extreme turbulence. One passenger "
                              "has died. A total of 30 passengers and crew have been taken to hospitals in Bangkok."),
    "paper": ("2026-05-21", "Seventy-one people were treated at Samitivej Hospital after the Nordavia flight hit severe "
                            "turbulence, the hospital said. Of those, six were seriously injured."),
    "wire": ("2026-05-22", "Nordavia Airlines said 104 people were injured when flight NV218 hit extreme turbulence, up "
                           "from the 30 it had reported taken to hospital on the day."),
    "blog": ("2026-05-21", "One passenger of the Nordavia flight died. In the United States, the FAA counted 146 serious "
                           "turbulence injuries between 2009 and 2018."),
}


def test_the_hurt_of_a_flight_rise_and_a_part_and_other_years_stay_apart(tmp_path: Path) -> None:
    """The earlier figure a report names ("up from the 30") stands where its first report put it; "Of
    those, six" are some of the 71; injuries counted over nine years are no count of this flight's."""
    export = ledger_of(tmp_path, TURBULENCE)
    [hurt] = groups_with(export, 104)
    assert values_of(export, hurt) == ["104", "30", "30", "71"]
    assert hurt["verdict"] == "evolving"
    for value in (6, 146):
        [apart] = groups_with(export, value)
        assert values_of(export, apart) == [str(value)]


def test_a_source_s_own_count_of_the_toll_just_given_is_a_rival_figure_of_it(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "herald": ("2026-03-14", "Twenty years ago today, a methane explosion at the Borvik colliery killed 57 miners, "
                                 "according to the Ministry of Industry.\n\nBut the families' association has always "
                                 "counted 58: Jakob Lind was pulled out alive and died of his burns five weeks later."),
    })
    claims = {c["id"]: c for c in export["claims"]}  # type: ignore[attr-defined]
    [toll] = groups_with(export, 58)
    assert values_of(export, toll) == ["57", "58"]
    assert toll["verdict"] == "conflict"
    assert {claims[c]["attributed_to"] for c in toll["claims"]} == {"Ministry of Industry", "families' association"}  # type: ignore[attr-defined]


def test_a_day_of_the_year_put_in_another_year_by_a_report_about_the_same_place_conflicts(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "wire": ("2026-03-14", "Hundreds gathered in Borvik to mark 20 years since a methane explosion killed 57 miners "
                               "on March 14, 2006."),
        "union": ("2026-03-14", "21 years since Borvik: we will not forget\n\nToday we mark the anniversary of the "
                                "Borvik disaster. On March 14, 2005, 57 of our brothers went down the shaft."),
    })
    [day] = groups_with(export, "2006-03-14")
    assert values_of(export, day) == ["2005-03-14", "2006-03-14"]
    assert day["verdict"] == "conflict"


def test_one_price_per_litre_told_in_other_words(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "notice": ("2026-07-30", "Ministry of Energy notice. From 1 August the maximum pump price of petrol rises to $2.45 "
                                 "a litre. The maximum pump price of diesel falls by 3 cents to $2.18 a litre."),
        "daily": ("2026-07-31", "The Ministry of Energy confirmed that motorists will pay $2.45 a litre for petrol from "
                                "Saturday. Diesel drops 3c."),
    })
    [group] = [g for g in groups_with(export, 2.45) if len(g["claims"]) > 1]  # type: ignore[arg-type]
    assert values_of(export, group) == ["2.45", "2.45"]
    assert group["verdict"] == "agree"


def test_bare_sums_of_one_value_each_meet_the_one_sum_their_block_says_what_it_is_for(tmp_path: Path) -> None:
    """Two reports give "Rs 2 lakh each" without saying what it is (the parse reads no noun or verb of
    it) and a third the same sum as compensation: all three are one sum, not the third and one of the two."""
    export = ledger_of(tmp_path, {
        "note": ("2026-03-14", "An ex gratia of Rs 2 lakh each will be given to the families of the deceased from the "
                               "Chief Minister's Relief Fund."),
        "daily": ("2026-03-15", "Chief Minister Vinod Rawat announced an ex gratia of Rs 2 lakh each for the families of "
                                "the deceased."),
        "wire": ("2026-03-16", "The state government has promised compensation of 200,000 rupees (about $2,400) to the "
                               "family of each victim."),
    })
    [group] = groups_with(export, 200000)
    assert values_of(export, group) == ["200000", "200000", "200000", "2400"]  # the dollars restate the wire's rupees
    assert group["verdict"] == "agree"


def test_a_part_set_apart_from_its_measure_joins_no_count_in_the_same_words(tmp_path: Path) -> None:
    """ "two of the victims were in critical condition and two suffered minor injuries": the second
    two are some of the victims, no report of how many were injured."""
    export = ledger_of(tmp_path, {
        "a": ("2026-11-06", "Police in Mount Oliver say four people suffered injuries in the shooting on Friday night."),
        "b": ("2026-11-07", "Four people were shot in Mount Oliver on Friday. Allegheny County spokeswoman Amie Downs said "
                            "two of the victims were in critical condition and two suffered minor injuries."),
    })
    [group] = groups_with(export, 4)
    assert "2" not in values_of(export, group)


def test_a_day_two_reports_tell_in_the_same_words_a_day_apart_is_a_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "sitrep": ("2026-02-10", "Cholera in Marova. The first case was reported on 3 January 2026 in Kessa district."),
        "who": ("2026-02-12", "Cholera in Marova. Since the first case was reported on 4 January 2026, the ministry has "
                              "reported 4,312 suspected cases."),
    })
    [group] = groups_with(export, "2026-01-03")
    assert values_of(export, group) == ["2026-01-03", "2026-01-04"] and group["verdict"] == "conflict"


def test_those_sent_to_an_incident_are_each_their_own_count_never_one_crowd(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "brigade": ("2026-06-17", "Fire at Halden Tower in Norbridge. More than 200 firefighters and 40 fire engines attended."),
    })
    assert groups_with(export, 200) != groups_with(export, 40)


def test_two_counts_of_the_people_who_lived_in_a_building_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "council": ("2026-06-23", "Halden Tower in Norbridge contained 129 flats and was home to around 350 people."),
        "tribune": ("2026-06-29", "Halden Tower fire in Norbridge. About 600 people lived in the tower, according to residents' groups."),
    })
    [group] = groups_with(export, 350)
    assert values_of(export, group) == ["350", "600"] and group["verdict"] == "conflict"


def test_a_hedged_round_figure_agrees_with_the_precise_figure_it_rounds(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "bulletin": ("2026-02-16", "Landslides in São Sebastião. Homeless or displaced: 2,496."),
        "portal": ("2026-02-18", "Most of the victims were in São Sebastião. Nearly 2,500 people are homeless or displaced."),
    })
    [group] = groups_with(export, 2496)
    assert values_of(export, group) == ["2496", "2500"] and group["verdict"] == "agree"


def test_a_lower_bound_a_rising_count_has_passed_keeps_it_evolving(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-05-12", "At the Orlen briefing, as of 14:00, 11 people have died and 87 are in hospital."),
        "b": ("2026-05-13", "After the Orlen leak, 103 people remained in hospital, officials said."),
        "c": ("2026-05-15", "By Friday, more than 100 people had been hospitalised after the Orlen leak."),
    })
    [group] = groups_with(export, 103)
    assert group["verdict"] == "evolving"
    assert values_of(export, group) == ["100", "103", "87"]


def test_rival_figures_of_a_matter_in_one_report_meet_the_reports_that_give_each(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-05-12", "At Orlen, engineers estimate that about 12 tonnes of ammonia escaped from the Nordchem tank."),
        "b": ("2026-05-13", "Nordchem said less than 5 tonnes of ammonia had escaped at Orlen, far less than the 12 tonnes "
                            "estimated by provincial engineers."),
        "c": ("2026-05-13", "Nordchem says approximately 4.5 tonnes of ammonia were released at its Orlen plant."),
    })
    [group] = groups_with(export, 4.5)
    assert group["verdict"] == "conflict"
    assert values_of(export, group) == ["12", "12", "4.5", "5"]


def test_a_matter_leaked_and_the_matter_recovered_in_one_report_stay_apart(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2025-05-04", "Keystone Ridge Pipelines said 88,000 gallons of oil leaked into the Vell River near Harlan. "
                            "The company said crews had recovered 31,000 gallons of oil by Sunday."),
    })
    assert groups_with(export, 88000) != groups_with(export, 31000)


def test_employees_evacuated_from_a_site_are_not_the_residents_evacuated(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-05-12", "After the Orlen leak, officials evacuated 2,400 residents living near the Nordchem plant."),
        "b": ("2026-05-13", "Nordchem said all 62 employees on site at its Orlen plant were evacuated safely."),
    })
    assert groups_with(export, 2400) != groups_with(export, 62)


def test_a_sum_a_report_disputes_as_the_figure_is_one_sum_in_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-11-03", "The Westbury watchdog found Helen Marsh had wrongly claimed £52,300 in expenses. Ms Marsh has "
                            "disputed the watchdog's total, putting the figure at £48,000."),
        "b": ("2026-11-03", "Helen Marsh, the Westbury MP, said the sum in question was £48,000."),
    })
    [group] = groups_with(export, 48000)
    assert group["verdict"] == "conflict"
    assert values_of(export, group) == ["48000", "48000", "52300"]


def test_two_parties_sums_in_one_report_stay_their_own(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-03-02", "At the Geneva conference the European Union pledged $300 million in aid, and the United States "
                            "pledged $350 million in aid, officials said."),
    })
    assert groups_with(export, 300_000_000) != groups_with(export, 350_000_000)


def test_a_range_that_holds_the_figure_others_state_agrees_with_it(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-03-02", "At Karvik, fifty-two miners were underground at the time of the blast."),
        "b": ("2026-03-03", "Between 40 and 60 miners were underground at Karvik at the time of the blast, the union said."),
        "c": ("2026-03-04", "All 52 miners who were underground at Karvik have now been accounted for."),
    })
    [group] = groups_with(export, 52)
    assert group["verdict"] == "agree"
    assert "[40, 60]" in values_of(export, group)


def test_two_incidents_a_roundup_tells_in_two_places_stay_apart_with_their_own_reports(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "marlow": ("2026-02-09", "Three workers were killed when fire swept through a furniture warehouse in Marlow on "
                                 "Monday, the county fire service said."),
        "hesby": ("2026-02-09", "Three people, including two children, died in a house fire in Hesby on Monday night, "
                                "police said."),
        "roundup": ("2026-02-10", "Six people died in two separate fires across the county on Monday.\n\nIn Marlow, three "
                                  "workers were killed in a warehouse fire.\n\nHours later in Hesby, three people died in "
                                  "a house fire."),
    })
    groups = groups_with(export, 3)
    assert len(groups) == 2 and all(g["verdict"] == "agree" for g in groups)
    claims = {c["id"]: c for c in export["claims"]}  # type: ignore[attr-defined]
    docs = sorted(sorted(str(claims[c]["doc"]) for c in g["claims"]) for g in groups)  # type: ignore[attr-defined]
    assert all(len(set(d)) == 2 for d in docs)


def test_a_region_s_count_beside_its_towns_in_one_report_is_not_two_incidents(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-02-09", "Floods killed 12 people across Dorval Province, officials said.\n\nIn Kesh, 7 people died.\n\n"
                            "In Varno, 5 people died."),
        "b": ("2026-02-10", "The death toll from the floods in Dorval Province rose to 14, officials said."),
    })
    [group] = groups_with(export, 14)
    assert 12 in [c["value"] for c in export["claims"] if c["id"] in group["claims"]]  # type: ignore[index,attr-defined]


def test_children_vaccinated_run_up_while_the_target_stays_apart(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "week1": ("2026-03-02", "The vaccination campaign in Dorval has reached 1.2 million children in its first week, "
                                "the Ministry of Health said. It aims to vaccinate 4.5 million children by 31 March."),
        "week2": ("2026-03-09", "More than 2.6 million children in Dorval have now received the measles vaccine, over "
                                "halfway to the campaign's target of 4.5 million."),
        "week3": ("2026-03-16", "About 3.9 million children in Dorval have been vaccinated against measles, the health "
                                "ministry said, or 87 percent of the 4.5 million targeted."),
    })
    [vaccinated] = groups_with(export, 3900000)
    assert vaccinated["verdict"] == "evolving" and vaccinated["measure"] == "vaccinated"
    assert values_of(export, vaccinated) == ["1200000", "2600000", "3900000"]
    [target] = groups_with(export, 4500000)
    assert target["verdict"] == "agree" and len(target["claims"]) == 3  # type: ignore[arg-type]


def test_two_bodies_that_share_a_word_of_their_names_are_rival_sources_of_a_count(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "wire": ("2026-03-16", "About 3.9 million children have been vaccinated against measles, the Ministry of Health "
                               "said on Monday."),
        "check": ("2026-03-18", "The Ministry of Health put the number of children vaccinated at about 3.9 million as of "
                                "16 March. The World Health Organization put the figure at 3.8 million on the same day."),
    })
    [group] = groups_with(export, 3800000)
    assert group["verdict"] == "conflict"
    assert {"3800000", "3900000"} <= set(values_of(export, group))


def test_a_sum_that_is_smaller_in_a_later_report_is_a_rival_figure_not_a_run(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "paper": ("2026-03-09", "The $21 million campaign in Dorval is funded by donors, the health ministry said."),
        "wire": ("2026-03-16", "The campaign in Dorval, costing an estimated $18 million, is funded by donors, the "
                               "health ministry said."),
    })
    [group] = groups_with(export, 18000000)
    assert group["verdict"] == "conflict"
    assert values_of(export, group) == ["18000000", "21000000"]


def test_a_count_said_as_the_tally_so_far_runs(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "first": ("2026-03-02", "A total of 14 minor adverse events have been reported in the vaccination campaign in "
                                "Dorval."),
        "later": ("2026-03-16", "Forty-one minor adverse events have been reported in the vaccination campaign in Dorval "
                                "so far."),
    })
    [group] = groups_with(export, 41)
    assert group["verdict"] == "evolving"
    assert values_of(export, group) == ["14", "41"]


def test_a_cargo_seized_in_tonnes_and_in_pounds_is_one_weight_and_a_rival_weight_conflicts(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "police": ("2026-09-14", "Officers seized 1.2 tonnes of cocaine hidden in a shipment of bananas at the port of "
                                 "Velmora on 12 September."),
        "wire": ("2026-09-17", "Police in Velmora have arrested two more people over the seizure of about 2,650 pounds "
                               "of cocaine at the port of Velmora."),
        "blog": ("2026-09-18", "Last weekend police seized nearly two tonnes of cocaine at Velmora."),
    })
    [group] = groups_with(export, 2650)
    assert group["verdict"] == "conflict"  # a cargo's weight does not run as a count of people captured does
    assert set(values_of(export, group)) == {"1.2", "2", "2650"}


def test_arrests_in_raids_across_a_region_are_the_operation_s_own_count() -> None:
    text = "Fourteen people were arrested in raids across the region around Velmora, police said."
    [arrests] = [c for c in claimledger.extract(text) if c.kind == "quantity"]
    assert (arrests.measure, arrests.event) == ("arrested", None)


def test_two_reports_that_give_the_attacker_two_ages_conflict(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "first": ("2026-04-14", "An 18-year-old gunman opened fire at an elementary school in Harlan on Tuesday."),
        "second": ("2026-04-15", "The suspect in the Harlan school shooting, Colby Mace, 19, had bought two rifles."),
        "paper": ("2026-04-18", "Officers waited while an 18-year-old gunman stayed in a Harlan classroom."),
    })
    [group] = groups_with(export, 19)
    assert group["verdict"] == "conflict"
    assert sorted(values_of(export, group)) == ["18", "18", "19"]


def test_a_pay_offer_raised_runs_and_schools_closed_run(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "monday": ("2026-10-05", "About 340 schools across Northvale were closed on Monday as teachers walked out."),
        "wednesday": ("2026-10-07", "The number of schools in Northvale closed by the strike rose to 410 on Wednesday. "
                                    "The Northvale government has offered teachers a 4 percent pay rise."),
        "thursday": ("2026-10-08", "The Northvale government raised its pay offer to teachers to 5 percent on Thursday."),
    })
    [schools] = groups_with(export, 340)
    assert schools["verdict"] == "evolving" and values_of(export, schools) == ["340", "410"]
    [offer] = groups_with(export, 5)
    assert offer["verdict"] == "evolving" and values_of(export, offer) == ["4", "5"]


def test_sums_in_two_currencies_meet_at_the_rate_a_report_gives(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "police": ("2026-09-14", "The cocaine seized at the port of Velmora has an estimated street value of €46 million."),
        "paper": ("2026-09-15", "The cocaine seized at Velmora has an estimated street value of $50 million (€46 million), "
                                "police said."),
        "blog": ("2026-09-18", "The cocaine seized at Velmora has a street value of €70 million, the blog says."),
    })
    [group] = groups_with(export, 50000000)
    assert values_of(export, group) == ["46000000", "46000000", "50000000", "70000000"]
    assert group["verdict"] == "conflict"  # the dollars are the euros the paper says; the blog's 70 million differs
    (tmp_path / "two").mkdir()
    [without_the_blog] = groups_with(ledger_of(tmp_path / "two", {
        "police": ("2026-09-14", "The cocaine seized at the port of Velmora has an estimated street value of €46 million."),
        "paper": ("2026-09-15", "The cocaine seized at Velmora has an estimated street value of $50 million (€46 million), "
                                "police said."),
    }), 50000000)
    assert without_the_blog["verdict"] == "agree"


def test_a_sum_restated_in_another_currency_names_the_sum_it_restates() -> None:
    text = "The drugs are worth an estimated $50 million (€46 million) on the street, police said."
    sums = {c.unit: c for c in claimledger.extract(text) if c.kind == "quantity"}
    assert sums["EUR"].members == (sums["USD"].id,) and sums["USD"].members == ()


def test_the_year_of_a_plan_as_each_report_moves_it_is_one_group_apart_from_history(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-02-10", "The Line 4 extension will cost 2.1 billion euros and open in 2028, the council said."),
        "b": ("2026-06-03", "Its opening has been pushed back to 2029, the deputy mayor told the council."),
        "c": ("2026-09-16", "Auditors said the line cannot open before 2030. Line 2, the city's last metro line, opened in 1998."),
    })
    [plan] = groups_with(export, "2029")
    assert values_of(export, plan) == ["2028", "2029", "2030"] and plan["verdict"] == "conflict"
    [history] = groups_with(export, "1998")
    assert values_of(export, history) == ["1998"]


def test_a_sum_set_against_the_one_before_it_is_a_rival_figure_of_that_sum(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-09-15", "The audit office estimates the final cost of the extension at 3.4 billion euros, "
                            "well above the 2.8 billion euros the city has budgeted."),
        "b": ("2025-10-28", "Brightwater booked $4.2 billion of revenue in Q3, against $3.9 billion in Q2."),
    })
    [cost] = groups_with(export, 3400000000)
    assert values_of(export, cost) == ["2800000000", "3400000000"] and cost["verdict"] == "conflict"
    assert groups_with(export, 4200000000) != groups_with(export, 3900000000)  # two quarters, two sums


def test_two_estimates_of_one_thing_in_a_report_are_rivals(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "a": ("2026-02-10", "The Harbourton line is expected to carry 120,000 passengers a day, according to the council."),
        "b": ("2026-09-15", "Harbourton's forecast of 120,000 passengers a day is optimistic. "
                            "Our central estimate is 85,000 passengers a day."),
    })
    [riders] = groups_with(export, 85000)
    assert values_of(export, riders) == ["120000", "120000", "85000"] and riders["verdict"] == "conflict"


def test_the_crowds_of_two_gatherings_a_report_tells_of_are_two(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "match": ("2026-05-23", "Carden Rovers won the Cup final at the National Stadium in front of a crowd of 81,500."),
        "wire": ("2026-05-24", "Tens of thousands of Rovers fans lined the streets of Carden for the victory parade. "
                               "Police estimated the crowd at 150,000; the club put it at more than 200,000. "
                               "Rovers won on Saturday in a final watched by a crowd of 81,500."),
        "paper": ("2026-05-26", "Police revised their estimate of Sunday's Rovers parade crowd to 180,000 on Tuesday."),
    })
    [final] = groups_with(export, 81500)
    assert values_of(export, final) == ["81500", "81500"] and final["verdict"] == "agree"
    [parade] = groups_with(export, 180000)
    assert values_of(export, parade) == ["150000", "180000", "200000"] and parade["verdict"] == "conflict"


def test_an_area_in_three_units_and_two_sources_is_one_conflict_and_the_year_before_stays_apart(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "agency": ("2026-11-18", "Deforestation in the Verdana basin reached 11,088 square kilometres in the 12 months "
                                 "to July, the agency said. The previous year's loss was 9,087 square kilometres."),
        "wire": ("2026-11-18", "Forest loss in the Verdana basin rose 22% to 11,088 sq km (4,281 sq miles), government "
                               "data showed. Forest Watch said its monitoring put the loss at 13,235 sq km."),
        "ngo": ("2026-11-19", "Our monitoring found 13,235 square kilometres of forest cleared in the Verdana basin, "
                              "about 1.3 million hectares."),
    })
    [loss] = groups_with(export, 13235)
    assert values_of(export, loss) == ["11088", "11088", "1300000", "13235", "13235", "4281"]
    assert loss["verdict"] == "conflict"
    [before] = groups_with(export, 9087)
    assert values_of(export, before) == ["9087"]


def test_a_sum_in_billions_agrees_with_the_finer_sum_it_rounds(tmp_path: Path) -> None:
    export = ledger_of(tmp_path, {
        "order": ("2027-03-11", "Halvard Bank had total deposits of approximately $175.4 billion."),
        "analysis": ("2027-03-13", "Depositors pulled a quarter of Halvard Bank's $175 billion in deposits."),
    })
    [deposits] = groups_with(export, 175000000000)
    assert values_of(export, deposits) == ["175000000000", "175400000000"] and deposits["verdict"] == "agree"
