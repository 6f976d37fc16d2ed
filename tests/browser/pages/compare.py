"""``/vergleich``: pickers of 2–4 areas, the side-by-side table, the sortable matrix.

The matrix is one HTML table in ``#compare-matrix``; its column headers are
``<th aria-sort><button data-sort=KEY>``; its rows start with ``<th scope="row">`` (the
space's name). The side-by-side table is in ``#compare-side``: one column per area.
"""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from dashboard import ids

from .common import BasePage

PATH = "/vergleich"


class ComparePage(BasePage):
    def goto(self, query: str = "") -> None:
        self.open(PATH + query)
        self.wait_drawn()

    def wait_drawn(self) -> None:
        expect(self.matrix.locator("table")).to_be_visible(timeout=15_000)

    @property
    def matrix(self) -> Locator:
        return self.page.locator(f"#{ids.COMPARE_MATRIX}")

    @property
    def side(self) -> Locator:
        return self.page.locator(f"#{ids.COMPARE_SIDE}")

    @property
    def message(self) -> Locator:
        return self.page.locator(f"#{ids.COMPARE_MESSAGE}")

    def space_box(self, space_id: str) -> Locator:
        return self.page.locator(f"#{ids.COMPARE_SPACES} input[value='{space_id}']")

    def tick_by_keyboard(self, space_id: str) -> None:
        """Focus a space's box and press Space, as a keyboard user does."""
        box = self.space_box(space_id)
        box.focus()
        self.page.keyboard.press("Space")

    def sort_button(self, key: str) -> Locator:
        return self.matrix.locator(f"button[data-sort='{key}']")

    def header(self, key: str) -> Locator:
        return self.matrix.locator(f"th:has(button[data-sort='{key}'])")

    def row_names(self) -> list[str]:
        return self.matrix.locator("tbody th[scope=row]").all_inner_texts()

    def matrix_column(self, key: str) -> list[str]:
        """The cell texts of one indicator column, top to bottom."""
        index = self.page.evaluate(
            """([sel, key]) => [...document.querySelectorAll(sel + ' thead th')]
                .findIndex((th) => th.querySelector(`button[data-sort="${key}"]`))""",
            [f"#{ids.COMPARE_MATRIX}", key],
        )
        cells = self.matrix.locator(f"tbody tr > :nth-child({index + 1})")
        return [c.strip() for c in cells.all_inner_texts()]

    def side_names(self) -> list[str]:
        heads = self.side.locator("thead th").all_inner_texts()
        return [h.split("\n")[0].split(" (")[0].strip() for h in heads[1:-1]]

    def side_row(self, label: str) -> list[str]:
        row = self.side.locator("tbody tr", has=self.page.locator(f"th:has-text('{label}')"))
        return [c.strip() for c in row.first.locator("td").all_inner_texts()]
