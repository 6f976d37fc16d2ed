"""Short German words for indicators in export file names (``exports/names.py``)."""

from __future__ import annotations

import re
from datetime import datetime

from dashboard.exports.names import INDICATOR_SLUGS, indicator_slug


def test_every_shipped_indicator_has_a_short_german_name(bundle):
    ids = set(bundle.catalogue.indicator_id)
    missing = sorted(ids - set(INDICATOR_SLUGS))
    assert not missing, f"name these indicators in dashboard/exports/names.py: {missing}"
    assert set(INDICATOR_SLUGS) == ids  # no name for an indicator that is gone


def test_names_are_unique_short_and_file_safe():
    words = list(INDICATOR_SLUGS.values())
    assert len(set(words)) == len(words)
    for word in words:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", word), word
        assert len(word) <= 20, word


def test_known_names_and_the_fallback_for_a_citys_own_indicator():
    assert indicator_slug("children_u15_sgb2") == "kinder-sgb2"
    assert indicator_slug("unemployed") == "arbeitslose"
    assert indicator_slug("transfer_benefits") == "transferleistungen"
    assert indicator_slug("Schulabbruch_Quote") == "schulabbruch-quote"
    assert indicator_slug("example_share") == "example-share"


def test_the_main_views_files_and_its_csv_button_use_the_short_name(bundle):
    from dashboard.exports.registry import build_export, resolve
    from dashboard.exports.table import csv_filename
    from dashboard.models.main import main_model
    from dashboard.state.main import parse_state

    query = "ind=elderly_sgb12&ed=change&lvl=units"
    vm = main_model(bundle, parse_state(query, bundle)[0])
    export = build_export(bundle, resolve(query), None, "csv", "http://h", datetime(2026, 1, 1))
    assert (
        csv_filename(vm)
        == export.filename
        == "aktionsplan_aeltere-sgb12_2019-2024_unterbezirke.csv"
    )
