"""``/``: the linked main view (map, legend, ranking, table, panel) with the URL as its state.

:class:`HomePage` opens the view, changes it the way a user does (controls, map, ranking,
table, history) and waits until the new view is drawn; :meth:`HomePage.read_view` reads it back
from the DOM as a :class:`View`. ``home.js`` is the DOM reader.

How the view is drawn (and read here):

* map: one path per unit in the units' GeoJSON layer. A unit with a value wears its class
  colour; a unit without a value is ``#d9d9d9`` with a dashed outline; a unit that is filtered
  out (or, on the space level, lies outside the 15 spaces) is *pale*: fill ``#ffffff`` at
  fill-opacity 0, so the map's background shows. :attr:`View.fills` maps each unit code to its
  colour, or to :data:`PALE`.
* which paths are the units: see :data:`MAP_LAYERS` -- the one place to change when the map
  changes. The paths are found through Leaflet (the GeoJSON layer whose features carry the 170
  unit codes), never by counting or ordering all paths of the map.
* ranking: one ``<button class="rank-btn" data-select>`` per bar, its ``.rank-label`` above
  its ``.rank-bar`` (class ``sel`` when selected, ``hatched`` when the space's membership is
  not documented).
* table: a plain HTML table in ``#home-table``; sortable headers are ``<button data-sort>``,
  each area's name is ``<th scope="row"><button data-select aria-pressed>``; the selected row
  has the class ``table-warning``. Up to 25 areas are rows (and the selected one); more after
  "Alle … Zeilen zeigen" (``rows=all``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from dashboard import ids

from .common import (
    SPACE_BY_NAME,
    SPACE_UNITS,
    SPACES,
    UNIT_BY_NAME,
    UNIT_CODES,
    BasePage,
    number,
    url_has,
)

TITLE = "{label} – Aktionsplan Soziale Stadt Dortmund"
"""The browser tab names the shown indicator."""
MAX_BARS = 25  # the ranking shows at most this many bars
TABLE_ROWS = 25  # the table shows this many rows (and the selected one) until "show all"
HIGHLIGHT = "#fff3cd"  # background of the selected table row (bootstrap's table-warning)
NO_DATA = "#d9d9d9"
PALE_FILL = "#ffffff"  # fill of pale units, drawn at fill-opacity 0
PALE = "pale"  # View.fills value of a pale unit
SORT_KEYS = ("rank", "name", "stadtbezirk", "type", "membership", "value", "cls")
MISSING = "–"  # an empty table cell
PARTS = ("fills", "legend", "ranking", "table")
"""The parts of the view :meth:`HomePage.change` can wait for."""

# Which map paths are the units and which the space outlines. The map's layers are found
# through Leaflet: a layer is the GeoJSON layer whose features carry exactly these ids in
# ``properties[key]`` (see ``layerPaths`` in home.js). New layers, panes or labels on the map
# do not disturb this; if the units get a class or data attribute of their own, or their
# GeoJSON properties change, this is the one place to change.
MAP_LAYERS = {
    "units": {"key": "code", "ids": UNIT_CODES},
    "outlines": {"key": "space_id", "ids": sorted(SPACES)},
}

_SELECTORS = {
    "map": f"#{ids.HOME_MAP}",
    "legend": f"#{ids.HOME_LEGEND}",
    "ranking": f"#{ids.HOME_RANKING}",
    "table": f"#{ids.HOME_TABLE}",
    "heading": f"#{ids.HOME_HEADING}",
    "note": f"#{ids.HOME_RANKING_NOTE}",
}
HOME_JS = (Path(__file__).with_name("home.js")).read_text("utf-8")
INIT_SCRIPT = f"window.__homeConfig = {json.dumps({**_SELECTORS, **MAP_LAYERS})};\n{HOME_JS}"

CLASS_RE = re.compile(
    r"^(?:Klasse|Class) \d+: (-?[\d.,]+) – (-?[\d.,]+) \((\d+) (?:Gebiete?|areas?)\)$"
)
COUNT_RE = re.compile(r"\((\d+) (?:Gebiete?|areas?)\)$")
BAR_RE = re.compile(r"^(\d+)\. (.+?)(\*?)  (.+)$")
SINCE_RE = re.compile(r" \((?:seit|since) \d{4}\)$")
"""A space that joined the Aktionsplan late carries ' (seit 2021)' in its bar label."""
SPACE_OF_UNIT_RE = re.compile(r" \([^()]*(?:\([^()]*\))?[^()]*\)$")
"""At the unit level a bar names the unit's space in brackets: 'Nordmarkt-Süd (Nordmarkt)'."""


