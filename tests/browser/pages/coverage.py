"""``/kulisse``: basis, preset, edition and top-n controls, the map with its legend, and the
two tables (high need outside, members close to the city)."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from dashboard import ids

from .common import BasePage

PATH = "/kulisse"


class CoveragePage(BasePage):
    def goto(self, query: str = "") -> None:
        self.open(PATH + query)
        self.wait_drawn()

    def wait_drawn(self) -> None:
        expect(self.map.locator("path.leaflet-interactive").first).to_be_attached(timeout=15_000)
        expect(self.outside).not_to_be_empty()

    @property
    def map(self) -> Locator:
        return self.page.locator(f"#{ids.COVERAGE_MAP}")

    @property
    def basis(self) -> Locator:
        return self.page.locator(f"#{ids.COVERAGE_BASIS}")

    @property
    def preset(self) -> Locator:
        return self.page.locator(f"#{ids.COVERAGE_PRESET}")

    @property
    def legend(self) -> Locator:
        return self.page.locator(f"#{ids.COVERAGE_LEGEND}")

    @property
    def summary(self) -> Locator:
        return self.page.locator(f"#{ids.COVERAGE_SUMMARY}")

    @property
    def outside(self) -> Locator:
        return self.page.locator(f"#{ids.COVERAGE_OUTSIDE}")

    @property
    def close(self) -> Locator:
        return self.page.locator(f"#{ids.COVERAGE_CLOSE}")

    def outside_units(self) -> list[str]:
        return [c.strip() for c in self.outside.locator("tbody th").all_inner_texts()]

    def outside_headers(self) -> list[str]:
        return [c.strip() for c in self.outside.locator("thead th").all_inner_texts()]

    def fills(self) -> set[str]:
        """The fills of the map's unit paths (as the browser draws them)."""
        return set(
            self.map.locator("path.leaflet-interactive").evaluate_all(
                "(ps) => ps.map((p) => p.getAttribute('fill'))"
            )
        )
