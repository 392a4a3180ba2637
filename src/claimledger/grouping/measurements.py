"""Figures of one measurement written in different units: the unit they are compared in, and
whether two of them, each rounded as its source rounded it, state the same measurement."""

from __future__ import annotations

# The unit a measurement is compared in whatever unit its source wrote, and how many of that unit one
# of the written unit makes: a spill of "88,000 gallons" and one of "330,000 litres" are one figure.
# Pounds are left apart: they may be money.
_COMMON_UNIT: dict[str, tuple[str, float]] = {
    "m": ("m", 1.0), "km": ("m", 1000.0), "cm": ("m", 0.01), "mm": ("m", 0.001), "mile": ("m", 1609.344),
    "foot": ("m", 0.3048), "yard": ("m", 0.9144), "inch": ("m", 0.0254),
    "m2": ("m2", 1.0), "km2": ("m2", 1e6), "mi2": ("m2", 2_589_988.110336), "ft2": ("m2", 0.09290304),
    "hectare": ("m2", 1e4), "acre": ("m2", 4046.8564224),
    "litre": ("litre", 1.0), "ml": ("litre", 0.001), "m3": ("litre", 1000.0), "gallon": ("litre", 3.785411784),
    "barrel": ("litre", 158.987294928), "quart": ("litre", 0.946352946), "pint": ("litre", 0.473176473),
    "kg": ("kg", 1.0), "g": ("kg", 0.001), "mg": ("kg", 1e-6), "tonne": ("kg", 1000.0), "ton": ("kg", 907.18474),
    "pound": ("kg", 0.45359237), "ounce": ("kg", 0.028349523125),
    "km/h": ("km/h", 1.0), "mph": ("km/h", 1.609344), "m/s": ("km/h", 3.6),
    "celsius": ("celsius", 1.0), "fahrenheit": ("celsius", 5 / 9),
}
_ZERO_OF = {"fahrenheit": 32.0}  # a scale whose zero is not the common unit's: 32°F is 0°C


def to_common(value: float, unit: str | None) -> float:
    """A figure in the common unit of its measurement: 106°F is 41.1°C, 12 miles 19,312 m."""
    return (value - _ZERO_OF.get(unit or "", 0.0)) * common_unit(unit)[1]


def from_common(value: float, unit: str | None) -> float:
    """A figure in the common unit, written in ``unit``."""
    return value / common_unit(unit)[1] + _ZERO_OF.get(unit or "", 0.0)


def common_unit(unit: str | None) -> tuple[str | None, float]:
    """The unit a measurement in ``unit`` is compared in, and the factor that converts a difference
    (a step, a margin) there; a unit with no common one is its own, with factor 1."""
    return _COMMON_UNIT.get(unit or "", (unit, 1.0))


def rounding_step(value: float) -> float:
    """The step a written figure is rounded to: 330,000 to 10,000, 19 to 1, 2.5 to 0.1."""
    text = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    whole, _, fraction = text.partition(".")
    if fraction:
        return 10.0 ** -len(fraction)
    zeros = len(whole) - len(whole.rstrip("0"))
    return 10.0 ** min(zeros, max(0, len(whole) - 1))


def same_measurement(a: float, unit_a: str | None, b: float, unit_b: str | None) -> bool:
    """Whether two figures written in different units state one measurement, each rounded as its
    source rounded it: "12 miles" and "19 km", "88,000 gallons" and "330,000 litres"."""
    common_a, factor_a = common_unit(unit_a)
    common_b, factor_b = common_unit(unit_b)
    if common_a != common_b or common_a is None:
        return False
    x, y = to_common(a, unit_a), to_common(b, unit_b)
    slack = max(rounding_step(a) * factor_a, rounding_step(b) * factor_b) / 2
    return abs(x - y) <= slack and abs(x - y) <= 0.04 * max(abs(x), abs(y))
