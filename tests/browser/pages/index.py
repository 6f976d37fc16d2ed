"""``/index``: presets, edition, level, view mode, one checkbox and weight per indicator,
the map with its legend, the ranking and rank-interval charts, the table, the hot-spot
statement and the CSV download."""

from __future__ import annotations

import json

from playwright.sync_api import Locator, expect

from dashboard import ids

from .common import BasePage

PATH = "/index"


def _pattern_id(kind: str, indicator: str) -> str:
    """The DOM id Dash gives a pattern-matching id (keys sorted, no spaces)."""
    return json.dumps({"ind": indicator, "type": kind}, separators=(",", ":"))


class IndexPage(BasePage):
    def goto(self, query: str = "") -> None:
        self.open(PATH + query)
        self.wait_drawn()

    def wait_drawn(self) -> None:
        expect(self.page.locator(f"#{ids.INDEX_VIEW}")).not_to_be_empty(timeout=15_000)
        expect(self.page.locator(".leaflet-interactive").first).to_be_attached(timeout=15_000)

    def weight(self, indicator: str) -> Locator:
        return self.page.locator(f"[id='{_pattern_id(ids.INDEX_WEIGHT, indicator)}']")

    def use(self, indicator: str) -> Locator:
        return self.page.locator(f"[id='{_pattern_id(ids.INDEX_USE, indicator)}']")

    def set_weight(self, indicator: str, value: str) -> None:
        box = self.weight(indicator)
        box.fill(value)
        box.press("Enter")

    def mode(self, label: str) -> None:
        self.page.get_by_label(label).check()

    def chart_data(self, chart_id: str, trace: int, axis: str = "x") -> list:
        """The plotted values of one trace (read from plotly's graph div)."""
        self.page.locator(f"#{chart_id} .main-svg").first.wait_for()
        return self.page.evaluate(
            """([id, trace, axis]) => {
                const gd = document.querySelector('#' + id + ' .js-plotly-plot');
                return gd.data[trace][axis];
            }""",
            [chart_id, trace, axis],
        )

    def ranking_labels(self) -> list[str]:
        return list(reversed(self.chart_data(ids.INDEX_RANKING, 0, "y")))

    def median_ranks(self) -> list[float]:
        return list(reversed(self.chart_data(ids.INDEX_STABILITY, 2, "x")))

    @property
    def legend(self) -> Locator:
        return self.page.locator(f"#{ids.INDEX_LEGEND}")

    @property
    def statement(self) -> Locator:
        return self.page.locator(f"#{ids.INDEX_HS_STATEMENT}")

    @property
    def stability_text(self) -> Locator:
        return self.page.locator(f"#{ids.INDEX_STABILITY_TEXT}")

    @property
    def table(self) -> Locator:
        return self.page.locator(f"#{ids.INDEX_TABLE}")

    @property
    def command(self) -> Locator:
        return self.page.locator(f"#{ids.INDEX_COMMAND} code")

    def hover_unit(self, code: str) -> Locator:
        """Move the mouse to the middle of a unit's shape; the tooltip that opens."""
        box = self.page.evaluate(
            """(code) => {
                const r = window.dashboardIndex.layers[code].getElement().getBoundingClientRect();
                return [r.x + r.width / 2, r.y + r.height / 2];
            }""",
            code,
        )
        self.page.mouse.move(*box)
        tip = self.page.locator(".map-tip >> visible=true")
        expect(tip).to_be_visible()
        return tip
