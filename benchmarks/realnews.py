"""The real-news development kit scored in one process, in seconds instead of the twenty minutes
of a command per story: the same builds and the same scorer as ``../shared/tools/realnews_score.py``.

    python benchmarks/realnews.py KIT_DIR [--dataset gva] [--max N] [--misses killed] [--keep DIR]

The kit (``../shared/tools/realnews_kit.py`` on cltl/LongTailQATask) is never committed. Each
story's articles are built into a fresh SQLite ledger with the per-document stages in this
process, exported as JSON and scored by the scorer's own ``score_story``. Prints the scorer's
line per measure; ``--misses`` lists the stories whose answer is wrong for that measure, with
the values the ledger holds, for reading the articles behind them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "realnews_score.py"


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("realnews_score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def story_export(articles: Path, work: Path) -> dict[str, Any]:
    from claimledger import Ledger, build
    from claimledger.present.export import export_dict

    db = work / "ledger.db"
    build([str(articles)], str(db), workers=0)
    with Ledger.open(str(db)) as ledger:
        return export_dict(ledger)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kit", type=Path)
    ap.add_argument("--dataset", default="gva")
    ap.add_argument("--max", type=int, default=0)
    ap.add_argument("--misses", choices=["killed", "injured"])
    ap.add_argument("--keep", type=Path, help="write each story's export to DIR/STORY.json")
    args = ap.parse_args()
    scorer = _scorer()
    root = args.kit / args.dataset
    ids = [json.loads(line)["story_id"] for line in (root / "index.jsonl").open(encoding="utf-8")]
    ids = ids[: args.max] if args.max else ids
    results: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for sid in ids:
        gold = json.loads((root / sid / "gold.json").read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory(prefix="realnews-") as work:
            export = story_export(root / sid / "articles.jsonl", Path(work))
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"{sid}.json").write_text(json.dumps(export), encoding="utf-8")
        for measure in scorer.WORDS:
            result = scorer.score_story(export, gold, measure)
            results[measure].append(result)
            if measure == args.misses and not result["answer"]:
                values = sorted({str(c.get("value")) for c in export["claims"] if scorer.speaks_of(c, measure)})
                print(f"miss {sid}: truth {gold['counts'][measure]}, ledger {', '.join(values) or '-'}", file=sys.stderr)
    for measure, rs in results.items():
        line = {k: scorer.mean([r[k] for r in rs]) for k in ("answer", "found", "consolidated", "flagged")}
        print(f"{args.dataset} {measure}: stories {len(rs)} answer {line['answer'][0]:.3f} found {line['found'][0]:.3f} "
              f"consolidated {line['consolidated'][0]:.3f} flagged {line['flagged'][0]:.3f} "
              f"(of {line['flagged'][1]} with two or more values)", flush=True)


if __name__ == "__main__":
    main()
