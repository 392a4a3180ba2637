"""``claimledger serve``: a local, read-only web app over a ledger.

Every request opens the ledger read-only; search goes through bound parameters under a time
limit; every page carries a strict Content-Security-Policy and no inline script.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from flask import Flask, abort, jsonify, render_template, request
from markupsafe import Markup

from claimledger.model import Document, Group
from claimledger.present.export import export_dict
from claimledger.present.report import value_text
from claimledger.present.view import VERDICT_ORDER, build_view, document_date, document_label, safe_url
from claimledger.store.ledger import Ledger

CSP = ("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
MAX_ROWS = 500
SQL_TIME_LIMIT_MS = 1000


@dataclass
class Filters:
    q: str = ""
    verdict: str = ""
    kind: str = ""
    document: str = ""
    outlet: str = ""
    since: str = ""
    until: str = ""


def create_app(db: str) -> Flask:
    """The app for one ledger file; nothing it serves can change the ledger."""
    app = Flask(__name__, template_folder="templates", static_folder="static")
    # Flask autoescapes only templates named .html; ours are .html.j2, so escaping is switched on for all
    app.jinja_env.autoescape = True
    app.jinja_env.globals.update(label=document_label, date_of=document_date, safe_url=safe_url, value_of=value_text)

    def ledger() -> Ledger:
        opened = Ledger.open(db, read_only=True)
        _limit_time(opened)
        return opened

    @app.after_request
    def security_headers(response: Any) -> Any:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.get("/")
    def index() -> str:
        f = _filters_from_request()
        with ledger() as led:
            documents = led.documents()
            groups = _filtered_groups(led, f)
        return render_template("web_index.html.j2", groups=groups[:MAX_ROWS], truncated=len(groups) > MAX_ROWS,
                               documents=documents, f=f)

    @app.get("/favicon.ico")
    def favicon() -> tuple[str, int]:
        return "", 204

    @app.get("/documents")
    def documents() -> str:
        with ledger() as led:
            docs = build_view(led.documents(), [], [], []).documents
        return render_template("web_documents.html.j2", documents=docs)

    @app.get("/group/<group_id>")
    def group(group_id: str) -> str:
        with ledger() as led:
            view = build_view(led.documents(), led.claims(), [g for g in led.groups() if g.id == group_id], [])
        found = view.groups + view.quotes
        if not found:
            abort(404)
        return render_template("web_group.html.j2", g=found[0])

    @app.get("/document/<document_id>")
    def document(document_id: str) -> str:
        with ledger() as led:
            doc = next((d for d in led.documents() if d.id == document_id), None)
            if doc is None:
                abort(404)
            claims = [c for c in led.claims() if c.doc == document_id]
        return render_template("web_document.html.j2", d=doc, marked=_mark_all(doc, claims))

    @app.get("/api/export")
    def api_export() -> Any:
        with ledger() as led:
            return jsonify(export_dict(led))

    @app.get("/api/groups")
    def api_groups() -> Any:
        f = _filters_from_request()
        with ledger() as led:
            return jsonify([{"id": g.id, "kind": g.kind, "what": g.what, "verdict": g.verdict,
                             "claims": list(g.claims), "independent_origins": g.independent_origins,
                             "origins": list(g.origins), "notes": list(g.notes)} for g in _filtered_groups(led, f)])

    return app


def _filters_from_request() -> Filters:
    """The filters of the query string, each cut to 200 characters."""
    return Filters(**{k: request.args.get(k, "")[:200] for k in Filters.__dataclass_fields__})


def _limit_time(led: Ledger) -> None:
    """No query of one request may run past SQL_TIME_LIMIT_MS."""
    if led.postgres:
        led.sql.execute(f"SET statement_timeout = {SQL_TIME_LIMIT_MS}")
        return
    deadline = time.monotonic() + SQL_TIME_LIMIT_MS / 1000
    led.conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)


_EXACT_FILTERS = (  # filter field, and the clause its value is bound into
    ("verdict", "g.verdict = ?"),
    ("kind", "g.kind = ?"),
    ("document", "d.id = ?"),
    ("since", "COALESCE(d.published, d.published_inferred) >= ?"),
    ("until", "COALESCE(d.published, d.published_inferred) <= ?"),
)


def _filtered_groups(led: Ledger, f: Filters) -> list[Group]:
    """Groups matching the filters; the search text and every filter go in as bound parameters."""
    clauses, params = ["1 = 1"], []
    for field, clause in _EXACT_FILTERS:
        if getattr(f, field):
            clauses.append(clause)
            params.append(getattr(f, field))
    if f.outlet:
        clauses.append("LOWER(d.outlet) LIKE LOWER(?) ESCAPE '\\'")
        params.append(f"%{_like(f.outlet)}%")
    if f.q:
        clauses.append("(LOWER(g.what) LIKE LOWER(?) ESCAPE '\\' OR LOWER(c.evidence) LIKE LOWER(?) ESCAPE '\\')")
        params += [f"%{_like(f.q)}%"] * 2
    sql = ("SELECT DISTINCT g.id FROM claim_groups g JOIN group_claims gc ON gc.group_id = g.id "
           "JOIN claims c ON c.id = gc.claim_id JOIN documents d ON d.id = c.document_id WHERE "
           + " AND ".join(clauses))
    wanted = {row[0] for row in led.sql.execute(sql, params)}
    return sorted((g for g in led.groups() if g.id in wanted),
                  key=lambda g: (VERDICT_ORDER.get(g.verdict, 9), -len(g.claims), g.what))


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _mark_all(doc: Document, claims: list[Any]) -> Markup:
    """The document's text, escaped, with every claim's words marked (outermost spans win)."""
    pieces = []
    position = 0
    for claim in sorted(claims, key=lambda c: (c.span.start, -c.span.end)):
        if claim.span.start < position:
            continue
        pieces.append(Markup.escape(doc.text[position:claim.span.start]))
        pieces.append(Markup('<mark title="{}">{}</mark>').format(
            f"{claim.kind}: {value_text(claim)}", doc.text[claim.span.start:claim.span.end]))
        position = claim.span.end
    pieces.append(Markup.escape(doc.text[position:]))
    return Markup("").join(pieces)


__all__ = ["create_app"]
