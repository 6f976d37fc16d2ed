"""Labels and definitions fit the values; combined areas, memberships and populations are
stated as what they are. Every expectation is computed from the raw files where possible."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dashboard.data.space_facts import shared_members, space_population
from dashboard.data.views import space_values
from dashboard.pipeline.combined import combined_groups
from dashboard.pipeline.indicators_spec import INDICATORS


def _raw(raw_dir, name: str) -> pd.DataFrame:
    doc = json.loads((raw_dir / "raw_spatialjustice" / name).read_text(encoding="utf-8"))
    return pd.DataFrame([f["properties"] for f in doc["features"]]).set_index("unbeznr")


@pytest.fixture(scope="module")
def atlas(raw_dir):
    return {"atlas2019": _raw(raw_dir, "do_data2018.geojson"),
            "atlas2024": _raw(raw_dir, "do_data2024.geojson")}  # fmt: skip


def test_natural_balance_2019_is_births_minus_deaths_in_percent_of_deaths(atlas, bundle):
    a = atlas["atlas2019"]
    b, d, s = a.births_per_1000_abs, a.deaths_per_1000_abs, a.saldo_births_deaths_pct
    ratio = (b - d) / d * 100
    # rates are rounded to 0.1 and the balance to 0.1: the largest error this can cause
    tolerance = 100 * (0.05 / d + 0.05 * b / d**2) + 0.05
    assert ((ratio - s).abs() <= tolerance).all()
    assert ((b - d - s).abs() > 1).mean() > 0.9  # not a difference per 1,000
    cat = bundle.catalogue.set_index(["indicator_id", "edition"])
    assert "÷ Sterbefälle × 100" in cat.at[("natural_balance", "atlas2019"), "definition_de"]
    assert cat.at[("natural_balance", "atlas2019"), "unit"] == "percent"


def test_natural_balance_2024_is_a_difference_per_1000_and_not_comparable(atlas, bundle):
    a = atlas["atlas2024"]
    diff = (a.births_per_1000_abs - a.deaths_per_1000_abs - a.saldo_births_deaths_pct).abs()
    assert (diff <= 0.1001).sum() == 128 and diff.max() == pytest.approx(4.1)
    cat = bundle.catalogue.set_index(["indicator_id", "edition"])
    assert cat.at[("natural_balance", "atlas2024"), "unit"] == "per_1000"
    assert not cat.loc["natural_balance"].comparable_across_editions.any()


def test_new_flats_cannot_be_a_share_since_1999(atlas, bundle):
    col = "new_flats_1999_2016_pct"
    fell = (atlas["atlas2024"][col] < atlas["atlas2019"][col]).sum()
    assert fell == 119
    cat = bundle.catalogue.set_index(["indicator_id", "edition"])
    assert not cat.loc["new_flats"].comparable_across_editions.any()
    assert "119 von 170" in cat.at[("new_flats", "atlas2024"), "definition_de"]
    assert "Zeitraum unbekannt" in cat.at[("new_flats", "atlas2024"), "definition_de"]
    assert cat.at[("new_flats", "atlas2024"), "confidence"] == "low"


def test_gymnasium_is_a_recommendation_with_a_stable_id(bundle):
    row = bundle.catalogue.set_index("indicator_id").loc["gymnasium_transition"]
    assert row.label_de == "Gymnasialempfehlungen" and "recommend" in row.label_en.lower()
    assert "Empfehlung" in row.definition_de


def test_single_households_65plus_editions_measure_different_things(atlas):
    col = "single_households_over_65_pct"
    old, new = atlas["atlas2019"][col], atlas["atlas2024"][col]
    assert old.median() == 13.2 and new.median() == 35.0
    assert abs(old.corr(new)) < 0.1


def test_2019_combined_areas_are_the_2024_ones_in_the_social_columns(atlas):
    social = [s.source_column for s in INDICATORS if s.social]
    columns = [s.source_column for s in INDICATORS]
    old = combined_groups(atlas["atlas2019"], social, columns)
    new = combined_groups(atlas["atlas2024"], social, columns)
    assert [g.codes for g in old] == [g.codes for g in new]
    assert len(old) == 21 and sum(len(g.codes) for g in old) == 46
    assert sum(len(g.codes) for g in old if len(g.columns) == 6) == 42  # the six social columns
    assert all(g.whole_row for g in new) and not any(g.whole_row for g in old)
    assert all(set(g.columns) <= set(social) for g in old)


def test_2019_shared_values_are_flagged_only_where_shared(bundle):
    v = bundle.values.set_index(["unit_code", "indicator_id", "edition"]).note
    assert v[("930", "children_u15_sgb2", "atlas2019")] == "same_as:954"
    assert v[("112", "transfer_benefits", "atlas2019")] == "same_as:130"
    assert pd.isna(v[("112", "unemployed", "atlas2019")])  # 112 and 130 differ here
    assert pd.isna(v[("551", "share_0_6", "atlas2019")])  # equal by chance, not combined
    assert pd.isna(v[("924", "children_u15_sgb2", "atlas2019")])


def test_a_space_says_when_its_units_carry_combined_values(bundle):
    for edition in ("atlas2019", "atlas2024"):
        spaces = space_values(bundle, "children_u15_sgb2", edition).set_index("space_id")
        assert spaces.at["AR13", "n_shared"] == 2  # Nette 930 and Niedernette 954
        assert spaces.at["AR02", "n_shared"] == 0
    members = shared_members(bundle, "children_u15_sgb2", "atlas2024")
    nette = members[members.space_id == "AR13"].set_index("unit_code")
    assert nette.at["930", "same_as"] == "954" and nette.at["954", "same_as"] == "930"


def test_aktionsquartiere_say_they_show_the_whole_sozialraum(bundle):
    s = bundle.spaces.set_index("space_id")
    for space_id, units in (("AQ01", "261–263"), ("AQ02", "341–344")):
        assert "ganzen umgebenden Sozialraum" in s.at[space_id, "note_de"]
        assert "whole surrounding Sozialraum" in s.at[space_id, "note_en"]
        assert units in s.at[space_id, "note_de"]


def test_eving_guess_shows_the_population_that_contradicts_it(bundle, atlas):
    s = bundle.spaces.set_index("space_id")
    assert "18.520" in s.at["AR06", "check_de"] and "18,520" in s.at["AR06", "check_en"]
    assert "9.983" in s.at["AR07", "check_de"] and "6.030" in s.at["AR07", "check_de"]
    # the project's rough estimate quoted in the notes: density × area, scaled to the city
    area = bundle.units.set_index("code").area_km2
    raw = atlas["atlas2024"].population_density_ha_abs * area * 100
    estimate = raw / raw.sum() * 612_065
    assert (
        round(estimate[["123", "124"]].sum(), -3) == 12_000
        and "rund 12.000" in (s.at["AR06", "check_de"])
    )
    assert (
        round(estimate[["121", "122"]].sum(), -3) == 8_000
        and "rund 8.000" in (s.at["AR07", "check_de"])
    )
    assert space_population(bundle, "AR06").population.iloc[0] == 18_520
    assert space_population(bundle, "AR07").population.iloc[0] == 9_983


def test_populations_for_several_spaces_are_one_row_never_split(bundle):
    pop = bundle.space_population
    nordstadt = pop[pop.scope == "several_spaces"]
    assert set(nordstadt.space_ids) == {"AR01;AR02;AR03"}
    assert sorted(nordstadt.population) == [59_479, 60_000]
    for space_id in ("AR01", "AR02", "AR03"):
        assert 60_000 in set(space_population(bundle, space_id).population)
    assert not pop.duplicated(["population", "source_url"]).any()
    current = set(bundle.current_spaces.space_id)
    covered = {s for ids in pop[pop.scope == "space"].space_ids for s in ids.split(";")}
    assert covered == current - {"AR01", "AR02", "AR03"}  # the Nordstadt only as a whole
    assert set(pop.confidence) <= {"stated", "derived", "assigned"}
    assert (pop[pop.scope == "stat_bezirk"].confidence == "assigned").all()


def test_bodelschwingh_westerfilde_name_documented_units_inferred(bundle):
    s = bundle.spaces.set_index("space_id")
    assert s.at["AR12", "membership_confidence"] == "inferred"
    assert "Name ist belegt" in s.at["AR12", "evidence_de"]
    units = bundle.space_units[bundle.space_units.space_id == "AR12"]
    assert set(units.confidence) == {"inferred"}
