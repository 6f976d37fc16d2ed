"""``/``: the linked main view (map, legend, ranking, table, panel) with the URL as its state.

Every view is read back from the DOM as a :class:`View` (unit fills of the map, legend classes,
ranking bars with their colours, table rows) and checked for agreement: the same area has the
same class colour on the map, in the legend, in the chart and in the table.

How the view is drawn (and read here):

* map: one path per unit. A unit with a value wears its class colour; a unit without a value is
  ``#d9d9d9`` with a dashed outline; a unit that is filtered out (or, on the space level, lies
  outside the 15 spaces) is *pale*: fill ``#ffffff`` at fill-opacity 0, so the map's background
  shows. :attr:`View.fills` maps each unit code to its colour, or to :data:`PALE`.
* ranking: the first bar trace holds the coloured bars; spaces whose membership is not
  documented get a second, transparent trace with a hatch pattern over their bar.
* table: a plain HTML table in ``#home-table``; sortable headers are ``<button data-sort>``,
  each area's name is ``<th scope="row"><button data-select aria-pressed>``; the selected row
  has the class ``table-warning``. All shown areas are rows (no pagination).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import format_violations, run_axe, shot
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from dashboard.models.table import german_key  # the table's German order

DATA = Path(__file__).resolve().parents[2] / "data"
N_UNITS = 170
N_SPACES = 15
MAX_BARS = 25  # the ranking shows at most this many bars
HIGHLIGHT = "#fff3cd"  # background of the selected table row (bootstrap's table-warning)
NO_DATA = "#d9d9d9"
PALE_FILL = "#ffffff"  # fill of pale units, drawn at fill-opacity 0
PALE = "pale"  # View.fills value of a pale unit
TITLE = "Karte · Map – Aktionsplan Soziale Stadt Dortmund"
SORT_KEYS = ("rank", "name", "stadtbezirk", "type", "membership", "value", "cls")
TEXT_KEYS = ("name", "stadtbezirk", "type", "membership")

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
    _CATALOGUE = list(csv.DictReader(fh))
LABELS = {r["indicator_id"]: (r["label_de"], r["label_en"]) for r in _CATALOGUE}
PERCENT = {r["indicator_id"] for r in _CATALOGUE if r["unit"] == "percent"}

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
  const units = () => unitPaths().map((p) => ({
    fill: (p.getAttribute('fill') || '').toLowerCase(),
    opacity: p.hasAttribute('fill-opacity') ? parseFloat(p.getAttribute('fill-opacity')) : 1,
    dash: p.getAttribute('stroke-dasharray') || null,
    stroke: (p.getAttribute('stroke') || '').toLowerCase(),
  }));
  // what a unit looks like: pale (no fill, the map's background shows) or its fill colour
  const looks = () => units().map((u) => (u.opacity === 0 ? 'pale' : u.fill));
  const legend = () => [...document.querySelectorAll('#home-legend li')].map((li) => {
    const s = li.querySelector('.legend-swatch');
    return {
      text: li.textContent.replace(/\\s+/g, ' ').trim(),
      color: s && !s.classList.contains('no-data') ? hex(getComputedStyle(s).backgroundColor)
        : null,
      noData: !!(s && s.classList.contains('no-data')),
    };
  });
  const ticks = () => [...document.querySelectorAll('#home-ranking .ytick text')];
  const centre = (el) => {
    const r = el.getBoundingClientRect();
    return {x: r.left + r.width / 2, y: r.top + r.height / 2};
  };
  // the coloured bars are the first bar trace; a second (transparent, patterned) trace hatches
  // the spaces whose membership is not documented
  const bars = () => {
    const traces = [...document.querySelectorAll('#home-ranking .barlayer .trace')];
    if (!traces.length) return [];
    const labels = ticks().map((t) => ({text: t.textContent, y: centre(t).y}));
    const hatchY = traces.slice(1).flatMap((t) => [...t.querySelectorAll('.point path')])
      .filter((p) => (p.style.fill || '').startsWith('url')).map((p) => centre(p).y);
    return [...traces[0].querySelectorAll('.point path')].map((p) => {
      const {x, y} = centre(p);
      const tick = labels.reduce((a, b) => (Math.abs(a.y - y) <= Math.abs(b.y - y) ? a : b),
        {text: '', y: 1e9});
      const fill = p.style.fill || '';
      return {label: tick.text, color: fill.startsWith('url') ? fill : hex(fill),
              stroke: hex(p.style.stroke), width: parseFloat(p.style.strokeWidth),
              hatched: hatchY.some((h) => Math.abs(h - y) < 2), x, y};
    }).sort((a, b) => a.y - b.y);
  };
  const columns = () => [...document.querySelectorAll('#home-table thead th')].map((th) => {
    const b = th.querySelector('button[data-sort]');
    return {key: b ? b.dataset.sort : th.textContent.trim(),
            text: (b ? b.childNodes[0].textContent : th.textContent).trim(),
            sort: th.getAttribute('aria-sort')};
  });
  const rows = () => {
    const keys = columns().map((c) => c.key);
    return [...document.querySelectorAll('#home-table tbody tr')].map((tr) => {
      const cells = [...tr.children];
      const row = Object.fromEntries(cells.map((c, i) => [keys[i], c.textContent.trim()]));
      const b = tr.querySelector('th[scope="row"] button[data-select]');
      row._id = b ? b.dataset.select : null;
      row._pressed = b ? b.getAttribute('aria-pressed') : null;
      row._selected = tr.classList.contains('table-warning');
      row._bg = cells.length ? hex(getComputedStyle(cells[0]).backgroundColor) : null;
      return row;
    });
  };
  const tableSig = () => {
    const t = document.querySelector('#home-table table');
    return t ? t.textContent + [...t.querySelectorAll('tr.table-warning')].length : '';
  };
  const sig = () => ({
    fills: looks().join(','),
    legend: ((document.querySelector('#home-legend') || {}).textContent || '')
      + legend().map((l) => l.color).join('|'),
    ranking: bars().map((b) => b.label + b.color + b.width + b.hatched).join('|'),
    table: tableSig(),
  });
  const ready = (n) => {
    const u = units();
    const b = bars();
    return u.length === n && u.every((x) => x.fill) && b.length > 0
      && b.length === ticks().length && b.every((x) => x.color && x.label)
      && rows().length > 0 && legend().length > 0;
  };
  const snapshot = () => ({
    url: location.href,
    units: units(),
    mapBackground: hex(getComputedStyle(document.querySelector('#home-map')).backgroundColor),
    legend: legend(),
    bars: bars(),
    columns: columns(),
    rows: rows(),
    heading: (document.querySelector('#home-heading') || {}).textContent || '',
    note: (document.querySelector('#home-ranking-note') || {}).textContent || '',
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
  return {units, looks, legend, bars, rows, sig, ready, snapshot, unitPoint};
})();
"""

