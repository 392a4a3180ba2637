"""Attribution on PolNeAR (Newell, Margolin and Ruths, LREC 2018): US political news with gold
Source, Cue and Content spans of direct and indirect speech.

    python benchmarks/polnear.py SNAPSHOT [--split dev] [--max N]

SNAPSHOT is a checkout of networkdynamics/PolNeAR or the git directory of a fetched snapshot
(research use; never committed). Each text of the split is cut into sentences, and gold is each text's
first annotation file; attributions come from ``claims.speech.attributions_of_sentences``
(the dependency parse, with the cue patterns where the parse reads no cue). Prints, for source, cue and content, exact-match F1 (the same
characters) and overlap F1 (shared tokens, counted proportionally, as PARC and Citron report),
beside the published figures of BBC's Citron on PARC 3.0.
"""

from __future__ import annotations

import argparse
import re
import subprocess
from collections import defaultdict
from pathlib import Path

from claimledger.claims.quotes import QuotedWords
from claimledger.claims.sentences import split_sentences
from claimledger.claims.speech import attributions_of_sentences

CITRON_PARC = {"source exact": 0.82, "content overlap": 0.83, "content exact": 0.57}
Span = tuple[int, int]
FIELDS = ("source", "cue", "content")


class Snapshot:
    """Files of a checkout, or of a bare git directory read through git."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.bare = not (root / "data").is_dir()

    def names(self, folder: str) -> list[str]:
        if not self.bare:
            return sorted(p.name for p in (self.root / folder).iterdir())
        out = subprocess.run(["git", "-C", str(self.root), "ls-tree", "--name-only", f"HEAD:{folder}"],
                             capture_output=True, text=True, check=True).stdout
        return sorted(out.split())

    def read(self, path: str) -> str:
        if not self.bare:
            return (self.root / path).read_text(encoding="utf-8")
        return subprocess.run(["git", "-C", str(self.root), "show", f"HEAD:{path}"], capture_output=True,
                              check=True).stdout.decode("utf-8")


def gold_of(ann: str) -> list[dict[str, Span]]:
    """The attributions of one .ann file: each event's Source, Cue and Content spans (a
    discontinuous span is taken from its first to its last character)."""
    spans: dict[str, tuple[str, Span]] = {}
    events = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, where = parts[1].partition(" ")
            numbers = [int(n) for n in re.findall(r"\d+", where)]
            spans[parts[0]] = (kind, (min(numbers), max(numbers)))
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":") for arg in parts[1].split() if ":" in arg))
    out = []
    for event in events:
        found = {kind.lower(): spans[ref][1] for kind, ref in event.items() if ref in spans and kind.lower() in FIELDS}
        if "content" in found:
            out.append(found)
    return out


def predicted(text: str) -> list[dict[str, Span]]:
    out = []
    bounds = list(split_sentences(text))
    quoted = QuotedWords(text)  # as the ledger does: a cue inside a quote is the speaker's, not the text's
    for sentence, found in zip(bounds, attributions_of_sentences([text[s:e] for s, e in bounds]), strict=True):
        for a in quoted.document_attributions(text, sentence, found):
            out.append({"source": a.source, "cue": a.cue, "content": a.content})
    return out


def _tokens(text: str, span: Span) -> set[int]:
    return {m.start() + span[0] for m in re.finditer(r"\w+", text[span[0]:span[1]])}


def score(pairs: list[tuple[str, list[dict[str, Span]], list[dict[str, Span]]]]) -> dict[str, float]:
    """Exact and overlap F1 of each field, micro-averaged over the texts."""
    counts: dict[str, float] = defaultdict(float)
    for text, gold, pred in pairs:
        for field in FIELDS:
            golds = [g[field] for g in gold if field in g]
            preds = [p[field] for p in pred]
            counts[f"{field} n_gold"] += len(golds)
            counts[f"{field} n_pred"] += len(preds)
            free = list(golds)
            for p in preds:
                if p in free:
                    free.remove(p)
                    counts[f"{field} exact"] += 1
            gold_tokens = [_tokens(text, g) for g in golds]
            pred_tokens = [_tokens(text, p) for p in preds]
            counts[f"{field} overlap p"] += sum(max((len(p & g) / len(p) for g in gold_tokens), default=0)
                                                for p in pred_tokens if p)
            counts[f"{field} overlap r"] += sum(max((len(g & p) / len(g) for p in pred_tokens), default=0)
                                                for g in gold_tokens if g)
    out = {}
    for field in FIELDS:
        n_gold, n_pred = counts[f"{field} n_gold"] or 1, counts[f"{field} n_pred"] or 1
        for name, (p, r) in {"exact": (counts[f"{field} exact"] / n_pred, counts[f"{field} exact"] / n_gold),
                             "overlap": (counts[f"{field} overlap p"] / n_pred, counts[f"{field} overlap r"] / n_gold)}.items():
            out[f"{field} {name}"] = 2 * p * r / (p + r) if p + r else 0.0
            out[f"{field} {name} P"], out[f"{field} {name} R"] = p, r
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("snapshot", type=Path)
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--max", type=int, default=0)
    args = ap.parse_args()
    snap = Snapshot(args.snapshot)
    texts = snap.names(f"data/{args.split}/text")
    annotations = snap.names(f"data/{args.split}/attributions")
    pairs = []
    for name in texts[: args.max or None]:
        stem = name.removesuffix(".txt")
        ann = next((a for a in annotations if a.startswith(stem + "_")), None)
        if ann is None:
            continue
        text = snap.read(f"data/{args.split}/text/{name}")
        gold = gold_of(snap.read(f"data/{args.split}/attributions/{ann}"))
        pairs.append((text, gold, predicted(text)))
    figures = score(pairs)
    n_gold = sum(len(g) for _, g, _ in pairs)
    print(f"PolNeAR {args.split}: {len(pairs)} texts, {n_gold} gold attributions")
    print(f"{'field':<10}{'exact P':>9}{'exact R':>9}{'exact F1':>10}{'overlap P':>11}{'overlap R':>11}{'overlap F1':>12}")
    for field in FIELDS:
        f = figures
        print(f"{field:<10}{f[field + ' exact P']:>9.3f}{f[field + ' exact R']:>9.3f}{f[field + ' exact']:>10.3f}"
              f"{f[field + ' overlap P']:>11.3f}{f[field + ' overlap R']:>11.3f}{f[field + ' overlap']:>12.3f}")
    print("Citron on PARC 3.0 (published): source exact F1 0.82, content overlap F1 0.83, content exact F1 0.57")


if __name__ == "__main__":
    main()
