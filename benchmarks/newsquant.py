"""NewsQuant quantity extraction: claimledger against quantulum3, in one process.

    python benchmarks/newsquant.py [--data ../shared/benchmarks/newsquant/formatted_test_set/NewsQuant.json]

Prints value P/R/F1, value+unit F1, value+change F1 and sentences per second for both
extractors, beside CQE's published figures (EMNLP 2023). Matching is the strict protocol of
../shared/tools/newsquant_score.py: a prediction matches at most one gold quantity, and a
range matches only as a range. The data is research-use only: it is read from ../shared
and never copied here. quantulum3 is a benchmark-only dependency (`pip install quantulum3==0.10.0`).
"""

from __future__ import annotations

import argparse
import json
import math
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from claimledger.model import Claim

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/benchmarks/newsquant/formatted_test_set/NewsQuant.json"
CQE_PUBLISHED = {"value": 0.920, "value+unit": 0.856, "value+change": 0.881}
QUANTULUM_PUBLISHED = {"value": 0.730, "value+unit": 0.472}
APPROX_TO_CHANGE = {"exact": "=", "about": "~", "more_than": ">", "at_least": ">", "less_than": "<",
                    "at_most": "<", "range": "=", "vague": "~"}
# our unit names -> NewsQuant's normalized_unit names
UNIT_NAMES = {
    "percent": "percentage", "percentage_point": "percentage point", "USD": "dollar", "EUR": "euro",
    "GBP": "pound sterling", "JPY": "japanese yen", "INR": "indian rupee", "CNY": "chinese yuan", "km": "kilometre",
    "AUD": "australian dollar", "HKD": "hong kong dollar", "MYR": "malaysian ringgit", "SGD": "singapore dollar",
    "CAD": "canadian dollar", "GB": "gigabyte", "TB": "terabyte", "MB": "megabyte", "Hz": "hertz", "kHz": "kilohertz",
    "MHz": "megahertz", "GHz": "gigahertz", "m2": "square metre", "km2": "square kilometre", "ft2": "square foot",
    "ml": "millilitre", "mAh": "milliampere-hour", "mpg": "mile per gallon",
    "pence": "point",  # NewsQuant's gold names every "164p" a point (8 of 8), never a penny
    "nm": "nanometre",
    "Mbps": "megabit per second", "horsepower": "horsepower", "calorie": "calorie", "month_of_age": "month of age",
    "m": "metre", "cm": "centimetre", "mm": "millimetre", "mile": "mile", "foot": "foot", "inch": "inch",
    "yard": "yard", "kg": "kilogram", "g": "gram", "tonne": "metric ton", "pound": "pound-mass", "litre": "litre",
    "gallon": "gallon", "barrel": "barrel", "hectare": "hectare", "acre": "acre", "year": "year",
    "month": "month", "week": "week", "day": "day", "hour": "hour", "minute": "minute", "second": "second",
    "year_of_age": "year of age", "point": "point", "mph": "mile per hour", "km/h": "kilometre per hour",
    "celsius": "celsius", "fahrenheit": "fahrenheit", "degree": "degree", "volt": "volt", "cent": "cent",
    "mi2": "square mile", "capita": "capita",
    "basis_point": "basis point", "Gt": "gigaton", "ton": "ton", "μm": "micrometre", "pound-foot": "foot pound-force",
    "ksi": "kilopound per square inch", "game": "game",
    "kWh": "kilowatt hour", "MWh": "megawatt hour", "GWh": "gigawatt hour", "Nm": "newton metre",
    "fold": "count",  # NewsQuant names a multiple ("sixfold", "6.5 times earnings") a count
    "watt": "watt", "MW": "megawatt", "GW": "gigawatt", "kW": "kilowatt", "ppb": "parts-per-billion",
    "ppm": "part per million", "ILS": "shekel", "rpm": "revolutions per minute", "decade": "decade", "century": "century",
    "mg": "milligram", "MPa": "megapascal", "GPa": "gigapascal", "kPa": "kilopascal", "knot": "knot",
    "m3": "cubic metre", "CHF": "swiss franc", "RUB": "russian ruble", "BRL": "brazilian real", "TRY": "turkish lira",
    "BTC": "bitcoin", "ounce": "ounce", "Gbps": "gigabit per second", "kbps": "kilobit per second",
    "m/s": "metre per second", "kV": "kilovolt", "bhp": "brake horsepower", "mmBTU": "mega british thermal unit",
    "BTU": "british thermal unit", "WAR": "win above replacement", "NZD": "new zealand dollar", "DKK": "danish krone", "NOK": "norwegian krone", "SEK": "swedish krona",
}


