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

    def facts_section(self) -> Locator:
        """The heading of the section on public facts per space, contacts and history."""
        return self.page.locator("#fakten")

    def facts_per_space_rows(self) -> Locator:
        """Body rows of the table counting the facts per space."""
        return self.page.locator("#facts-per-space tbody tr")

    def table_captioned(self, caption: str) -> Locator:
        """The table whose caption is ``caption``."""
        return self.page.locator("table", has=self.page.locator("caption", has_text=caption))

    @property
    def programmes(self) -> Locator:
        """The section on the Aktionsprogramme (heading, count sentence, table once filled)."""
        from dashboard import ids

        return self.page.locator(f"#{ids.DATA_PROGRAMMES}")

    def programme_space(self, space_id: str) -> Locator:
        """The block of ``space_id`` (shown once anything of its programme is filled in)."""
        return self.programmes.locator(f"#programme-{space_id}")
