"""What every page object needs: the data the app shows, address patterns, and a base page
that opens addresses, waits for them, takes screenshots and runs axe-core."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from playwright.sync_api import Locator, Page, Response
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from dashboard import ROOT

HERE = Path(__file__).resolve().parent
AXE_JS = HERE.parent / "vendor" / "axe.min.js"
AXE_SOURCE = AXE_JS.read_text(encoding="utf-8") + "\n;window.axe !== undefined"
SHOTS = ROOT / "shots"
DATA = ROOT / "data"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# -- the data the app shows, read from the committed data/ folder -----------------------------

N_UNITS = 170
N_SPACES = 15

_UNITS = json.loads((DATA / "units.geojson").read_text("utf-8"))["features"]
UNIT_CODES = [f["properties"]["code"] for f in _UNITS]
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
"""Per indicator: (German label, English label)."""
PERCENT = {r["indicator_id"] for r in _CATALOGUE if r["unit"] == "percent"}

# -- addresses and numbers ---------------------------------------------------------------------


def url_has(**params: str) -> re.Pattern:
    """A URL pattern requiring each ``key=value`` in the query (any order)."""
    ahead = "".join(f"(?=.*[?&]{re.escape(k)}={re.escape(v)}(&|$))" for k, v in params.items())
    return re.compile(f"^{ahead}")


def url_lacks(key: str) -> re.Pattern:
    """A URL pattern without the query parameter ``key``."""
    return re.compile(f"^(?!.*[?&]{re.escape(key)}=)")


def number(text: str, lang: str) -> float:
    """A number as the app prints it (de: 1.234,5; en: 1,234.5)."""
    text = text.replace(",", "") if lang == "en" else text.replace(".", "").replace(",", ".")
    return float(text)


# -- screenshots and axe -----------------------------------------------------------------------


def shot(page: Page, name: str) -> Path:
    """Full-page screenshot to shots/<name>.png (shots/ is gitignored)."""
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def run_axe(page: Page) -> list[tuple[str, str, str, str]]:
    """axe-core WCAG 2.0/2.1 A+AA violations as (rule id, impact, first target, help)."""
    # evaluated over the DevTools protocol: an inline <script> tag would be (rightly) refused
    # by the app's Content-Security-Policy
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE)
    violations = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return result.violations.map((v) => [
                v.id,
                v.impact || "",
                v.nodes.length ? v.nodes[0].target.join(" ") : "",
                `${v.help} (${v.nodes.length} node(s)) ${v.helpUrl}`,
            ]);
        }""",
        WCAG_TAGS,
    )
    return [tuple(v) for v in violations]


def format_violations(violations: list[tuple[str, str, str, str]]) -> str:
    return "axe violations:\n" + "\n".join(
        f"  {rule} [{impact}] at {target!r}: {help_}" for rule, impact, target, help_ in violations
    )


class BasePage:
    """A Playwright page on the live app at ``base`` (``http://127.0.0.1:<port>``)."""

    def __init__(self, page: Page, base: str):
        self.page = page
        self.base = base

    def address(self, path: str) -> str:
        """``path`` (``/daten``, ``/?lvl=units``) on the live app; a full URL stays as it is."""
        return path if path.startswith(("http://", "https://")) else self.base + path

    def open(self, path: str) -> Response | None:
        """Load ``path`` and return the document's response."""
        return self.page.goto(self.address(path))

    @property
    def url(self) -> str:
        return self.page.url

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

    def heading(self, level: int = 1) -> Locator:
        return self.page.get_by_role("heading", level=level)

    def link(self, name: str) -> Locator:
        return self.page.get_by_role("link", name=name)

    @property
    def html(self) -> Locator:
        """The ``<html>`` element (its ``lang`` is the page's language)."""
        return self.page.locator("html")

    def shot(self, name: str) -> Path:
        return shot(self.page, name)

    def assert_accessible(self) -> None:
        """No axe-core WCAG 2.0/2.1 A+AA violation on the page as it is now."""
        violations = run_axe(self.page)
        assert violations == [], format_violations(violations)