@dataclass(frozen=True)
class Cls:
    """A class of the legend: its range, number of areas and colour."""

    lo: float
    hi: float
    n: int
    color: str


@dataclass
class View:
    """The main view as drawn: map, legend, ranking and table at one address."""

    url: str
    fills: dict[str, str]
    """Per unit code: its fill colour, or :data:`PALE` (fill-opacity 0)."""
    units: dict[str, dict]
    """Per unit code: the path's fill, fill-opacity, stroke-dasharray and stroke."""
    map_background: str
    legend: list[dict]
    """Per legend entry (highest class first): its text, swatch colour and no-data flag."""
    bars: list[dict]
    """Per ranking bar, top to bottom: label, colour, outline, hatching and centre."""
    columns: list[dict]
    """Per table column: its sort key, header text and ``aria-sort``."""
    rows: list[dict]
    """Per table row: the cells by column key, plus ``_id``, ``_pressed``, ``_selected``
    and ``_bg`` (background colour)."""
    heading: str
    note: str
    outlines: list[dict]
    """Per space outline: its stroke colour and width."""
    table_note: str
    """Under a long table: how many of its rows it shows ('(25 von 170 Zeilen) …')."""

    @property
    def query(self) -> dict[str, str]:
        return {k: v[-1] for k, v in parse_qs(urlsplit(self.url).query).items()}

    @property
    def lang(self) -> str:
        """The language; an unknown value in the address (ignored by the app) means German."""
        return "en" if self.query.get("lang") == "en" else "de"

    @property
    def level(self) -> str:
        """The level; an unknown value in the address (ignored by the app) means spaces."""
        return "units" if self.query.get("lvl") == "units" else "spaces"

    @property
    def classes(self) -> list[Cls]:
        """Legend classes, lowest first (the legend lists them highest first)."""
        out = []
        for item in self.legend:
            m = CLASS_RE.match(item["text"])
            if m:
                lo, hi = number(m[1], self.lang), number(m[2], self.lang)
                out.append(Cls(lo, hi, int(m[3]), item["color"]))
        return out[::-1]

    def legend_count(self, *starts: str) -> int:
        """The number of areas of the legend entries whose text starts with one of ``starts``."""
        total = 0
        for item in self.legend:
            if item["text"].startswith(starts) and (m := COUNT_RE.search(item["text"])):
                total += int(m[1])
        return total

    @property
    def valued_rows(self) -> list[dict]:
        return [r for r in self.rows if r["value"] != MISSING]

    @property
    def names(self) -> list[str]:
        return [r["name"] for r in self.rows]

    @property
    def selected_names(self) -> list[str]:
        """Rows marked as selected (class ``table-warning``)."""
        return [r["name"] for r in self.rows if r["_selected"]]

    @property
    def sort_state(self) -> dict[str, str]:
        """``aria-sort`` per sortable column."""
        return {c["key"]: c["sort"] for c in self.columns if c["sort"]}

    def row(self, name: str) -> dict:
        matches = [r for r in self.rows if r["name"] == name]
        assert len(matches) == 1, f"no single table row {name!r}: {self.names}"
        return matches[0]

    def column(self, key: str) -> dict:
        matches = [c for c in self.columns if c["key"] == key]
        assert len(matches) == 1, f"no single table column {key!r}: {self.columns}"
        return matches[0]

    def bar(self, name: str) -> dict:
        matches = [b for b in self.bars if bar_name(b) == name]
        assert len(matches) == 1, f"no single ranking bar for {name!r}: {self.bars}"
        return matches[0]

    @property
    def bar_names(self) -> list[str]:
        return [bar_name(b) for b in self.bars]

    def units_of(self, name: str) -> list[str]:
        return SPACE_UNITS[SPACE_BY_NAME[name]] if self.level == "spaces" else [UNIT_BY_NAME[name]]


