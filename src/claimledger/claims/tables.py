"""Tables in a document's text, as the HTML reader writes them ("| Province | Deaths |" rows under a
"|---|" rule), and field lists ("Acres burned: 31,250" on one line, "Containment: 22%" on the next):
what each cell's figure counts is said by its column's header or its field's label, and which part of
the whole by its row's label, not by the words around it, for a table has no sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_ROW = re.compile(r"^\|(?P<cells>[^\n]*)\|[ \t]*$", re.M)
_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+[ \t]*$")
# a row that adds up the others: "Total", "All provinces", "Overall"
_TOTAL = re.compile(r"^(?:totals?|all(?:\s+\w+)?|overall|sum|grand\s+total)\b", re.I)


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a table's body: where its text stands, its column's header and its row's label."""

    start: int
    end: int
    header: str
    row_label: str
    total_row: bool
    column: int
    table: int  # where the table starts: cells of one table share it


def table_cells(text: str) -> Iterator[Cell]:
    """The body cells of every table in ``text`` that has a header row and a rule under it."""
    if "|" not in text:
        return
    rows = list(_ROW.finditer(text))
    for i, header in enumerate(rows[:-1]):
        rule = rows[i + 1]
        if not _RULE.match(rule.group()) or text[header.end():rule.start()].strip():
            continue
        names = [c.strip() for c in header.group("cells").split("|")]
        for row in _body_rows(text, rows[i + 2:], rule.end()):
            cells = list(_cells_of(row))
            label = cells[0][2] if cells else ""
            for column, (start, end, said) in enumerate(cells):
                if column and column < len(names) and said:
                    yield Cell(start, end, names[column], label, bool(_TOTAL.match(label)), column, header.start())


# "Acres burned: 31,250", "Injuries: 3 (firefighters)": a label, then a figure with at most a note
_FIELD = re.compile(r"^(?P<label>[A-Z][A-Za-z’'/-]*+(?:[ \t][A-Za-z’'/-]++){0,4}+):[ \t]++"
                    r"(?P<value>[$€£]?\d[\d,.]*+[ \t]*+%?+(?:[ \t]*+[A-Za-z]++){0,2}+)"
                    r"(?:[ \t]*+\((?P<note>[A-Za-z][A-Za-z \t-]{0,30}+)\))?[ \t]*+$", re.M)


@dataclass(frozen=True, slots=True)
class Field:
    """One line of a field list: where its figure stands, its label and the note after it."""

    start: int
    end: int
    label: str
    note: str


def field_cells(text: str) -> Iterator[Field]:
    """The lines of every field list in ``text``: two or more lines in a row, each a label and a
    figure, as an incident update or a fact box gives them; one such line alone is prose's."""
    if ":" not in text:
        return
    run: list[re.Match[str]] = []
    for line in [*_FIELD.finditer(text), None]:
        if line is not None and (not run or text[run[-1].end():line.start()] == "\n"):
            run.append(line)
            continue
        if len(run) > 1:
            yield from (Field(m.start("value"), m.end("value"), m.group("label"), m.group("note") or "") for m in run)
        run = [line] if line is not None else []


def _body_rows(text: str, rows: list[re.Match[str]], after: int) -> Iterator[re.Match[str]]:
    """The rows that follow a table's rule line after line, up to the first line that is no row."""
    for row in rows:
        if text[after:row.start()].strip("\n") or row.start() - after > 1:
            return
        yield row
        after = row.end()


def _cells_of(row: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each cell of a row, its spaces left out."""
    at = row.start("cells")
    for piece in row.group("cells").split("|"):
        stripped = piece.strip()
        start = at + (piece.find(stripped) if stripped else 0)
        yield start, start + len(stripped), stripped
        at += len(piece) + 1
