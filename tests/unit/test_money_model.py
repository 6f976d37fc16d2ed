"""Needs next to money: how funding rows count for a space (hand-made rows with known
answers) and the real amounts of data/funding.csv."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from dashboard import ROOT
from dashboard.figures.quadrant import log_ticks, quadrant_figure
from dashboard.models.money import city_totals, funding_roles, money_model
from dashboard.state.money import MoneyState, next_state, parse_state, state_query

FUNDING = pd.read_csv(ROOT / "data" / "funding.csv")


def rows(*specs) -> pd.DataFrame:
    """Hand-made funding rows: (programme, space_id, year, year_end, amount)."""
    return pd.DataFrame(
        [
            {
                "programme_de": p,
                "space_id": s,
                "year": y,
                "year_end": e,
                "amount_eur": a,
            }
            for p, s, y, e, a in specs
        ]
    )


NAN = float("nan")


def test_roles_of_hand_made_rows():
    table = rows(
        ("A", "AR01", 2017, NAN, 100.0),  # counted
        ("B", "AR01", 2021, NAN, 50.0),  # counted: another year
        ("C", "AR02", 2015, 2025, 1000.0),  # counted: multi-year
        ("D", "AR02", 2017, NAN, 30.0),  # inside C's years: not added
        ("C: erste Tranche", "AR02", NAN, NAN, 200.0),  # part of C: not added
        ("E", "AR01;AR02", 2020, NAN, 70.0),  # several spaces: never split
        ("F", None, NAN, NAN, 5000.0),  # city-wide
        ("G", "AR03", 1994, 2005, NAN),  # a programme without an amount
    )
    assert list(funding_roles(table)) == [
        "space",
        "space",
        "space",
        "contained",
        "contained",
        "several",
        "city",
        "no_amount",
    ]


def test_sums_on_hand_made_rows_and_nothing_published_is_none(bundle):
    table = rows(
        ("A", "AR01", 2017, NAN, 100.0),
        ("B", "AR01", 2021, NAN, 50.0),
        ("E", "AR01;AR02", 2020, NAN, 70.0),
        ("G", "AR03", 1994, 2005, NAN),
    )
    for col in FUNDING.columns:
        if col not in table:
            table[col] = None
    small = replace(bundle, funding=table[FUNDING.columns])
    m = money_model(small, "unemployed", "atlas2024")
    by_id = {s.space_id: s for s in m.spaces}
    assert by_id["AR01"].funding == 150.0 and by_id["AR01"].years == ("2017", "2021")
    assert by_id["AR01"].several
    assert by_id["AR02"].funding is None and by_id["AR02"].several  # not 70, not 35
    assert by_id["AR03"].funding is None and by_id["AR03"].programme_without_amount
    assert by_id["AR04"].funding is None and not by_id["AR04"].several
    assert all(s.funding != 0 for s in m.spaces)


def test_real_amounts_from_funding_csv(bundle):
    m = money_model(bundle, "children_u15_sgb2", "atlas2024")
    by_id = {s.space_id: s for s in m.spaces}
    f = FUNDING

    def amount(space, year, programme):
        hit = f[
            (f.space_id == space) & (f.year == year) & (f.programme_de.str.startswith(programme))
        ]
        return float(hit.amount_eur.iloc[0])

    # Hörde: two single years, different programmes: added
    hoerde = amount("AR09", 2017, "Städtebauförderung") + amount("AR09", 2021, "Sozialer")
    assert by_id["AR09"].funding == hoerde == 6_198_000
    # Westerfilde/Bodelschwingh: 11 M€ over 2015–2025; the 2017 grant and the first tranche
    # may be part of it: listed, not added
    assert by_id["AR12"].funding == 11_000_000 and by_id["AR12"].years == ("2015–2025",)
    roles = m.rows.set_index(["space_id", "amount_eur"]).role
    assert roles[("AR12", 680_000.0)] == "contained" and roles[("AR12", 1_200_000.0)] == "contained"
    assert by_id["AR05"].funding == 909_000
    # Nordstadt: only amounts for Hafen, Nordmarkt and Borsigplatz together
    for sid in ("AR01", "AR02", "AR03"):
        assert by_id[sid].funding is None and by_id[sid].several
    # Scharnhorst-Ost: the programme is known, its amount is not
    assert by_id["AR08"].funding is None and by_id["AR08"].programme_without_amount
    assert {s.space_id for s in m.spaces if s.funding is None} == {
        "AR01",
        "AR02",
        "AR03",
        "AR04",
        "AR06",
        "AR07",
        "AR08",
        "AR10",
        "AR11",
        "AR13",
        "AQ01",
        "AQ02",
    }
    # per resident only with a population of the whole space, and that one is named
    assert by_id["AR05"].population == 15_000 and by_id["AR05"].per_resident == pytest.approx(60.6)
    assert by_id["AR05"].population_approx
    # the city-wide amounts are never assigned to a space
    assert set(m.rows[m.rows.space_id.isna()].role) == {"city"}


def test_city_totals_are_the_published_ones(bundle):
    totals = city_totals(bundle).set_index("key").value
    assert totals["project_funds_per_year"] == 226_000
    assert totals["aktionsraumfonds_per_area"] == 5_000


def test_state_round_trip_and_controls(bundle):
    state, ignored = parse_state("?ind=unemployed_u25&ed=atlas2019&y=linear&lang=en", bundle)
    assert ignored == [] and state == MoneyState("unemployed_u25", "atlas2019", "linear", "en")
    assert state_query(state, bundle) == "?ind=unemployed_u25&ed=atlas2019&y=linear&lang=en"
    bad, ignored = parse_state("ind=nope&y=cubic", bundle)
    assert [i.key for i in ignored] == ["ind", "y"] and bad.edition == "atlas2024"
    # an indicator without the current edition takes its own latest
    new = next_state(
        bundle, MoneyState("unemployed", "atlas2024"), "gymnasium_transition", None, "log"
    )
    assert new.indicator == "gymnasium_transition" and new.edition == "atlas2019"


def test_chart_puts_nothing_published_in_its_own_strip_not_at_zero(bundle):
    m = money_model(bundle, "children_u15_sgb2", "atlas2024")
    fig = quadrant_figure(m, "log", "de")
    funded, strip = fig.data
    assert sorted(funded.text) == ["Bodelschwingh/Westerfilde", "Dorstfeld", "Hörde"]
    assert 0 not in funded.y and min(funded.y) == 909_000
    assert set(strip.y) == {"nichts veröffentlicht"} and len(strip.x) == 12
    assert fig.layout.yaxis.type == "log" and fig.layout.yaxis2.type == "category"
    assert fig.layout.shapes[0].x0 == pytest.approx(m.reference.value)
    values = [s.value for s in m.spaces]
    lo, hi = fig.layout.xaxis.range
    assert lo < min(values) and hi > max(values) and lo > 0  # no negative shares
    assert log_ticks([909_000, 11_000_000])["tickvals"][:3] == [100_000, 200_000, 500_000]