def bar_name(bar: dict) -> str:
    """The area's name in a bar label (without the 'since' note or the unit's space)."""
    m = BAR_RE.match(bar["label"])
    assert m, f"unexpected ranking label {bar['label']!r}"
    name = SINCE_RE.sub("", m[2])
    if name in SPACE_BY_NAME or name in UNIT_BY_NAME:
        return name
    return SPACE_OF_UNIT_RE.sub("", name)


def sorted_only(key: str, direction: str = "ascending") -> dict[str, str]:
    """:attr:`View.sort_state` when the table is sorted by ``key``: ``direction`` there,
    ``none`` on every other sortable column."""
    return {k: direction if k == key else "none" for k in SORT_KEYS}


@dataclass(frozen=True)
class Download:
    filename: str
    content: bytes


class HomePage(BasePage):
    """The main view in one page: open it, read it, change it and wait for the new view.

    Every method that changes the view returns the new :class:`View` once the address matches
    (``url``, a string or a pattern from :func:`~pages.common.url_has`) and the expected parts
    of the view have changed (see :meth:`change`).
    """

    def __init__(self, page: Page, base: str):
        super().__init__(page, base)
        page.add_init_script(INIT_SCRIPT)

    # -- open and read -----------------------------------------------------------------------

    def goto(self, path: str = "/") -> View:
        """Load ``path`` (``/`` plus an optional query, or a full address) and wait until the
        view is drawn."""
        self.open(path)
        return self.wait_settled()

    def wait_settled(self) -> View:
        """Wait until map, ranking, table and legend are drawn and have not changed for
        150 ms; the view as it is then."""
        try:
            self.page.wait_for_function(
                "() => window.__home.ready() && window.__home.quiet(150)", polling=50
            )
        except PlaywrightTimeoutError:
            why = self.page.evaluate("window.__home.diagnose()")
            raise AssertionError(f"the view at {self.page.url} was not drawn: {why}") from None
        return self.read_view()

    def read_view(self) -> View:
        raw = self.page.evaluate("window.__home.snapshot()")
        units = {u.pop("code"): u for u in raw.pop("units")}
        assert list(units) == UNIT_CODES, f"{len(units)} unit paths on the map"
        fills = {c: PALE if u["opacity"] == 0 else u["fill"] for c, u in units.items()}
        return View(
            fills=fills,
            units=units,
            map_background=raw.pop("mapBackground"),
            table_note=raw.pop("tableNote"),
            **raw,
        )

    def change(
        self,
        action: Callable[[], object],
        url: str | re.Pattern,
        parts: tuple[str, ...] = PARTS,
    ) -> View:
        """Run ``action``; wait for the URL to match and for ``parts`` of the view (map fills,
        legend, ranking, table) to change."""
        before = self.page.evaluate("window.__home.sig()")
        action()
        self.wait_for_url(url)
        try:
            self.page.wait_for_function(
                """([before, parts]) => {
                    const now = window.__home.sig();
                    return parts.every((p) => now[p] !== before[p]);
                }""",
                arg=[before, list(parts)],
                timeout=8_000,
                polling=50,
            )
        except PlaywrightTimeoutError:
            now = self.page.evaluate("window.__home.sig()")
            same = [p for p in parts if now[p] == before[p]]
            raise AssertionError(f"at {self.page.url} these did not change: {same}") from None
        return self.wait_settled()

    # -- controls ----------------------------------------------------------------------------

    @property
    def indicator(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_INDICATOR}")

    @property
    def indicator_label(self) -> Locator:
        return self.page.locator(f"label[for={ids.HOME_INDICATOR}]")

    def edition(self, value: str) -> Locator:
        """The radio button of an edition (``atlas2024``, ``atlas2019``, ``change``)."""
        return self.page.locator(f'#{ids.HOME_EDITION} input[value="{value}"]')

    def level(self, value: str) -> Locator:
        """The radio button of a level (``spaces``, ``units``)."""
        return self.page.locator(f'#{ids.HOME_LEVEL} input[value="{value}"]')

    @property
    def method(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_METHOD}")

    @property
    def class_count(self) -> Locator:
        """The select for the number of classes (``k``)."""
        return self.page.locator(f"#{ids.HOME_K}")

    @property
    def breaks(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_BREAKS}")

    def district(self, name: str) -> Locator:
        return self.page.locator(f'#{ids.HOME_DISTRICTS} input[value="{name}"]')

    @property
    def controls_box(self) -> Locator:
        """The folding box of all settings (folded on phones)."""
        return self.page.locator(f"#{ids.HOME_CONTROLS_BOX}")

    def open_details(self, summary: str) -> None:
        """Open the <details> "Filter" or "Klassen" of the controls by clicking its summary."""
        details = self.page.locator(f"#{ids.HOME_CONTROLS} details").filter(
            has=self.page.locator("summary", has_text=summary)
        )
        if details.get_attribute("open") is None:
            details.locator("summary").click()
        expect(details).to_have_attribute("open", "")

    def select_indicator(self, indicator: str, *, url: str | re.Pattern | None = None) -> View:
        return self.change(
            lambda: self.indicator.select_option(value=indicator), url or url_has(ind=indicator)
        )

    def set_edition(self, edition: str, *, url: str | re.Pattern | None = None) -> View:
        return self.change(lambda: self.edition(edition).check(), url or url_has(ed=edition))

    def set_level(self, level: str, *, url: str | re.Pattern | None = None) -> View:
        return self.change(lambda: self.level(level).check(), url or url_has(lvl=level))

    def set_method(
        self,
        method: str,
        *,
        url: str | re.Pattern | None = None,
        parts: tuple[str, ...] = PARTS,
    ) -> View:
        """Choose the classification method (in the open "Klassen" box)."""
        return self.change(
            lambda: self.method.select_option(value=method), url or url_has(cls=method), parts
        )

    def set_classes(
        self, k: int, *, url: str | re.Pattern | None = None, parts: tuple[str, ...] = PARTS
    ) -> View:
        """Choose the number of classes (in the open "Klassen" box)."""
        return self.change(
            lambda: self.class_count.select_option(value=str(k)), url or url_has(k=str(k)), parts
        )

    def type_breaks(self, text: str, *, url: str | re.Pattern) -> View:
        """Type own class breaks (in the open "Klassen" box) and press Enter."""
        return self.change(lambda: (self.breaks.fill(text), self.breaks.press("Enter")), url)

    def uncheck_district(self, name: str, *, url: str | re.Pattern) -> View:
        """Hide a Stadtbezirk (in the open "Filter" box)."""
        return self.change(lambda: self.district(name).uncheck(), url)

    # -- map ---------------------------------------------------------------------------------

    @property
    def map(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_MAP}")

    def unit_point(self, code: str) -> dict:
        """A point (viewport x, y) where the unit's own path is on top."""
        point = self.page.evaluate("(code) => window.__home.unitPoint(code)", code)
        assert point, f"unit {code} has no point on the map where it is on top"
        return point

    def hover_unit(self, code: str) -> Locator:
        """Hover the unit on the map; its tooltip, once it is shown.

        The tooltip is the one the unit's path names in ``aria-describedby`` (Leaflet's link),
        not "the" tooltip on the page: the previous one fades out for a moment, and the space
        labels are tooltips too."""
        point = self.unit_point(code)
        self.page.mouse.move(point["x"], point["y"])
        tooltip_id = self.page.wait_for_function(
            "(code) => window.__home.tooltipOf(code)", arg=code, polling=50
        ).json_value()
        tooltip = self.page.locator(f"#{tooltip_id}")
        expect(tooltip).to_be_visible()
        return tooltip

    def click_unit(self, code: str) -> None:
        point = self.unit_point(code)
        self.page.mouse.click(point["x"], point["y"])

    # -- ranking -----------------------------------------------------------------------------

    @property
    def ranking_labels(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_RANKING} .rank-label")

    @property
    def ranking_note(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_RANKING_NOTE}")

    @property
    def ranking(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_RANKING}")

    def click_bar(self, name: str) -> None:
        bar = self.read_view().bar(name)
        self.page.mouse.click(bar["x"], bar["y"])

    def wait_for_bar_outline(self, name: str) -> None:
        """Wait until the ranking bar of ``name`` has the thick outline of the selection."""
        self.page.wait_for_function(
            "(name) => window.__home.bars().some((b) => b.width >= 3 && b.label.includes(name))",
            arg=f". {name}",
        )

    def wait_for_plain_bars(self) -> None:
        """Wait until no ranking bar has the thick outline of the selection."""
        self.page.wait_for_function("() => window.__home.bars().every((b) => b.width < 2)")

    # -- table -------------------------------------------------------------------------------

    @property
    def table(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_TABLE}")

    @property
    def table_scroller(self) -> Locator:
        """The region the table scrolls in on narrow screens."""
        return self.table.locator(".table-responsive")

    @property
    def selected_table_rows(self) -> Locator:
        return self.table.locator("tr.table-warning")

    def sorted_header(self, direction: str = "ascending") -> Locator:
        """The header cell the table is sorted by (``aria-sort`` = ``direction``)."""
        return self.table.locator(f'th[aria-sort="{direction}"]')

    def name_button(self, area_id: str) -> Locator:
        """The table's button that selects ``area_id`` (its name in the row header)."""
        return self.table.locator(f'th[scope="row"] button[data-select="{area_id}"]')

    def click_table_name(self, area_id: str) -> None:
        self.name_button(area_id).click()

    def sort_button(self, key: str) -> Locator:
        return self.table.locator(f'th[aria-sort] button[data-sort="{key}"]')

    def sort_by(self, key: str, *, url: str | re.Pattern) -> View:
        """Click a column's sort button; only the table changes."""
        return self.change(lambda: self.sort_button(key).click(), url, parts=("table",))

    @property
    def csv_button(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_CSV}")

    def download_csv(self) -> Download:
        with self.page.expect_download() as info:
            self.csv_button.click()
        download = info.value
        return Download(download.suggested_filename, Path(download.path()).read_bytes())

    # -- heading, legend, panel, notice, source, language -------------------------------------

    @property
    def indicator_heading(self) -> Locator:
        """The view's heading: the indicator (and edition) shown."""
        return self.page.locator(f"#{ids.HOME_HEADING}")

    @property
    def legend(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_LEGEND}")

    @property
    def panel(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_PANEL}")

    @property
    def panel_heading(self) -> Locator:
        return self.panel.locator("h2")

    @property
    def notice(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_NOTICE}")

    @property
    def source(self) -> Locator:
        return self.page.locator(f"#{ids.HOME_SOURCE}")

    def switch_language(self, link: str, *, url: str | re.Pattern) -> View:
        """Follow the language link (``English`` / ``Deutsch``); the view in the new language."""
        self.link(link).click()
        self.wait_for_url(url)
        return self.wait_settled()

    # -- history -----------------------------------------------------------------------------

    def go_back(self, url: str | re.Pattern) -> View:
        return self.change(self.page.go_back, url)

    def go_forward(self, url: str | re.Pattern) -> View:
        return self.change(self.page.go_forward, url)
