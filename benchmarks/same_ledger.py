"""Did a change move code without changing what the ledger says? Builds fixed corpora with the
installed ``claimledger`` command and prints a digest of each JSON and CSV export.

    python benchmarks/same_ledger.py --save before.json        # on the old code
    python benchmarks/same_ledger.py --compare before.json     # on the new code: exit 1 on any difference

The corpora: the seeds of ../shared with the demo corpus (one ledger), and 1,000 generated
documents (benchmarks/corpus.py, as JSON Lines). Each is built in a folder of the same name under
one temporary directory, and that directory is cut from the exports, so only what the code
decides can differ. With ``--keep DIR`` the exports are left in DIR for a line-by-line diff.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import Corpus, generate, write_jsonl  # noqa: I001  (run as a script from this folder)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpora" / "seeds"
DEMO = ROOT / "src" / "claimledger" / "demo_corpus"


def _run(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "claimledger", *args], capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"claimledger {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def _exports(inputs: list[Path], work: Path, name: str) -> dict[str, str]:
    db = work / f"{name}.db"
    _run("build", *map(str, inputs), "--db", str(db), "-q", "--workers", "1")
    exports = {}
    for fmt in ("json", "csv"):
        text = _run("export", "--db", str(db), "--format", fmt).replace(str(work), "<work>")
        exports[f"{name}.{fmt}"] = text
    return exports


def build_all(work: Path) -> dict[str, str]:
    """Every export, by name, with ``work`` replaced by a placeholder."""
    seeds_and_demo = work / "seeds_and_demo"
    shutil.copytree(SEEDS, seeds_and_demo / "seeds")
    shutil.copytree(DEMO, seeds_and_demo / "demo")
    generated = work / "generated"
    generated.mkdir()
    corpus = generate(1000)
    write_jsonl(Corpus(corpus.texts, corpus.dates), generated / "generated.jsonl")
    return {**_exports([seeds_and_demo], work, "seeds_and_demo"), **_exports([generated], work, "generated_1k")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the digests here")
    group.add_argument("--compare", type=Path, help="compare with digests saved before")
    parser.add_argument("--keep", type=Path, help="also write the exports to this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="same-ledger-") as tmp:
        exports = build_all(Path(tmp))
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        for name, text in exports.items():
            (args.keep / name).write_text(text, encoding="utf-8")
    digests = {name: hashlib.sha256(text.encode("utf-8")).hexdigest() for name, text in exports.items()}
    for name, digest in digests.items():
        print(f"{name:24} {len(exports[name]):>10,} chars  sha256 {digest[:16]}")
    if args.save:
        args.save.write_text(json.dumps(digests, indent=1) + "\n", encoding="utf-8")
        return
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    differ = sorted(name for name in before.keys() | digests.keys() if before.get(name) != digests.get(name))
    print("identical" if not differ else f"DIFFERENT: {', '.join(differ)}")
    raise SystemExit(1 if differ else 0)


if __name__ == "__main__":
    main()
