"""Hot-spot mode: LISA against a direct PySAL call, the view model's texts, colours, hideout,
legend and CSV."""

from __future__ import annotations

import io
import warnings

import numpy as np
import pandas as pd
import pytest
from scipy.stats import false_discovery_control
from shapely.geometry import shape

from dashboard.analysis.hotspots import (
    CLUSTERS,
    hotspots_csv,
    indicator_hotspots,
)
from dashboard.analysis.index import IndexError_, preset_spec
from dashboard.components.hotspots import hotspot_legend, hotspot_statement
from dashboard.data.areas import area_arrays
from dashboard.figures.hotspot_style import (
    CLUSTER_COLOURS,
    SWATCH_BORDER,
    cluster_colour,
    contrast_ratio,
    hotspot_hideout,
)
from dashboard.figures.map_style import unit_hideout
from dashboard.models.hotspots import hotspot_view, in_language
from dashboard.models.main import build_main_model
from dashboard.state.main import parse_state


def spec(bundle, edition="atlas2019"):
    return preset_spec(bundle, "felder", edition, "units")


def direct_esda(bundle, indicator, edition, permutations=999, seed=2021):
    """The same statistics straight from libpysal/esda, without the dashboard's code."""
    import esda
    from libpysal.weights import Queen

    by_code = {
        f["properties"]["code"]: shape(f["geometry"]) for f in bundle.units_geojson["features"]
    }
    codes = bundle.units.code.to_numpy()
    values = area_arrays(bundle, indicator, edition, "units")["value"]
    keep = ~np.isnan(values)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # disconnected components
        w = Queen.from_iterable([by_code[c] for c in codes[keep]], ids=list(codes[keep]))
    assert not w.islands
    w.transform = "r"
    y = values[keep]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        np.random.seed(seed)
        glob = esda.Moran(y, w, permutations=permutations)
        loc = esda.Moran_Local(y, w, permutations=permutations, seed=seed, n_jobs=1)
    return codes[keep], glob, loc


@pytest.mark.parametrize(
    ("indicator", "edition"),
    [("transfer_benefits", "atlas2019"), ("unemployed_u25", "atlas2024")],
)
def test_lisa_matches_a_direct_esda_call(bundle, indicator, edition):
    result = indicator_hotspots(bundle, indicator, edition)
    codes, glob, loc = direct_esda(bundle, indicator, edition)
    assert result.moran_i == pytest.approx(glob.I, abs=1e-12)
    assert result.p_value == pytest.approx(glob.p_sim, abs=1e-12)
    rows = result.table.set_index("code").loc[codes]
    np.testing.assert_allclose(rows.local_i.to_numpy(), loc.Is, atol=1e-12)
    np.testing.assert_allclose(rows.p_value.to_numpy(), loc.p_sim, atol=1e-12)
    fdr = false_discovery_control(loc.p_sim, method="bh")
    np.testing.assert_allclose(rows.p_fdr.to_numpy(), fdr, atol=1e-12)
    labels = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}
    expected = np.where(fdr < 0.05, [labels[int(q)] for q in loc.q], "ns")
    assert rows.cluster.tolist() == expected.tolist()


def test_missing_values_are_left_out(bundle):
    result = indicator_hotspots(bundle, "unemployed_u25", "atlas2024")
    t = result.table
    assert result.n_units == 92
    assert int(t.value.notna().sum()) == 92
    missing = t[t.value.isna()]
    assert len(missing) == 170 - 92
    assert (missing.cluster == "missing").all()
    assert missing.local_i.isna().all() and missing.p_fdr.isna().all()
    assert t[t.value.notna()].local_i.notna().all()
    view = hotspot_view(bundle, "unemployed_u25", spec(bundle, "atlas2024"), "de")
    assert view.counts["missing"] == 78
    assert sum(view.counts.values()) == 170
    assert "92 von 170 Unterbezirken" in view.units_note
    # no unit survives the correction: no "isolated pockets", say so instead
    assert view.counts["ns"] == 92
    assert view.pockets.startswith("Nach der Korrektur ist kein Unterbezirk")


def test_the_isolated_pocket_of_transfer_benefits_2019_includes_clarenberg(bundle):
    result = indicator_hotspots(bundle, "transfer_benefits", "atlas2019")
    pockets = result.isolated_high(1)
    assert "535" in pockets
    t = result.table.set_index("code")
    assert t.loc["535", "cluster"] == "ns"
    assert t.loc["535", "value"] == t.value.max()  # the highest value of all
    view = hotspot_view(bundle, "transfer_benefits", spec(bundle), "de")
    units = bundle.units.set_index("code")
    for code in pockets:
        named = f"{units.loc[code, 'name']} ({code}, {units.loc[code, 'stadtbezirk']})"
        assert named in view.pockets
    assert f"liegen {len(pockets)} in keinem Cluster" in view.pockets


