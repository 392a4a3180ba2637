"""Units of measure and currencies news writes after or before a number."""

from __future__ import annotations

import re

# (surface pattern, unit name). Longest surfaces first within the alternation.
UNIT_SURFACES: tuple[tuple[str, str], ...] = (
    (r"percentage\s+points?|pct\.?\s+points?", "percentage_point"),
    (r"basis\s+points?|bps|bp\b", "basis_point"),  # a hundredth of a percentage point
    (r"%|per\s*cent|percent|pct\b|pc\b", "percent"),
    (r"parts\s+per\s+million|ppm", "ppm"), (r"parts\s+per\s+billion|ppb", "ppb"),
    (r"square\s+(?:kilomet(?:re|er)s?|km)|sq\.?\s*km|km2|km²", "km2"),
    (r"square\s+(?:miles?)|sq\.?\s*mi(?:les?)?", "mi2"),
    (r"(?:sq\.?\s*ft|square\s+f(?:ee|oo)t)\b", "ft2"),
    (r"square\s+met(?:re|er)s?|sq\.?\s*m\b|m2|m²", "m2"),
    (r"met(?:re|er)s?\s+per\s+second|m/s\b", "m/s"),
    (r"kilometres?\s+per\s+hour|kilometers?\s+per\s+hour|km/hr?|kph|kmh", "km/h"),
    (r"miles?\s+per\s+hour|mph|m\.p\.h\.?", "mph"),
    (r"miles?\s+per\s+gallon|mpg", "mpg"),
    (r"kilometres?|kilometers?|km", "km"),
    (r"centimetres?|centimeters?|cm", "cm"),
    (r"millimetres?|millimeters?|mm", "mm"),
    (r"newton[\s-]met(?:re|er)s?|(?-i:Nm)\b", "Nm"),  # torque; "nm" in lower case is nanometres
    (r"nanomet(?:re|er)s?|(?-i:nm)\b", "nm"), (r"micromet(?:re|er)s?|microns?|μm|µm", "μm"),
    (r"metres?|meters?|m\b", "m"),
    (r"miles?", "mile"),
    (r"feet|foot|ft|′", "foot"),  # prime marks: 30′ and 25.5″
    (r"inch(?:es)?|″", "inch"),
    (r"yards?|yds?", "yard"),
    (r"hectares?|ha\b", "hectare"),
    (r"acres?", "acre"),
    (r"kilograms?|kilos?|kg", "kg"),
    (r"gigatonnes?|gigatons?|gt\b", "Gt"),
    (r"micrograms?\s+per\s+cubic\s+met(?:re|er)s?|[µμ]g/m(?:3|³)", "µg/m3"), (r"micrograms?|[µμ]g\b", "µg"),
    (r"grams?|(?-i:g)\b", "g"),  # "5G" is a generation of mobile network, not five grams
    (r"milligrams?|mg", "mg"),
    (r"metric\s+tons?|tonnes?", "tonne"), (r"tons?", "ton"),  # a short ton is not a tonne
    (r"pound[\s-]f(?:ee|oo)t|foot[\s-]pounds?|lb[\s-]ft", "pound-foot"),
    (r"pounds?|lbs?\b", "pound"), (r"ksi\b", "ksi"),
    (r"ounces?|oz\b", "ounce"),
    (r"millilit(?:re|er)s?|ml\b", "ml"),
    (r"litres?|liters?|l\b", "litre"),
    (r"gallons?", "gallon"), (r"quarts?", "quart"), (r"pints?", "pint"),
    (r"bpd|b/d", "barrel/day"), (r"barrels?", "barrel"),
    (r"cubic\s+met(?:re|er)s?|m3|m³", "m3"),
    # "41.2C", "106F": a capital letter glued to the figure, never the start of a word or a name ("C-130")
    (r"degrees?\s+(?:celsius|centigrade)|°\s?c\b|ºc|deg\s?c\b|celsius|(?<=\d)(?-i:C)(?![\w-])", "celsius"),
    (r"degrees?\s+fahrenheit|°\s?f\b|ºf|deg\s?f\b|fahrenheit|(?<=\d)(?-i:F)(?![\w-])", "fahrenheit"),
    (r"degrees?|°", "degree"),
    (r"gigawatts?|gw\b", "GW"), (r"megawatts?|mw\b", "MW"), (r"kilowatts?|kw\b", "kW"),
    (r"gigawatt[\s-]hours?|gwh", "GWh"), (r"megawatt[\s-]hours?|mwh", "MWh"), (r"kilowatt[\s-]hours?|kwh", "kWh"),
    (r"kilovolts?|(?-i:kV)", "kV"), (r"volts?", "volt"), (r"watts?|(?-i:W)", "watt"),
    (r"brake\s+horsepower|bhp", "bhp"), (r"horsepower|hp\b|(?-i:PS)\b", "horsepower"),
    (r"mmbtus?|million\s+british\s+thermal\s+units?", "mmBTU"), (r"btus?|british\s+thermal\s+units?", "BTU"),
    (r"mah\b", "mAh"), (r"ghz", "GHz"), (r"mhz", "MHz"), (r"khz", "kHz"), (r"hz\b|hertz", "Hz"),
    (r"gbps", "Gbps"), (r"mbps", "Mbps"), (r"kbps", "kbps"),
    (r"calories|kcal", "calorie"),
    (r"terabytes?|tb\b", "TB"), (r"gigabytes?|gb\b", "GB"), (r"megabytes?|mb\b", "MB"),
    (r"ppm", "ppm"), (r"ppb", "ppb"),
    (r"rpm", "rpm"),
    (r"years?[\s-]old|-year-old", "year_of_age"), (r"months?[\s-]old", "month_of_age"),
    (r"years?|yrs?", "year"), (r"months?", "month"), (r"weeks?", "week"), (r"days?", "day"),
    (r"hours?|hrs?", "hour"), (r"minutes?|mins?", "minute"), (r"seconds?|secs?", "second"),
    (r"decades?", "decade"), (r"centuries|century", "century"),
    # a player's averages and value in box scores: "15.3 ppg, 7.4 rpg", "0.5 WAR"
    (r"ppg\b", "point/game"), (r"rpg\b", "rebound/game"), (r"apg\b", "assist/game"), (r"spg\b", "steal/game"),
    (r"bpg\b", "block/game"), (r"(?-i:WAR)(?=\s*[),;.]|\s*\Z)", "WAR"), (r"points?|pts?\b", "point"),
    # "up 12c": a lower-case c glued to the figure is cents ("12C" is a temperature)
    (r"pence|p\b", "pence"), (r"cents?|¢|(?<=\d)(?-i:c)\b", "cent"), (r"sen\b", "sen"),
    (r"megapascals?|(?-i:MPa)", "MPa"), (r"gigapascals?|(?-i:GPa)", "GPa"), (r"kilopascals?|(?-i:kPa)", "kPa"),
    (r"knots?", "knot"),
    # a currency's code or sign after the amount: "110 JPY to 1 USD", "1,200€"
    *((f"(?-i:{code})", code) for code in ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "AUD", "CAD", "CHF", "HKD",
                                          "SGD", "RUB", "BRL", "ILS", "AZN")),
    (r"€", "EUR"), (r"£", "GBP"),
    (r"australian\s+dollars?", "AUD"), (r"canadian\s+dollars?", "CAD"), (r"new\s+zealand\s+dollars?", "NZD"),
    (r"hong\s+kong\s+dollars?", "HKD"), (r"singapore\s+dollars?", "SGD"), (r"(?:us|u\.s\.|american)\s+dollars?", "USD"),
    (r"danish\s+(?:kroner|krone|crowns?)", "DKK"), (r"norwegian\s+(?:kroner|krone|crowns?)", "NOK"),
    (r"swedish\s+(?:kronor|krona|crowns?)", "SEK"),
    (r"dollars?|bucks", "USD"), (r"euros?", "EUR"), (r"pounds?\s+sterling|quid", "GBP"),
    (r"yen", "JPY"), (r"yuan|renminbi", "CNY"), (r"rupees?", "INR"), (r"roubles?|rubles?", "RUB"),
    (r"manats?", "AZN"), (r"drams?", "AMD"), (r"shekels?", "ILS"), (r"lira|liras", "TRY"), (r"francs?", "CHF"),
    (r"bitcoins?|btc", "BTC"),
)
CURRENCY_PREFIXES: tuple[tuple[str, str], ...] = (
    (r"HK\s?\$", "HKD"), (r"S\s?\$", "SGD"), (r"C\s?\$|CAD\s?", "CAD"), (r"AU\s?\$|A\$|\$A|AUD\s?", "AUD"),
    (r"NZ\s?\$|NZD\s?", "NZD"),
    (r"US\s?\$|\$\s?US|USD\s?|U\.S\.\s?\$|\$", "USD"),
    (r"€|EUR\s?", "EUR"), (r"£|GBP\s?|PS(?=\d)", "GBP"), (r"¥|JPY\s?|Y=", "JPY"),
    (r"₹|Rs\.?\s?|INR\s?", "INR"), (r"₽|RUB\s?", "RUB"), (r"₼|AZN\s?", "AZN"), (r"CHF\s?", "CHF"),
    (r"R\$\s?", "BRL"), (r"RM(?=\d)", "MYR"),
)
CURRENCY_CODES = frozenset(
    {"USD", "EUR", "GBP", "JPY", "INR", "RUB", "AZN", "CHF", "CAD", "AUD", "HKD", "BRL", "CNY", "AMD", "TRY", "BTC", "ILS",
     "NZD", "SGD", "DKK", "NOK", "SEK"}
)

