"""``/daten``: the catalogue of resources, spaces, indicators, funding and input files."""

from __future__ import annotations

from playwright.sync_api import Locator

from .common import BasePage


class DataPage(BasePage):
    def goto(self, query: str = "") -> None:
        """Load ``/daten`` (plus an optional query such as ``?lang=en``)."""
        self.open("/daten" + query)

    def indicator_row(self, indicator: str) -> Locator:
        """The indicator catalogue's row of ``indicator`` (its id is ``ind-<indicator>``)."""
        return self.page.locator(f"#ind-{indicator}")