def test_the_statement_formats_morans_i_in_the_language(bundle):
    result = indicator_hotspots(bundle, "transfer_benefits", "atlas2019")
    de = hotspot_view(bundle, "transfer_benefits", spec(bundle), "de")
    en = hotspot_view(bundle, "transfer_benefits", spec(bundle), "en")
    i_en = f"{result.moran_i:.2f}"
    assert i_en == "0.48"
    assert de.statement.startswith(f"Moran's I = {i_en.replace('.', ',')} (p = 0,001, 999 Perm")
    assert en.statement.startswith(f"Moran's I = {i_en} (p = 0.001, 999 permutations)")
    assert "ähnlichen Werten" in de.statement
    assert "Benjamini" in de.method and "Queen" in de.method and "5 %" in de.method
    assert "Benjamini" in en.method and "5%" in en.method
    assert in_language(de, "en") is en


def test_a_low_is_need_indicator_says_so(bundle):
    view = hotspot_view(bundle, "gymnasium_transition", spec(bundle), "de")
    assert view.direction == -1
    assert "hohe Werte geringen Bedarf" in view.meaning
    assert view.cluster_labels["LL"].endswith("Häufung hohen Bedarfs")
    assert view.cluster_labels["HH"].endswith("Häufung geringen Bedarfs")
    # the pockets are the lowest values that are in no cluster
    result = view.result
    assert result.isolated_high(-1)
    lowest = result.table.dropna(subset=["value"]).nsmallest(10, "value")
    assert set(result.isolated_high(-1)) <= set(lowest.code)
    assert "niedrigsten Werten" in view.pockets


def test_the_index_basis_runs_on_the_units_and_names_its_sources(bundle):
    s = preset_spec(bundle, "felder", "atlas2019", "spaces")  # the level is ignored
    view = hotspot_view(bundle, "index", s, "de")
    assert view.label == "Bedarfsindex" and view.direction == 1
    assert view.result.n_units == 170
    assert len(view.sources) == len(s.indicators)
    assert "Ebene der Unterbezirke" in view.units_note
    assert hotspot_view(bundle, "index", s, "de") is view  # cached per bundle


def test_a_single_pocket_is_named_in_the_singular(bundle):
    view = hotspot_view(bundle, "index", spec(bundle, "atlas2024"), "de")
    codes = view.result.isolated_high(1)
    assert len(codes) == 1
    assert view.pockets.startswith("Ein einzelner Brennpunkt: Von den 10 Unterbezirken")
    assert f"liegt einer in keinem Cluster: {view.names[codes[0]]}." in view.pockets


def test_an_unknown_basis_is_one_line_error(bundle):
    with pytest.raises(IndexError_, match="unknown indicator"):
        hotspot_view(bundle, "no_such_indicator", spec(bundle), "de")
    with pytest.raises(IndexError_):
        hotspot_view(bundle, "gymnasium_transition", spec(bundle, "atlas2024"), "de")


def test_the_combined_areas_caveat_counts_same_as_notes(bundle):
    v = bundle.values
    rows = v[(v.indicator_id == "transfer_benefits") & (v.edition == "atlas2019")]
    shared = int((rows.note.fillna("").str.startswith("same_as:") & rows.value.notna()).sum())
    assert shared > 0
    view = hotspot_view(bundle, "transfer_benefits", spec(bundle), "de")
    assert view.shared == shared
    assert view.combined.startswith(f"{shared} Unterbezirke")
    density = hotspot_view(bundle, "population_density", spec(bundle), "de")
    assert density.context and density.combined is None


def test_the_hideout_colours_every_unit_with_a_value(bundle):
    view = hotspot_view(bundle, "unemployed_u25", spec(bundle, "atlas2024"), "de")
    h = hotspot_hideout(view, "de")
    t = view.result.table
    with_value = set(t.loc[t.value.notna(), "code"])
    assert set(h["colors"]) == with_value
    for r in t.itertuples():
        if r.code in with_value:
            assert h["colors"][r.code] == CLUSTER_COLOURS[r.cluster]
            assert h["values"][r.code] == pytest.approx(r.value, abs=1e-3)
        else:
            assert h["values"][r.code] is None
    assert len(h["values"]) == 170
    assert h["noData"] == CLUSTER_COLOURS["missing"]
    assert h["order"][0] == t.loc[t.value.idxmax(), "code"]
    assert len(h["order"]) == 92
    # every key map.js reads from the main view's hideout is there
    state, _ = parse_state({"lvl": "units"}, bundle)
    main = unit_hideout(bundle, build_main_model(bundle, state))
    assert set(main) <= set(h)
    assert h["clusters"]["535"].startswith("Muster: ")


