"""The ledger's stable faces: the JSON export of ../shared/ledger-export.md, and CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields
from typing import Any

from claimledger.grouping.answers import answer_of
from claimledger.model import Cited, Claim, Document, Group, ReusePair, publication_date
from claimledger.store.ledger import Ledger


def document_json(d: Document) -> dict[str, Any]:
    return {
        "id": d.id, "path": d.path, "url": d.url, "title": d.title, "outlet": d.outlet, "author": d.author,
        "published": d.published, "published_inferred": d.published_inferred,
        "published_at": d.published_at, "story": d.story, "language": d.language,
        "text": d.text, "voice": d.voice,
        "other_languages": [{"start": r.span.start, "end": r.span.end, "language": r.language} for r in d.other_languages],
        "encoding": d.encoding, "format": d.fmt,
        "debris": [{"line": x.line_no, "text": x.text, "reason": x.reason} for x in d.debris],
        "notices": list(d.notices),
    }


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))  # the export follows the data model, field by field


def claim_json(c: Claim) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name in _CLAIM_FIELDS:
        value = getattr(c, name)
        if name == "span":
            row["start"], row["end"] = value.start, value.end
        elif name in ("source_span", "content_span"):
            if value is not None:  # attributions only: the other claims' rows stay as the contract gives them
                row[name.removesuffix("_span")] = [value.start, value.end]
        else:
            row[name] = list(value) if isinstance(value, tuple) else value
    return row


def group_json(g: Group, claims: Mapping[str, Claim] | None = None, documents: Mapping[str, Cited] | None = None
               ) -> dict[str, Any]:
    """A group as the export documents it; with its claims and documents, a quantity group also
    gives its measure, its answer (the latest published member's figure), the first figure, the
    range and the timeline."""
    row: dict[str, Any] = {"id": g.id, "kind": g.kind, "what": g.what, "claims": list(g.claims), "verdict": g.verdict,
                           "independent_origins": g.independent_origins, "origins": list(g.origins),
                           "notes": list(g.notes),
                           "origin_members": [{"origin": o.name, "documents": list(o.documents), "why": list(o.why)}
                                              for o in g.origin_members]}
    if g.event:  # a ledger of several events (build --events)
        row["event"] = g.event
    found = answer_of([claims[c] for c in g.claims if c in claims], documents) if claims and documents else None
    if found is not None:
        row.update({"measure": found.measure, "answer": _plain(found.answer), "unit": found.unit,
                    "first": _plain(found.first), "range": [found.low, found.high],
                    "timeline": [{"published": p.published, "value": _plain(p.value), "unit": p.unit, "approx": p.approx,
                                  "source": p.source, "claim": p.claim} for p in found.timeline]})
    return row


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def reuse_json(r: ReusePair) -> dict[str, Any]:
    return {"a": r.a, "b": r.b, "score": r.score,
            "passages": [{"a_start": p.a_start, "a_end": p.a_end, "b_start": p.b_start, "b_end": p.b_end,
                          "kind": p.kind} for p in r.passages]}


def export_dict(ledger: Ledger) -> dict[str, Any]:
    """The whole ledger as the documented JSON object, read from one snapshot of it."""
    with ledger.snapshot():
        documents = {d.id: d for d in ledger.documents()}
        claims = {c.id: c for c in ledger.claims()}
        return {
            "documents": [document_json(d) for d in documents.values()],
            "claims": [claim_json(c) for c in claims.values()],
            "groups": [group_json(g, claims, documents) for g in ledger.groups()],
            "reuse": [reuse_json(r) for r in ledger.reuse_pairs()],
            "rejects": [{"path": r.path, "location": r.location, "code": r.code, "message": r.message}
                        for r in ledger.rejects()],
        }


def export_json(ledger: Ledger) -> str:
    return "".join(iter_export_json(ledger))


def iter_export_json(ledger: Ledger) -> Iterator[str]:
    """The export as ``export_dict`` would print it, in pieces, read a page at a time from one
    snapshot: a ledger of any size is written or sent without being held whole."""
    with ledger.snapshot():
        yield "{"
        sections: list[tuple[str, Iterable[dict[str, Any]]]] = [
            ("documents", (document_json(d) for d in ledger.iter_documents())),
            ("claims", (claim_json(c) for c in ledger.iter_claims())),
            ("groups", _groups_with_answers(ledger)),
            ("reuse", (reuse_json(r) for r in ledger.reuse_pairs())),
            ("rejects", ({"path": r.path, "location": r.location, "code": r.code, "message": r.message}
                         for r in ledger.rejects())),
        ]
        for n, (name, rows) in enumerate(sections):
            yield from _json_list(name, rows, last=n == len(sections) - 1)
        yield "\n}"


def _groups_with_answers(ledger: Ledger, batch: int = 500) -> Iterator[dict[str, Any]]:
    """Each group with its answer, the members of ``batch`` groups read at a time."""
    page: list[Group] = []
    for group in ledger.iter_groups(batch):
        page.append(group)
        if len(page) == batch:
            yield from _with_answers(ledger, page)
            page = []
    yield from _with_answers(ledger, page)


def _with_answers(ledger: Ledger, groups: list[Group]) -> Iterator[dict[str, Any]]:
    members, headings = ledger.members_of([g.id for g in groups]) if groups else ({}, {})
    for g in groups:
        yield group_json(g, {c.id: c for c in members[g.id]}, headings)


def _json_list(name: str, rows: Iterable[dict[str, Any]], last: bool) -> Iterator[str]:
    """One key of the top-level object and its list, indented as json.dumps(indent=1) does."""
    yield f"\n {json.dumps(name)}: ["
    empty = True
    for row in rows:
        yield ("" if empty else ",") + "\n  " + json.dumps(row, ensure_ascii=False, indent=1).replace("\n", "\n  ")
        empty = False
    yield ("]" if empty else "\n ]") + ("" if last else ",")


CSV_COLUMNS = ("claim_id", "document_id", "path", "published", "kind", "start", "end", "text", "value", "unit",
               "approx", "what", "measure", "counted", "event", "period", "place", "speaker", "attributed_to", "part_of", "changed_from", "group_id", "verdict", "evidence")


def export_csv(ledger: Ledger) -> str:
    """One row per claim, with its document and group, for spreadsheets."""
    docs = {d.id: d for d in ledger.documents()}
    group_of: dict[str, Group] = {}
    for g in ledger.groups():
        for cid in g.claims:
            group_of[cid] = g
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for c in ledger.claims():
        d = docs[c.doc]
        group = group_of.get(c.id)
        value = json.dumps(list(c.value)) if isinstance(c.value, tuple) else c.value
        writer.writerow([c.id, c.doc, _inert(d.path), publication_date(d), c.kind, c.span.start, c.span.end,
                         _inert(d.text[c.span.start:c.span.end]), value, c.unit, c.approx, _inert(c.what), c.measure,
                         _inert(c.counted), c.event, c.period, _inert(c.place), _inert(c.speaker), _inert(c.attributed_to),
                         c.part_of, c.changed_from, group.id if group else None, group.verdict if group else None,
                         _inert(c.evidence)])
    return out.getvalue()


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(text: str | None) -> str | None:
    """Article text a spreadsheet shows as text, never runs: a cell that opens as a formula would
    ("=HYPERLINK(...)", "-5 degrees") is written after an apostrophe, as OWASP advises."""
    return "'" + text if text and text.startswith(_FORMULA_START) else text
