"""Generated corpora for benchmarks: news-like articles of about 500 words with planted figures,
conflicts, evolving counts and copied passages, written as JSON Lines or WARC.

The text is made of invented words drawn with Zipf-like frequencies, so any passage two
documents share was planted, and ground truth is exact.
"""

from __future__ import annotations

import io
import itertools
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "va", "ze", "dor", "len", "mar", "tis", "gul", "bre"]


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


DOCUMENTS_PER_EVENT = 10


@dataclass
class Planted:
    source: int
    copy: int
    kind: str  # verbatim | edited | partial


@dataclass
class Corpus:
    texts: list[str]
    dates: list[str]
    planted: list[Planted] = field(default_factory=list)


def _sentence(rng: random.Random, words: list[str], cumulative: list[float], n: int) -> str:
    body = " ".join(rng.choices(words, cum_weights=cumulative, k=n))
    return body[:1].upper() + body[1:] + "."


def generate(n_docs: int, copy_share: float = 0.1, seed: int = 11, figures: bool = True, shapes: float = 0.0) -> Corpus:
    """n_docs articles of about 500 words; a share of them copy a passage of an earlier one,
    verbatim, edited or in part. With ``figures``, each opens with a casualty figure of its
    event, which grows over time, each document wording it its own way. An event has about
    DOCUMENTS_PER_EVENT documents at every size, as in an archive, where more documents cover
    more events: with a fixed number of events, every event of a large corpus had a thousand
    reports in five sentence frames, and their pairs grew with the square of the corpus.

    ``shapes`` is the share of documents that also carry one of the shapes real news has and
    invented prose lacks (REAL_SHAPES: a transcript in capitals, a long list of names, a table
    of figures, a very long sentence, a quote-heavy interview). They are drawn from a random
    generator of their own, so the rest of each text is the same with or without them."""
    rng = random.Random(seed)
    shape_rng = random.Random(seed + 1)
    words = vocabulary(20_000, rng)
    # cumulative once: random.choices would otherwise add up all 20,000 weights for every sentence
    weights = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(words))))
    texts, dates, planted = [], [], []
    events = max(1, n_docs // DOCUMENTS_PER_EVENT)
    for d in range(n_docs):
        paragraphs = []
        for _ in range(5):
            sentences = [_sentence(rng, words, weights, rng.randint(12, 28)) for _ in range(4)]
            paragraphs.append(" ".join(sentences))
        event = d % events
        if figures:  # the same figures, each outlet wording them its own way
            paragraphs[0] = _figure_sentence(rng, words, 10 + event + d // 997, 100 + 3 * event,
                                             words[event % len(words)].capitalize()) + " " + paragraphs[0]
        if shape_rng.random() < shapes:
            paragraphs.insert(shape_rng.randrange(1, 5), shape_rng.choice(REAL_SHAPES)(shape_rng, words))
        text = "\n\n".join(paragraphs)
        if d > 10 and rng.random() < copy_share:
            source = rng.randrange(d)
            kind = rng.choice(["verbatim", "edited", "partial"])
            passage = _passage(texts[source], rng, 30 if kind == "partial" else 90, kind, words)
            spot = rng.randrange(1, 5)
            parts = text.split("\n\n")
            parts.insert(spot, passage)
            text = "\n\n".join(parts)
            planted.append(Planted(source, d, kind))
        texts.append(text)
        dates.append(f"20{10 + d * 10 // max(1, n_docs):02d}-{1 + d % 12:02d}-{1 + d % 28:02d}")
    return Corpus(texts, dates, planted)


def _name(rng: random.Random, words: list[str]) -> str:
    return f"{rng.choice(words).capitalize()} {rng.choice(words).capitalize()}"


def _capitals(rng: random.Random, words: list[str]) -> str:
    """A broadcast transcript in capitals, names and all."""
    parts = [f"{_name(rng, words).upper()} {rng.choice(['REPORTS', 'SAYS', 'TOLD'])} "
             + " ".join(rng.choice(words).upper() for _ in range(rng.randint(8, 20))) for _ in range(rng.randint(4, 10))]
    return ". ".join(parts) + "."


def _names(rng: random.Random, words: list[str]) -> str:
    """The dead identified by name and age, a long list."""
    listed = [f"{_name(rng, words)}, {rng.randint(18, 90)}" for _ in range(rng.randint(20, 60))]
    return "The victims were identified as " + "; ".join(listed[:-1]) + "; and " + listed[-1] + "."


def _table(rng: random.Random, words: list[str]) -> str:
    """A table of figures, one row a line."""
    rows = [f"{rng.choice(words).capitalize()} | {rng.randint(1, 999)} | {rng.randint(1000, 99999):,} | "
            f"{rng.uniform(0, 100):.1f}%" for _ in range(rng.randint(10, 30))]
    return "\n".join(["Region | Dead | Displaced | Share", *rows])


def _long_sentence(rng: random.Random, words: list[str]) -> str:
    """One sentence of several hundred words, clauses joined by commas."""
    clauses = [" ".join(rng.choice(words) for _ in range(rng.randint(6, 14))) for _ in range(rng.randint(30, 60))]
    return clauses[0].capitalize() + ", " + ", ".join(clauses[1:]) + "."


def _interview(rng: random.Random, words: list[str]) -> str:
    """An interview: questions, and quoted answers with their speakers."""
    lines = []
    for _ in range(rng.randint(8, 15)):
        said = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20)))
        lines.append(f"Q: {said.capitalize()}?" if rng.random() < 0.3 else
                     f"\u201c{said.capitalize()},\u201d said {_name(rng, words)}, \u201c{rng.randint(2, 90)} of them.\u201d")
    return "\n".join(lines)


