"""The pipeline rebuilds the committed data/ exactly, and its values match the raw files."""

from __future__ import annotations

import json
import statistics

import pytest

from dashboard.pipeline.build import build
from tests.conftest import DATA_DIR, tree_digest


@pytest.fixture(scope="module")
def rebuilt(raw_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("rebuild") / "data"
    build(raw_dir, out)
    return out


def test_rebuild_is_byte_identical_to_committed_data(rebuilt):
    assert tree_digest(rebuilt) == tree_digest(DATA_DIR)


def test_rebuilding_twice_gives_identical_files(raw_dir, rebuilt, tmp_path):
    again = build(raw_dir, tmp_path / "data")
    assert tree_digest(again) == tree_digest(rebuilt)


def _raw_edition(raw_dir, name):
    doc = json.loads((raw_dir / "raw_spatialjustice" / name).read_text(encoding="utf-8"))
    return {f["properties"]["unbeznr"]: f["properties"] for f in doc["features"]}


@pytest.mark.parametrize(
    ("edition", "raw_file", "indicator", "column"),
    [
        ("atlas2019", "do_data2018.geojson", "children_u15_sgb2", "children_under_15_SGB_II_pct"),
        ("atlas2024", "do_data2024.geojson", "children_u15_sgb2", "children_under_15_SGB_II_pct"),
        ("atlas2019", "do_data2018.geojson", "transfer_benefits", "transfer_payment_pct"),
        ("atlas2024", "do_data2024.geojson", "elderly_sgb12", "over_65_SGB_XII_pct"),
        ("atlas2024", "do_data2024.geojson", "living_space", "living_space_per_inhabitant_sq_abs"),
    ],
)
def test_every_value_equals_the_raw_file(bundle, raw_dir, edition, raw_file, indicator, column):
    raw = _raw_edition(raw_dir, raw_file)
    v = bundle.values
    mine = v[(v.indicator_id == indicator) & (v.edition == edition)].set_index("unit_code")
    assert len(mine) == 170
    for code, props in raw.items():
        if props[column] == 0 and mine.at[code, "missing_reason"] == "zero_in_source":
            assert mine.at[code, "note"] == "source_value:0", code  # the raw 0 stays traceable
            continue
        assert mine.at[code, "value"] == pytest.approx(props[column]), code


def test_known_values_from_facts(bundle):
    v = bundle.values.set_index(["unit_code", "indicator_id", "edition"]).value
    # FACTS.md §2.3: Nordmarkt-Südost 60.7 (2019 atlas), Nordmarkt-Ost 63.8 (2024), Nette 42.6
    assert v[("052", "children_u15_sgb2", "atlas2019")] == 60.7
    assert v[("054", "children_u15_sgb2", "atlas2024")] == 63.8
    assert v[("930", "children_u15_sgb2", "atlas2019")] == 42.6
    assert v[("535", "transfer_benefits", "atlas2019")] == 46.9


def test_broken_column_is_missing_never_a_number(bundle):
    v = bundle.values
    broken = v[(v.indicator_id == "unemployed_u25") & (v.edition == "atlas2019")]
    assert len(broken) == 170
    assert broken.value.isna().all()
    assert set(broken.missing_reason) == {"broken_in_source"}
    cat = bundle.catalogue.set_index(["indicator_id", "edition"])
    assert cat.at[("unemployed_u25", "atlas2019"), "status"] == "broken_in_source"
    assert cat.at[("unemployed_u25", "atlas2024"), "status"] == "ok"


def test_empty_source_value_is_missing_with_reason(bundle, raw_dir):
    raw = _raw_edition(raw_dir, "do_data2018.geojson")
    empty = [c for c, p in raw.items() if p["secondary_school_recommendation_pct"] is None]
    v = bundle.values.set_index(["unit_code", "indicator_id", "edition"])
    assert len(empty) == 1
    row = v.loc[(empty[0], "gymnasium_transition", "atlas2019")]
    assert row.missing_reason == "not_published"


def test_repeated_2024_rows_are_marked(bundle):
    v = bundle.values.set_index(["unit_code", "indicator_id", "edition"]).note
    assert v[("930", "unemployed", "atlas2024")] == "same_as:954"
    assert v[("954", "unemployed", "atlas2024")] == "same_as:930"
    assert v[("671", "unemployed", "atlas2024")] == "same_as:676;677"
    shared = bundle.values[bundle.values.note.fillna("").str.startswith("same_as:")]
    assert shared[shared.edition == "atlas2024"].unit_code.nunique() == 46


def test_city_reference_counts_each_combined_area_once(bundle, raw_dir):
    raw = _raw_edition(raw_dir, "do_data2018.geojson")
    column = "children_under_15_SGB_II_pct"
    # the 21 combined areas of the 2019 social columns, each counted once (smallest code)
    groups = [("001", "002"), ("112", "130"), ("211", "212"), ("221", "222"), ("241", "242"),
              ("243", "244"), ("315", "328"), ("324", "325"), ("521", "522"), ("551", "552"),
              ("612", "614"), ("613", "615"), ("631", "681"), ("641", "643"), ("662", "663"),
              ("671", "676", "677"), ("672", "673"), ("675", "678"), ("734", "736"),
              ("921", "922", "951", "952", "953"), ("930", "954")]  # fmt: skip
    dropped = {code for group in groups for code in group[1:]}
    expected = statistics.median(p[column] for c, p in raw.items() if c not in dropped)
    ref = bundle.city_reference.set_index(["indicator_id", "edition"])
    assert ref.at[("children_u15_sgb2", "atlas2019"), "value"] == pytest.approx(expected)
    assert ref.at[("children_u15_sgb2", "atlas2019"), "n_areas"] == 170 - 25
    assert ref.at[("children_u15_sgb2", "atlas2019"), "kind"] == "median_of_units"


def test_geometry_is_valid_small_and_areas_match_official(bundle, raw_dir):
    import pandas as pd
    from shapely.geometry import shape

    size = (DATA_DIR / "units.geojson").stat().st_size
    assert size < 300_000
    features = bundle.units_geojson["features"]
    assert len(features) == 170
    assert all(shape(f["geometry"]).is_valid for f in features)
    lookup = pd.read_csv(raw_dir / "derived" / "dortmund_unterbezirke_lookup.csv", dtype=str)
    official = lookup.set_index("unterbezirk_code").area_km2.astype(float)
    mine = bundle.units.set_index("code").area_km2
    assert (mine - official).abs().max() < 0.01
    by_district = bundle.units.groupby("stadtbezirk").area_km2.sum()
    assert by_district["Innenstadt-Nord"] == pytest.approx(14.42, abs=0.02)
    assert by_district["Lütgendortmund"] == pytest.approx(22.44, abs=0.02)
    assert bundle.units.area_km2.sum() == pytest.approx(280.7, abs=0.1)
    text = (DATA_DIR / "units.geojson").read_text(encoding="utf-8")
    assert "Bövinghausen" in text and "Ã" not in text  # Latin-1 source decoded correctly


def test_spaces_and_membership(bundle):
    s = bundle.spaces.set_index("space_id")
    current = s[s.status == "current"]
    assert (current.type == "Aktionsraum").sum() == 13
    assert (current.type == "Aktionsquartier").sum() == 2
    assert set(s[s.status == "former"].name) == {"Alt-Scharnhorst", "Wickede"}
    assert s.at["AR06", "membership_confidence"] == "guess"
    assert s.at["AR04", "membership_confidence"] == "documented"
    assert s.at["AR13", "membership_confidence"] == "documented"
    assert s.at["AR12", "membership_confidence"] == "inferred"  # the name only is documented
    assert s.at["AQ01", "membership_confidence"] == "unknown"
    members = bundle.space_units.groupby("space_id").unit_code.apply(sorted)
    assert members["AR11"] == ["710", "760"]
    assert members["AR13"] == ["924", "930", "954"]  # the city's Nette page
    assert members["AR09"] == ["531", "532", "533", "534", "535"]
    assert members["AQ02"] == ["341", "342", "343", "344"]
    relation = bundle.space_units.set_index(["space_id", "unit_code"]).relation
    assert relation[("AQ01", "262")] == "contains_quartier"
    outlines = {f["properties"]["space_id"] for f in bundle.spaces_geojson["features"]}
    assert outlines == set(s.index)


def test_facts_carry_their_sources(bundle):
    r = bundle.resources.set_index("key")
    assert r.at["aktionsraumbeauftragte", "value"] == 5
    assert r.at["projektbuero_staff", "value"] == 3
    assert r.at["project_funds_per_year", "value"] == 226000
    assert r.at["aktionsraumfonds_per_area", "value"] == 5000
    assert r.source_title.str.len().min() > 10
    assert bundle.funding.source_url.str.startswith("http").all()
    assert bundle.population.source_url.str.startswith("http").all()
    assert bundle.funding.loc[bundle.funding.area_de == "Hörde", "space_id"].iloc[0] == "AR09"


def test_sources_json_lists_every_input_with_hash(bundle, raw_dir):
    import hashlib

    for entry in bundle.sources["inputs"]:
        rel = entry["path"].removeprefix("shared/research/data/")
        assert hashlib.sha256((raw_dir / rel).read_bytes()).hexdigest() == entry["sha256"]
        assert entry["licence"] and entry["origin"]
    assert len(bundle.sources["inputs"]) == 8


def test_districts_are_the_twelve_stadtbezirke_dissolved_from_the_units(bundle):
    import shapely
    from shapely.geometry import Point, shape

    features = bundle.districts_geojson["features"]
    names = sorted(f["properties"]["name"] for f in features)
    assert names == sorted(set(bundle.units.stadtbezirk))
    assert len(names) == 12
    units = {
        f["properties"]["code"]: shape(f["geometry"]) for f in bundle.units_geojson["features"]
    }
    for f in features:
        p, outline = f["properties"], shape(f["geometry"])
        assert outline.is_valid
        assert outline.contains(Point(p["label_lon"], p["label_lat"])), p["name"]
        codes = bundle.units.code[bundle.units.stadtbezirk == p["name"]]
        assert p["n_units"] == len(codes)
        members = shapely.union_all([units[c] for c in codes])
        # outlines are simplified: the same area within 1 %
        assert outline.symmetric_difference(members).area < 0.01 * members.area, p["name"]
    # neighbours share their border: the outlines cover the city without overlaps
    total = sum(shape(f["geometry"]).area for f in features)
    union = shapely.union_all([shape(f["geometry"]) for f in features]).area
    assert total == pytest.approx(union, rel=1e-3)