CLASS_RE = re.compile(r"^(-?[\d.,]+) – (-?[\d.,]+) \((\d+) (?:Gebiete?|areas?)\)$")
COUNT_RE = re.compile(r"\((\d+) (?:Gebiete?|areas?)\)$")
BAR_RE = re.compile(r"^(\d+)\. (.+?)(\*?)  (.+)$")
MISSING = "–"  # an empty table cell


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
    """Per unit code: its fill colour, or :data:`PALE` (fill-opacity 0)."""
    units: dict[str, dict]
    """Per unit code: the path's fill, fill-opacity, stroke-dasharray and stroke."""
    map_background: str
    legend: list[dict]
    bars: list[dict]
    columns: list[dict]
    rows: list[dict]
    heading: str
    note: str
    outlines: list[dict]

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

    def column(self, key: str) -> dict:
        matches = [c for c in self.columns if c["key"] == key]
        assert len(matches) == 1, f"no single table column {key!r}: {self.columns}"
        return matches[0]

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
        self.page.wait_for_function("(n) => window.__home.ready(n)", arg=N_UNITS, polling=50)
        return self.view()

    def view(self) -> View:
        raw = self.page.evaluate("window.__home.snapshot()")
        units = raw.pop("units")
        assert len(units) == N_UNITS, f"{len(units)} unit paths on the map"
        by_code = dict(zip(UNIT_CODES, units, strict=True))
        fills = {c: PALE if u["opacity"] == 0 else u["fill"] for c, u in by_code.items()}
        return View(fills=fills, units=by_code, map_background=raw.pop("mapBackground"), **raw)

    def change(
        self,
        action: Callable[[], object],
        url: str | re.Pattern,
        parts: tuple[str, ...] = ("fills", "legend", "ranking", "table"),
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
        return self.wait_ready()

    def wait_for_url(self, url: str | re.Pattern, timeout: float = 5_000) -> None:
        """Wait until the address is ``url`` (or matches the pattern, searched as ``expect``
        does); fails with the two addresses only (``expect`` would print the whole page)."""
        exact, pattern = (url, None) if isinstance(url, str) else (None, url.pattern)
        try:
            self.page.wait_for_function(
                """([exact, pattern]) => exact !== null ? location.href === exact
                    : new RegExp(pattern).test(location.href)""",
                arg=[exact, pattern],
                timeout=timeout,
                polling=50,
            )
        except PlaywrightTimeoutError:
            raise AssertionError(
                f"the address is {self.page.url}, expected {exact or pattern}"
            ) from None

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

    def name_button(self, area_id: str):
        """The table's button that selects ``area_id`` (its name in the row header)."""
        return self.page.locator(f'#home-table th[scope="row"] button[data-select="{area_id}"]')

    def sort_button(self, key: str):
        return self.page.locator(f'#home-table th[aria-sort] button[data-sort="{key}"]')


@pytest.fixture
def home(page: Page, live_url: str) -> Home:
    return Home(page, live_url)


def url_has(**params: str) -> re.Pattern:
    """A URL pattern requiring each ``key=value`` in the query (any order)."""
    ahead = "".join(f"(?=.*[?&]{re.escape(k)}={re.escape(v)}(&|$))" for k, v in params.items())
    return re.compile(f"^{ahead}")


def url_lacks(key: str) -> re.Pattern:
    """A URL pattern without the query parameter ``key``."""
    return re.compile(f"^(?!.*[?&]{re.escape(key)}=)")


def dark(color: str) -> bool:
    """Black or nearly so (e.g. #000, #222)."""
    return max(int(color[i : i + 2], 16) for i in (1, 3, 5)) <= 0x33


def value_header(indicator: str, lang: str, change: bool = False) -> str:
    label = LABELS[indicator][lang == "en"]
    if change:
        label += " – Veränderung" if lang == "de" else " – change"
    unit = "%" if indicator in PERCENT and not change else None
    return f"{label} ({unit})" if unit else label


def assert_linked(view: View, n_shown: int) -> None:
    """Map, legend, ranking and table show the same areas, values, classes and colours.

    ``n_shown`` is the number of areas that pass the filters (with or without a value).
    """
    rows, classes, where = view.rows, view.classes, f"at {view.url}"
    units_level = view.level == "units"
    # table: every shown area is a row (no pagination), each with its own select button
    assert len(rows) == n_shown, f"{where}: {len(rows)} table rows, expected {n_shown}"
    assert len({r["_id"] for r in rows}) == n_shown, f"{where}: select buttons {rows}"
    assert [c["key"] for c in view.columns if c["sort"] is not None] == list(SORT_KEYS), (
        f"{where}: sortable columns {view.columns}"
    )
    # the areas with a value: all in the table; the ranking note names their total
    n_valued = len(view.valued_rows)
    total = re.search(r"\b(?:von|of) (\d+)\b", view.note)
    if total:
        assert int(total[1]) == n_valued, (where, view.note, n_valued)
    else:
        assert n_valued <= MAX_BARS, (where, view.note, n_valued)
    assert classes, f"{where}: no classes in the legend: {view.legend}"
    assert sum(c.n for c in classes) == n_valued, (
        f"{where}: legend counts {[c.n for c in classes]} do not add up to the "
        f"{n_valued} shown areas with a value"
    )
    no_data = view.legend_count("keine Daten", "no data", "in der Quelle defekt", "broken in")
    assert no_data == n_shown - n_valued, (
        f"{where}: the legend counts {no_data} areas without data, the table has "
        f"{n_shown - n_valued}"
    )
    assert len(view.bars) == min(MAX_BARS, n_valued), (
        f"{where}: {len(view.bars)} ranking bars for {n_valued} areas with a value"
    )
    # the ranking lists the areas by rank, as the table does unless sorted otherwise
    by_rank = sorted(view.valued_rows, key=lambda r: int(r["rank"]))
    assert [bar_name(b) for b in view.bars] == [r["name"] for r in by_rank[: len(view.bars)]], (
        f"{where}: ranking {[b['label'] for b in view.bars]}"
    )
    assert [int(BAR_RE.match(b["label"])[1]) for b in view.bars] == [
        int(r["rank"]) for r in by_rank[: len(view.bars)]
    ], where
    if view.query.get("sort", "rank") == "rank":
        assert rows[:n_valued] == by_rank, f"{where}: the table is not in rank order"
    # hatching: exactly the spaces whose membership is not documented ('*' in the ranking)
    membership = {r["name"]: r["membership"] for r in rows}
    for bar in view.bars:
        name, starred = bar_name(bar), bool(BAR_RE.match(bar["label"])[3])
        undocumented = not units_level and membership[name] not in ("belegt", "documented")
        assert bar["hatched"] == starred == undocumented, (
            f"{where}: bar {bar['label']!r} hatched={bar['hatched']}, table membership "
            f"{membership[name]!r}"
        )
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
    # pale units: no fill (the map's background shows), and that background is the swatch of
    # "ausgefiltert" / "außerhalb der 15 Räume" in the legend and no class colour
    for code, unit in view.units.items():
        if view.fills[code] == PALE:
            assert unit["fill"] == PALE_FILL and unit["dash"] is None, (where, code, unit)
        elif unit["fill"] == NO_DATA:
            assert unit["dash"] and unit["opacity"] > 0, (where, code, unit)
        else:
            assert unit["dash"] is None and unit["opacity"] > 0.5, (where, code, unit)
    assert view.map_background not in colors, (
        f"{where}: pale units show the map background {view.map_background}, which is also "
        f"the colour of a legend class ({colors}); on the map the two cannot be told apart"
    )
    pale_swatches = [
        item["color"]
        for item in view.legend
        if item["text"].startswith(("ausgefiltert", "filtered out", "außerhalb", "outside"))
    ]
    assert all(c == view.map_background for c in pale_swatches), (
        f"{where}: legend swatches of pale areas {pale_swatches}, map background "
        f"{view.map_background}"
    )
    # each row: value inside its legend class; its units wear the class colour
    for row in view.valued_rows:
        name = row["name"]
        assert row["cls"] != MISSING, f"{where}: {name} has a value but no class"
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
    # rows without a value: their units are "no data" on the map
    for row in rows:
        if row["value"] == MISSING:
            for code in view.units_of(row["name"]):
                assert view.fills[code] == NO_DATA, (where, row["name"], code, view.fills[code])
    # each bar wears the map colour of its area
    for bar in view.bars:
        name = bar_name(bar)
        fill = view.fills[view.units_of(name)[0]]
        assert bar["color"] == fill, (
            f"{where}: the ranking bar of {name} is {bar['color']}, on the map it is {fill}"
        )
    # what is not shown is pale
    if units_level:
        n_pale = sum(f == PALE for f in view.fills.values())
        assert n_pale == N_UNITS - n_shown, f"{where}: {n_pale} pale units"
    else:
        shown_units = {code for r in rows for code in view.units_of(r["name"])}
        for code, fill in view.fills.items():
            if code not in shown_units:
                assert fill == PALE, f"{where}: unit {code} is not shown but {fill}"

    # the table shows the same (rounded) value as the ranking's label
    shown = {r["name"]: r["value"] for r in rows}
    for bar in view.bars:
        name, label_value = bar_name(bar), BAR_RE.match(bar["label"])[4]
        in_label = re.match(r"[+-]?[\d.,]+", label_value)
        assert in_label and in_label[0] == shown[name], (
            f"{where}: {name} is {shown[name]} in the table but {label_value} in the ranking"
        )


# 1 ---------------------------------------------------------------------------------------


def test_default_view_map_legend_ranking_and_table_agree(home: Home):
    view = home.open("/")
    page = home.page
    assert view.url == home.base + "/", "opening / must not rewrite the address"
    assert view.level == "spaces"
    expect(page).to_have_title(TITLE)
    expect(page.locator("#home-heading")).to_have_text(LABELS["children_u15_sgb2"][0])
    expect(page.locator('#home-level input[value="spaces"]')).to_be_checked()
    assert sum(c.n for c in view.classes) == N_SPACES
    assert len(view.bars) == N_SPACES
    expect(page.locator("#home-ranking .ytick text")).to_have_count(N_SPACES)
    assert sorted(view.names) == sorted(r["name"] for r in SPACES.values())
    assert sorted(r["_id"] for r in view.rows) == sorted(SPACES)
    # the table: its header names the indicator and its unit; sorted by rank; nothing selected
    assert view.column("value")["text"] == "Kinder unter 15 Jahren in SGB-II-Bezug (%)"
    assert view.column("value")["text"] == value_header("children_u15_sgb2", "de")
    assert [c["text"] for c in view.columns][:5] == [
        "Rang",
        "Name",
        "Stadtbezirk",
        "Typ",
        "Zuordnung",
    ]
    assert {c["key"]: c["sort"] for c in view.columns if c["sort"]} == {
        key: "ascending" if key == "rank" else "none" for key in SORT_KEYS
    }
    assert view.selected_names == []
    assert {r["_pressed"] for r in view.rows} == {"false"}
    # every unit of a space wears its space's colour; all other units are pale
    member_units = {code for codes in SPACE_UNITS.values() for code in codes}
    assert all(view.fills[c] != PALE for c in member_units)
    assert all(view.fills[c] == PALE for c in set(UNIT_CODES) - member_units)
    # spot check on three spaces, spelled out (assert_linked checks all of them)
    for name in ("Nordmarkt", "Dorstfeld", "Wambeler Heide"):
        row = next(r for r in view.rows if r["name"] == name)
        cls = view.classes[int(row["cls"]) - 1]
        unit_fills = {view.fills[c] for c in SPACE_UNITS[SPACE_BY_NAME[name]]}
        assert unit_fills == {cls.color} == {view.bar(name)["color"]}, (name, unit_fills, cls)
    assert view.rows[0]["name"] == bar_name(view.bars[0]) and view.rows[0]["rank"] == "1"
    # the hatching is drawn over the coloured bars, without plotly's colour warning
    assert any(b["hatched"] for b in view.bars)
    assert not [m for m in page.console if "Invalid color" in m], page.console
    shot(page, "home_default")
    assert_linked(view, N_SPACES)


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
    assert view.column("value")["text"] == value_header("unemployed", "de")
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
    assert view.column("value")["text"].startswith(f"{LABELS['unemployed'][0]} – Veränderung")
    assert_linked(view, N_SPACES)
    # diverging classes: the middle class is a light grey, a colour of its own (not pale)
    colors = [c.color for c in view.classes]
    assert len(colors) == 5 and colors[2] == "#f7f7f7", colors
    middle = [r for r in view.valued_rows if r["cls"] == "3"]
    assert len(middle) == view.classes[2].n
    for row in middle:
        for code in view.units_of(row["name"]):
            assert view.fills[code] == "#f7f7f7", (row["name"], code, view.units[code])
    shot(page, "home_unemployed_change")


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
    assert {f for f in view.fills.values() if f not in (PALE, NO_DATA)} == {
        c.color for c in view.classes
    }
    assert_linked(view, N_UNITS)
    shot(page, "home_units_natural_breaks_k3")


def test_manual_breaks(home: Home):
    """Choose "Eigene Grenzen", then type the breaks (the order a user would take)."""
    page = home.page
    start = home.open("/?ind=unemployed&lvl=units")
    expect(page.locator("#home-legend")).to_contain_text("Klassen: Quantile")
    home.open_details("Klassen")
    hint = "Noch keine eigenen Grenzen eingegeben: bis dahin Quantile."
    # "manual" stays chosen; until breaks are typed the classes are the quantiles
    view = home.change(
        lambda: page.select_option("#home-method", value="manual"),
        url_has(lvl="units", cls="manual"),
        parts=("legend",),
    )
    expect(page.locator("#home-method")).to_have_value("manual")
    expect(page.locator("#home-legend")).to_contain_text(f"Klassen: Eigene Grenzen. {hint}")
    assert view.classes == start.classes
    assert view.fills == start.fills
    assert_linked(view, N_UNITS)

    view = home.change(
        lambda: (page.fill("#home-breaks", "10; 15"), page.press("#home-breaks", "Enter")),
        url_has(lvl="units", cls="manual", brk="10,15"),
    )
    expect(page.locator("#home-method")).to_have_value("manual")
    expect(page.locator("#home-breaks")).to_have_value("10; 15")
    expect(page.locator("#home-legend")).not_to_contain_text(hint)
    assert len(view.classes) == 3
    assert [(c.lo, c.hi) for c in view.classes][1:] == [(10, 15), (15, view.classes[-1].hi)]
    assert view.classes[0].hi == 10
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
            assert view.fills[code] == PALE != start.fills[code], (code, view.units[code])
            assert view.units[code]["fill"] == PALE_FILL, view.units[code]
    expect(page.locator("#home-legend")).to_contain_text("ausgefiltert (3 Gebiete)")
    shot(page, "home_filter_without_innenstadt_nord")


# 3 ---------------------------------------------------------------------------------------


def assert_selected(home: Home, name: str, sel: str) -> View:
    page = home.page
    home.wait_for_url(url_has(sel=sel))
    expect(page.locator("#home-panel h2")).to_contain_text(name)
    expect(home.name_button(sel)).to_have_attribute("aria-pressed", "true")
    page.wait_for_function(
        "(name) => window.__home.bars().some((b) => b.width >= 3 && b.label.includes(name))",
        arg=f". {name}",
    )
    view = home.view()
    thick = [bar_name(b) for b in view.bars if b["width"] >= 2]
    assert thick == [name], f"thick bar outlines: {thick}"
    assert dark(view.bar(name)["stroke"]), f"outline of the selected bar: {view.bar(name)}"
    assert view.selected_names == [name], f"highlighted table rows: {view.selected_names}"
    row = next(r for r in view.rows if r["name"] == name)
    assert row["_id"] == sel and row["_pressed"] == "true" and row["_bg"] == HIGHLIGHT, row
    assert [r["name"] for r in view.rows if r["_pressed"] == "true"] == [name]
    return view


def assert_nothing_selected(home: Home) -> View:
    page = home.page
    home.wait_for_url(url_lacks("sel"))
    expect(page.locator("#home-panel h2")).to_have_count(0)
    expect(page.locator("#home-table tr.table-warning")).to_have_count(0)
    page.wait_for_function("() => window.__home.bars().every((b) => b.width < 2)")
    view = home.view()
    assert view.selected_names == []
    assert {r["_pressed"] for r in view.rows} == {"false"}
    assert {r["_bg"] for r in view.rows}.isdisjoint({HIGHLIGHT})
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

    button = home.name_button("AR05")
    expect(button).to_have_text("Dorstfeld")
    expect(button).to_have_attribute("aria-pressed", "false")
    button.click()
    assert_selected(home, "Dorstfeld", "AR05")
    shot(page, "home_selected_dorstfeld_table")

    # the name button of the selected area clears the selection
    home.name_button("AR05").click()
    view = assert_nothing_selected(home)
    assert {"stroke": "#000000", "width": "5"} not in view.outlines, view.outlines
    expect(page.locator("#home-panel")).to_contain_text("Klicken Sie auf ein Gebiet")


def test_selection_of_a_unit_on_the_map(home: Home):
    page = home.page
    home.open("/?lvl=units")
    home.click_unit("052")
    name = UNIT_NAMES["052"]
    view = assert_selected(home, name, "052")
    assert view.units["052"]["stroke"] == "#000000", view.units["052"]
    assert [c for c, u in view.units.items() if u["stroke"] == "#000000"] == ["052"]
    shot(page, "home_selected_unit_052")


# 4 ---------------------------------------------------------------------------------------


def test_table_sort_by_header_buttons(home: Home):
    page = home.page
    start = home.open("/?ind=unemployed")
    rank_order = start.names

    def sort_by(key: str, url: re.Pattern) -> View:
        view = home.change(lambda: home.sort_button(key).click(), url, parts=("table",))
        # sorting reorders the table only: map, legend and ranking stay as they are
        assert view.fills == start.fills
        assert view.legend == start.legend
        assert [(b["label"], b["color"], b["width"]) for b in view.bars] == [
            (b["label"], b["color"], b["width"]) for b in start.bars
        ]
        assert sorted(view.names) == sorted(rank_order)
        assert_linked(view, N_SPACES)
        return view

    def aria(view: View) -> dict[str, str]:
        return {c["key"]: c["sort"] for c in view.columns if c["sort"]}

    view = sort_by("value", url_has(ind="unemployed", sort="value"))
    assert aria(view) == {k: "ascending" if k == "value" else "none" for k in SORT_KEYS}
    values = [number(r["value"], "de") for r in view.valued_rows]
    assert values == sorted(values), values
    assert view.names != rank_order
    expect(page.locator('#home-table th[aria-sort="ascending"]')).to_contain_text(
        LABELS["unemployed"][0]
    )

    view = sort_by("value", url_has(ind="unemployed", sort="-value"))
    assert aria(view) == {k: "descending" if k == "value" else "none" for k in SORT_KEYS}
    values = [number(r["value"], "de") for r in view.valued_rows]
    assert values == sorted(values, reverse=True), values

    view = sort_by("name", url_has(ind="unemployed", sort="name"))
    assert aria(view) == {k: "ascending" if k == "name" else "none" for k in SORT_KEYS}
    assert view.names == sorted(rank_order, key=german_key)
    shot(page, "home_table_sorted_by_name")

    view = sort_by("stadtbezirk", url_has(ind="unemployed", sort="stadtbezirk"))
    assert aria(view)["stadtbezirk"] == "ascending"
    districts = [r["stadtbezirk"] for r in view.rows]
    assert districts == sorted(districts, key=german_key)

    # "Rang" brings back the default order (and drops sort= from the address)
    view = sort_by("rank", url_lacks("sort"))
    home.wait_for_url(url_has(ind="unemployed"))
    assert aria(view) == {k: "ascending" if k == "rank" else "none" for k in SORT_KEYS}
    assert view.names == rank_order
    assert view.rows == start.rows


def test_table_rank_header_reverses_the_default_order(home: Home):
    """The default table is sorted by rank (aria-sort="ascending" on "Rang"): its button must
    reverse that order, as every other active header button does."""
    page = home.page
    start = home.open("/")
    expect(page.locator('#home-table th[aria-sort="ascending"]')).to_contain_text("Rang")
    view = home.change(
        lambda: home.sort_button("rank").click(), url_has(sort="-rank"), parts=("table",)
    )
    assert view.column("rank")["sort"] == "descending"
    assert view.names == start.names[::-1]


def test_table_order_survives_a_control_change(home: Home):
    """The table's order is part of the address; changing the classes must keep it."""
    page = home.page
    view = home.open("/?ind=unemployed&lvl=units&sort=name")
    assert view.column("name")["sort"] == "ascending"
    assert view.names == sorted(view.names, key=german_key)
    home.open_details("Klassen")
    view = home.change(
        lambda: page.select_option("#home-k", value="4"),
        url_has(ind="unemployed", lvl="units", k="4"),
        parts=("fills", "legend", "table"),
    )
    home.wait_for_url(url_has(ind="unemployed", lvl="units", k="4", sort="name"))
    assert view.column("name")["sort"] == "ascending"
    assert view.names == sorted(view.names, key=german_key)


# 5 ---------------------------------------------------------------------------------------


def test_copied_url_shows_the_same_view(home: Home, new_page, live_url: str):
    page = home.page
    home.open("/")
    home.change(
        lambda: page.select_option("#home-indicator", value="unemployed"),
        url_has(ind="unemployed"),
    )
    home.open_details("Klassen")
    home.change(lambda: page.select_option("#home-k", value="4"), url_has(k="4"))
    home.change(
        lambda: home.sort_button("name").click(), url_has(k="4", sort="name"), parts=("table",)
    )
    home.name_button("AR10").click()
    first = assert_selected(home, "Marten", "AR10")

    other = Home(new_page(), live_url)
    other.page.goto(page.url)
    second = other.wait_ready()
    assert second.url == first.url
    expect(other.page.locator("#home-heading")).to_have_text(first.heading)
    assert second.legend == first.legend
    assert second.columns == first.columns
    assert second.rows == first.rows
    assert second.selected_names == ["Marten"]
    assert second.fills == first.fills
    assert [(b["label"], b["color"], b["width"], b["hatched"]) for b in second.bars] == [
        (b["label"], b["color"], b["width"], b["hatched"]) for b in first.bars
    ]
    expect(other.page.locator("#home-panel h2")).to_contain_text("Marten")
    expect(other.page.locator("#home-indicator")).to_have_value("unemployed")
    expect(other.page.locator("#home-k")).to_have_value("4")
    shot(other.page, "home_copied_url")


# 6 ---------------------------------------------------------------------------------------


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


def test_back_from_the_main_view_leaves_the_page(home: Home, live_url: str):
    """Opening / keeps the address as it is (no history entry), so Back leaves the map; after
    a change, Back first restores the view as it was opened, then leaves."""
    page = home.page
    page.goto(live_url + "/daten")
    expect(page.get_by_role("heading", level=1)).to_have_text("Daten & Quellen")
    start = home.open("/")
    assert start.url == live_url + "/"
    page.go_back()
    home.wait_for_url(live_url + "/daten")
    expect(page.get_by_role("heading", level=1)).to_have_text("Daten & Quellen")

    page.go_forward()
    home.wait_for_url(live_url + "/")
    view = home.wait_ready()
    assert view.fills == start.fills and view.rows == start.rows
    home.change(
        lambda: page.select_option("#home-indicator", value="unemployed"),
        url_has(ind="unemployed"),
    )
    view = home.change(page.go_back, live_url + "/")
    expect(page.locator("#home-indicator")).to_have_value("children_u15_sgb2")
    assert view.fills == start.fills and view.legend == start.legend
    assert view.rows == start.rows
    page.go_back()
    home.wait_for_url(live_url + "/daten")
    expect(page.get_by_role("heading", level=1)).to_have_text("Daten & Quellen")


# 7 ---------------------------------------------------------------------------------------


def test_english_switch_keeps_the_state(home: Home):
    page = home.page
    home.open("/?ind=unemployed&sel=AR02")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    page.get_by_role("link", name="English").click()
    home.wait_for_url(url_has(ind="unemployed", sel="AR02", lang="en"))
    view = home.wait_ready()
    assert page.evaluate("document.documentElement.lang") == "en"
    expect(page).to_have_title(TITLE)
    expect(page.locator("#home-heading")).to_have_text(LABELS["unemployed"][1])
    expect(page.locator("#home-indicator")).to_have_value("unemployed")
    expect(page.locator("label[for=home-indicator]")).to_have_text("Indicator")
    expect(page.locator("#home-legend h2")).to_have_text("Legend")
    expect(page.locator("#home-csv")).to_have_text("Download table as CSV")
    expect(page.locator("#home-panel h2")).to_contain_text("Nordmarkt")
    expect(page.locator("#home-panel")).to_contain_text("City (Median)")
    expect(page.get_by_role("link", name="Deutsch")).to_be_visible()
    assert [c["text"] for c in view.columns][:5] == [
        "Rank",
        "Name",
        "District",
        "Type",
        "Membership",
    ]
    assert view.column("value")["text"] == value_header("unemployed", "en")
    expect(page.locator("#home-table th[aria-sort] button").first).to_have_attribute(
        "title", "Sort"
    )
    for bar in view.bars:
        assert re.fullmatch(r"\d+\. .+  \d+\.\d%", bar["label"]), bar["label"]
    assert all(re.fullmatch(r"\d+\.\d", r["value"]) for r in view.valued_rows)
    assert_linked(view, N_SPACES)
    assert view.selected_names == ["Nordmarkt"]
    shot(page, "home_en")

    page.get_by_role("link", name="Deutsch").click()
    home.wait_for_url(url_lacks("lang"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("label[for=home-indicator]")).to_have_text("Indikator")
    expect(page.locator("#home-indicator")).to_have_value("unemployed")


# 8 ---------------------------------------------------------------------------------------


def test_malformed_url_shows_notice_and_default_view(home: Home):
    page = home.page
    query = "/?ind=nope&k=99&lvl=x&sel=ZZ"
    view = home.open(query)
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
    assert_linked(view, N_SPACES)
    assert view.selected_names == []
    shot(page, "home_malformed_url")
    # the address is only written for a user's change: the first one drops the bad values
    assert page.url == home.base + query
    home.open_details("Klassen")
    view = home.change(lambda: page.select_option("#home-k", value="4"), url_has(k="4"))
    assert "nope" not in page.url and "ZZ" not in page.url, page.url
    assert view.query["ind"] == "children_u15_sgb2" and view.query["k"] == "4", view.url
    assert view.level == "spaces" and "sel" not in view.query, view.url
    expect(notice).to_be_empty()
    assert_linked(view, N_SPACES)


# 9 ---------------------------------------------------------------------------------------


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
    assert len(lines) == 1 + N_SPACES, len(lines)
    assert lines[0].startswith("Rang;Name;"), lines[0]
    records = list(csv.reader(io.StringIO(text), delimiter=";"))
    header, body = records[0], records[1:]
    assert view.column("value")["text"] in header, header
    assert all(len(r) == len(header) for r in body), [len(r) for r in body]
    for line in lines[1:]:
        assert "Statistikatlas" in line, line
    assert [r[1] for r in body] == view.names
    assert [r[0] for r in body] == [r["rank"] for r in view.rows]


# 10 --------------------------------------------------------------------------------------


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


# 11 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["/", "/?lvl=units&ed=change&ind=unemployed"],
    ids=["spaces", "units-change"],
)
def test_axe_clean(home: Home, query: str):
    home.open(query)
    violations = run_axe(home.page)
    assert violations == [], format_violations(violations)


# 12 --------------------------------------------------------------------------------------


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
    # phones: the settings start folded, the table scrolls inside its own region
    expect(page.locator("#home-controls-box")).not_to_have_attribute("open", "")
    table_box = page.locator("#home-table .table-responsive").bounding_box()
    assert table_box["x"] >= 0 and table_box["x"] + table_box["width"] <= 390, table_box
    shot(page, "home_phone")

    page.set_viewport_size({"width": 1366, "height": 768})
    home.open("/")
    map_box = page.locator("#home-map").bounding_box()
    ranking_box = page.locator("#home-ranking").bounding_box()
    assert map_box["y"] < 768 and ranking_box["y"] < 768, (map_box, ranking_box)
    assert map_box["x"] + map_box["width"] <= ranking_box["x"], (map_box, ranking_box)
    expect(page.locator("#home-controls-box")).to_have_attribute("open", "")
    shot(page, "home_laptop")
