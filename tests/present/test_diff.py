"""Two copies of a passage with the words the later one changed marked, and nothing unescaped."""

from __future__ import annotations

import pytest

from claimledger.present.diff import marked_pair


@pytest.mark.parametrize(("earlier", "later", "deleted", "inserted"), [
    ("At least 42 people were killed.", "At least 44 people were killed.", ["42"], ["44"]),
    ("The dam failed on Monday, officials said.", "The dam failed on Monday.", ["officials said."], ["Monday."]),
    ("Crews searched the town.", "Crews searched the town.", [], []),
    ("Crews searched   the town.", "Crews searched the\ntown.", [], []),  # spacing is no difference
])
def test_changed_words_are_marked_on_their_side(earlier: str, later: str, deleted: list[str], inserted: list[str]) -> None:
    left, right = marked_pair(earlier, later)
    for word in deleted:
        assert f"<del>{word}</del>" in left or word in left.split("<del>", 1)[-1]
    assert left.count("<del>") == (1 if deleted else 0) and right.count("<ins>") == (1 if inserted else 0)
    for word in inserted:
        assert word in right.split("<ins>", 1)[-1]


def test_passage_text_is_escaped_on_both_sides() -> None:
    left, right = marked_pair("<script>x()</script> 42 dead", "<script>x()</script> 44 dead")
    assert "<script>" not in left + right and left.startswith("&lt;script&gt;")