@dataclass(frozen=True)
class Prediction:
    values: tuple[float, ...]
    unit: str
    change: str


def gold_values(value: str) -> tuple[float, ...]:
    text = str(value)
    try:
        if "-" in text.strip("-"):
            return tuple(float(x) for x in text.split("-") if x)
        return (float(text),)
    except ValueError:
        return ()


def close(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-6) for x, y in zip(a, b, strict=True))


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(data: list[dict[str, object]], predictions: list[list[Prediction]]) -> dict[str, tuple[float, float, float]]:
    """Strict one-to-one matching on value, then the unit and change of matched pairs."""
    tp = tp_unit = tp_change = n_pred = n_gold = 0
    for item, preds in zip(data, predictions, strict=True):
        gold = item["quantities"]
        assert isinstance(gold, list)
        n_gold += len(gold)
        n_pred += len(preds)
        free = list(preds)
        for g in gold:
            gv = gold_values(g["value"])
            for j, p in enumerate(free):
                if close(gv, p.values):
                    tp += 1
                    tp_unit += p.unit.lower() == str(g["normalized_unit"]).lower()
                    gold_change = {"up": "=", "down": "="}.get(g["change"], g["change"])
                    tp_change += p.change == gold_change
                    free.pop(j)
                    break
    return {"value": prf(tp, n_pred, n_gold), "value+unit": prf(tp_unit, n_pred, n_gold),
            "value+change": prf(tp_change, n_pred, n_gold)}


def claimledger_extractor() -> Callable[[list[str]], list[list[Prediction]]]:
    from claimledger.claims import extract_claims_many
    from claimledger.model import Document

    def run(texts: list[str]) -> list[list[Prediction]]:
        docs = [Document(id=f"s{i}", path="", text=t, content_hash="", fmt="txt", encoding="utf-8")
                for i, t in enumerate(texts)]
        out = []
        for claims, _ in extract_claims_many(docs):
            figures = [c for c in claims if c.kind == "quantity" and c.value is not None]
            out.append([_prediction(c) if isinstance(c, Claim) else _change_prediction(*c)
                        for c in _changes_paired(figures)])
        return out

    return run


def _prediction(claim: Claim) -> Prediction:
    values = tuple(float(v) for v in claim.value) if isinstance(claim.value, tuple) else (float(claim.value),)  # type: ignore[arg-type]
    return Prediction(values, _unit_of(claim), APPROX_TO_CHANGE.get(claim.approx, "="))


def _change_prediction(before: Claim, after: Claim) -> Prediction:
    unit = _unit_of(before)
    return Prediction((float(before.value), float(after.value)),  # type: ignore[arg-type]
                      _unit_of(after) if unit == "-" else unit, "=")  # "from 1000 to 2000 hires"


def _unit_of(claim: Claim) -> str:
    if claim.unit == "share":
        return _share_unit(claim.what_key)
    if claim.unit and claim.unit.startswith("/"):  # a count in a stretch of time: "3,000 tests per day"
        return f"{_count_unit(claim.what_key)} per {_unit_name(claim.unit[1:])}"
    return _unit_name(claim.unit) if claim.unit else _count_unit(claim.what_key)


