"""Figures are built without plotly's validation for speed: validate them here instead."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from dashboard.figures.ranking import ranking_figure
from dashboard.models.main import build_main_model
from dashboard.state.main import parse_state


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?sel=AR02",
        "?lvl=units",
        "?ind=unemployed&ed=change",
        "?ind=unemployed_u25&ed=atlas2019",
        "?lang=en&ind=living_space&lvl=units&cls=natural_breaks&k=3",
    ],
)
def test_figures_are_valid_plotly(bundle, query):
    vm = build_main_model(bundle, parse_state(query, bundle)[0])
    go.Figure(ranking_figure(vm).to_dict())  # raises ValueError on any invalid property
