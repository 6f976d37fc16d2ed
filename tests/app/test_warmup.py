"""The warm-up before gunicorn forks (``dashboard/warmup.py``)."""

from __future__ import annotations

from dashboard.services import current_bundle
from dashboard.warmup import warm, warm_urls


def test_warm_up_covers_every_page_each_indicator_and_each_preset(app):
    urls = warm_urls(current_bundle())
    paths = {p for p, _ in urls}
    assert {"/", "/vergleich", "/mittel", "/index", "/kulisse", "/raum", "/daten"} <= paths
    assert {f"/raum/AR{i:02d}" for i in range(1, 14)} <= paths
    assert ("/", "?ind=unemployed&ed=atlas2019&lvl=units") in urls
    assert ("/index", "?preset=status&ed=atlas2024&level=spaces") in urls
    assert len(urls) == len(set(urls)) > 100


def test_warm_up_loads_pages_within_its_time_budget(app):
    assert warm(app, "http://127.0.0.1:8000", budget_s=0.0) == 0  # out of time: stops
    assert warm(app, "http://127.0.0.1:8000", budget_s=1.0) >= 1
