"""Embeds, framing headers, the embed dialog's callback and the open-data ZIP over in-process
HTTP."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from dashboard import ids

EMBEDS = [
    "/embed/map",
    "/embed/map?ind=unemployed&ed=change&lvl=units&sel=052&lang=en",
    "/embed/ranking",
    "/embed/ranking?ind=%3Cscript%3E&k=99&lang=en",
    "/embed/profile/AR02",
    "/embed/profile/EX01?lang=en",
    "/embed/profile/AQ01?hf=kinder&ed=atlas2019",
]
NOT_FOUND = [
    "/embed/nope",
    "/embed/map/AR02",
    "/embed/profile",
    "/embed/profile/XX99",
    "/embed/profile/AR02/x",
    "/embed/",
]


def frame_ancestors(response) -> str:
    """The frame-ancestors directive of the response's Content-Security-Policy."""
    policy = response.headers["Content-Security-Policy"]
    return next(d for d in policy.split("; ") if d.startswith("frame-ancestors"))


def _text(component) -> str:
    """All text of a Dash component tree, white space collapsed."""
    return " ".join(_raw_text(component).split())


def _raw_text(component) -> str:
    if isinstance(component, str | int | float):
        return str(component)
    if isinstance(component, list | tuple):
        return " ".join(_raw_text(c) for c in component)
    children = getattr(component, "children", None)
    return "" if children is None else _raw_text(children)


@pytest.fixture
def origins(app):
    before = app.server.config["EMBED_ORIGINS"]
    yield lambda *o: app.server.config.__setitem__("EMBED_ORIGINS", tuple(o))
    app.server.config["EMBED_ORIGINS"] = before