def test_the_hideout_tooltip_names_the_cluster_in_the_language(bundle):
    view = hotspot_view(bundle, "transfer_benefits", spec(bundle), "de")
    h = hotspot_hideout(view, "en")
    cluster = view.result.table.set_index("code").loc["004", "cluster"]
    assert cluster == "HH"
    assert h["clusters"]["004"].startswith("Pattern: High, neighbours high – cluster of high need")
    assert "p after correction = 0.034" in h["clusters"]["004"]
    assert h["suffix"] == "%"
    assert "Statistikatlas Dortmund 2019" in h["source"]


def test_cluster_colours_are_distinct_and_swatches_have_a_visible_border():
    colours = [CLUSTER_COLOURS[c] for c in CLUSTERS]
    assert len(set(colours)) == len(colours)
    assert contrast_ratio(SWATCH_BORDER) >= 3
    assert contrast_ratio(CLUSTER_COLOURS["HH"]) >= 3
    assert contrast_ratio(CLUSTER_COLOURS["LL"]) >= 3
    assert contrast_ratio("#ffffff") == pytest.approx(1)
    assert contrast_ratio("#000000") == pytest.approx(21)


def test_the_legend_is_a_list_with_counts(bundle):
    view = hotspot_view(bundle, "transfer_benefits", spec(bundle), "de")
    legend = hotspot_legend(view, "de")
    ul = legend.children[-1]
    assert ul.__class__.__name__ == "Ul"
    clusters = [li.to_plotly_json()["props"]["data-cluster"] for li in ul.children]
    assert clusters == [c for c in CLUSTERS if view.counts[c] or c == "ns"]
    first = ul.children[0].children
    assert first[0].style["background"] == CLUSTER_COLOURS["HH"]
    assert first[0].style["borderColor"] == SWATCH_BORDER
    assert first[1] == view.cluster_labels["HH"]
    assert first[3].children == f"({view.counts['HH']} Unterbezirke)"
    total = sum(int(li.children[3].children.strip("()").split()[0]) for li in ul.children)
    assert total == 170


def test_red_is_high_need_also_where_low_values_mean_need(bundle):
    view = hotspot_view(bundle, "gymnasium_transition", spec(bundle), "de")
    h = hotspot_hideout(view, "de")
    t = view.result.table.set_index("code")
    ll = t.index[t.cluster == "LL"]
    hh = t.index[t.cluster == "HH"]
    assert len(ll) and len(hh)
    assert {h["colors"][c] for c in ll} == {CLUSTER_COLOURS["HH"]}  # dark red: high need
    assert {h["colors"][c] for c in hh} == {CLUSTER_COLOURS["LL"]}
    assert cluster_colour("HL", -1) == CLUSTER_COLOURS["LH"]
    assert cluster_colour("ns", -1) == CLUSTER_COLOURS["ns"]
    swatches = {
        li.to_plotly_json()["props"]["data-cluster"]: li.children[0].style.get("background")
        for li in hotspot_legend(view, "de").children[-1].children
    }
    assert swatches["LL"] == CLUSTER_COLOURS["HH"]
    assert "die Karte zeigt sie rot" in view.meaning


def test_the_statement_block_holds_every_text(bundle):
    view = hotspot_view(bundle, "transfer_benefits", spec(bundle), "de")
    block = hotspot_statement(view, "en")
    text = str(block.to_plotly_json())
    en = in_language(view, "en")
    head, _, tail = en.statement.partition(": ")
    assert head.startswith("Moran's I = 0.48")
    for part in (head, tail, en.meaning, en.pockets, en.method, en.combined, en.units_note):
        assert part in text
    assert "Source:" in text


def test_the_csv_starts_with_the_statement_and_has_one_row_per_unit(bundle):
    result = indicator_hotspots(bundle, "transfer_benefits", "atlas2019")
    text = hotspots_csv(result)
    assert text.startswith("# moran_i=0.477")
    table = pd.read_csv(io.StringIO(text), comment="#", dtype={"unit_code": str})
    assert len(table) == 170
    assert table.unit_code.tolist() == bundle.units.code.tolist()
    assert table.set_index("unit_code").loc["535", "cluster"] == "ns"


def test_a_unit_without_neighbours_with_values_is_an_island_and_said(bundle):
    from dashboard.analysis.hotspots import lisa, queen_weights
    from dashboard.models.hotspots import islands_text, unit_names

    codes = tuple(bundle.units.code)
    w = queen_weights(bundle, codes)
    values = area_arrays(bundle, "transfer_benefits", "atlas2019", "units")["value"].copy()
    for neighbour in w.neighbors["535"]:
        values[codes.index(neighbour)] = np.nan
    result = lisa(bundle, values)
    assert result.islands == ("535",)
    assert result.table.set_index("code").loc["535", "cluster"] == "missing"
    text = islands_text(result, unit_names(bundle), "de")
    assert text == "Ohne Nachbarn mit Wert und daher nicht geprüft: Clarenberg (535, Hörde)."
