"""The city reference of every indicator edition (pure pandas).

No official city value is loaded, so the reference is the median over the distinct areas the
atlas published: every unit with a value counts once, except that the units of a combined
area (values marked ``same_as:``) count together once. Missing values, including zeros the
catalogue does not trust (``zero_in_source``), are left out. The same words are written next
to the number (``label_*``, ``method_*``) so that every place that shows it can say so.
"""

from __future__ import annotations

import pandas as pd

LABEL = ("Stadt (Median der Gebiete)", "City (median of areas)")
METHOD = (
    "Median über die {n} Gebiete mit Wert: jeder Unterbezirk einmal, zusammengefasst "
    "veröffentlichte Unterbezirke gemeinsam einmal; fehlende Werte und nicht "
    "vertrauenswürdige Nullen nicht mitgezählt. Ungewichtet, also nicht die Quote der "
    "ganzen Stadt.",
    "Median over the {n} areas with a value: each unit once, units published as one combined "
    "area once together; missing values and untrusted zeros left out. Unweighted, so not the "
    "rate of the whole city.",
)
METHOD_NONE = ("Keine Werte: kein Stadtwert.", "No values: no city reference.")
SOURCE = "median of distinct areas (combined areas once; missing and zero_in_source excluded)"


def distinct_areas(values: pd.DataFrame) -> pd.DataFrame:
    """The values of one indicator edition with each combined area kept once.

    ``values`` has columns ``unit_code``, ``value``, ``note``; rows without a value are
    dropped; of a combined area the unit with the smallest code is kept.
    """
    present = values[values.value.notna()]
    group = present.unit_code.where(
        ~present.note.fillna("").str.startswith("same_as:"),
        present.unit_code + ";" + present.note.fillna("").str.removeprefix("same_as:"),
    )
    key = group.map(lambda text: min(text.split(";")))
    return present[~key.duplicated()]


def build_city_reference(values: pd.DataFrame) -> pd.DataFrame:
    """One row per indicator edition: value, kind, how it was computed (German/English)."""
    rows = []
    for (indicator, edition), grp in values.groupby(["indicator_id", "edition"], sort=True):
        areas = distinct_areas(grp)
        n = len(areas)
        method = tuple(m.format(n=n) for m in METHOD) if n else METHOD_NONE
        rows.append(
            {
                "indicator_id": indicator,
                "edition": edition,
                "value": round(float(areas.value.median()), 2) if n else None,
                "kind": "median_of_units",
                "n_areas": n,
                "source": SOURCE,
                "label_de": LABEL[0],
                "label_en": LABEL[1],
                "method_de": method[0],
                "method_en": method[1],
            }
        )
    return pd.DataFrame(rows)
