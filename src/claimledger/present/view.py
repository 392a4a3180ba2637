"""What the report and the web app show, computed once from the ledger: groups in the order a
fact-checker reads them, evidence with the claim's words marked, series for charts.

Every piece of article text goes out through Markup.escape; only the <mark> around a claim
is ours.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlparse

from markupsafe import Markup, escape

from claimledger.grouping.answers import Answer, answer_of
from claimledger.model import Cited, Claim, Document, Group, ReusePair, cited_name, publication_date, web_site
from claimledger.present.plot import dot_plot, marks_of
from claimledger.store.ledger import VERDICTS_IN_READING_ORDER

REUSE_SCORE_MEANING = ("the share of the shorter text's words found in passages of the other (1.0: all of it); "
                       "words inside quotation marks count less, since outlets quote the same speaker on their own")
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


def stated_dates(claims: list[Claim], documents: Mapping[str, Cited], most: int = 5) -> str:
    """The dates a date group's members state, each once, in order of publication: "1992-02-26; 1983-02-26"."""
    ordered = sorted(claims, key=lambda c: (publication_date(documents[c.doc]) or "9999", c.doc, c.span.start)
                     if c.doc in documents else ("9999", c.doc, c.span.start))
    values = list(dict.fromkeys(str(c.value) for c in ordered if c.value is not None))
    shown = "; ".join(values[:most])
    return shown + (f"; and {plural(len(values) - most, 'other')}" if len(values) > most else "")


def outlet_of(doc: Document) -> str:
    """The outlet a document names, else the web site its address names ("apnews.com"), else nothing."""
    return doc.outlet or (web_site(doc.url) if safe_url(doc.url) else None) or ""


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

    def origin_of(self, document_id: str) -> str | None:
        """The name of the independent origin a member document counts under."""
        return next((o.name for o in self.group.origin_members if document_id in o.documents), None)

    def document(self, document_id: str) -> Document | None:
        return next((e.doc for e in self.evidence if e.doc.id == document_id), None)

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
        view.chart = plot_of(g, evidence)
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


def group_linked_data(view: GroupView, url: str) -> dict[str, object]:
    """schema.org metadata of a group page: a dataset of the claims, based on the documents that make them."""
    sources = sorted({u for e in view.evidence if (u := safe_url(e.doc.url))})
    documents = len({e.doc.id for e in view.evidence})
    data: dict[str, object] = {
        "@context": "https://schema.org", "@type": "Dataset", "url": url,
        "name": f"{view.answer.measure}: {view.group.what}" if view.answer and view.answer.measure else view.group.what,
        "description": f"{view.group.verdict}: {plural(len(view.evidence), 'claim')} in "
                       f"{plural(documents, 'document')}, {plural(view.group.independent_origins, 'independent origin')}",
        "isBasedOn": sources,
    }
    if view.answer and view.answer.measure:
        data["variableMeasured"] = view.answer.measure
    return data


def document_linked_data(doc: Document) -> dict[str, object]:
    """schema.org metadata of a document page: the article as its source describes it."""
    data: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle",
                               "headline": doc.title or document_label(doc)}
    if doc.published:
        data["datePublished"] = doc.published
    if doc.author:
        data["author"] = {"@type": "Person", "name": doc.author}
    if outlet_of(doc):
        data["publisher"] = {"@type": "Organization", "name": outlet_of(doc)}
    if safe_url(doc.url):
        data["url"] = safe_url(doc.url)
    return data


def plot_of(group: Group, evidence: list[Evidence]) -> Markup | None:
    """The dot plot of a quantity group's figures; a value some member changed from is not a point of its own."""
    if group.kind != "quantity":
        return None
    superseded = {e.claim.changed_from for e in evidence}
    shown = [(e.claim, e.doc) for e in evidence if e.claim.id not in superseded]
    return dot_plot(marks_of(shown), axis_caption([c for c, _ in shown], group), connect=group.verdict == "evolving")


def axis_caption(claims: list[Claim], group: Group) -> str:
    """What the figures count, as the y axis names it: "killed: people", "mass: ammonium nitrate (tonnes)"."""
    measure = next((c.measure for c in claims if c.measure), None)
    counted = next((c.counted for c in claims if c.counted), None)
    unit = next((c.unit for c in claims if c.unit), None)
    caption = f"{measure}: {counted}" if measure and counted else measure or group.what
    return f"{caption} ({unit})" if unit else caption


__all__ = ["LedgerView", "GroupView", "Evidence", "build_view", "highlight", "safe_url", "escape"]
