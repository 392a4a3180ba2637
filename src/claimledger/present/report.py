"""A self-contained HTML report of a ledger: no script, no external request, every piece of
source text escaped."""

from __future__ import annotations

from collections import Counter
from importlib import resources

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from claimledger.model import Claim
from claimledger.present.diff import marked_pair
from claimledger.present.view import REUSE_SCORE_MEANING, build_view, document_date, document_label, plural, safe_url
from claimledger.store.ledger import Ledger

SECTIONS = (("conflict", "Conflicts"), ("evolving", "Evolving figures"), ("agree", "Agreements"),
            ("single", "Claims made once"))


def environment() -> Environment:
    """Jinja with autoescaping on for every template, HTML or not."""
    env = Environment(loader=PackageLoader("claimledger", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(safe_url=safe_url, label=document_label, date_of=document_date, value_of=value_text,
                       diff=marked_pair)
    env.filters["plural"] = plural
    return env


def value_text(claim: Claim) -> str:
    value = claim.value
    if isinstance(value, tuple):
        text = f"{_grouped(value[0], claim.kind)}–{_grouped(value[1], claim.kind)}"
    else:
        text = "" if value is None else _grouped(value, claim.kind)
    prefix = {"about": "about ", "more_than": "more than ", "at_least": "at least ", "less_than": "less than ",
              "at_most": "up to ", "vague": "vague: "}.get(claim.approx, "")
    return f"{prefix}{text}{' ' + claim.unit if claim.unit else ''}"


def _grouped(value: object, kind: str) -> str:
    """A figure with thousands separators ("12,000,000"); a year as it is."""
    if kind != "quantity" or isinstance(value, bool) or not isinstance(value, (int, float)) or abs(value) < 1000:
        return str(value)
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def render_report(ledger: Ledger, title: str | None = None) -> str:
    """The report as one HTML string."""
    documents, claims = ledger.documents(), ledger.claims()
    view = build_view(documents, claims, ledger.groups(), ledger.reuse_pairs())
    # our own stylesheet, as written: escaped, its quotes and ">" selectors broke and the page fell back to Times
    css = Markup((resources.files("claimledger") / "static" / "claimledger.css").read_text(encoding="utf-8"))
    return environment().get_template("report.html.j2").render(
        view=view, css=css, reuse_meaning=REUSE_SCORE_MEANING, title=title or "ledger", sections=SECTIONS, rejects=ledger.rejects(),
        claim_count=len(claims), claims_per_doc=Counter(c.doc for c in claims),
    )
