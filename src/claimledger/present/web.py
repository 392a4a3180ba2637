"""``claimledger serve``: a local, read-only web app over a ledger.

Every request opens the ledger read-only; search goes through bound parameters under a time
limit; every page carries a strict Content-Security-Policy and no inline script.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

from flask import (
    Flask,
    Response,
    abort,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from markupsafe import Markup
from werkzeug.exceptions import HTTPException, SecurityError

from claimledger.grouping.answers import answer_of
from claimledger.model import ClaimKind, Document, Verdict
from claimledger.present.diff import marked_pair
from claimledger.present.export import claim_json, document_json, group_json, iter_export_json
from claimledger.present.report import value_text
from claimledger.present.view import (
    REUSE_SCORE_MEANING,
    build_view,
    document_date,
    document_label,
    document_linked_data,
    group_linked_data,
    outlet_of,
    plural,
    safe_url,
    stated_dates,
)
from claimledger.settings import WebSettings
from claimledger.store import GroupFilters, Ledger
from claimledger.store.queries import GROUP_ORDERS

PACKAGE = Path(__file__).resolve().parents[1]  # templates and static files ship at the package's root
CSP = ("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")


def create_app(db: str, settings: WebSettings | None = None) -> Flask:
    """The app for one ledger file; nothing it serves can change the ledger."""
    app = Flask(__name__, template_folder=PACKAGE / "templates", static_folder=PACKAGE / "static")
    # Flask autoescapes only templates named .html; ours are .html.j2, so escaping is switched on for all
    app.jinja_env.autoescape = True
    limits = settings or WebSettings()
    app.config.update(TRUSTED_HOSTS=list(limits.hosts), CLAIMLEDGER_DB=db, CLAIMLEDGER_LIMITS=limits)
    app.jinja_env.globals.update(label=document_label, date_of=document_date, safe_url=safe_url, value_of=value_text,
                                 outlet_of=outlet_of)
    app.jinja_env.filters["plural"] = plural
    app.after_request(_security_headers)
    for rule, view in ROUTES:
        app.add_url_rule(rule, view_func=view, methods=["GET"])
    app.register_error_handler(HTTPException, _error_page)
    return app


def _error_page(error: HTTPException) -> Any:
    """An error as JSON under /api/, else as a page of the app's own look; never the framework's."""
    status, message = error.code or 500, error.description or error.name
    if isinstance(error, SecurityError):  # a host name not served: no page of ours, nor links to build
        response = Response(f"{status} {error.name}: this server does not answer to that host name\n",
                            mimetype="text/plain")
    elif request.path.startswith("/api/"):
        response = jsonify({"error": status, "name": error.name, "message": message})
    else:
        response = Response(render_template("web_error.html.j2", status=status, name=error.name, message=message),
                            mimetype="text/html")
    response.status_code = status
    if status == 405:
        response.headers["Allow"] = "GET, HEAD, OPTIONS"
    return response


def _limits() -> WebSettings:
    return current_app.config["CLAIMLEDGER_LIMITS"]  # type: ignore[no-any-return]


def _ledger() -> Ledger:
    """The ledger, opened read-only for one request, each statement under the time limit."""
    opened = Ledger.open(current_app.config["CLAIMLEDGER_DB"], read_only=True)
    opened.limit_query_time(_limits().sql_time_limit_ms)
    return opened


def _security_headers(response: Any) -> Any:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def index() -> str:
    """A page of groups in reading order, each with its answer."""
    f, order = _filters_from_request(), _order_of_request()
    page, limit = _page_of_request(_limits().page_rows, _limits().max_rows)
    with _ledger() as led:
        # the document filter lists every document by name only in a small ledger
        documents = led.headings() if led.document_count() <= DOCUMENTS_LISTED else None
        total, shown = led.group_page(f, (page - 1) * limit, limit, order)
        facets = led.facet_counts(f)
        members, heads = led.members_of([g.id for g in shown if g.kind in ("quantity", "date")])
    kinds = {g.id: g.kind for g in shown}
    answers = {gid: answer_of(claims, heads) for gid, claims in members.items() if kinds[gid] == "quantity"}
    latest = {gid: next(c for c in members[gid] if c.id == a.timeline[-1].claim)
              for gid, a in answers.items() if a is not None}
    dates = {gid: stated_dates(claims, heads) for gid, claims in members.items() if kinds[gid] == "date"}
    return render_template("web_index.html.j2", groups=shown, total=total, first=(page - 1) * limit + 1,
                           pages=_neighbour_pages("index", page, limit, total),
                           documents=documents, f=f, answers=answers, latest=latest, dates=dates, facets=facets,
                           choices=CHOICES, order=order)


def favicon() -> tuple[str, int]:
    return "", 204


def documents() -> str:
    """A page of documents in order of publication."""
    page, limit = _page_of_request(_limits().max_rows, _limits().max_rows)
    with _ledger() as led:
        total = led.document_count()
        docs = led.document_page((page - 1) * limit, limit)
    return render_template("web_documents.html.j2", documents=docs, total=total, first=(page - 1) * limit + 1,
                           pages=_neighbour_pages("documents", page, limit, total))


def group(group_id: str) -> Any:
    """One group with its evidence, read alone; a former id redirects to its group now."""
    with _ledger() as led:
        found_group = led.group(group_id)
        if found_group is not None and found_group.id != group_id:
            return redirect(url_for("group", group_id=found_group.id), code=301)
        claims = led.claims_with_ids(found_group.claims) if found_group else []
        earlier = {c.changed_from for c in claims if c.changed_from} - {c.id for c in claims}
        claims += led.claims_with_ids(earlier)
        documents = list(led.iter_documents({c.doc for c in claims}))
    view = build_view(documents, claims, [found_group] if found_group else [], [])
    found = view.groups + view.quotes
    if not found:
        abort(404)
    return render_template("web_group.html.j2", g=found[0], jsonld=group_linked_data(found[0], request.url))


def document(document_id: str) -> str:
    """One document with every claim marked in its text."""
    with _ledger() as led:
        doc = led.document(document_id)
        if doc is None:
            abort(404)
        claims = led.claims_of(document_id)
        groups = led.groups_of_claims([c.id for c in claims])
    return render_template("web_document.html.j2", d=doc, marked=_mark_all(doc, claims), claims=claims,
                           groups=groups, jsonld=document_linked_data(doc))


def copies() -> str:
    """A page of the pairs of documents that share text, the most shared first."""
    page, limit = _page_of_request(_limits().page_rows, _limits().max_rows)
    with _ledger() as led:
        total, pairs = led.reuse_page((page - 1) * limit, limit)
        heads = led.headings()
    return render_template("web_copies.html.j2", pairs=[(r, heads.get(r.a), heads.get(r.b)) for r in pairs],
                           total=total, first=(page - 1) * limit + 1, meaning=REUSE_SCORE_MEANING,
                           pages=_neighbour_pages("copies", page, limit, total))


def copy(first: str, second: str) -> str:
    """The passages two documents share, side by side, the earlier document first, with the words
    the later copy changed marked."""
    with _ledger() as led:
        pair = led.reuse_pair(first, second)
        if pair is None:
            abort(404, description="these two documents share no text the ledger found")
        docs = {d.id: d for d in led.iter_documents([pair.a, pair.b])}
    a, b = docs[pair.a], docs[pair.b]
    passages = [(p, *marked_pair(a.text[p.a_start:p.a_end], b.text[p.b_start:p.b_end])) for p in pair.passages]
    return render_template("web_copy.html.j2", pair=pair, a=a, b=b, passages=passages, meaning=REUSE_SCORE_MEANING)


def api_export() -> Any:
    """The export, streamed a page at a time while the ledger stays open."""
    def pieces() -> Iterator[str]:
        with _ledger() as led:
            yield from iter_export_json(led)

    return Response(stream_with_context(pieces()), mimetype="application/json")


def api_groups() -> Any:
    """A page of the groups matching the filters; the total and the next page in headers."""
    f = _filters_from_request()
    page, limit = _page_of_request(_limits().page_rows, _limits().max_rows)
    with _ledger() as led:
        total, shown = led.group_page(f, (page - 1) * limit, limit, _order_of_request())
    response = jsonify([{"id": g.id, "kind": g.kind, "what": g.what, "verdict": g.verdict,
                         "claims": list(g.claims), "independent_origins": g.independent_origins,
                         "origins": list(g.origins), "notes": list(g.notes),
                         **({"event": g.event} if g.event else {})} for g in shown])
    response.headers["X-Total-Count"] = str(total)
    following = _neighbour_pages("api_groups", page, limit, total)["next"]
    if following:
        response.headers["Link"] = f'<{following}>; rel="next"'
    return response


def api_group(group_id: str) -> Any:
    """One group as the export gives it, with its answer; a former id gives its group now."""
    with _ledger() as led:
        found = led.group(group_id)
        if found is None:
            abort(404, description=f"no group {group_id[:40]!r}")
        members, headings = led.members_of([found.id])
    return jsonify(group_json(found, {c.id: c for c in members[found.id]}, headings))


def api_document(document_id: str) -> Any:
    """One document as the export gives it, with its claims."""
    with _ledger() as led:
        doc = led.document(document_id)
        if doc is None:
            abort(404, description=f"no document {document_id[:40]!r}")
        claims = led.claims_of(document_id)
    return jsonify({**document_json(doc), "claims": [claim_json(c) for c in claims]})


def api_claim(claim_id: str) -> Any:
    """One claim as the export gives it, with the id of its group."""
    with _ledger() as led:
        found = led.claims_with_ids([claim_id])
        if not found:
            abort(404, description=f"no claim {claim_id[:40]!r}")
        group_id = led.group_of_claim(claim_id)
    return jsonify({**claim_json(found[0]), "group": group_id})


ROUTES = (("/", index), ("/favicon.ico", favicon), ("/documents", documents), ("/group/<group_id>", group),
          ("/document/<document_id>", document), ("/api/export", api_export), ("/api/groups", api_groups),
          ("/api/group/<group_id>", api_group), ("/api/document/<document_id>", api_document),
          ("/api/claim/<claim_id>", api_claim), ("/copies", copies), ("/copies/<first>/<second>", copy))


DOCUMENTS_LISTED = 300
CHOICES = {"verdict": get_args(Verdict), "kind": get_args(ClaimKind), "sort": tuple(GROUP_ORDERS)}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _filters_from_request() -> GroupFilters:
    """The filters of the query string, each cut to 200 characters; a value no group can have (a
    verdict or kind that does not exist, a date that is not one) is a 400 that names it, not an
    empty list under a form that shows "any"."""
    given = {k: request.args.get(k, "")[:200] for k in GroupFilters.names()}
    for name in ("verdict", "kind"):
        if given[name] and given[name] not in CHOICES[name]:
            abort(400, description=f"{name} must be one of {', '.join(CHOICES[name])}, not {given[name][:40]!r}")
    for name in ("since", "until"):
        if given[name] and not _ISO_DAY.fullmatch(given[name]):
            abort(400, description=f"{name} must be a date as YYYY-MM-DD, not {given[name][:40]!r}")
    return GroupFilters(**given)


def _order_of_request() -> str:
    order = request.args.get("sort", "") or "reading"
    if order not in GROUP_ORDERS:
        abort(400, description=f"sort must be one of {', '.join(GROUP_ORDERS)}, not {order[:40]!r}")
    return order


def _page_of_request(rows: int, most: int) -> tuple[int, int]:
    """The ``page`` (from 1) and ``limit`` (1 to ``most`` rows, ``rows`` if not given) of the query string; a value that
    is not one is a 400 that names it, not a silent first page."""
    values = []
    for name, default, highest in (("page", 1, 10**9), ("limit", rows, most)):
        given = request.args.get(name, "")
        value = int(given) if given.isdigit() and len(given) <= 10 else (default if given == "" else 0)
        if not 1 <= value <= highest:
            abort(400, description=f"{name} must be a whole number from 1 to {highest}, not {given[:40]!r}")
        values.append(value)
    return values[0], values[1]


def _neighbour_pages(endpoint: str, page: int, limit: int, total: int) -> dict[str, str | None]:
    """Links to the previous and next pages, with the request's filters kept."""
    def link(n: int) -> str:
        arguments: dict[str, Any] = {**request.args.to_dict(), "page": str(n)}
        return url_for(endpoint, **arguments)
    return {"previous": link(page - 1) if page > 1 else None,
            "next": link(page + 1) if page * limit < total else None}


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
