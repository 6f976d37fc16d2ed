"""Which zeros in the source are values and which stand for something withheld (pure pandas).

The atlas prints 0 where a count is small and not published, and where the true value is 0.
:func:`profile_zeros` gathers the evidence for one column: how many exact zeros, where the
other values start, what the same units show in the other edition and what their neighbours
show. :func:`suggest_rule` turns it into a rule; the catalogue states the rule that was
decided for each column (the unit tests check that both agree).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

SMALL = 1.0
"""Values in (0, SMALL] are "small": if there are several, the lower tail reaches zero."""
MIN_SMALL = 5
"""With fewer small values than this, a zero stands apart from the distribution."""


@dataclass(frozen=True)
class ZeroProfile:
    column: str
    n_values: int
    n_zero: int
    zero_codes: tuple[str, ...]
    min_positive: float | None
    """Smallest value above 0."""
    n_small: int
    """Values in (0, SMALL]."""
    has_negative: bool
    median_rest: float | None
    """Median of the non-zero values."""
    other_zero_median: float | None
    """Median of the zero units' values in the other edition."""
    n_zero_in_other: int
    """Zero units that are 0 in the other edition too."""
    neighbour_median: float | None
    """Median over the zero units of their neighbours' median (non-zero values only)."""


def profile_zeros(
    values: pd.Series,
    other: pd.Series | None = None,
    neighbours: dict[str, list[str]] | None = None,
) -> ZeroProfile:
    """Evidence on the exact zeros of one column; ``values`` is indexed by unit code."""
    present = values.dropna().astype(float)
    zero = present[present == 0]
    rest = present[present != 0]
    positive = present[present > 0]
    other_zero = other.reindex(zero.index).dropna() if other is not None else pd.Series([])
    neighbour_medians = []
    for code in zero.index if neighbours else ():
        around = present.reindex(neighbours.get(code, [])).dropna()
        around = around[around != 0]
        if not around.empty:
            neighbour_medians.append(float(around.median()))
    return ZeroProfile(
        column=str(values.name),
        n_values=len(present),
        n_zero=len(zero),
        zero_codes=tuple(sorted(zero.index)),
        min_positive=float(positive.min()) if not positive.empty else None,
        n_small=int(((present > 0) & (present <= SMALL)).sum()),
        has_negative=bool((present < 0).any()),
        median_rest=float(rest.median()) if not rest.empty else None,
        other_zero_median=float(other_zero.median()) if not other_zero.empty else None,
        n_zero_in_other=int((other_zero == 0).sum()),
        neighbour_median=float(pd.Series(neighbour_medians).median())
        if neighbour_medians
        else None,
    )


def suggest_rule(profile: ZeroProfile) -> str:
    """``zero_is_value`` where zeros continue the distribution, else ``zero_is_missing``.

    Zeros continue the distribution when the values reach below zero (a balance) or when
    several values lie just above zero; otherwise a zero stands apart and is most likely a
    withheld small count.
    """
    if profile.n_zero == 0 or profile.has_negative or profile.n_small >= MIN_SMALL:
        return "zero_is_value"
    return "zero_is_missing"


def profile_edition(
    props: pd.DataFrame,
    columns: list[str],
    other: pd.DataFrame | None = None,
    neighbours: dict[str, list[str]] | None = None,
) -> pd.DataFrame:
    """One row of evidence per column of an edition (``props`` indexed by unit code)."""
    rows = []
    for column in columns:
        if column not in props.columns:
            continue
        values = pd.to_numeric(props[column], errors="coerce").rename(column)
        twin = None
        if other is not None and column in other.columns:
            twin = pd.to_numeric(other[column], errors="coerce")
        profile = profile_zeros(values, twin, neighbours)
        rows.append({**profile.__dict__, "suggested_rule": suggest_rule(profile)})
    return pd.DataFrame(rows).set_index("column")


def consistent_balance_zero(births: float | None, deaths: float | None) -> bool:
    """A natural balance of 0 fits only when births and deaths (same base) are equal."""
    return births is not None and deaths is not None and births == deaths