def _changes_paired(figures: list[Claim]) -> list[Claim | tuple[Claim, Claim]]:
    """NewsQuant writes a change "from $75 to $45.88" as one quantity, the interval "75-45.88"
    (but "rose to $7.36 billion from $6.78 billion" as two). The ledger keeps the two values as
    two claims, the later naming the earlier in ``changed_from``; here a "from X to Y" pair
    becomes the one interval NewsQuant expects."""
    by_id = {c.id: c for c in figures}
    merged = {c.changed_from: c for c in figures
              if c.changed_from in by_id and by_id[c.changed_from].span.start < c.span.start}
    later = {c.id for c in merged.values()}
    out: list[Claim | tuple[Claim, Claim]] = []
    for c in figures:
        if c.id in merged:
            out.append((c, merged[c.id]))
        elif c.id not in later:
            out.append(c)
    return out


def _unit_name(unit: str) -> str:
    """NewsQuant's name of one of our units; a rate "USD/barrel" is "dollar per barrel"."""
    if unit in UNIT_NAMES:
        return UNIT_NAMES[unit]
    return " per ".join(UNIT_NAMES.get(part, part) for part in unit.split("/"))


def _share_unit(what_key: str | None) -> str:
    """NewsQuant writes a fraction of a whole ("a third of Germans") as "% Germans"."""
    return f"% {_count_unit(what_key)}"


def _count_unit(what_key: str | None) -> str:
    """For a count, NewsQuant's unit is the counted noun ("people", "device")."""
    if not what_key:
        return "-"
    noun = what_key.split("|", 1)[0].strip()
    return "count" if noun == "time" else noun or "-"  # "3,200 times": a number of occurrences


def quantulum_extractor() -> Callable[[list[str]], list[list[Prediction]]]:
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    def run(texts: list[str]) -> list[list[Prediction]]:
        out = []
        for text in texts:
            preds = []
            for q in parser.parse(text):
                unit = q.unit.name if q.unit.name != "dimensionless" else "-"
                preds.append(Prediction((float(q.value),), unit, "="))
            out.append(preds)
        return out

    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    data = json.loads(args.data.read_text(encoding="utf-8"))
    texts = [str(d["text"]) for d in data]
    rows = []
    for name, make in (("claimledger", claimledger_extractor), ("quantulum3 0.10.0", quantulum_extractor)):
        run = make()
        run(texts[:5])  # load models outside the timing
        start = time.perf_counter()
        predictions = run(texts)
        seconds = time.perf_counter() - start
        rows.append((name, score(data, predictions), len(texts) / seconds))
    print(f"NewsQuant: {len(texts)} sentences, {sum(len(d['quantities']) for d in data)} quantities (strict matching)")
    print(f"{'extractor':<20}{'value P':>9}{'value R':>9}{'value F1':>10}{'+unit F1':>10}{'+change F1':>12}{'sent/s':>9}")
    for name, m, speed in rows:
        p, r, f = m["value"]
        print(f"{name:<20}{p:>9.3f}{r:>9.3f}{f:>10.3f}{m['value+unit'][2]:>10.3f}{m['value+change'][2]:>12.3f}{speed:>9.0f}")
    print(f"{'CQE (published)':<20}{'':>9}{'':>9}{CQE_PUBLISHED['value']:>10.3f}{CQE_PUBLISHED['value+unit']:>10.3f}"
          f"{CQE_PUBLISHED['value+change']:>12.3f}{'':>9}")
    print(f"{'quantulum3 (publ.)':<20}{'':>9}{'':>9}{QUANTULUM_PUBLISHED['value']:>10.3f}"
          f"{QUANTULUM_PUBLISHED['value+unit']:>10.3f}")
    ours, theirs = rows[0][2], rows[1][2]
    print(f"speed ratio claimledger/quantulum3: {ours / theirs:.2f}")


if __name__ == "__main__":
    main()
