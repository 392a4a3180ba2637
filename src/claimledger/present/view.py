"""What the report and the web app show, computed once from the ledger: groups in the order a
fact-checker reads them, evidence with the claim's words marked, series for charts.

Every piece of article text goes out through Markup.escape; only the <mark> around a claim
is ours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlparse

from markupsafe import Markup, escape

from claimledger.grouping.answers import Answer, answer_of
from claimledger.model import Cited, Claim, Document, Group, ReusePair, cited_name, publication_date
from claimledger.store.ledger import VERDICTS_IN_READING_ORDER

VERDICT_ORDER = {verdict: n for n, verdict in enumerate(VERDICTS_IN_READING_ORDER)}


def safe_url(url: str | None) -> str | None:
    """Only http and https links leave the ledger; anything else (javascript:, data:) is dropped."""
    if not url:
        return None
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


def highlight(text: str, start: int, end: int, window: tuple[int, int] | None = None) -> Markup:
    """The text around a claim, escaped, with the claim's own words in <mark>."""
    lo, hi = window if window else (0, len(text))
    return Markup("{}<mark>{}</mark>{}").format(text[lo:start], text[start:end], text[end:hi])


def plural(count: int, singular: str, many: str | None = None) -> str:
    """ "1 claim", "2 claims", "0 claims": a count with its noun in the right number."""
    return f"{count:,} {singular if count == 1 else many or singular + 's'}"


def document_label(doc: Cited) -> str:
    return cited_name(doc, with_location=False)


def document_date(doc: Document) -> str:
    return doc.published or (f"{doc.published_inferred} (inferred)" if doc.published_inferred else "undated")


@dataclass
class Evidence:
    claim: Claim
    doc: Document
    marked: Markup
    earlier: Claim | None = None  # the value the claim changed from, said in the same sentence


@dataclass
class GroupView:
    group: Group
    evidence: list[Evidence]
    chart: Markup | None = None
    answer: Answer | None = None  # quantity groups: the latest published figure, the first, the range

    def point(self, claim_id: str) -> Evidence | None:
        return next((e for e in self.evidence if e.claim.id == claim_id), None)

    @property
    def anchor(self) -> str:
        return self.group.id


@dataclass
class LedgerView:
    documents: list[Document]
    groups: list[GroupView]
    quotes: list[GroupView]
    reuse: list[tuple[ReusePair, Document, Document]]
    by_id: dict[str, Document] = field(default_factory=dict)


def evidence_of(claim: Claim, doc: Document, earlier: Claim | None = None) -> Evidence:
    sentence_start = doc.text.find(claim.evidence) if claim.evidence else -1
    if sentence_start < 0 or not (sentence_start <= claim.span.start <= sentence_start + len(claim.evidence)):
        sentence_start = max(0, claim.span.start - 150)
        window = (sentence_start, min(len(doc.text), claim.span.end + 150))
    else:
        window = (sentence_start, max(claim.span.end, sentence_start + len(claim.evidence)))
    return Evidence(claim, doc, highlight(doc.text, claim.span.start, claim.span.end, window), earlier)


def build_view(documents: list[Document], claims: list[Claim], groups: list[Group], reuse: list[ReusePair]) -> LedgerView:
    """Groups ordered conflicts first, then evolving figures, agreements, single claims."""
    docs = {d.id: d for d in documents}
    by_claim = {c.id: c for c in claims}
    views = []
    for g in groups:
        members = [by_claim[c] for c in g.claims if c in by_claim]
        evidence = sorted((evidence_of(c, docs[c.doc], by_claim.get(c.changed_from or "")) for c in members if c.doc in docs),
                          key=lambda e: (document_date(e.doc), e.doc.id, e.claim.span.start))
        view = GroupView(g, evidence, answer=answer_of(members, docs) if g.kind == "quantity" else None)
        if g.verdict == "evolving":  # a value some member changed from is not a point of its own
            superseded = {e.claim.changed_from for e in evidence}
            view.chart = evolution_chart([e for e in evidence if e.claim.id not in superseded])
        views.append(view)
    views.sort(key=lambda v: (VERDICT_ORDER.get(v.group.verdict, 9), -len(v.evidence), v.group.what, v.group.id))
    ordered_docs = sorted(documents, key=lambda d: (publication_date(d) or "9999", d.id))
    pairs = [(r, docs[r.a], docs[r.b]) for r in sorted(reuse, key=lambda r: -r.score) if r.a in docs and r.b in docs]
    return LedgerView(
        documents=ordered_docs,
        groups=[v for v in views if v.group.kind != "quote"],
        quotes=[v for v in views if v.group.kind == "quote"],
        reuse=pairs,
        by_id=docs,
    )


def _ordinal(day: str) -> float | None:
    try:
        parts = [int(p) for p in day[:10].split("-")]
        while len(parts) < 3:
            parts.append(1)
        return float(date(*parts).toordinal())
    except (ValueError, TypeError):
        return None


def evolution_chart(evidence: list[Evidence], width: int = 420, height: int = 160) -> Markup | None:
    """An inline SVG of value against publication date: no script, no external request."""
    points = []
    for e in evidence:
        x = _ordinal(publication_date(e.doc) or "")
        value = e.claim.value
        y = float(value[0]) if isinstance(value, tuple) else float(value) if isinstance(value, (int, float)) else None
        if x is not None and y is not None:
            points.append((x, y, e))
    if len(points) < 2:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1 = min(xs), max(xs) or 1
    y0, y1 = min(0.0, min(ys)), max(ys) or 1
    pad = 30

    def sx(x: float) -> float:
        return pad + (x - x0) / ((x1 - x0) or 1) * (width - 2 * pad)

    def sy(y: float) -> float:
        return height - pad - (y - y0) / ((y1 - y0) or 1) * (height - 2 * pad)

    ordered = sorted(points, key=lambda p: p[0])
    line = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y, _ in ordered)
    parts = [Markup('<svg class="chart" role="img" viewBox="0 0 {} {}" width="{}" height="{}">').format(width, height, width, height),
             Markup('<title>value against publication date</title>'),
             Markup('<line x1="{p}" y1="{b}" x2="{r}" y2="{b}" class="axis"/>').format(p=pad, b=height - pad, r=width - pad),
             Markup('<polyline points="{}" class="series"/>').format(line)]
    for x, y, e in ordered:
        parts.append(Markup('<circle cx="{:.1f}" cy="{:.1f}" r="4" class="point"><title>{} ({})</title></circle>').format(
            sx(x), sy(y), e.claim.value if not isinstance(e.claim.value, tuple) else "–".join(map(str, e.claim.value)),
            document_date(e.doc)))
        parts.append(Markup('<text x="{:.1f}" y="{:.1f}" class="label">{}</text>').format(
            sx(x), sy(y) - 8, e.claim.value if not isinstance(e.claim.value, tuple) else e.claim.value[0]))
    parts.append(Markup('<text x="{}" y="{}" class="label">{}</text>').format(pad, height - 8, document_date(ordered[0][2].doc)))
    parts.append(Markup('<text x="{}" y="{}" class="label" text-anchor="end">{}</text>').format(
        width - pad, height - 8, document_date(ordered[-1][2].doc)))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


__all__ = ["LedgerView", "GroupView", "Evidence", "build_view", "highlight", "safe_url", "escape"]
