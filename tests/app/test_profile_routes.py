"""The profile and the list of spaces over in-process HTTP: status, title, language."""

from __future__ import annotations

import json

import plotly
import pytest


@pytest.mark.parametrize(
    "path",
    ["/raum", "/raum/AR01", "/raum/AQ02", "/raum/EX01", "/raum/AR01?lang=en",
     "/raum/AR02?ed=atlas2019&hf=kinder", "/raum/AR02?ed=%3Cscript%3E"],
)  # fmt: skip
def test_profile_pages_answer_200(client, path):
    r = client.get(path)
    assert r.status_code == 200
    assert r.mimetype == "text/html"


def test_profile_title_names_the_space(client):
    text = client.get("/raum/AR02").get_data(as_text=True)
    assert 'twitter:title" content="Nordmarkt – Profil' in text


@pytest.mark.parametrize("path", ["/raum/XX99", "/raum/ar01", "/raum/AR01/x"])
def test_unknown_space_answers_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "Traceback" not in r.get_data(as_text=True)


def _text(component) -> str:
    """The layout as JSON text with umlauts and € readable (the encoder escapes them)."""
    encoded = json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder)
    return json.dumps(json.loads(encoded), ensure_ascii=False)


def test_profile_layout_in_german_and_english(app):
    from dashboard.pages import profile

    de = _text(profile.layout(space_id="AR02"))
    en = _text(profile.layout(space_id="AR02", lang="en"))
    assert "Indikatoren im Vergleich mit der Stadt" in de and '"lang": "de"' in de
    assert "Indicators against the city" in en and '"lang": "en"' in en
    assert "noch nicht erfasst" in de and "not yet recorded" in en


def test_unknown_space_layout_links_to_the_list(app):
    from dashboard.pages import profile

    text = _text(profile.layout(space_id="XX99"))
    assert "Raum nicht gefunden" in text
    assert '"href": "/raum"' in text


def test_list_of_spaces_links_every_space(app, bundle):
    from dashboard.pages import spaces

    text = _text(spaces.layout())
    for space_id in bundle.spaces.space_id:
        assert f'"/raum/{space_id}"' in text


def test_ignored_parameters_are_named(app):
    from dashboard.pages import profile

    text = _text(profile.layout(space_id="AR02", ed="atlas1999", foo="1"))
    assert "Teile der Adresse wurden ignoriert" in text
    assert "ed: Wert passt nicht; foo: unbekannter Parameter" in text
    assert "Teile der Adresse" not in _text(profile.layout(space_id="AR02", ed="atlas2019"))


def test_sections_render_the_colleagues_contracts(app, monkeypatch):
    """With ``facts_for`` & co. present (hand-made rows in the agreed columns) the sections
    show them with source and confidence; without them they say "noch nicht erfasst"."""
    import pandas as pd

    from dashboard.data import space_facts, space_money
    from dashboard.pages import profile

    src = {"source_title": "Testquelle", "source_url": "https://example.org/q"}
    fake = {
        "facts_for": pd.DataFrame([{"space_ids": "AR02", "kind": "project", "handlungsfeld":
                                    "kinder", "text_de": "BEISPIEL-Fakt", "text_en": "EXAMPLE fact",
                                    "value": None, "unit": "", "date": "2023",
                                    "confidence": "stated", **src}]),
        "history_for": pd.DataFrame([{"date": "2021", "text_de": "BEISPIEL-Ereignis",
                                      "text_en": "EXAMPLE event", "confidence": "stated", **src}]),
        "contacts_for": pd.DataFrame([{"role_de": "BEISPIEL-Büro", "role_en": "EXAMPLE office",
                                       "address": "Musterstraße 1", "how_de": "Sprechstunde",
                                       "how_en": "office hours", "date": "2024", **src}]),
        "money_for": pd.DataFrame([{"programme_de": "BEISPIEL-Programm", "programme_en": "EXAMPLE",
                                    "year": 2022, "year_end": None, "amount_eur": 1000.0,
                                    "what_de": "x", "what_en": "x", "shared_with": "",
                                    "per_resident": None, "per_resident_note_de": "",
                                    "per_resident_note_en": "", "confidence": "stated", **src}]),
    }  # fmt: skip

    def patch(tables):
        for name, table in tables.items():
            module = space_money if name == "money_for" else space_facts
            monkeypatch.setattr(module, name, lambda b, s, t=table: t)

    patch({name: table.iloc[:0] for name, table in fake.items()})
    profile.profile_model.cache_clear()
    before = _text(profile.layout(space_id="AR01"))
    assert "Noch nicht erfasst" in before and "BEISPIEL" not in before
    patch(fake)
    profile.profile_model.cache_clear()
    text = _text(profile.layout(space_id="AR01"))
    shown_texts = (
        "BEISPIEL-Fakt",
        "BEISPIEL-Ereignis",
        "BEISPIEL-Büro",
        "Musterstraße 1",
        "BEISPIEL-Programm",
        "1.000 €",
        "Testquelle",
        "in der Quelle angegeben",
    )
    for shown in shown_texts:
        assert shown in text, shown


def test_profile_shows_the_published_facts_of_the_space(app):
    """Real data: the Nordstadt's shared facts appear on each of its three profiles."""
    from dashboard.pages import profile

    profile.profile_model.cache_clear()
    assert "Schillerstraße 37" in _text(profile.layout(space_id="AR01"))  # QM office in Hafen
    for space_id in ("AR01", "AR02", "AR03"):
        text = _text(profile.layout(space_id=space_id))
        assert "450.000 €" in text  # Bolzplätze 2021, for the three Nordstadt spaces together
        assert "Für mehrere Räume zusammen" in text
    text = _text(profile.layout(space_id="AR09"))
    assert "4.350.000 €" in text  # Städtebauförderung Hörde 2017
