"""The space profile's pure parts: real values against the data files, and small hand-made
cases with known answers."""

from __future__ import annotations

import csv
import sys
import types

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import ROOT
from dashboard.data import space_facts
from dashboard.figures.locator import locator_figure
from dashboard.figures.spine import orientation, spine_figure, spine_positions
from dashboard.models import profile_facts as pf
from dashboard.models.profile import (
    build_profile,
    distribution,
    position_of,
    profile_model,
    space_ids,
)
from dashboard.state.profile import ProfileState, parse_profile, profile_href, profile_query

DATA = ROOT / "data"


def _csv(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _unit_values(indicator: str, edition: str) -> dict[str, float]:
    return {
        r["unit_code"]: float(r["value"])
        for r in _csv("indicators.csv")
        if r["indicator_id"] == indicator and r["edition"] == edition and r["value"] != ""
    }


def _row(profile, indicator: str) -> pd.Series:
    return profile.indicators.set_index("indicator_id").loc[indicator]


# -- real values ---------------------------------------------------------------------------


def test_nordmarkt_children_value_is_the_mean_of_its_four_units(bundle):
    values = _unit_values("children_u15_sgb2", "atlas2024")
    expected = sum(values[c] for c in ("051", "052", "053", "054")) / 4
    r = _row(build_profile(bundle, "AR02", ProfileState()), "children_u15_sgb2")
    assert r.edition == "atlas2024"
    assert r.value == pytest.approx(expected)
    assert r.method == "unweighted_mean"
    assert r.n_units == 4
    assert r.member_min == pytest.approx(min(values[c] for c in ("051", "052", "053", "054")))


def test_nordmarkt_rank_among_the_15_spaces(bundle):
    values = _unit_values("children_u15_sgb2", "atlas2024")
    current = {r["space_id"] for r in _csv("spaces.csv") if r["status"] == "current"}
    members: dict[str, list[str]] = {}
    for r in _csv("space_units.csv"):
        if r["space_id"] in current:
            members.setdefault(r["space_id"], []).append(r["unit_code"])
    means = {s: np.mean([values[c] for c in codes if c in values]) for s, codes in members.items()}
    expected = 1 + sum(m > means["AR02"] for m in means.values())  # direction 1: high = need
    r = _row(build_profile(bundle, "AR02", ProfileState()), "children_u15_sgb2")
    assert len(means) == 15
    assert r["rank"] == expected
    assert r.n_ranked == 15
    assert r.rank_by == "need"


def test_distribution_of_the_170_units(bundle):
    values = sorted(_unit_values("children_u15_sgb2", "atlas2024").values())
    n = len(values)

    def quantile(q: float) -> float:  # linear interpolation between closest ranks
        pos = q * (n - 1)
        lo = int(pos)
        return values[lo] + (values[min(lo + 1, n - 1)] - values[lo]) * (pos - lo)

    r = _row(build_profile(bundle, "AR02", ProfileState()), "children_u15_sgb2")
    assert r.d_n == n
    assert (r.d_min, r.d_max) == (values[0], values[-1])
    assert r.d_p25 == pytest.approx(quantile(0.25))
    assert r.d_median == pytest.approx(quantile(0.5))
    assert r.d_p75 == pytest.approx(quantile(0.75))
    assert r.position == "worse"  # Nordmarkt is far above the upper quartile


def test_change_between_editions_and_city_reference(bundle):
    old = _unit_values("children_u15_sgb2", "atlas2019")
    new = _unit_values("children_u15_sgb2", "atlas2024")
    codes = ("051", "052", "053", "054")
    expected = np.mean([new[c] for c in codes]) - np.mean([old[c] for c in codes])
    r = _row(build_profile(bundle, "AR02", ProfileState()), "children_u15_sgb2")
    assert r.change == pytest.approx(expected)
    assert (r.change_from, r.change_to) == ("atlas2019", "atlas2024")
    ref = next(
        x
        for x in _csv("city_reference.csv")
        if x["indicator_id"] == "children_u15_sgb2" and x["edition"] == "atlas2024"
    )
    assert r.reference == pytest.approx(float(ref["value"]))
    assert r.reference_method_de == ref["method_de"]


def test_broken_column_is_missing_with_its_reason_never_zero(bundle):
    r = _row(build_profile(bundle, "AR02", ProfileState(edition="atlas2019")), "unemployed_u25")
    assert np.isnan(r.value)
    assert r.missing_reason == "broken_in_source"
    assert r.position == "missing"
    assert pd.isna(r["rank"])


def test_indicator_missing_in_the_chosen_edition(bundle):
    # gymnasium_transition exists only in the 2019 atlas
    r = _row(
        build_profile(bundle, "AR02", ProfileState(edition="atlas2024")), "gymnasium_transition"
    )
    assert r.missing_reason == "not_in_edition"
    assert np.isnan(r.value)


def test_field_filter_and_member_units(bundle):
    p = build_profile(bundle, "AR02", ProfileState(field="arbeit"))
    assert set(p.indicators.handlungsfeld) == {"arbeit"}
    assert list(p.members.unit_code) == ["051", "052", "053", "054"]
    uv = p.unit_values[p.unit_values.indicator_id == "unemployed"]
    values = _unit_values("unemployed", "atlas2024")
    assert dict(zip(uv.unit_code, uv.value, strict=True)) == {c: values[c] for c in uv.unit_code}


def test_former_spaces_and_their_aktionsquartiere(bundle):
    assert {"EX01", "EX02"} <= set(space_ids(bundle))
    ex = build_profile(bundle, "EX01", ProfileState())
    assert not ex.is_current
    assert ex.successors == ("AQ01",)
    assert ex.indicators["rank"].isna().all()  # not among the 15
    values = _unit_values("children_u15_sgb2", "atlas2024")
    expected = np.mean([values[c] for c in ("261", "262", "263") if c in values])
    assert _row(ex, "children_u15_sgb2").value == pytest.approx(expected)
    assert build_profile(bundle, "AQ02", ProfileState()).predecessors == ("EX02",)


def test_profile_model_is_cached_per_state(bundle):
    a = profile_model(bundle, ("AR01", ProfileState()))
    assert profile_model(bundle, ("AR01", ProfileState())) is a
    assert profile_model(bundle, ("AR01", ProfileState(lang="en"))) is not a


def test_money_per_resident_only_with_the_space_population(bundle):
    money = pf.money(bundle, "AR05")
    if hasattr(space_facts, "money_for"):
        assert not money.empty
        return
    row = money[money.amount_eur == 909000].iloc[0]
    assert row.per_resident == pytest.approx(909000 / 15000)
    assert "15000 Einwohner" in row.per_resident_basis_de  # the population used, with source
    assert pf.money(bundle, "AR02").empty or pf.money(bundle, "AR02").per_resident.isna().all()


def test_city_totals_are_never_divided(bundle):
    totals = pf.city_totals(bundle)
    assert 226000 in set(totals.value)
    assert 5 in set(totals.value)


# -- state ---------------------------------------------------------------------------------


def test_state_round_trip_and_ignored_values(bundle):
    state, ignored = parse_profile("?ed=atlas2019&hf=kinder&lang=en", bundle)
    assert state == ProfileState("atlas2019", "kinder", "en")
    assert ignored == []
    assert parse_profile(profile_query(state, bundle), bundle)[0] == state
    state, ignored = parse_profile("?ed=atlas1999&hf=x&foo=1", bundle)
    assert state == ProfileState()
    assert [i.key for i in ignored] == ["ed", "hf", "foo"]
    assert profile_href("AR02", ProfileState(), bundle) == "/raum/AR02"
    assert profile_href("AR02", ProfileState(lang="en"), bundle) == "/raum/AR02?lang=en"


# -- hand-made cases -----------------------------------------------------------------------


def test_distribution_hand_made():
    d = distribution(np.array([5.0, 1.0, np.nan, 3.0, 2.0, 4.0]))
    assert d == {"d_min": 1, "d_p25": 2, "d_median": 3, "d_p75": 4, "d_max": 5, "d_n": 5}
    assert distribution(np.array([np.nan]))["d_n"] == 0


@pytest.mark.parametrize(
    ("value", "direction", "expected"),
    [
        (6, 1, "worse"),
        (1, 1, "better"),
        (3, 1, "similar"),
        (2, 1, "similar"),
        (6, -1, "better"),
        (1, -1, "worse"),
        (6, 0, "higher"),
        (1, 0, "lower"),
        (np.nan, 1, "missing"),
    ],
)
def test_position_hand_made(value, direction, expected):
    assert position_of(value, 2, 4, direction) == expected


def test_spine_positions_hand_made():
    row = {"direction": 1, "centre": 10, "scale": 5, "d_min": 5, "d_p25": 8, "d_median": 10,
           "d_p75": 12, "d_max": 15, "value": 15}  # fmt: skip
    p = spine_positions(row)
    assert orientation(1) == -1  # more need to the left
    assert p["value"] == -1 and p["d_min"] == 1 and p["d_p25"] == pytest.approx(0.4)
    assert spine_positions({**row, "direction": -1})["value"] == 1


def test_fact_sections_read_the_published_facts(bundle):
    facts = pf.facts(bundle, "AR02")
    assert set(pf.FACT_COLUMNS) <= set(facts.columns) and len(facts) > 5
    nordstadt = facts[facts.shared_with.str.contains("AR01", na=False)]
    assert not nordstadt.empty  # Nordstadt-wide facts appear once, shared with AR01/AR03
    money = pf.money(bundle, "AR12")
    eleven = money[money.amount_eur == 11_000_000].iloc[0]
    assert eleven.year == "2015–2025" and pd.isna(eleven.per_resident)  # several years


def test_programme_not_filled_until_there_is_data(bundle, monkeypatch):
    monkeypatch.setitem(sys.modules, "dashboard.data.programmes", types.ModuleType("empty"))
    status = pf.programme(bundle, "AR02")
    assert not status.available and not any(status.filled.values())
    entries = pd.DataFrame([{"section": "need", "handlungsfeld": "kinder", "text_de": "x"}])
    prog = types.SimpleNamespace(entries=entries, steps=pd.DataFrame(), measures=pd.DataFrame())
    fake = types.ModuleType("fake")
    fake.programme_for = lambda b, s: prog
    monkeypatch.setitem(sys.modules, "dashboard.data.programmes", fake)
    status = pf.programme(bundle, "AR02")
    assert status.available and status.filled == {"arbeit": False, "kinder": True,
                                                  "zusammenhalt": False}  # fmt: skip


# -- figures -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("space", "state"),
    [
        ("AR02", ProfileState()),
        ("AQ01", ProfileState(edition="atlas2019", lang="en")),
        ("EX02", ProfileState(field="kinder")),
    ],
)
def test_figures_are_valid_plotly(bundle, space, state):
    p = build_profile(bundle, space, state)
    fig = spine_figure(p, state.lang)
    go.Figure(fig.to_dict())  # raises ValueError on any invalid property
    markers = sum(len(t.x) for t in fig.data[3:])
    assert markers == p.indicators.value.notna().sum()
    go.Figure(locator_figure(bundle, space).to_dict())


def test_former_spaces_have_no_aktionsprogramm(bundle):
    status = pf.programme(bundle, "EX01")
    assert not status.available and not any(status.filled.values())
