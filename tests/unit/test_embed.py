"""Embeds and open data, pure parts: the settings (origins, public data sets), the framing
headers, the embed snippet and the open-data ZIP read back with zipfile and pandas."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile

import pandas as pd
import pytest

from dashboard import ROOT
from dashboard.data.datasets import DATASETS, DEFAULT_PUBLIC, public_files
from dashboard.exports.open_data import FOLDER, data_zip
from dashboard.server import frame_headers
from dashboard.settings import (
    Settings,
    SettingsError,
    check,
    is_public,
    parse_origins,
    public_datasets,
)
from dashboard.state.embed import embed_path, iframe_snippet, size

DATA = ROOT / "data"


# -- settings ---------------------------------------------------------------------------------


def test_origins_are_parsed_and_lower_cased():
    text = "https://www.Dortmund.de  http://127.0.0.1:8080 https://*.dortmund.de http://[::1]:81"
    assert parse_origins(text) == (
        "https://www.dortmund.de",
        "http://127.0.0.1:8080",
        "https://*.dortmund.de",
        "http://[::1]:81",
    )
    assert parse_origins("") == parse_origins("   ") == ()


@pytest.mark.parametrize(
    "bad",
    [
        "https://www.dortmund.de/",  # a path, even "/"
        "https://www.dortmund.de/seite",
        "*",
        "https://*",
        "https://a.*.dortmund.de",  # a wildcard only as a leading "*."
        "*.dortmund.de",  # no scheme
        "ftp://dortmund.de",
        "www.dortmund.de",
        "http://dortmund.de:99999",
        "http://dortmund.de:",
        "https://dortmund.de?x=1",
        "'self'",
    ],
)
def test_a_bad_origin_is_one_line_naming_the_setting(bad):
    with pytest.raises(SettingsError) as info:
        parse_origins(f"https://ok.example {bad}")
    message = str(info.value)
    assert message.startswith("DASHBOARD_EMBED_ORIGINS: ") and repr(bad) in message
    assert "\n" not in message


def test_public_datasets_default_to_all_but_the_programmes():
    assert public_datasets(Settings()) == frozenset(DATASETS) - {"programmes"}
    assert set(DEFAULT_PUBLIC) == set(DATASETS) - {"programmes"}
    settings = Settings.from_env({"DASHBOARD_PUBLIC_DATASETS": "geometry spaces programmes"})
    assert public_datasets(settings) == {"geometry", "spaces", "programmes"}
    assert is_public("programmes", settings) and not is_public("indicators", settings)
    assert not is_public("programmes", Settings()) and is_public("indicators", Settings())
    assert public_datasets(Settings.from_env({"DASHBOARD_PUBLIC_DATASETS": ""})) == frozenset()


def test_an_unknown_dataset_key_stops_the_check():
    settings = Settings.from_env({"DASHBOARD_PUBLIC_DATASETS": "indicators programs"})
    with pytest.raises(SettingsError, match=r"^DASHBOARD_PUBLIC_DATASETS: unknown data set 'pro"):
        check(settings)
    check(Settings.from_env({"DASHBOARD_EMBED_ORIGINS": "https://www.dortmund.de"}))


def test_every_data_file_is_in_exactly_one_dataset():
    from dashboard.data.bundle import DATA_FILES, SOURCES_FILE

    files = public_files(frozenset(DATASETS))
    assert len(files) == len(set(files))
    assert set(files) == set(DATA_FILES) - {SOURCES_FILE}


def test_the_app_refuses_to_start_with_a_bad_origin():
    env = {**os.environ, "DASHBOARD_EMBED_ORIGINS": "https://www.dortmund.de/pfad"}
    run = subprocess.run(
        [sys.executable, "-c", "import dashboard.app"],
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stderr
    lines = run.stderr.strip().splitlines()
    assert lines == [
        "error: a setting is wrong, not starting: DASHBOARD_EMBED_ORIGINS: "
        "'https://www.dortmund.de/pfad' is not an origin (expected scheme://host[:port], "
        "e.g. https://www.dortmund.de)"
    ]


# -- framing ----------------------------------------------------------------------------------


def test_only_embeds_may_be_framed():
    origins = ("https://www.dortmund.de", "https://*.dortmund.de")
    assert frame_headers("/embed/map", origins) == {
        "Content-Security-Policy": "frame-ancestors 'self' https://www.dortmund.de "
        "https://*.dortmund.de"
    }
    assert frame_headers("/embed/profile/AR02", ()) == {
        "Content-Security-Policy": "frame-ancestors 'self'"
    }
    deny = {"Content-Security-Policy": "frame-ancestors 'none'", "X-Frame-Options": "DENY"}
    for path in ("/", "/raum/AR02", "/daten", "/embed", "/embedded/map", "/_dash-layout"):
        assert frame_headers(path, origins) == deny, path


# -- the snippet ------------------------------------------------------------------------------


def test_embed_path_keeps_the_state_and_drops_what_does_not_fit(bundle):
    assert embed_path(bundle, "/", "?ind=unemployed&ed=atlas2019&x=1", "map") == (
        "/embed/map?ind=unemployed&ed=atlas2019"
    )
    assert embed_path(bundle, "/", "?lang=en&lvl=units", "ranking").startswith(
        "/embed/ranking?ind=children_u15_sgb2&ed=atlas2024&lvl=units"
    )
    assert embed_path(bundle, "/raum/AR02", "?hf=kinder&lang=en&ed=zz", "map") == (
        "/embed/profile/AR02?hf=kinder&lang=en"
    )
    assert embed_path(bundle, "/raum/AR02", "", "profile") == "/embed/profile/AR02"
    assert embed_path(bundle, "/raum/XX99", "", "profile") is None
    assert embed_path(bundle, "/daten", "", "map") is None
    assert embed_path(bundle, "/", "", "<script>") is None


def test_iframe_snippet_escapes_and_sizes_are_clamped():
    code = iframe_snippet('https://x.de/embed/map?a=1&b="2"', "Karte: <Kinder>", 600, 450)
    assert code == (
        '<iframe src="https://x.de/embed/map?a=1&amp;b=&quot;2&quot;" '
        'title="Karte: &lt;Kinder&gt;" width="600" height="450" loading="lazy" '
        'style="border:0"></iframe>'
    )
    assert [size(v, 450) for v in (None, "", "abc", "10", 99999, "640.7", 300)] == [
        450,
        450,
        450,
        200,
        2000,
        640,
        300,
    ]


# -- the open-data ZIP ------------------------------------------------------------------------


def _open(data: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(data))


def test_zip_holds_the_public_files_readme_and_licences():
    data = data_zip(DATA, DEFAULT_PUBLIC)
    archive = _open(data)
    assert archive.testzip() is None
    names = [n.removeprefix(f"{FOLDER}/") for n in archive.namelist()]
    assert names[:2] == ["README.md", "LIZENZEN.txt"]
    assert set(names[2:]) == {*public_files(frozenset(DEFAULT_PUBLIC)), "sources.json"}
    assert not any(n.startswith("programme_") for n in names)
    # every file reads back as the app's own file
    values = pd.read_csv(io.BytesIO(archive.read(f"{FOLDER}/indicators.csv")), dtype=str)
    assert values.equals(pd.read_csv(DATA / "indicators.csv", dtype=str))
    assert len(values) == 6885 + 255
    units = json.loads(archive.read(f"{FOLDER}/units.geojson"))
    assert len(units["features"]) == 170
    catalogue = pd.read_csv(io.BytesIO(archive.read(f"{FOLDER}/catalogue.csv")))
    assert set(catalogue.edition) == {"atlas2019", "atlas2024"}
    sources = json.loads(archive.read(f"{FOLDER}/sources.json"))
    assert sources == json.loads((DATA / "sources.json").read_text(encoding="utf-8"))
    # the README: German and English, licences, dates, inference, what is left out
    readme = archive.read(f"{FOLDER}/README.md").decode("utf-8")
    assert readme.index("offene Daten") < readme.index("open data")
    for text in (
        "`units.geojson`",
        "`indicators.csv`",
        "Stichtag 2018-12-31",
        "reference date 2023-12-31",
        "dl-de/zero-2.0",
        "Transkription: MIT",
        "Fakten; Quellen unter CC BY-SA",
        "zum Teil **erschlossen**",
        "partly **inferred**",
        "## Nicht enthalten",
        "`programme_entries.csv`, `programme_steps.csv`, `programme_measures.csv`): nicht "
        "öffentlich",
        "): not public",
    ):
        assert text in readme, text
    licences = archive.read(f"{FOLDER}/LIZENZEN.txt").decode("utf-8")
    assert "MIT" in licences and "dl-de/zero-2.0" in licences


def test_zip_is_deterministic_and_follows_the_setting():
    first = data_zip(DATA, DEFAULT_PUBLIC)
    assert data_zip(DATA, list(reversed(DEFAULT_PUBLIC))) == first
    info = _open(first).infolist()
    assert {i.date_time for i in info} == {(2008, 1, 1, 0, 0, 0)}
    everything = _open(data_zip(DATA, DATASETS))
    names = {n.removeprefix(f"{FOLDER}/") for n in everything.namelist()}
    assert {"programme_entries.csv", "programme_steps.csv", "programme_measures.csv"} <= names
    assert "- Nichts." in everything.read(f"{FOLDER}/README.md").decode("utf-8")
    few = _open(data_zip(DATA, {"geometry"}))
    assert sorted(n.removeprefix(f"{FOLDER}/") for n in few.namelist()) == [
        "LIZENZEN.txt",
        "README.md",
        "districts.geojson",
        "sources.json",
        "units.geojson",
    ]
    readme = few.read(f"{FOLDER}/README.md").decode("utf-8")
    assert "`catalogue.csv`, `indicators.csv`, `city_reference.csv`): nicht öffentlich" in readme


def test_imported_programmes_leave_sources_json_when_not_public(data_copy):
    sources = json.loads((data_copy / "sources.json").read_text(encoding="utf-8"))
    sources["imports"] = [
        {"file": "programme__AR01.json", "sha256": "ab" * 32},
        {"file": "atlas2026__unemployed.json", "sha256": "cd" * 32},
    ]
    (data_copy / "sources.json").write_text(json.dumps(sources), encoding="utf-8")
    kept = json.loads(_open(data_zip(data_copy, DEFAULT_PUBLIC)).read(f"{FOLDER}/sources.json"))
    assert [i["file"] for i in kept["imports"]] == ["atlas2026__unemployed.json"]
    full = _open(data_zip(data_copy, DATASETS)).read(f"{FOLDER}/sources.json")
    assert full == (data_copy / "sources.json").read_bytes()
