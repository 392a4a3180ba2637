"""Every gold figure and date claim of the seeds is attributed to the body its document names."""

from __future__ import annotations

from pathlib import Path

import yaml

from .conftest import GOLD, needs_shared

# Per seed document: words the attribution must hold, as the document itself names its source.
NAMED_SOURCE = {
    "000_4cc3e51e39344e6a": "Ministry of Foreign Affairs",
    "001_ddc168b8993c962b": "Permanent Mission of the Republic of Azerbaijan",
    "002_73aa8233258ea768": "Ministry of Foreign Affairs of Azerbaijan",
    "003_85a80737fcd47abc": "Foreign Ministry",
    "004_12803a0a876cef2c": "Khalafov",
}


@needs_shared
def test_gold_claims_name_their_source(seeds_export: dict[str, object]) -> None:
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    docs = {Path(d["path"]).stem: d for d in seeds_export["documents"]}  # type: ignore[attr-defined]
    checked: dict[str, int] = {}
    for group in gold["groups"]:
        for claim in group["claims"]:
            doc = docs[claim["doc"]]
            start = doc["text"].find(claim["evidence"])
            found = [c for c in seeds_export["claims"]  # type: ignore[attr-defined]
                     if c["doc"] == doc["id"] and c["start"] < start + len(claim["evidence"]) and start < c["end"]
                     and str(c["value"]) == str(claim["value"])]
            if not found:
                continue
            who = found[0]["attributed_to"] or ""
            assert NAMED_SOURCE[claim["doc"]] in who, (claim["doc"], claim["evidence"], who)
            checked[claim["doc"]] = checked.get(claim["doc"], 0) + 1
    assert set(checked) == set(NAMED_SOURCE)
    assert sum(checked.values()) == 60


@needs_shared
def test_seed_voices(seeds_export: dict[str, object]) -> None:
    voices = {Path(d["path"]).stem: d["voice"] for d in seeds_export["documents"]}  # type: ignore[attr-defined]
    for doc, words in NAMED_SOURCE.items():
        assert voices[doc] and words in voices[doc]
