"""One measurement written in different units, each figure rounded as its source rounded it."""

from __future__ import annotations

import pytest

from claimledger.grouping.measurements import common_unit, from_common, rounding_step, same_measurement, to_common


@pytest.mark.parametrize(("value", "step"), [
    (330000, 10000), (88000, 1000), (19, 1), (2.5, 0.1), (900, 100), (0, 1), (1200.75, 0.01), (7, 1), (100, 100),
])
def test_the_step_a_written_figure_is_rounded_to(value: float, step: float) -> None:
    assert rounding_step(value) == pytest.approx(step)


@pytest.mark.parametrize(("a", "unit_a", "b", "unit_b", "same"), [
    (88000, "gallon", 330000, "litre", True),
    (12, "mile", 19, "km", True),
    (3000, "foot", 900, "m", True),
    (5, "mile", 8, "km", True),
    (60, "mph", 100, "km/h", True),
    (2750, "tonne", 2750000, "kg", True),
    (31250, "acre", 12650, "hectare", True),
    (88000, "gallon", 500000, "litre", False),  # a rival figure, not a conversion
    (1, "mile", 2, "km", False),
    (12, "mile", 19, "kg", False),  # another dimension
    (106, "fahrenheit", 41.2, "celsius", True),  # 41.1°C, as the Fahrenheit figure is rounded
    (106.2, "fahrenheit", 41.2, "celsius", True),
    (50, "fahrenheit", 10, "celsius", True),
    (50, "fahrenheit", 50, "celsius", False),  # the same number on two scales is not one temperature
])
def test_two_figures_in_two_units_state_one_measurement_as_rounded(a: float, unit_a: str, b: float, unit_b: str,
                                                                   same: bool) -> None:
    assert same_measurement(a, unit_a, b, unit_b) is same
    assert same_measurement(b, unit_b, a, unit_a) is same


def test_a_unit_without_a_common_one_is_its_own() -> None:
    assert common_unit("percent") == ("percent", 1.0)
    assert common_unit(None) == (None, 1.0)
    assert common_unit("mile") == ("m", 1609.344)


@pytest.mark.parametrize(("value", "unit", "common"), [
    (106, "fahrenheit", 41.111), (32, "fahrenheit", 0.0), (12, "mile", 19312.128), (88000, "gallon", 333116.237),
    (41.2, "celsius", 41.2), (7, None, 7.0),
])
def test_a_figure_in_the_common_unit_and_back(value: float, unit: str | None, common: float) -> None:
    assert to_common(value, unit) == pytest.approx(common, abs=1e-3)
    assert from_common(to_common(value, unit), unit) == pytest.approx(value)
