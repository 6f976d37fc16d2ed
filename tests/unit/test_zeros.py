"""Zeros that are not zeros: the analysis of every column of both editions, checked against
the raw files, and the catalogue's stated rule checked against the analysis."""

from __future__ import annotations

import json
import statistics

import pandas as pd
import pytest

from dashboard.pipeline.catalogue import entries
from dashboard.pipeline.zeros import profile_edition, profile_zeros, suggest_rule


def _raw(raw_dir, name: str) -> pd.DataFrame:
    doc = json.loads((raw_dir / "raw_spatialjustice" / name).read_text(encoding="utf-8"))
    return pd.DataFrame([f["properties"] for f in doc["features"]]).set_index("unbeznr")


@pytest.fixture(scope="module")
def editions(raw_dir):
    return {"atlas2019": _raw(raw_dir, "do_data2018.geojson"),
            "atlas2024": _raw(raw_dir, "do_data2024.geojson")}  # fmt: skip


@pytest.fixture(scope="module")
def neighbours(bundle):
    import shapely
    from shapely.geometry import shape

    geoms = {
        f["properties"]["code"]: shape(f["geometry"]) for f in bundle.units_geojson["features"]
    }
    codes = sorted(geoms)
    tree = shapely.STRtree([geoms[c] for c in codes])
    out = {}
    for code in codes:
        near = tree.query(geoms[code].buffer(1e-5), predicate="intersects")
        out[code] = [codes[i] for i in near if codes[i] != code]
    return out


def test_youth_unemployment_2024_zeros_look_like_withheld_counts(editions, neighbours):
    new, old = editions["atlas2024"], editions["atlas2019"]
    col = "unemployed_under_25_pct"
    p = profile_zeros(new[col], old[col], neighbours)
    assert p.n_zero == 78 and p.n_zero_in_other == 69
    assert p.min_positive == 2.2 and p.n_small == 0
    assert suggest_rule(p) == "zero_is_missing"
    zero = new[col] == 0
    assert new.unemployed_pct[zero].median() == 5.8
    assert new.unemployed_pct[~zero].median() == 12.2
    assert p.neighbour_median > 3  # neighbours of zero units have clearly positive values


def test_gymnasium_recommendation_2019_zeros(editions, neighbours):
    col = "secondary_school_recommendation_pct"
    p = profile_zeros(editions["atlas2019"][col], None, neighbours)
    assert p.zero_codes == ("831", "832") and p.min_positive == 6.8
    assert p.neighbour_median > 20
    assert suggest_rule(p) == "zero_is_missing"


def test_children_in_sgb2_2024_zero_in_611(editions):
    col = "children_under_15_SGB_II_pct"
    p = profile_zeros(editions["atlas2024"][col], editions["atlas2019"][col])
    assert p.zero_codes == ("611",) and p.other_zero_median == 3.4
    assert suggest_rule(p) == "zero_is_missing"


@pytest.mark.parametrize("edition", ["atlas2019", "atlas2024"])
def test_new_flats_zeros_continue_the_distribution(editions, edition):
    p = profile_zeros(editions[edition]["new_flats_1999_2016_pct"])
    assert p.n_zero in (7, 10) and p.n_small >= 14
    assert suggest_rule(p) == "zero_is_value"


def test_every_stated_zero_rule_agrees_with_the_analysis(editions, neighbours):
    for spec, edition in entries():
        if edition.id in spec.broken_in:
            continue
        other_id = "atlas2019" if edition.id == "atlas2024" else "atlas2024"
        table = profile_edition(
            editions[edition.id], [spec.source_column], editions[other_id], neighbours
        )
        suggested = table.at[spec.source_column, "suggested_rule"]
        stated = "zero_is_value" if spec.zero_rule == "zero_if_consistent" else spec.zero_rule
        if table.at[spec.source_column, "n_zero"]:
            assert stated == suggested, (spec.id, edition.id)


def test_untrusted_zeros_are_missing_with_reason_and_out_of_the_reference(bundle):
    v = bundle.values.set_index(["unit_code", "indicator_id", "edition"])
    row = v.loc[("611", "children_u15_sgb2", "atlas2024")]
    assert pd.isna(row.value) and row.missing_reason == "zero_in_source"
    assert row.note == "source_value:0"
    for code in ("831", "832"):
        assert v.loc[(code, "gymnasium_transition", "atlas2019")].missing_reason == (
            "zero_in_source"
        )
    assert v.loc[("422", "natural_balance", "atlas2019")].value == 0  # births == deaths
    for code in ("231", "432", "842"):  # 0 although births and deaths differ
        assert v.loc[(code, "natural_balance", "atlas2024")].missing_reason == "zero_in_source"
    assert (bundle.values.value == 0).sum() == 7 + 10 + 1 + 8  # new_flats, balances
    youth = bundle.values[
        (bundle.values.indicator_id == "unemployed_u25") & (bundle.values.edition == "atlas2024")
    ]
    assert (youth.missing_reason == "zero_in_source").sum() == 78
    assert not (youth.value == 0).any()


def test_city_reference_of_youth_unemployment_2024(bundle, editions):
    """Zeros out, combined areas once: computed here from the raw file alone."""
    raw = editions["atlas2024"]
    row_key = raw.drop(columns=["bezeichnun", "rowid", "upload_am", "Schlüssel", "Namen"])
    first_of_area = ~row_key.duplicated()  # the 2024 combined areas repeat whole rows
    values = raw.unemployed_under_25_pct[first_of_area]
    expected = statistics.median(values[values != 0])
    ref = bundle.city_reference.set_index(["indicator_id", "edition"])
    assert ref.at[("unemployed_u25", "atlas2024"), "value"] == pytest.approx(expected)
    assert ref.at[("unemployed_u25", "atlas2024"), "n_areas"] == (values != 0).sum()
    assert statistics.median(raw.unemployed_under_25_pct) < expected  # zeros pulled it down


def test_catalogue_states_the_rule_per_row(bundle):
    cat = bundle.catalogue.set_index(["indicator_id", "edition"])
    assert set(cat.zero_rule) == {"zero_is_missing", "zero_is_value", "zero_if_consistent"}
    assert cat.at[("new_flats", "atlas2024"), "zero_rule"] == "zero_is_value"
    assert cat.at[("natural_balance", "atlas2024"), "zero_rule"] == "zero_if_consistent"
    assert "78" in cat.at[("unemployed_u25", "atlas2024"), "zero_rule_de"]
    assert cat.zero_rule_de.str.len().min() > 30 and cat.zero_rule_en.str.len().min() > 30