@pytest.mark.parametrize("path", EMBEDS)
def test_embeds_answer_200_and_may_be_framed_by_the_dashboard_only(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert frame_ancestors(r) == "frame-ancestors 'self'"
    assert "X-Frame-Options" not in r.headers


@pytest.mark.parametrize("path", NOT_FOUND)
def test_unknown_embeds_are_404(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    "path",
    ["/", "/raum/AR02", "/daten", "/vergleich", "/_dash-layout", "/daten/aktionsplan-daten.zip"],
)
def test_every_other_response_denies_framing(client, origins, path):
    for setting in ((), ("https://www.dortmund.de",)):
        origins(*setting)
        r = client.get(path)
        assert r.status_code == 200, path
        assert frame_ancestors(r) == "frame-ancestors 'none'", path
        assert r.headers["X-Frame-Options"] == "DENY", path


def test_the_setting_names_the_origins_that_may_frame_embeds(client, origins):
    origins("https://www.dortmund.de", "https://*.dortmund.de")
    for path in ("/embed/map", "/embed/profile/AR02", "/embed/nope"):
        r = client.get(path)
        assert frame_ancestors(r) == (
            "frame-ancestors 'self' https://www.dortmund.de https://*.dortmund.de"
        ), path
        assert "X-Frame-Options" not in r.headers


def test_embed_layouts_have_title_view_source_and_full_link(app):
    from dashboard.pages import embed

    page = embed.layout("map", ind="unemployed", lang="en")
    text = _text(page)
    assert page.lang == "en"
    assert "Map: Unemployment share" in text and "Open in the full dashboard" in text
    assert "Source:" in text and "Reference date: 31 Dec 2023" in text
    assert "Confidence: medium" in text
    link = next(a for a in _walk(page) if getattr(a, "className", "") == "embed-full-link")
    assert link.href == "/?ind=unemployed&ed=atlas2024&lang=en"
    assert (link.target, link.rel) == ("_blank", "noopener")
    assert not any(type(c).__name__ == "Nav" for c in _walk(page))

    page = embed.layout("ranking", ind="unemployed", ed="change")
    text = _text(page)
    assert "Rangfolge: Arbeitslosenanteil – Veränderung 2019 → 2024" in text
    assert "Stand: 31.12.2023 (verglichen mit 31.12.2018)" in text

    page = embed.layout("profile/AR02", hf="kinder")
    text = _text(page)
    assert "Nordmarkt – Aktionsraum" in text and "Quellen der Indikatoren" in text
    assert "Statistikatlas Dortmund 2024 · Stand: 31.12.2023 · Verlässlichkeit" in text
    link = next(a for a in _walk(page) if getattr(a, "className", "") == "embed-full-link")
    assert link.href == "/raum/AR02?hf=kinder"
    assert "Nicht-öffentlich" not in text
    # unknown: a page that says so (the server answers 404)
    assert "Ansicht nicht gefunden" in _text(embed.layout("nope"))


def _walk(component):
    yield component
    children = getattr(component, "children", None)
    if isinstance(children, list | tuple):
        for c in children:
            yield from _walk(c)
    elif children is not None and not isinstance(children, str | int | float):
        yield from _walk(children)


def _sections(page) -> list[str]:
    return [c.id for c in _walk(page) if type(c).__name__ == "H2" and getattr(c, "id", None)]


def test_profile_embed_leaves_out_what_is_not_public(app, monkeypatch):
    from dashboard.pages import embed

    sections = _sections(embed.layout("profile/AR02"))
    assert "aktionsprogramm" not in sections  # programmes are not public by default
    assert sections == ["indikatoren", "bekannt", "mittel", "geschichte", "mitmachen"]
    text = _text(embed.layout("profile/AR02"))
    assert "Aktionsprogramm dieses Raums ist noch nicht zur Veröffentlichung freigegeben" in text

    monkeypatch.setenv(
        "DASHBOARD_PUBLIC_DATASETS", "geometry spaces indicators population programmes"
    )
    sections = _sections(embed.layout("profile/AR02"))
    assert sections == ["indikatoren", "aktionsprogramm"]
    # the full profile is not an embed: it keeps every section
    from dashboard.pages import profile

    assert "aktionsprogramm" in _sections(profile.layout("AR02"))


def test_embeds_that_need_a_private_dataset_are_404(client, monkeypatch):
    monkeypatch.setenv("DASHBOARD_PUBLIC_DATASETS", "geometry spaces population")
    for path in ("/embed/map", "/embed/ranking", "/embed/profile/AR02"):
        assert client.get(path).status_code == 404, path
    monkeypatch.setenv("DASHBOARD_PUBLIC_DATASETS", "geometry spaces indicators")
    assert client.get("/embed/map").status_code == 200
    assert client.get("/embed/profile/AR02").status_code == 404  # needs population


def _snippet_request(client, location: dict, choice: str, width, height):
    deps = client.get("/_dash-dependencies").get_json()
    dep = next(d for d in deps if d["output"].startswith(f"..{ids.EMBED_CODE}.value"))
    values = [location, choice, width, height]
    body = {
        "output": dep["output"],
        "outputs": [
            {"id": p.split(".")[0], "property": p.split(".")[1]}
            for p in dep["output"].strip(".").split("...")
        ],
        "inputs": [{**i, "value": v} for i, v in zip(dep["inputs"], values, strict=True)],
        "state": [],
        "changedPropIds": [f"{ids.EMBED_WIDTH}.value"],
    }
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    return r.get_json()["response"]


def test_dialog_callback_builds_snippet_and_preview(client, monkeypatch):
    out = _snippet_request(
        client, {"path": "/", "search": "?ind=unemployed&lang=en"}, "ranking", "700", 5000
    )
    code = out[ids.EMBED_CODE]["value"]
    src = "http://localhost/embed/ranking?ind=unemployed&ed=atlas2024&lang=en"
    assert code == (
        f'<iframe src="{src.replace("&", "&amp;")}" title="Ranking: Unemployment share – '
        'Aktionsplan Soziale Stadt Dortmund" width="700" height="2000" loading="lazy" '
        'style="border:0"></iframe>'
    )
    assert out[ids.EMBED_PREVIEW] == {
        "src": src,
        "title": "Ranking: Unemployment share – Aktionsplan Soziale Stadt Dortmund",
        "width": 700,
        "height": 2000,
    }
    monkeypatch.setenv("DASHBOARD_PUBLIC_URL", "https://sozialestadt.dortmund.de/")
    out = _snippet_request(client, {"path": "/raum/AR02", "search": ""}, "map", None, "x")
    assert out[ids.EMBED_PREVIEW]["src"] == "https://sozialestadt.dortmund.de/embed/profile/AR02"
    assert 'width="800" height="900"' in out[ids.EMBED_CODE]["value"]
    out = _snippet_request(client, {"path": "/daten"}, "map", 1, 1)
    assert out[ids.EMBED_CODE]["value"] == ""


def test_open_data_zip_download(client):
    r = client.get("/daten/aktionsplan-daten.zip")
    assert r.status_code == 200 and r.mimetype == "application/zip"
    assert r.headers["Content-Disposition"] == 'attachment; filename="aktionsplan-daten.zip"'
    names = zipfile.ZipFile(io.BytesIO(r.data)).namelist()
    assert "aktionsplan-daten/indicators.csv" in names
    assert not [n for n in names if "programme_" in n]
    assert client.get("/daten/aktionsplan-daten.zip").data == r.data  # cached, same bytes


def test_daten_page_links_the_zip_with_its_size(app, client):
    from dashboard.pages import data

    size = len(client.get("/daten/aktionsplan-daten.zip").data)
    page = data.layout()
    link = next(c for c in _walk(page) if getattr(c, "id", None) == "opendata-zip")
    assert link.href == "/daten/aktionsplan-daten.zip"
    text = _text(link)
    kb = re.search(r"ZIP, (\d+) KB", text)
    assert kb and int(kb[1]) == round(size / 1024), text
    assert "Nicht enthalten, weil (noch) nicht öffentlich: Aktionsprogramme" in _text(page)