REAL_SHAPES = (_capitals, _names, _table, _long_sentence, _interview)


FIGURE_FRAMES = (
    "{lead} {killed} {w1} people were killed in {place}, {who} said, and {injured} {w2} were injured.",
    "The {w1} death toll in {place} rose to {killed}, according to {who}; {injured} {w2} people were hurt.",
    "{Who} said {killed} {w1} people had died in {place} and {injured} {w2} had been taken to hospital.",
    "In {place}, {killed} {w1} are dead and {injured} {w2} injured, {who} told reporters.",
    "{injured} {w1} people were injured and {killed} {w2} killed in {place}, {who} said on {day}.",
)


def _figure_sentence(rng: random.Random, words: list[str], killed: int, injured: int, place: str) -> str:
    """A casualty sentence in one of several frames, with words of its own between the shared
    ones, as independent reports of the same figures read: the same numbers, no copied run."""
    who = f"{rng.choice(words)} {rng.choice(['officials', 'police', 'rescuers', 'doctors'])}"
    frame = rng.choice(FIGURE_FRAMES)
    text = frame.format(lead=rng.choice(["At least", "Some", "More than", "About"]), killed=killed, injured=injured,
                        place=f"{rng.choice(words).capitalize()} {rng.choice(words)} of {place}", who=who,
                        Who=who.capitalize(), w1=rng.choice(words), w2=rng.choice(words),
                        day=rng.choice(["Monday", "Tuesday", "Friday"]))
    return text[0].upper() + text[1:]


def _passage(text: str, rng: random.Random, length: int, kind: str, words: list[str]) -> str:
    tokens = text.split()
    start = rng.randrange(0, max(1, len(tokens) - length))
    chosen = tokens[start : start + length]
    if kind == "edited":
        for i in range(0, len(chosen), 12):
            chosen[i] = rng.choice(words)  # a changed word every twelve
        chosen[len(chosen) // 2] = chosen[len(chosen) // 2] + "h"  # a changed spelling
    return " ".join(chosen)


def write_jsonl(corpus: Corpus, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i, (text, date) in enumerate(zip(corpus.texts, corpus.dates, strict=True)):
            fh.write(json.dumps({"id": f"g{i}", "published": date, "outlet": f"Outlet {i % 50}", "text": text}) + "\n")


def write_warc(corpus: Corpus, path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, (text, date) in enumerate(zip(corpus.texts, corpus.dates, strict=True)):
            body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
            html = (f"<html><head><title>Article {i}</title><meta property='article:published_time' content='{date}'>"
                    f"</head><body><article>{body}</article></body></html>")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response",
                                                          payload=io.BytesIO(html.encode()), http_headers=headers))
