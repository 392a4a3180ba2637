"""The dot plot of a quantity group: how each figure is stated is how it is drawn, axes carry
values and the unit, labels never overlap, and the SVG follows the page's width."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

import claimledger
from claimledger.model import Claim, Document
from claimledger.present.plot import dot_plot, marks_of

SVG = "{http://www.w3.org/2000/svg}"


def _members(*items: tuple[str, str | None]) -> list[tuple[Claim, Document]]:
    """Each (sentence, publication date) as a document of its own with the sentence's first figure."""
    members = []
    for n, (sentence, published) in enumerate(items):
        doc = Document(id=f"d{n}", path=f"/in/{n}.txt", text=sentence, content_hash=str(n), fmt="txt",
                       encoding="utf-8", url=None, title=None, outlet=f"Outlet {n}", author=None, published=published)
        claim = next(c for c in claimledger.extract(sentence, published=published) if c.kind == "quantity")
        members.append((claim, doc))
    return members


def _svg(members: list[tuple[Claim, Document]], unit: str = "killed: people") -> ET.Element:
    plot = dot_plot(marks_of(members), unit)
    assert plot is not None
    return ET.fromstring(str(plot).replace("<svg ", f'<svg xmlns="{SVG[1:-1]}" ', 1))


def _texts(svg: ET.Element, cls: str) -> list[ET.Element]:
    return [t for t in svg.iter(f"{SVG}text") if t.get("class") == cls]


def test_each_way_of_stating_a_figure_has_its_own_mark() -> None:
    svg = _svg(_members(("At least 14 people were killed.", "2024-03-02"), ("About 20 people were killed.", "2024-03-03"),
                        ("Fewer than 40 people were killed.", "2024-03-04"), ("Dozens of people were killed.", "2024-03-05"),
                        ("31 people were killed.", "2024-03-06")))
    classes = [e.get("class") for e in svg.iter() if e.get("class") in ("point", "point open", "bound", "vague")]
    assert classes.count("bound") == 2  # the lower bound's arrow up, the upper bound's arrow down
    assert "point open" in classes and "vague" in classes and classes.count("point") == 3
    bounds = [e.get("d") for e in svg.iter(f"{SVG}path") if e.get("class") == "bound"]
    ups = [d for d in bounds if d and _arrow_goes_up(d)]
    assert len(ups) == 1


def _arrow_goes_up(d: str) -> bool:
    numbers = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", d)]
    return numbers[3] < numbers[1]  # the shaft ends above where it starts (SVG y grows downwards)


def test_axes_carry_values_dates_and_the_unit() -> None:
    svg = _svg(_members(("At least 78 people were killed.", "2020-08-05"), ("At least 137 people were killed.", "2020-08-06"),
                        ("At least 160 people were killed.", "2020-08-08")), unit="killed: people")
    ticks = [t.text for t in _texts(svg, "tick")]
    assert {"0", "200"} <= set(ticks) and "2020-08-05" in ticks and "2020-08-08" in ticks
    assert [t.text for t in _texts(svg, "unit")] == ["killed: people"]
    assert {"≥78", "≥137", "≥160"} <= {t.text for t in _texts(svg, "label")}


@pytest.mark.parametrize("count", [2, 6, 12])
def test_value_labels_never_overlap(count: int) -> None:
    members = _members(*[(f"About {1000 + k} people were evacuated.", "2024-03-05") for k in range(count)])
    labels = _texts(_svg(members), "label")
    boxes = [(float(t.get("x", 0)), float(t.get("y", 0)), len(t.text or "") * 6.2) for t in labels]
    for i, (x, y, w) in enumerate(boxes):
        for x2, y2, w2 in boxes[i + 1:]:
            assert not (x < x2 + w2 and x2 < x + w and abs(y - y2) < 12), (x, y, x2, y2)
    assert 1 <= len(labels) <= count


def test_undated_figures_have_a_column_of_their_own_and_the_plot_scales_with_the_page() -> None:
    plot = dot_plot(marks_of(_members(("12 people were hurt.", "2024-03-02"), ("15 people were hurt.", None))), "injured")
    assert plot is not None and "undated" in str(plot)
    assert 'viewBox="0 0 640 210"' in str(plot) and " width=" not in str(plot).split(">", 1)[0]


def test_text_in_a_plot_is_escaped() -> None:
    plot = dot_plot(marks_of(_members(("12 people were hurt.", "2024-03-02"))), "<script>alert(1)</script>")
    assert plot is not None and "<script>" not in str(plot) and "&lt;script&gt;" in str(plot)


def test_a_group_without_a_number_has_no_plot() -> None:
    assert dot_plot([], "killed") is None
