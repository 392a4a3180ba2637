"""Typed questions a reader asks of a ledger (which groups match these filters), written once as
SQL with bound parameters, so the web app, the CLI and library users ask them the same way."""

from __future__ import annotations

from dataclasses import dataclass, fields

EXACT_FILTERS = (  # filter field, and the clause its value is bound into
    ("verdict", "g.verdict = ?"),
    ("kind", "g.kind = ?"),
    ("event", "g.event = ?"),
    ("document", "d.id = ?"),
    ("since", "COALESCE(d.published, d.published_inferred) >= ?"),
    ("until", "COALESCE(d.published, d.published_inferred) <= ?"),
)


@dataclass(frozen=True, slots=True)
class GroupFilters:
    """Which groups to list; an empty field does not filter."""

    q: str = ""
    """Text searched in the group's label and its claims' evidence (case-insensitive)."""
    verdict: str = ""
    kind: str = ""
    event: str = ""
    """The event of the groups, where the ledger holds several ("folder: stories/fire")."""
    document: str = ""
    """A document id: groups with a claim in that document."""
    outlet: str = ""
    """Part of an outlet's name."""
    since: str = ""
    """ISO date: groups with a claim published on or after it."""
    until: str = ""

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in self.names())


# how a list of groups can be ordered: a name, and the SQL after ORDER BY that gives it (before the
# reading order, which breaks ties); "reading" is the reading order alone
GROUP_ORDERS: dict[str, str] = {
    "reading": "",
    "claims": "(SELECT COUNT(*) FROM group_claims gc WHERE gc.group_id = claim_groups.id) DESC, ",
    "origins": "independent_origins DESC, ",
    "what": "LOWER(what), ",
}
FACETS = ("verdict", "kind", "event")  # the filters whose options show how many groups each would give


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def matching_group_ids(filters: GroupFilters) -> tuple[str, list[str]]:
    """The SQL that selects the ids of the groups matching ``filters``, and its parameters."""
    clauses, params = ["1 = 1"], []
    for name, clause in EXACT_FILTERS:
        if getattr(filters, name):
            clauses.append(clause)
            params.append(getattr(filters, name))
    if filters.outlet:
        clauses.append("LOWER(d.outlet) LIKE LOWER(?) ESCAPE '\\'")
        params.append(f"%{_like(filters.outlet)}%")
    if filters.q:
        clauses.append("(LOWER(g.what) LIKE LOWER(?) ESCAPE '\\' OR LOWER(c.evidence) LIKE LOWER(?) ESCAPE '\\')")
        params += [f"%{_like(filters.q)}%"] * 2
    if not (filters.q or filters.outlet or filters.document or filters.since or filters.until):
        # the group's own fields: no need to go through its claims and their documents
        return "SELECT g.id FROM claim_groups g WHERE " + " AND ".join(clauses), params
    sql = ("SELECT DISTINCT g.id FROM claim_groups g JOIN group_claims gc ON gc.group_id = g.id "
           "JOIN claims c ON c.id = gc.claim_id JOIN documents d ON d.id = c.document_id WHERE "
           + " AND ".join(clauses))
    return sql, params
