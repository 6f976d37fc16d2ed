"""The main view's HTML parts: ranking, histogram, table rows, and components as HTML."""

from __future__ import annotations

import re
from html import unescape

import numpy as np
import pytest
from dash import dcc, html

from dashboard.components.html_block import HtmlBlock, to_html
from dashboard.components.html_charts import histogram_html, nice_ticks, ranking_html
from dashboard.components.table import table_html
from dashboard.figures.ranking import MAX_BARS, ranking_bars
from dashboard.models.main import build_main_model
from dashboard.state.main import TABLE_ROWS, parse_state


def vm_for(bundle, query: str):
    return build_main_model(bundle, parse_state(query, bundle)[0])


def buttons(markup: str) -> list[dict]:
    """Each ranking bar's button: the area it selects, its label, pressed, its bar's classes
    and left/width."""
    out = []
    for m in re.finditer(
        r'data-select="([^"]+)" aria-pressed="(\w+)"[^>]*>'
        r'<span class="rank-label">([^<]*)</span><span class="rank-track">'
        r'<span class="([^"]+)" style="left:([\d.]+)%;width:([\d.]+)%',
        markup,
    ):
        out.append(
            {
                "id": m[1],
                "pressed": m[2] == "true",
                "label": unescape(m[3]),
                "css": m[4].split(),
                "left": float(m[5]),
                "width": float(m[6]),
            }
        )
    return out