UNIT_RE = re.compile(
    r"(?P<unit>" + "|".join(f"(?:{surface})" for surface, _ in UNIT_SURFACES) + r")(?![\w])",
    re.I,
)
_UNIT_NAMES = [(re.compile(rf"(?:{surface})\Z", re.I), name) for surface, name in UNIT_SURFACES]
# Case matters for currency codes: "Rs" is rupees, "rs" ends "hours".
# a symbol may stand a space before its figure: "US$ 5 million", "R$ 50 million", "€ 2 billion"
CURRENCY_RE = ("(?-i:(?<![A-Za-z])(?:" + "|".join(f"(?:{surface})" for surface, _ in CURRENCY_PREFIXES) + ")"
               r"(?:(?<=[$€£¥₹₽₼])[ \u00a0](?=\d))?)")
_LOOKAHEAD_DIGIT = "(?=\\d)"
_CURRENCY_NAMES = [(re.compile("(?:" + surface.replace(_LOOKAHEAD_DIGIT, "") + ")\\Z"), name)
                   for surface, name in CURRENCY_PREFIXES]


def unit_name(surface: str) -> str | None:
    """The normalised unit of a unit surface that ``UNIT_RE`` matched."""
    surface = surface.strip()
    for pattern, name in _UNIT_NAMES:
        if pattern.match(surface) or pattern.match("0" + surface, 1):  # "C" of "41.2C" is a unit after a digit only
            return name
    return None


def currency_name(surface: str) -> str | None:
    surface = surface.strip()
    for pattern, name in _CURRENCY_NAMES:
        if pattern.match(surface) or pattern.match(surface + " "):
            return name
    return None

