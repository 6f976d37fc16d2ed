"""``/raum`` and ``/raum/<space_id>``: the list of spaces and a space's profile."""

from __future__ import annotations

from playwright.sync_api import Locator

from dashboard import ids

from .common import BasePage


class ProfilePage(BasePage):
    def goto(self, space_id: str, query: str = "") -> None:
        """Load the profile of ``space_id`` and wait until its spine chart is drawn."""
        self.open(f"/raum/{space_id}{query}")
        self.wait_drawn()

    def wait_drawn(self) -> None:
        self.heading(1).wait_for()
        self.spine.locator(".main-svg").first.wait_for()

    @property
    def spine(self) -> Locator:
        return self.page.locator(".spine")

    @property
    def indicator_table(self) -> Locator:
        return self.page.locator("table.profile-table")

    def indicator_row(self, label: str) -> Locator:
        """The indicator table's row whose header starts with ``label``."""
        return self.indicator_table.locator("tbody tr").filter(
            has=self.page.get_by_role("rowheader", name=label)
        )

    def choice(self, name: str) -> Locator:
        """A link of the edition or Handlungsfeld choice."""
        return self.page.locator("nav a.btn", has_text=name)

    @property
    def language_link(self) -> Locator:
        return self.page.locator(f"#{ids.LANG_LINK}")

    def section(self, heading: str) -> Locator:
        return self.page.locator("section").filter(
            has=self.page.get_by_role("heading", level=2, name=heading)
        )

    def tab_to(self, locator: Locator, max_steps: int = 80) -> int:
        """Press Tab until ``locator`` has the focus; the number of presses."""
        for step in range(1, max_steps + 1):
            self.page.keyboard.press("Tab")
            if locator.evaluate("el => el === document.activeElement"):
                return step
        raise AssertionError(f"{locator} never got the focus in {max_steps} Tab presses")


class SpacesPage(BasePage):
    def goto(self, query: str = "") -> None:
        self.open("/raum" + query)
        self.heading(1).wait_for()

    @property
    def rows(self) -> Locator:
        return self.page.locator("tbody tr")
