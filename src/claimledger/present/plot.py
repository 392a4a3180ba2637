"""A dot plot of a quantity group: each stated figure against the date its document was
published, drawn as inline SVG (no script, no external request) that scales with the page.

How a figure is stated is how it is drawn: an exact figure is a dot, "about" an open dot, a
lower bound a dot with an arrow up, an upper bound an arrow down, a range or a vague amount
("dozens") a bar over what it covers. Axes carry their values and the unit; value labels that
would overlap are left out (every figure is in the evidence table beside the plot).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from claimledger.model import Claim, Document, cited_name, publication_date

WIDTH, HEIGHT = 640, 210
RIGHT, TOP, BOTTOM = 24, 26, 34
CHAR_WIDTH = 6.2  # of an 11 px label, to keep labels apart
UPWARD = frozenset({"at_least", "more_than"})
DOWNWARD = frozenset({"at_most", "less_than"})


@dataclass(frozen=True, slots=True)
class Mark:
    """One figure to draw: when it was published (None: undated) and what it covers."""

    day: float | None
    when: str  # the publication date as known: "2023-02-26", or "2022" for a year inferred
    low: float
    high: float
    approx: str
    label: str
    source: str


def marks_of(members: list[tuple[Claim, Document]]) -> list[Mark]:
    """The drawable figures of a group's members; a member without a number is left out."""
    marks = []
    for claim, doc in members:
        bounds = _bounds(claim)
        if bounds is not None:
            when = publication_date(doc)
            marks.append(Mark(_ordinal(when), when or "undated", bounds[0], bounds[1], claim.approx, _label(claim),
                              cited_name(doc, with_location=False)))
    return marks


def dot_plot(marks: list[Mark], unit: str, connect: bool = False) -> Markup | None:
    """The plot of ``marks``, with ``unit`` naming what the y axis counts; None without a figure."""
    if not marks:
        return None
    top = _nice_ceiling(max(m.high for m in marks))
    left = max(40.0, max(len(_tick_text(t)) for t in _ticks(top)) * CHAR_WIDTH + 14)
    plot = _Canvas(top, left, _columns(marks, left), {m.day: m.when for m in marks})
    parts = [plot.frame(unit, _summary(marks, unit))]
    if connect:
        parts.append(plot.series([m for m in marks if m.day is not None and m.approx != "vague"]))
    parts.extend(plot.mark(m) for m in sorted(marks, key=lambda m: (m.day is None, m.day or 0)))
    parts.append(plot.value_labels(marks))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


class _Canvas:
    """Positions on the SVG for a y range from 0 to ``top`` and the x columns of the dates."""

    def __init__(self, top: float, left: float, columns: dict[float | None, float],
                 dates: dict[float | None, str]) -> None:
        self.top = top
        self.left = left
        self.columns = columns
        self.dates = dates

    def x(self, day: float | None) -> float:
        return self.columns[day]

    def y(self, value: float) -> float:
        return HEIGHT - BOTTOM - (value / (self.top or 1)) * (HEIGHT - TOP - BOTTOM)

    def frame(self, unit: str, summary: str) -> Markup:
        parts = [Markup('<svg class="chart" role="img" viewBox="0 0 {w} {h}" preserveAspectRatio="xMinYMin meet" '
                        'aria-label="{s}">').format(w=WIDTH, h=HEIGHT, s=summary),
                 Markup("<title>{}</title>").format(summary),
                 Markup('<text x="{}" y="{}" class="unit">{}</text>').format(4, TOP - 12, unit)]
        for tick in _ticks(self.top):
            y = self.y(tick)
            parts.append(Markup('<line x1="{l}" y1="{y:.1f}" x2="{r}" y2="{y:.1f}" class="grid"/>'
                                '<text x="{t}" y="{ty:.1f}" class="tick" text-anchor="end">{v}</text>').format(
                l=self.left, r=WIDTH - RIGHT, y=y, t=self.left - 6, ty=y + 4, v=_tick_text(tick)))
        parts.append(Markup('<line x1="{l}" y1="{b}" x2="{r}" y2="{b}" class="axis"/>').format(
            l=self.left, r=WIDTH - RIGHT, b=HEIGHT - BOTTOM))
        parts.extend(self._date_ticks())
        return Markup("").join(parts)

    def _date_ticks(self) -> list[Markup]:
        parts: list[Markup] = []
        placed: list[tuple[float, float]] = []
        for day, x in sorted(self.columns.items(), key=lambda item: item[1]):
            text = self.dates[day]
            width = len(text) * CHAR_WIDTH
            left = min(max(x - width / 2, 0), WIDTH - width)
            if any(left < right + 8 and left + width + 8 > start for start, right in placed):
                continue
            placed.append((left, left + width))
            parts.append(Markup('<text x="{:.1f}" y="{}" class="tick">{}</text>').format(left, HEIGHT - 12, text))
        return parts

    def series(self, marks: list[Mark]) -> Markup:
        ordered = sorted(marks, key=lambda m: m.day or 0)
        if len(ordered) < 2:
            return Markup("")
        points = " ".join(f"{self.x(m.day):.1f},{self.y(m.low):.1f}" for m in ordered)
        return Markup('<polyline points="{}" class="series"/>').format(points)

    def mark(self, m: Mark) -> Markup:
        x, y = self.x(m.day), self.y(m.low)
        tip = Markup("<title>{} ({})</title>").format(m.label, m.source)
        if m.high > m.low:
            kind = "vague" if m.approx == "vague" else "span"
            return Markup('<rect x="{:.1f}" y="{:.1f}" width="8" height="{:.1f}" class="{}">{}</rect>').format(
                x - 4, self.y(m.high), max(y - self.y(m.high), 2.0), kind, tip)
        dot = Markup('<circle cx="{:.1f}" cy="{:.1f}" r="4.5" class="{}">{}</circle>').format(
            x, y, "point open" if m.approx == "about" else "point", tip)
        if m.approx in UPWARD or m.approx in DOWNWARD:
            step = -1 if m.approx in UPWARD else 1
            dot += Markup('<path d="M{x:.1f},{a:.1f} L{x:.1f},{b:.1f} M{l:.1f},{c:.1f} L{x:.1f},{b:.1f} L{r:.1f},{c:.1f}" '
                          'class="bound"/>').format(x=x, a=y + 5 * step, b=y + 20 * step, c=y + 14 * step,
                                                   l=x - 4, r=x + 4)
        return dot

    def value_labels(self, marks: list[Mark]) -> Markup:
        """A label beside each mark, in date order, where it overlaps no label already placed."""
        placed: list[tuple[float, float, float, float]] = []
        parts = []
        for m in sorted(marks, key=lambda m: (m.day is None, m.day or 0, m.low)):
            x, y = self.x(m.day), self.y(m.high)
            width = len(m.label) * CHAR_WIDTH
            for left, base in ((x + 8, y + 4), (x - 8 - width, y + 4), (x - width / 2, y - 10),
                               (x - width / 2, self.y(m.low) + 18)):
                box = (left, base - 10, left + width, base + 2)
                inside = left >= 0 and left + width <= WIDTH and TOP <= base <= HEIGHT - BOTTOM + 14
                if inside and not any(_overlap(box, other) for other in placed):
                    placed.append(box)
                    parts.append(Markup('<text x="{:.1f}" y="{:.1f}" class="label">{}</text>').format(left, base, m.label))
                    break
        return Markup("").join(parts)


