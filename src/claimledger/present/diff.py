"""Two copies of a passage side by side, with the words that differ marked: what a second
outlet changed when it ran the first one's text (a figure, a name, a dropped clause)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from markupsafe import Markup, escape

_TOKEN = re.compile(r"\s+|[^\s]+")
MOST_WORDS = 4000  # past this a passage is shown unmarked: the comparison grows with the square of its length


def marked_pair(earlier: str, later: str) -> tuple[Markup, Markup]:
    """Both passages escaped, the earlier's words the later lacks in <del>, the later's own in <ins>."""
    a, b = _TOKEN.findall(earlier), _TOKEN.findall(later)
    if len(a) > 2 * MOST_WORDS or len(b) > 2 * MOST_WORDS:
        return Markup(escape(earlier)), Markup(escape(later))
    matcher = SequenceMatcher(None, [_key(t) for t in a], [_key(t) for t in b], autojunk=False)
    left: list[Markup] = []
    right: list[Markup] = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            left.append(escape("".join(a[a0:a1])))
            right.append(escape("".join(b[b0:b1])))
            continue
        if a1 > a0:
            left.append(Markup("<del>{}</del>").format("".join(a[a0:a1])))
        if b1 > b0:
            right.append(Markup("<ins>{}</ins>").format("".join(b[b0:b1])))
    return Markup("").join(left), Markup("").join(right)


def _key(token: str) -> str:
    """Spacing is not a difference a reader needs marked."""
    return " " if token.isspace() else token
