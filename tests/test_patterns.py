"""Every regular expression that runs on untrusted text matches in time linear in the text.

Each compiled pattern of the package is fed 100 KB adversarial strings (runs of capitalised
words, of digits and separators, of quotation marks, of spaces) the way the code uses it: a
pattern only ever anchored with ``match``/``fullmatch`` gets one anchored call, any other is
scanned with ``finditer``. Its time is compared with a scan of each character of the same
text, so the bound holds on a slow machine as on a fast one; a pattern that backtracks without
end is stopped by an alarm and fails.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

import claimledger

SIZE = 100_000
ADVERSARIAL = {
    "capitals": "THE DETROIT FREE PRESS REPORTS ",
    "title case": "Prime Minister Hassan Diab ",
    "initials": "A. B. ",
    "names per line": "Ministry of Foreign Affairs\n",
    "digits": "1",
    "digits and separators": "1,000.",
    "numbers and spaces": "12 ",
    "quotation marks": "\"“ ”' ",
    "spaces": " ",
    "hyphens": "a-",
    "sentence": "In 1992 the 613 people, ",
}
SLOWER_THAN_LINEAR = 100  # times a scan of each character: a quadratic pattern on 100 KB is thousands of times slower
FLOOR_S = 0.05  # below this, timings are noise
ALARM_S = 2
GROWTH_WHEN_DOUBLED = 3  # linear doubles, quadratic quadruples


def _adversarial(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


def _package_patterns() -> Iterator[tuple[str, str, re.Pattern[str]]]:
    """(module, variable, pattern) for every compiled str pattern held at module level."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(claimledger.__path__, "claimledger."):
        if info.name.endswith("__main__"):  # running it is the command line
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            held = value.values() if isinstance(value, dict) else value if isinstance(value, tuple | list) else (value,)
            for pattern in held:
                if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str) and id(pattern) not in seen:
                    seen.add(id(pattern))
                    yield info.name, name, pattern


_SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in Path(claimledger.__file__).parent.rglob("*.py"))


def _only_anchored(name: str) -> bool:
    """Whether the code only ever calls the pattern anchored at a position (match, fullmatch)."""
    calls = set(re.findall(rf"\b{re.escape(name)}(?:\[\w+\])?\.(\w+)\(", _SOURCES))
    return bool(calls) and calls <= {"match", "fullmatch"}


PATTERNS = sorted(_package_patterns(), key=lambda item: (item[0], item[1]))


def test_the_package_has_patterns_to_check() -> None:
    assert len(PATTERNS) > 60


def _timed(run: object) -> float:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, ALARM_S)
    start = time.perf_counter()
    try:
        run()  # type: ignore[operator]
        return time.perf_counter() - start
    except TimeoutError:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _time_of(pattern: re.Pattern[str], name: str, text: str) -> float:
    if _only_anchored(name):
        return max(_timed(lambda at=at: pattern.match(text, at)) for at in (0, 1, 7))
    return _timed(lambda: sum(1 for _ in pattern.finditer(text)))


def _grows_linearly(pattern: re.Pattern[str], name: str, text: str, took: float) -> bool:
    """Whether a pattern slow on the whole text takes about half as long on its first half.

    A busy machine can slow a linear pattern with a large constant past the bound; a pattern
    that backtracks takes four times as long or more when its text doubles.
    """
    half = _time_of(pattern, name, text[: len(text) // 2])
    return took < float("inf") and took < GROWTH_WHEN_DOUBLED * half


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_every_pattern_is_linear_on_adversarial_text(kind: str) -> None:
    text = _adversarial(ADVERSARIAL[kind])
    each_character = re.compile(".", re.S)
    linear = min(_timed(lambda: sum(1 for _ in each_character.finditer(text))) for _ in range(3))
    slow = []
    bound = max(FLOOR_S, SLOWER_THAN_LINEAR * linear)
    for module, name, pattern in PATTERNS:
        took = _time_of(pattern, name, text)
        if bound < took < float("inf"):  # once more, in case the machine was busy
            took = min(took, _time_of(pattern, name, text))
        if took > bound and not _grows_linearly(pattern, name, text, took):
            slow.append(f"{module}.{name}: {took:.2f} s against {linear:.3f} s for a linear scan")
    assert not slow, "\n".join(slow)


def test_a_pattern_that_backtracks_does_not_pass_as_linear() -> None:
    """The doubling check lets a busy machine through, never a quadratic pattern."""
    quadratic = re.compile(r"(?:[A-Z]+\s*)+!")
    text = _adversarial(ADVERSARIAL["capitals"])[:4_000]
    took = _time_of(quadratic, "quadratic", text)
    assert not _grows_linearly(quadratic, "quadratic", text, took)