@pytest.mark.parametrize(
    ("lo", "hi", "ticks"),
    [
        (0, 65.7, [0, 20, 40, 60]),
        (-4.6, 4.6, [-4, -2, 0, 2, 4]),
        (0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (12.5, 12.5, [12.5]),
    ],
)
def test_axis_values_are_round(lo, hi, ticks):
    assert nice_ticks(lo, hi) == ticks


def test_ranking_bars_are_the_spaces_in_rank_order_with_their_values(bundle):
    vm = vm_for(bundle, "?sel=AR09")
    bars = buttons(ranking_html(vm))
    ranked = vm.shown.dropna(subset=["value"])
    assert [b["id"] for b in bars] == list(ranked.id)  # the 15 spaces, most need first
    assert bars[0]["label"] == "1. Nordmarkt*  58,8 %"  # Statistikatlas 2024, children SGB II
    # lengths are proportional to the values on the axis from 0 to the top value plus air
    lo, hi = ranking_bars(vm).x_range
    for b, value in zip(bars, ranked.value, strict=True):
        assert b["left"] == 0 and b["width"] == pytest.approx(100 * value / (hi - lo), abs=0.01)
    # the selected space is pressed and outlined; exactly the undocumented spaces are hatched
    assert [b["id"] for b in bars if b["pressed"]] == ["AR09"]
    assert [b["id"] for b in bars if "sel" in b["css"]] == ["AR09"]
    undocumented = set(ranked.id[ranked.membership_confidence != "documented"])
    assert {b["id"] for b in bars if "hatched" in b["css"]} == undocumented
    assert all(
        b["label"].endswith("*  " + b["label"].split("*  ")[-1])
        for b in bars
        if b["id"] in undocumented
    )


def test_ranking_shows_the_city_reference_and_the_units_range(bundle):
    vm = vm_for(bundle, "")
    markup = ranking_html(vm)
    lo, hi = ranking_bars(vm).x_range
    ref = re.search(r'class="rank-ref" style="left:([\d.]+)%"', markup)
    assert float(ref[1]) == pytest.approx(100 * vm.reference.value / (hi - lo), abs=0.01)
    assert "Stadt (Median der Gebiete): 17,9 %" in markup
    assert markup.count('class="rank-range"') == 15  # min-max of each space's units
    assert re.findall(r'<span style="left:[\d.]+%">([^<]+)</span>', markup) == [
        "0",
        "20",
        "40",
        "60",
    ]


def test_ranking_of_units_and_of_a_change(bundle):
    units = vm_for(bundle, "?lvl=units&lang=en")
    bars = buttons(ranking_html(units))
    assert len(bars) == MAX_BARS
    assert [b["id"] for b in bars] == list(units.shown.dropna(subset=["value"]).id[:MAX_BARS])
    assert "rank-range" not in ranking_html(units)  # a unit has no range
    change = vm_for(bundle, "?ind=unemployed&ed=change")
    markup = ranking_html(change)
    lo, hi = ranking_bars(change).x_range
    assert lo < 0  # some spaces lost need: the axis starts below zero ...
    zero = 100 * (0 - lo) / (hi - lo)
    for b, value in zip(buttons(markup), change.shown.dropna(subset=["value"]).value, strict=True):
        # ... and every bar starts or ends at zero
        start = b["left"] if value >= 0 else b["left"] + b["width"]
        assert start == pytest.approx(zero, abs=0.02)
    assert 'class="rank-grid zero"' in markup


def test_ranking_without_values_says_why(bundle):
    vm = vm_for(bundle, "?ind=unemployed_u25&ed=atlas2019")  # broken in the source
    assert ranking_html(vm).startswith('<p class="rank-empty">')
    assert "rank-btn" not in ranking_html(vm)


def test_ranking_escapes_every_text(bundle, monkeypatch):
    import dashboard.components.html_charts as charts

    vm = vm_for(bundle, "")
    bars = ranking_bars(vm)
    evil = bars.__class__(**{**bars.__dict__, "labels": ['<img src=x onerror="a()">'] * 15})
    monkeypatch.setattr(charts, "ranking_bars", lambda _vm: evil)
    markup = ranking_html(vm)
    assert "<img" not in markup and "&lt;img src=x onerror=&quot;a()&quot;&gt;" in markup


def test_histogram_counts_the_shown_values_in_class_colours(bundle):
    vm = vm_for(bundle, "?lvl=units")
    markup = histogram_html(vm)
    values = vm.shown.value.dropna().to_numpy()
    counts, _ = np.histogram(values, np.linspace(values.min(), values.max(), 21))
    heights = [float(h) for h in re.findall(r"height:([\d.]+)%", markup)]
    assert heights == pytest.approx([100 * n / counts.max() for n in counts if n], abs=0.05)
    assert f"<span>{counts.max()}</span><span>0</span>" in markup  # the count axis
    assert markup.count('class="hist-brk"') == vm.classification.k + 1
    colours = set(re.findall(r"background-color:(#[0-9a-fA-F]{6})", markup))
    assert colours <= set(vm.classification.colors)
    assert histogram_html(vm_for(bundle, "?ind=unemployed_u25&ed=atlas2019")) == ""


def test_a_long_table_shows_its_first_rows_and_the_selected_one(bundle):
    def ids(markup):
        return re.findall(r'<th scope="row"><button type="button" data-select="([^"]+)"', markup)

    first = ids(table_html(vm_for(bundle, "?lvl=units")))
    everything = ids(table_html(vm_for(bundle, "?lvl=units&rows=all")))
    assert len(first) == TABLE_ROWS and len(everything) == 170
    assert first == everything[:TABLE_ROWS]
    last = everything[-1]
    with_selection = table_html(vm_for(bundle, f"?lvl=units&sel={last}"))
    assert ids(with_selection) == [*first, last]  # the selected row is never hidden
    assert "(26 von 170 Zeilen)" in with_selection and 'data-rows="all"' in with_selection
    assert 'data-rows=""' in table_html(vm_for(bundle, "?lvl=units&rows=all"))
    assert "data-rows" not in table_html(vm_for(bundle, ""))  # 15 spaces: no switch


def test_components_as_html_are_escaped_and_keep_links_in_the_app():
    tree = html.Div(
        [
            html.H2('Tom & "Jerry" <b>', className="h6", style={"borderColor": "#b0b0b0"}),
            dcc.Link("Profil", href="/raum/AR01?lang=en&x=<y>"),
            html.Details([html.Summary("Mehr")], open=True),
            html.Span(**{"aria-hidden": "true", "data-x": 'a"b'}),
            html.Br(),
            HtmlBlock(html="<i>ok</i>", className="b"),
        ],
        id="x",
    )
    assert to_html(tree) == (
        '<div id="x"><h2 class="h6" style="border-color:#b0b0b0">Tom &amp; "Jerry" &lt;b&gt;'
        '</h2><a data-dash-link="push" href="/raum/AR01?lang=en&amp;x=&lt;y&gt;">Profil</a>'
        "<details open><summary>Mehr</summary></details>"
        '<span aria-hidden="true" data-x="a&quot;b"></span><br>'
        '<div class="b"><i>ok</i></div></div>'
    )
    with pytest.raises(TypeError, match="Graph"):
        to_html(html.Div(dcc.Graph(figure={})))
