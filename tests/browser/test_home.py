"""``/``: the linked main view (map, legend, ranking, table, panel) with the URL as its state.

Every view is read back from the DOM as a :class:`View` (unit fills of the map, legend classes,
ranking bars with their colours, table rows) and checked for agreement: the same area has the
same class colour on the map, in the legend, in the chart and in the table.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import format_violations, run_axe, shot
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

DATA = Path(__file__).resolve().parents[2] / "data"
N_UNITS = 170
N_SPACES = 15
MAX_BARS = 25  # the ranking shows at most this many bars
PAGE_SIZE = 20  # table rows per page
HIGHLIGHT = "#fff3cd"  # background of the selected table row
NO_DATA = "#d9d9d9"

_UNITS = json.loads((DATA / "units.geojson").read_text("utf-8"))["features"]
UNIT_CODES = [f["properties"]["code"] for f in _UNITS]  # == order of the map's unit paths
UNIT_NAMES = {f["properties"]["code"]: f["properties"]["name"] for f in _UNITS}
UNIT_BY_NAME = {name: code for code, name in UNIT_NAMES.items()}
DISTRICTS = sorted({f["properties"]["stadtbezirk"] for f in _UNITS})
with (DATA / "spaces.csv").open(encoding="utf-8") as fh:
    SPACES = {r["space_id"]: r for r in csv.DictReader(fh) if r["status"] == "current"}
SPACE_BY_NAME = {r["name"]: sid for sid, r in SPACES.items()}
with (DATA / "space_units.csv").open(encoding="utf-8") as fh:
    SPACE_UNITS: dict[str, list[str]] = {}
    for r in csv.DictReader(fh):
        if r["space_id"] in SPACES:
            SPACE_UNITS.setdefault(r["space_id"], []).append(r["unit_code"])
with (DATA / "catalogue.csv").open(encoding="utf-8") as fh:
    LABELS = {r["indicator_id"]: (r["label_de"], r["label_en"]) for r in csv.DictReader(fh)}

# Read the view back from the DOM. Installed as an init script, so it exists on every load.
HELPERS_JS = """
window.__home = (() => {
  const hex = (c) => {
    if (!c) return null;
    if (c[0] === '#') {
      return (c.length === 4 ? '#' + [...c.slice(1)].map((x) => x + x).join('') : c)
        .toLowerCase();
    }
    const m = c.match(/[\\d.]+/g);
    if (!m || m.length < 3) return c;
    return '#' + m.slice(0, 3)
      .map((v) => Math.round(+v).toString(16).padStart(2, '0')).join('');
  };
  // the 170 unit paths (the space outlines are drawn with fill="none")
  const unitPaths = () => [...document.querySelectorAll('#home-map path.leaflet-interactive')]
    .filter((p) => p.getAttribute('fill') !== 'none');
  const outlines = () => [...document.querySelectorAll('#home-map path')]
    .filter((p) => p.getAttribute('fill') === 'none');
  const fills = () => unitPaths().map((p) => (p.getAttribute('fill') || '').toLowerCase());
  const legend = () => [...document.querySelectorAll('#home-legend li')].map((li) => {
    const s = li.querySelector('.legend-swatch');
    return {
      text: li.textContent.replace(/\\s+/g, ' ').trim(),
      color: s && !s.classList.contains('no-data') ? hex(getComputedStyle(s).backgroundColor)
        : null,
    };
  });
  const barFill = (p) => {
    const m = p.style.fill.match(/url\\("?#([^")]+)"?\\)/);
    if (!m) return hex(p.style.fill);
    const rect = document.getElementById(m[1]);  // hatched bars: a pattern on the colour
    return rect && rect.querySelector('rect') ? hex(rect.querySelector('rect').getAttribute('fill'))
      : null;
  };
  const bars = () => {
    const root = document.querySelector('#home-ranking');
    if (!root) return [];
    const ticks = [...root.querySelectorAll('.ytick text')].map((t) => {
      const r = t.getBoundingClientRect();
      return {text: t.textContent, y: r.top + r.height / 2};
    });
    return [...root.querySelectorAll('.bars .point path')].map((p) => {
      const r = p.getBoundingClientRect();
      const y = r.top + r.height / 2;
      const tick = ticks.reduce((a, b) => (Math.abs(a.y - y) <= Math.abs(b.y - y) ? a : b),
        {text: '', y: 1e9});
      return {label: tick.text, color: barFill(p), stroke: hex(p.style.stroke),
              width: parseFloat(p.style.strokeWidth), x: r.left + r.width / 2, y};
    }).sort((a, b) => a.y - b.y);
  };
  const rows = () => [...document.querySelectorAll('#home-table tbody tr')]
    .filter((tr) => tr.querySelector('td[data-dash-column]')).map((tr) => {
      const row = Object.fromEntries([...tr.querySelectorAll('td[data-dash-column]')]
        .map((td) => [td.dataset.dashColumn, td.textContent.trim()]));
      const rank = tr.querySelector('td[data-dash-column="rank"]');
      row._bg = rank ? hex(getComputedStyle(rank).backgroundColor) : null;
      return row;
    });
  const sig = () => ({
    fills: fills().join(','),
    legend: legend().map((l) => l.text + l.color).join('|'),
    ranking: bars().map((b) => b.label + b.color + b.width).join('|'),
  });
  const ready = (n) => {
    const f = fills();
    return f.length === n && f.every((x) => x) && bars().length > 0
      && bars().every((b) => b.color && b.label) && rows().length > 0 && legend().length > 0;
  };
  const snapshot = () => ({
    url: location.href,
    fills: fills(),
    pale: ((window.dashboardMap || {}).latest || {}).paleColor || null,
    legend: legend(),
    bars: bars(),
    rows: rows(),
    heading: (document.querySelector('#home-heading') || {}).textContent || '',
    note: (document.querySelector('#home-ranking-note') || {}).textContent || '',
    pages: (document.querySelector('#home-table .page-number .last-page') || {}).textContent
      || null,
    outlines: outlines().map((p) => ({stroke: p.getAttribute('stroke'),
                                       width: p.getAttribute('stroke-width')})),
  });
  // a point where the unit's own path is on top (not a label, outline or another unit)
  const unitPoint = (i) => {
    const p = unitPaths()[i];
    const r = p.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.05) {
      for (const sy of [1, -1]) {
        for (let fx = 0.5; fx < 0.95; fx += 0.05) {
          for (const sx of [1, -1]) {
            const x = r.left + r.width * (sx > 0 ? fx : 1 - fx);
            const y = r.top + r.height * (sy > 0 ? fy : 1 - fy);
            if (document.elementFromPoint(x, y) === p) return {x, y};
          }
        }
      }
    }
    return null;
  };
  return {fills, legend, bars, rows, sig, ready, snapshot, unitPoint};
})();
"""

CLASS_RE = re.compile(r"^(-?[\d.,]+) – (-?[\d.,]+) \((\d+) (?:Gebiete?|areas?)\)$")
BAR_RE = re.compile(r"^(\d+)\. (.+?)(\*?)  (.+)$")


def number(text: str, lang: str) -> float:
    text = text.replace(",", "") if lang == "en" else text.replace(".", "").replace(",", ".")
    return float(text)


@dataclass(frozen=True)
class Cls:
    lo: float
    hi: float
    n: int
    color: str


@dataclass
class View:
    url: str
    fills: dict[str, str]
    pale: str | None
    legend: list[dict]
    bars: list[dict]
    rows: list[dict]
    heading: str
    note: str
    pages: str | None
    outlines: list[dict]

    @property
    def query(self) -> dict[str, str]:
        return {k: v[-1] for k, v in parse_qs(urlsplit(self.url).query).items()}

    @property
    def lang(self) -> str:
        return self.query.get("lang", "de")

    @property
    def level(self) -> str:
        return self.query.get("lvl", "spaces")

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

    @property
    def valued_rows(self) -> list[dict]:
        return [r for r in self.rows if r.get("value")]

    @property
    def names(self) -> list[str]:
        return [r["name"] for r in self.rows]

    @property
    def selected_names(self) -> list[str]:
        return [r["name"] for r in self.rows if r["_bg"] == HIGHLIGHT]

    def bar(self, name: str) -> dict:
        matches = [b for b in self.bars if bar_name(b) == name]
        assert len(matches) == 1, f"no single ranking bar for {name!r}: {self.bars}"
        return matches[0]

    def units_of(self, name: str) -> list[str]:
        return SPACE_UNITS[SPACE_BY_NAME[name]] if self.level == "spaces" else [UNIT_BY_NAME[name]]


def bar_name(bar: dict) -> str:
    m = BAR_RE.match(bar["label"])
    assert m, f"unexpected ranking label {bar['label']!r}"
    return m[2]


class Home:
    """The main view in one page: open it, read it, change it and wait for the new view."""

    def __init__(self, page: Page, base: str):
        self.page = page
        self.base = base
        page.add_init_script(HELPERS_JS)

    def open(self, path: str = "/") -> View:
        """Load ``path`` (``/`` plus an optional query) and wait until the view is drawn."""
        self.page.goto(self.base + path)
        return self.wait_ready()

    def wait_ready(self) -> View:
        self.page.wait_for_function("(n) => window.__home.ready(n)", arg=N_UNITS)
        return self.view()

    def view(self) -> View:
        raw = self.page.evaluate("window.__home.snapshot()")
        fills = raw.pop("fills")
        assert len(fills) == N_UNITS, f"{len(fills)} unit paths on the map"
        return View(fills=dict(zip(UNIT_CODES, fills, strict=True)), **raw)

    def change(
        self,
        action: Callable[[], object],
        url: str | re.Pattern,
        parts: tuple[str, ...] = ("fills", "legend", "ranking"),
    ) -> View:
        """Run ``action``; wait for the URL to match and for map, legend and ranking to change."""
        before = self.page.evaluate("window.__home.sig()")
        action()
        expect(self.page).to_have_url(url)
        try:
            self.page.wait_for_function(
                """([before, parts]) => {
                    const now = window.__home.sig();
                    return parts.every((p) => now[p] !== before[p]);
                }""",
                arg=[before, list(parts)],
                timeout=8_000,
            )
        except PlaywrightTimeoutError:
            now = self.page.evaluate("window.__home.sig()")
            same = [p for p in parts if now[p] == before[p]]
            raise AssertionError(f"at {self.page.url} these did not change: {same}") from None
        return self.wait_ready()

    def open_details(self, summary: str) -> None:
        """Open the <details> "Filter" or "Klassen" of the controls by clicking its summary."""
        details = self.page.locator("#home-controls details").filter(
            has=self.page.locator("summary", has_text=summary)
        )
        if details.get_attribute("open") is None:
            details.locator("summary").click()
        expect(details).to_have_attribute("open", "")

    def unit_point(self, code: str) -> dict:
        point = self.page.evaluate("(i) => window.__home.unitPoint(i)", UNIT_CODES.index(code))
        assert point, f"unit {code} has no point on the map where it is on top"
        return point

    def hover_unit(self, code: str):
        point = self.unit_point(code)
        self.page.mouse.move(point["x"], point["y"])
        tooltip = self.page.locator(".leaflet-tooltip:not(.space-label)")
        expect(tooltip).to_be_visible()
        expect(tooltip.locator("strong")).to_contain_text(f"({code})")
        return tooltip

    def click_unit(self, code: str) -> None:
        self.hover_unit(code)  # proves that the point belongs to this unit
        point = self.unit_point(code)
        self.page.mouse.click(point["x"], point["y"])

    def click_bar(self, name: str) -> None:
        bar = self.view().bar(name)
        self.page.mouse.click(bar["x"], bar["y"])


@pytest.fixture
def home(page: Page, live_url: str) -> Home:
    return Home(page, live_url)


def url_has(**params: str) -> re.Pattern:
    """A URL pattern requiring each ``key=value`` in the query (any order)."""
    ahead = "".join(f"(?=.*[?&]{re.escape(k)}={re.escape(v)}(&|$))" for k, v in params.items())
    return re.compile(f"^{ahead}")


def dark(color: str) -> bool:
    """Black or nearly so (e.g. #000, #222)."""
    return max(int(color[i : i + 2], 16) for i in (1, 3, 5)) <= 0x33


def assert_linked(view: View, n_shown: int) -> None:
    """Map, legend, ranking and table show the same areas, values, classes and colours.

    ``n_shown`` is the number of areas that pass the filters (with or without a value).
    """
    rows, classes, where = view.rows, view.classes, f"at {view.url}"
    units_level = view.level == "units"
    # table: every shown area, PAGE_SIZE rows per page
    assert len(rows) == min(PAGE_SIZE, n_shown), (
        f"{where}: {len(rows)} table rows on the first page, expected {min(PAGE_SIZE, n_shown)}"
    )
    if n_shown > PAGE_SIZE:
        pages = str(math.ceil(n_shown / PAGE_SIZE))
        assert view.pages == pages, f"{where}: table has {view.pages} pages, expected {pages}"
    # the areas with a value: all on the table's page, or the total in the ranking note
    total = re.search(r"\b(?:von|of) (\d+)\b", view.note)
    n_valued = int(total[1]) if total else len(view.valued_rows)
    if n_shown <= PAGE_SIZE:
        assert n_valued == len(view.valued_rows), (where, view.note)
    assert classes, f"{where}: no classes in the legend: {view.legend}"
    assert sum(c.n for c in classes) == n_valued, (
        f"{where}: legend counts {[c.n for c in classes]} do not add up to the "
        f"{n_valued} shown areas with a value"
    )
    assert len(view.bars) == min(MAX_BARS, n_valued), (
        f"{where}: {len(view.bars)} ranking bars for {n_valued} areas with a value"
    )
    # the ranking lists the table's first rows, in the same order
    common = min(len(view.bars), len(view.valued_rows))
    assert [bar_name(b) for b in view.bars[:common]] == view.names[:common], where
    colors = [c.color for c in classes]
    # map: each legend class has as many areas in its colour as the legend counts
    if units_level:
        on_map = [sum(f == c.color for f in view.fills.values()) for c in classes]
    else:
        on_map = [
            sum(all(view.fills[u] == c.color for u in view.units_of(r["name"])) for r in rows)
            for c in classes
        ]
    assert on_map == [c.n for c in classes], (
        f"{where}: areas per class on the map {on_map}, in the legend {[c.n for c in classes]} "
        f"(class colours {colors})"
    )
    assert view.pale not in colors, (
        f"{where}: filtered-out / outside areas are drawn in {view.pale}, which is also the "
        f"colour of a legend class ({colors}); on the map the two cannot be told apart"
    )
    # each row: value inside its legend class; its units wear the class colour
    for row in view.valued_rows:
        name = row["name"]
        assert row["cls"], f"{where}: {name} has a value but no class"
        cls = classes[int(row["cls"]) - 1]
        value = number(row["value"], view.lang)
        assert cls.lo - 0.05 <= value <= cls.hi + 0.05, (
            f"{where}: {name} = {value} is in class {row['cls']}/{len(classes)}, whose legend "
            f"range is {cls.lo} – {cls.hi}"
        )
        for code in view.units_of(name):
            assert view.fills[code] == cls.color, (
                f"{where}: unit {code} of {name} is {view.fills[code]} on the map, but "
                f"{name}'s class {row['cls']} is {cls.color} in the legend"
            )
    # each bar wears the map colour of its area
    for bar in view.bars:
        name = bar_name(bar)
        fill = view.fills[view.units_of(name)[0]]
        assert bar["color"] == fill, (
            f"{where}: the ranking bar of {name} is {bar['color']}, on the map it is {fill}"
        )
    # what is not shown is pale
    if units_level:
        n_pale = sum(f == view.pale for f in view.fills.values())
        assert n_pale == N_UNITS - n_shown, f"{where}: {n_pale} pale units"
    else:
        shown_units = {code for r in rows for code in view.units_of(r["name"])}
        for code, fill in view.fills.items():
            if code not in shown_units:
                assert fill == view.pale, f"{where}: unit {code} is not shown but {fill}"


# 1 ---------------------------------------------------------------------------------------


def test_default_view_map_legend_ranking_and_table_agree(home: Home):
    view = home.open("/")
    assert view.level == "spaces"
    expect(home.page).to_have_title(re.compile(r"^Karte\b.*Aktionsplan Soziale Stadt Dortmund"))
    expect(home.page.locator("#home-heading")).to_have_text(LABELS["children_u15_sgb2"][0])
    expect(home.page.locator('#home-level input[value="spaces"]')).to_be_checked()
    assert_linked(view, N_SPACES)
    assert sum(c.n for c in view.classes) == N_SPACES
    assert len(view.bars) == N_SPACES
    expect(home.page.locator("#home-ranking .ytick text")).to_have_count(N_SPACES)
    assert sorted(view.names) == sorted(r["name"] for r in SPACES.values())
    # every unit of a space wears its space's colour; all other units are pale
    member_units = {code for codes in SPACE_UNITS.values() for code in codes}
    assert all(view.fills[c] != view.pale for c in member_units)
    assert all(view.fills[c] == view.pale for c in set(UNIT_CODES) - member_units)
    # spot check on three spaces, spelled out (assert_linked checks all of them)
    for name in ("Nordmarkt", "Dorstfeld", "Wambeler Heide"):
        row = next(r for r in view.rows if r["name"] == name)
        cls = view.classes[int(row["cls"]) - 1]
        unit_fills = {view.fills[c] for c in SPACE_UNITS[SPACE_BY_NAME[name]]}
        assert unit_fills == {cls.color} == {view.bar(name)["color"]}, (name, unit_fills, cls)
    assert view.rows[0]["name"] == bar_name(view.bars[0]) and view.rows[0]["rank"] == "1"
    shot(home.page, "home_default")


# 2 ---------------------------------------------------------------------------------------


def test_indicator_and_edition_change_the_linked_view(home: Home):
    page = home.page
    start = home.open("/")
    view = home.change(
        lambda: page.select_option("#home-indicator", value="unemployed"),
        url_has(ind="unemployed", ed="atlas2024"),
    )
    assert view.fills != start.fills
    expect(page.locator("#home-heading")).to_have_text(LABELS["unemployed"][0])
    assert_linked(view, N_SPACES)
    shot(page, "home_unemployed")

    before = view
    view = home.change(
        lambda: page.locator('#home-edition input[value="atlas2019"]').check(),
        url_has(ind="unemployed", ed="atlas2019"),
    )
    assert view.fills != before.fills
    expect(page.locator("#home-source")).to_contain_text("Statistikatlas Dortmund 2019")
    assert_linked(view, N_SPACES)
    shot(page, "home_unemployed_2019")

    before = view
    view = home.change(
        lambda: page.locator('#home-edition input[value="change"]').check(),
        url_has(ind="unemployed", ed="change"),
    )
    assert view.fills != before.fills
    expect(page.locator("#home-heading")).to_contain_text("Veränderung 2019 → 2024")
    shot(page, "home_unemployed_change")
    assert_linked(view, N_SPACES)


def test_level_and_classification_change_the_linked_view(home: Home):
    page = home.page
    start = home.open("/?ind=unemployed")
    view = home.change(
        lambda: page.locator('#home-level input[value="units"]').check(),
        url_has(ind="unemployed", lvl="units"),
    )
    assert view.fills != start.fills
    assert_linked(view, N_UNITS)
    assert len(view.classes) == 5
    expect(page.locator("#home-ranking-note")).to_contain_text(f"{MAX_BARS} Gebiete")
    shot(page, "home_units")

    home.open_details("Klassen")
    before = view
    view = home.change(
        lambda: page.select_option("#home-method", value="natural_breaks"),
        url_has(lvl="units", cls="natural_breaks"),
    )
    assert view.fills != before.fills
    assert_linked(view, N_UNITS)
    expect(page.locator("#home-legend")).to_contain_text("Natürliche Brüche")

    before = view
    view = home.change(
        lambda: page.select_option("#home-k", value="3"),
        url_has(lvl="units", cls="natural_breaks", k="3"),
    )
    assert view.fills != before.fills
    assert len(view.classes) == 3
    assert len(set(view.fills.values())) == 3
    assert_linked(view, N_UNITS)
    shot(page, "home_units_natural_breaks_k3")


def test_manual_breaks(home: Home):
    """Choose "Eigene Grenzen", then type the breaks (the order a user would take)."""
    page = home.page
    home.open("/?ind=unemployed&lvl=units")
    home.open_details("Klassen")
    page.select_option("#home-method", value="manual")
    expect(page.locator("#home-method")).to_have_value("manual")
    view = home.change(
        lambda: (page.fill("#home-breaks", "10; 15"), page.press("#home-breaks", "Enter")),
        url_has(lvl="units", cls="manual", brk="10,15"),
    )
    expect(page.locator("#home-method")).to_have_value("manual")
    expect(page.locator("#home-breaks")).to_have_value("10; 15")
    assert [(c.lo, c.hi) for c in view.classes][1:] == [(10, 15), (15, view.classes[-1].hi)]
    assert_linked(view, N_UNITS)
    shot(page, "home_units_manual_breaks")


def test_district_filter_removes_areas_everywhere(home: Home):
    page = home.page
    start = home.open("/?ind=unemployed")
    north = [sid for sid, r in SPACES.items() if r["stadtbezirk"] == "Innenstadt-Nord"]
    assert sorted(SPACES[s]["name"] for s in north) == ["Borsigplatz", "Hafen", "Nordmarkt"]
    home.open_details("Filter")
    view = home.change(
        lambda: page.locator('#home-districts input[value="Innenstadt-Nord"]').uncheck(),
        re.compile(r"[?&]sb=[^&]+"),
    )
    assert set(view.query["sb"].split(",")) == set(DISTRICTS) - {"Innenstadt-Nord"}
    assert view.fills != start.fills
    assert_linked(view, N_SPACES - 3)
    assert sum(c.n for c in view.classes) == 12
    for sid in north:
        name = SPACES[sid]["name"]
        assert name not in view.names
        assert name not in [bar_name(b) for b in view.bars]
        for code in SPACE_UNITS[sid]:
            assert view.fills[code] == view.pale != start.fills[code], (code, view.fills[code])
    assert view.pale in ("#ffffff", "#f7f7f7"), view.pale
    expect(page.locator("#home-legend")).to_contain_text("ausgefiltert (3 Gebiete)")
    shot(page, "home_filter_without_innenstadt_nord")


# 3 ---------------------------------------------------------------------------------------


def assert_selected(home: Home, name: str, sel: str) -> View:
    page = home.page
    expect(page).to_have_url(url_has(sel=sel))
    expect(page.locator("#home-panel h2")).to_contain_text(name)
    page.wait_for_function(
        "(name) => window.__home.bars().some((b) => b.width >= 3 && b.label.includes(name))",
        arg=f". {name}",
    )
    view = home.view()
    thick = [bar_name(b) for b in view.bars if b["width"] >= 2]
    assert thick == [name], f"thick bar outlines: {thick}"
    assert dark(view.bar(name)["stroke"]), f"outline of the selected bar: {view.bar(name)}"
    assert view.selected_names == [name], f"highlighted table rows: {view.selected_names}"
    return view


def test_selection_by_map_ranking_and_table(home: Home):
    page = home.page
    home.open("/")
    home.click_unit("052")  # Nordmarkt-Südost, a unit of Nordmarkt (AR02)
    view = assert_selected(home, "Nordmarkt", "AR02")
    # the selected space gets a black outline on the map
    assert {"stroke": "#000000", "width": "5"} in view.outlines, view.outlines
    shot(page, "home_selected_nordmarkt_map")

    home.click_bar("Hafen")
    assert_selected(home, "Hafen", "AR01")
    shot(page, "home_selected_hafen_bar")

    page.locator('#home-table td[data-dash-column="name"]').filter(
        has_text=re.compile(r"^Dorstfeld$")
    ).click()
    assert_selected(home, "Dorstfeld", "AR05")
    shot(page, "home_selected_dorstfeld_table")


def test_selection_of_a_unit_on_the_map(home: Home):
    page = home.page
    home.open("/?lvl=units")
    home.click_unit("052")
    name = UNIT_NAMES["052"]
    assert_selected(home, name, "052")
    index = UNIT_CODES.index("052")
    stroke = page.evaluate(
        """(i) => [...document.querySelectorAll('#home-map path.leaflet-interactive')]
            .filter((p) => p.getAttribute('fill') !== 'none')[i].getAttribute('stroke')""",
        index,
    )
    assert stroke == "#000000"
    shot(page, "home_selected_unit_052")


# 4 ---------------------------------------------------------------------------------------


def test_copied_url_shows_the_same_view(home: Home, new_page, live_url: str):
    page = home.page
    home.open("/")
    home.change(
        lambda: page.select_option("#home-indicator", value="unemployed"),
        url_has(ind="unemployed"),
    )
    home.open_details("Klassen")
    home.change(lambda: page.select_option("#home-k", value="4"), url_has(k="4"))
    page.locator('#home-table td[data-dash-column="name"]').filter(
        has_text=re.compile(r"^Marten$")
    ).click()
    first = assert_selected(home, "Marten", "AR10")

    other = Home(new_page(), live_url)
    other.page.goto(page.url)
    second = other.wait_ready()
    assert second.url == first.url
    expect(other.page.locator("#home-heading")).to_have_text(first.heading)
    assert second.legend == first.legend
    assert second.rows == first.rows
    assert second.selected_names == ["Marten"]
    assert second.fills == first.fills
    assert [(b["label"], b["color"], b["width"]) for b in second.bars] == [
        (b["label"], b["color"], b["width"]) for b in first.bars
    ]
    expect(other.page.locator("#home-panel h2")).to_contain_text("Marten")
    expect(other.page.locator("#home-indicator")).to_have_value("unemployed")
    expect(other.page.locator("#home-k")).to_have_value("4")
    shot(other.page, "home_copied_url")


# 5 ---------------------------------------------------------------------------------------


def test_back_and_forward_restore_the_view(home: Home):
    page = home.page
    v0 = home.open("/")
    v1 = home.change(
        lambda: page.select_option("#home-indicator", value="unemployed"),
        url_has(ind="unemployed", ed="atlas2024"),
    )
    v2 = home.change(
        lambda: page.locator('#home-edition input[value="atlas2019"]').check(),
        url_has(ind="unemployed", ed="atlas2019"),
    )
    v3 = home.change(
        lambda: page.locator('#home-level input[value="units"]').check(),
        url_has(ind="unemployed", ed="atlas2019", lvl="units"),
    )

    def restored(expected: View, indicator: str, edition: str, level: str) -> None:
        view = home.wait_ready()
        assert view.url == expected.url
        expect(page.locator("#home-indicator")).to_have_value(indicator)
        expect(page.locator(f'#home-edition input[value="{edition}"]')).to_be_checked()
        expect(page.locator(f'#home-level input[value="{level}"]')).to_be_checked()
        assert view.fills == expected.fills
        assert view.legend == expected.legend
        assert view.rows == expected.rows

    home.change(page.go_back, v2.url)
    restored(v2, "unemployed", "atlas2019", "spaces")
    home.change(page.go_back, v1.url)
    restored(v1, "unemployed", "atlas2024", "spaces")
    home.change(page.go_back, v0.url)
    restored(v0, "children_u15_sgb2", "atlas2024", "spaces")
    shot(page, "home_back")
    home.change(page.go_forward, v1.url)
    restored(v1, "unemployed", "atlas2024", "spaces")
    home.change(page.go_forward, v2.url)
    home.change(page.go_forward, v3.url)
    restored(v3, "unemployed", "atlas2019", "units")


def test_back_from_the_first_view_leaves_the_page(home: Home, live_url: str):
    """Opening / rewrites the address to the full state; Back must still leave the map."""
    page = home.page
    page.goto(live_url + "/daten")
    expect(page.get_by_role("heading", level=1)).to_have_text("Daten & Quellen")
    home.open("/")
    expect(page).to_have_url(url_has(ind="children_u15_sgb2"))
    page.go_back()
    expect(page).to_have_url(live_url + "/daten")
    expect(page.get_by_role("heading", level=1)).to_have_text("Daten & Quellen")


# 6 ---------------------------------------------------------------------------------------


def test_english_switch_keeps_the_state(home: Home):
    page = home.page
    home.open("/?ind=unemployed&sel=AR02")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(url_has(ind="unemployed", sel="AR02", lang="en"))
    view = home.wait_ready()
    assert page.evaluate("document.documentElement.lang") == "en"
    expect(page.locator("#home-heading")).to_have_text(LABELS["unemployed"][1])
    expect(page.locator("#home-indicator")).to_have_value("unemployed")
    expect(page.locator("label[for=home-indicator]")).to_have_text("Indicator")
    expect(page.locator("#home-legend h2")).to_have_text("Legend")
    expect(page.locator("#home-csv")).to_have_text("Download table as CSV")
    expect(page.locator("#home-panel h2")).to_contain_text("Nordmarkt")
    expect(page.locator("#home-panel")).to_contain_text("City (Median)")
    expect(page.get_by_role("link", name="Deutsch")).to_be_visible()
    for bar in view.bars:
        assert re.fullmatch(r"\d+\. .+  \d+\.\d%", bar["label"]), bar["label"]
    assert all(re.fullmatch(r"\d+\.\d", r["value"]) for r in view.valued_rows)
    assert_linked(view, N_SPACES)
    assert view.selected_names == ["Nordmarkt"]
    shot(page, "home_en")

    page.get_by_role("link", name="Deutsch").click()
    expect(page).not_to_have_url(re.compile(r"lang=en"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("label[for=home-indicator]")).to_have_text("Indikator")
    expect(page.locator("#home-indicator")).to_have_value("unemployed")


# 7 ---------------------------------------------------------------------------------------


def test_malformed_url_shows_notice_and_default_view(home: Home):
    page = home.page
    view = home.open("/?ind=nope&k=99&lvl=x&sel=ZZ")
    notice = page.locator("#home-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("Unbekannter Wert in der Adresse ignoriert")
    text = notice.inner_text()
    for param in ("ind", "k", "lvl", "sel"):
        assert re.search(rf"\b{param}\b", text), (param, text)
    expect(page.locator("#home-heading")).to_have_text(LABELS["children_u15_sgb2"][0])
    expect(page.locator("#home-indicator")).to_have_value("children_u15_sgb2")
    expect(page.locator('#home-level input[value="spaces"]')).to_be_checked()
    expect(page.locator("#home-k")).to_have_value("5")
    assert "nope" not in page.url
    view = home.view()
    assert_linked(view, N_SPACES)
    assert view.selected_names == []
    shot(page, "home_malformed_url")


# 8 ---------------------------------------------------------------------------------------


def test_csv_download_is_the_table(home: Home):
    page = home.page
    view = home.open("/")
    button = page.locator("#home-csv")
    expect(button).to_have_text("Tabelle als CSV herunterladen")
    with page.expect_download() as info:
        button.click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    raw = Path(download.path()).read_bytes()
    assert raw.startswith("\ufeff".encode()), raw[:10]
    text = raw.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("Rang;Name;"), lines[0]
    assert len(lines) == 1 + N_SPACES, len(lines)
    for line in lines[1:]:
        assert "Statistikatlas" in line, line
    assert [line.split(";")[1] for line in lines[1:]] == view.names


# 9 ---------------------------------------------------------------------------------------


def test_hover_tooltip_names_the_unit_with_value_rank_class_and_source(home: Home):
    page = home.page
    view = home.open("/?lvl=units")
    tooltip = home.hover_unit("052")
    name = UNIT_NAMES["052"]
    expect(tooltip.locator("strong")).to_have_text(re.compile(rf"^{re.escape(name)} \(052\)"))
    row = next(r for r in view.rows if r["name"] == name)
    expect(tooltip).to_contain_text(f"{row['value']} %")
    expect(tooltip).to_contain_text(
        re.compile(rf"Rang {row['rank']} von {N_UNITS} · Klasse {row['cls']} von 5")
    )
    expect(tooltip.locator(".map-tooltip-source")).to_contain_text(
        re.compile(r"^Quelle: .*Statistikatlas Dortmund 2024.*Stand: 31\.12\.2023")
    )
    shot(page, "home_tooltip")


# 10 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["/", "/?lvl=units&ed=change&ind=unemployed"],
    ids=["spaces", "units-change"],
)
def test_axe_clean(home: Home, query: str):
    home.open(query)
    violations = run_axe(home.page)
    assert violations == [], format_violations(violations)


# 11 --------------------------------------------------------------------------------------


def test_responsive_layout(home: Home):
    page = home.page
    page.set_viewport_size({"width": 390, "height": 844})
    home.open("/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone: scrollWidth {width}"
    map_box = page.locator("#home-map").bounding_box()
    ranking_box = page.locator("#home-ranking").bounding_box()
    assert map_box["x"] >= 0 and map_box["x"] + map_box["width"] <= 390, map_box
    assert map_box["y"] + map_box["height"] <= ranking_box["y"], (map_box, ranking_box)
    shot(page, "home_phone")

    page.set_viewport_size({"width": 1366, "height": 768})
    home.open("/")
    map_box = page.locator("#home-map").bounding_box()
    ranking_box = page.locator("#home-ranking").bounding_box()
    assert map_box["y"] < 768 and ranking_box["y"] < 768, (map_box, ranking_box)
    assert map_box["x"] + map_box["width"] <= ranking_box["x"], (map_box, ranking_box)
    shot(page, "home_laptop")
