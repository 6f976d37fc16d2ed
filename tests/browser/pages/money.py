"""``/mittel``: indicator, edition and money-axis controls, the quadrant chart, the table of
the 15 spaces and the table of every published amount with its source."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from dashboard import ids

from .common import BasePage

PATH = "/mittel"


class MoneyPage(BasePage):
    def goto(self, query: str = "") -> None:
        self.open(PATH + query)
        self.wait_drawn()

    def wait_drawn(self) -> None:
        expect(self.chart.locator(".main-svg").first).to_be_visible(timeout=15_000)

    @property
    def chart(self) -> Locator:
        return self.page.locator(f"#{ids.MONEY_CHART}")

    @property
    def indicator(self) -> Locator:
        return self.page.locator(f"#{ids.MONEY_INDICATOR}")

    @property
    def points(self) -> Locator:
        return self.page.locator(f"#{ids.MONEY_POINTS}")

    @property
    def funding(self) -> Locator:
        return self.page.locator(f"#{ids.MONEY_FUNDING}")

    def point_row(self, name: str) -> list[str]:
        row = self.points.locator("tbody tr", has=self.page.locator(f"th:text-is('{name}')"))
        return [c.strip() for c in row.locator("td").all_inner_texts()]

    def chart_labels(self) -> list[str]:
        return self.chart.locator("g.textpoint text").evaluate_all(
            "(nodes) => nodes.map((n) => n.textContent)"
        )