def _columns(marks: list[Mark], axis: float) -> dict[float | None, float]:
    """The x position of each publication day, in proportion to time, and of "undated" last."""
    days = sorted({m.day for m in marks if m.day is not None})
    undated = any(m.day is None for m in marks)
    right = WIDTH - RIGHT - 20 - (70 if undated else 0)
    left = axis + 20
    columns: dict[float | None, float] = {}
    if len(days) == 1:
        columns[days[0]] = (left + right) / 2
    for day in days if len(days) > 1 else []:
        columns[day] = left + (day - days[0]) / (days[-1] - days[0]) * (right - left)
    if undated:
        columns[None] = WIDTH - RIGHT - 30 if days else (left + right) / 2
    return columns


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _bounds(claim: Claim) -> tuple[float, float] | None:
    value = claim.value
    if isinstance(value, tuple):
        low, high = float(value[0]), float(value[1])
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        low = high = float(value)
    else:
        return None
    if not (math.isfinite(low) and math.isfinite(high)) or low < 0:
        return None
    return low, max(low, high)


def _label(claim: Claim) -> str:
    value = claim.value
    text = f"{_number(value[0])}–{_number(value[1])}" if isinstance(value, tuple) else _number(float(value or 0))
    prefix = {"about": "~", "more_than": ">", "at_least": "≥", "less_than": "<", "at_most": "≤"}.get(claim.approx, "")
    return prefix + text


def _tick_text(value: float) -> str:
    """An axis value, short: "1.5M" for millions and more."""
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(value) >= size:
            return _number(round(value / size, 2)) + suffix
    return _number(value)


def _number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


NICE = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def _nice_ceiling(value: float) -> float:
    """The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten) at or above ``value``."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(step * power for step in NICE if step * power >= value * (1 - 1e-12))


def _ticks(top: float) -> list[float]:
    """Three to six round values from 0 to ``top``; whole numbers alone up to 5."""
    if top <= 5 and top == int(top):
        return [float(k) for k in range(int(top) + 1)]
    power = 10 ** math.floor(math.log10(top))
    for step in sorted((s * power / 10 ** e for s in (1, 2, 2.5, 5) for e in (0, 1)), reverse=True):
        count = top / step
        if 3 <= count <= 6 and abs(count - round(count)) < 1e-9:
            return [step * k for k in range(round(count) + 1)]
    return [top * k / 4 for k in range(5)]


def _ordinal(day: str | None) -> float | None:
    try:
        parts = [int(p) for p in (day or "")[:10].split("-")]
        while len(parts) < 3:
            parts.append(1)
        return float(date(*parts).toordinal())
    except (ValueError, TypeError):
        return None


def _summary(marks: list[Mark], unit: str) -> str:
    days = sorted(m.day for m in marks if m.day is not None)
    when = (f" published {date.fromordinal(int(days[0])).isoformat()} to {date.fromordinal(int(days[-1])).isoformat()}"
            if days else "")
    low, high = min(m.low for m in marks), max(m.high for m in marks)
    return f"{unit}: {len(marks)} figures{when}, from {_number(low)} to {_number(high)}"
