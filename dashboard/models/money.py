"""Needs next to money (pure): per current space its value of one indicator next to the
funding that the public record names for it.

How amounts are counted (stated on the page):

* A row counts for a space only when it names that one space (``space_id`` without ``;``)
  and has an amount. Rows for several spaces together, city-wide rows and undivided totals
  are listed, never split or added to a space.
* A dated single-year amount that falls inside a multi-year amount of the same space
  (``year``–``year_end``), and a part of another row (its programme is "<other programme>:
  …"), may be contained in it: listed, not added.
* A space without any counted amount has *nothing published* (``None``), never 0. A space
  with a known programme but no published amount says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data.areas import area_table, reference_for
from ..data.bundle import Bundle
from ..data.space_facts import space_population
from ..data.views import Reference, catalogue_entry
from ..memo import per_bundle

COUNTED = "space"
CONTAINED = "contained"
SEVERAL = "several"
CITY = "city"
NO_AMOUNT = "no_amount"
ROLES = (COUNTED, CONTAINED, SEVERAL, CITY, NO_AMOUNT)
"""How a funding row enters the view (``funding_roles``)."""


def _span(row) -> tuple[float, float] | None:
    if pd.isna(row.year):
        return None
    return float(row.year), float(row.year if pd.isna(row.year_end) else row.year_end)


def funding_roles(funding: pd.DataFrame) -> pd.Series:
    """Per funding row its role (:data:`ROLES`), in the order of ``funding``."""
    roles = []
    for i, row in funding.iterrows():
        space = row.space_id if isinstance(row.space_id, str) and row.space_id else ""
        if not space:
            roles.append(CITY)
        elif ";" in space:
            roles.append(SEVERAL)
        elif pd.isna(row.amount_eur):
            roles.append(NO_AMOUNT)
        elif _inside_other(funding, i, row):
            roles.append(CONTAINED)
        else:
            roles.append(COUNTED)
    return pd.Series(roles, index=funding.index, dtype=object)


def _inside_other(funding: pd.DataFrame, i, row) -> bool:
    """True when another amount of the same space may contain this one."""
    span = _span(row)
    for j, other in funding.iterrows():
        if j == i or other.space_id != row.space_id or pd.isna(other.amount_eur):
            continue
        if str(row.programme_de).startswith(f"{other.programme_de}:"):
            return True
        other_span = _span(other)
        multi_year = other_span is not None and other_span[1] > other_span[0]
        single = span is not None and span[1] == span[0]
        if multi_year and single and other_span[0] <= span[0] <= other_span[1]:
            return True
    return False


@dataclass(frozen=True)
class SpaceMoney:
    space_id: str
    name: str
    short_name: str
    value: float | None
    """The indicator's value for the space (None: missing)."""
    missing_reason: str | None
    funding: float | None
    """Sum of the counted amounts; None = nothing published for this space alone."""
    years: tuple[str, ...]
    """Years of the counted amounts ("2017", "2015–2025")."""
    n_rows: int
    programme_without_amount: bool
    """A programme is known for the space, but no amount."""
    several: bool
    """Amounts exist for this space together with others (listed separately)."""
    population: float | None
    """Published population of the whole space (scope ``space``), if any."""
    population_year: str
    population_approx: bool
    per_resident: float | None


@dataclass(frozen=True)
class MoneyModel:
    indicator: str
    edition: str
    entry: pd.Series
    reference: Reference
    spaces: tuple[SpaceMoney, ...]
    rows: pd.DataFrame
    """The funding rows with a ``role`` column, every one with its source."""


def _population(bundle: Bundle, space_id: str) -> tuple[float | None, str, bool]:
    pop = space_population(bundle, space_id)
    if pop.empty:
        return None, "", False
    best = pop[pop.scope == "space"]
    if best.empty:
        return None, "", False
    r = best.iloc[0]
    year = r.as_of_de if isinstance(r.as_of_de, str) else ""
    return float(r.population), year, bool(r.approx)


def money_model(bundle: Bundle, indicator: str, edition: str) -> MoneyModel:
    """The model of one indicator edition (cached per bundle)."""
    return _money_model(bundle, (indicator, edition))


@per_bundle(maxsize=64)
def _money_model(bundle: Bundle, key: tuple[str, str]) -> MoneyModel:
    indicator, edition = key
    funding = bundle.funding.copy()
    funding["role"] = funding_roles(funding)
    table = area_table(bundle, indicator, edition, "spaces")
    short = bundle.current_spaces.set_index("space_id").short_name
    out = []
    for r in table.itertuples(index=False):
        mine = funding[funding.space_id == r.id]
        counted = mine[mine.role == COUNTED]
        several = funding[
            (funding.role == SEVERAL)
            & funding.space_id.fillna("").str.split(";").apply(lambda s, sid=r.id: sid in s)
        ]
        total = float(counted.amount_eur.sum()) if len(counted) else None
        pop, pop_year, approx = _population(bundle, r.id)
        value = None if pd.isna(r.value) else float(r.value)
        out.append(
            SpaceMoney(
                r.id,
                r.name,
                short.get(r.id) if isinstance(short.get(r.id), str) else r.name,
                value,
                r.missing_reason if value is None else None,
                total,
                _years(counted),
                len(counted),
                bool((mine.role == NO_AMOUNT).any()),
                not several.empty,
                pop,
                pop_year,
                approx,
                total / pop if total is not None and pop else None,
            )
        )
    return MoneyModel(
        indicator,
        edition,
        catalogue_entry(bundle, indicator, edition),
        reference_for(bundle, indicator, edition),
        tuple(out),
        funding,
    )


def _years(rows: pd.DataFrame) -> tuple[str, ...]:
    spans = sorted({_span(r) for r in rows.itertuples(index=False) if _span(r) is not None})
    return tuple(f"{a:.0f}" if a == b else f"{a:.0f}–{b:.0f}" for a, b in spans)


def city_totals(bundle: Bundle) -> pd.DataFrame:
    """The programme's city totals (project funds per year, the fund per Aktionsraum): shown
    as they are, never divided among the spaces."""
    res = bundle.resources
    return res[res.unit == "EUR"].reset_index(drop=True)


def funded(model: MoneyModel) -> list[SpaceMoney]:
    return [s for s in model.spaces if s.funding is not None]


def nothing_published(model: MoneyModel) -> list[SpaceMoney]:
    return [s for s in model.spaces if s.funding is None]


def funding_array(model: MoneyModel) -> np.ndarray:
    """Funding per space as floats (NaN: nothing published), for figures."""
    return np.array([np.nan if s.funding is None else s.funding for s in model.spaces])
