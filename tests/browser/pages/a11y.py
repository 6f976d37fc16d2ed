"""The accessibility gate's helpers: wait until any page has settled, filter axe results by
impact, walk the page with Tab and check every stop for a visible focus indicator.

Used by ``test_a11y_gate.py`` for every route; no page-specific knowledge beyond "a Plotly
chart is drawn when its SVG is there" and "the main map is ready when its labels are placed".
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from dashboard import ids

from .common import run_axe

BLOCKING = ("serious", "critical")
MAX_TABS = 60

_SETTLED = """() => {
    if (document.querySelector('[data-dash-is-loading="true"]')) return false;
    if (!document.querySelector('#content')) return false;
    for (const g of document.querySelectorAll('.dash-graph')) {
        if (!g.querySelector('.main-svg')) return false;
    }
    const map = document.querySelector('#home-map');
    if (map && !map.querySelector('.map-label-space.map-label-placed')) return false;
    return true;
}"""


def settle(page: Page) -> None:
    """Wait until Dash has rendered: no component loading, every chart (``.dash-graph``) drawn,
    map labels placed."""
    page.wait_for_function(_SETTLED, timeout=15_000, polling=100)
    # one more frame for Plotly's and Leaflet's last paint
    page.wait_for_timeout(150)


def blocking_violations(page: Page) -> tuple[list, list]:
    """axe-core WCAG 2.1 A/AA violations: (serious or critical, the rest)."""
    found = run_axe(page)
    return [v for v in found if v[1] in BLOCKING], [v for v in found if v[1] not in BLOCKING]


def switch_language(page: Page) -> None:
    """Click the header's language switch and wait for the other language's page."""
    link = page.locator(f"#{ids.LANG_LINK}")
    target = link.get_attribute("lang")
    link.click()
    expect(page.locator("html")).to_have_attribute("lang", target)
    settle(page)


# Per Tab stop: where the focus is, whether it can be seen, and whether a focus indicator
# (outline, box-shadow or border on the element or one of its three nearest ancestors)
# differs from the same element without focus. The element is blurred and focused again to
# compare; the focus stays where Tab put it, so the next Tab continues from there.
_FOCUS_CHECK = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const chain = [el];
    for (let p = el.parentElement; p && chain.length < 4; p = p.parentElement) chain.push(p);
    const props = ['outlineStyle', 'outlineWidth', 'outlineColor', 'boxShadow',
                   'borderTopColor', 'borderTopWidth', 'borderBottomColor'];
    const read = () => chain.map((n) => {
        const s = getComputedStyle(n);
        return props.map((p) => s[p]).join('|');
    });
    // an outline of at least 2px (or the browser's own 'auto' ring) that is not transparent,
    // or a box-shadow of at least half opacity: a faint glow does not count
    const alphas = (text) => (text.match(/rgba?\\([^)]*\\)/g) || []).map((c) => {
        const parts = c.replace(/rgba?\\(|\\)/g, '').split(',');
        return parts.length > 3 ? parseFloat(parts[3]) : 1;
    });
    const visibleOutline = (n) => {
        const s = getComputedStyle(n);
        const w = parseFloat(s.outlineWidth) || 0;
        const outline = s.outlineStyle !== 'none' && (w >= 2 || s.outlineStyle === 'auto')
            && Math.max(0, ...alphas(s.outlineColor)) > 0;
        const shadow = s.boxShadow !== 'none' && Math.max(0, ...alphas(s.boxShadow)) >= 0.5;
        return outline || shadow;
    };
    const focused = read();
    const outlined = chain.some(visibleOutline);
    el.blur();
    const blurred = read();
    el.focus({preventScroll: true});
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    let faded = false;  // the element or an ancestor fully transparent (e.g. shown on hover)
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
        if (parseFloat(getComputedStyle(n).opacity) === 0) { faded = true; break; }
    }
    const label = (el.getAttribute('aria-label') || el.innerText || el.value || '')
        .trim().slice(0, 40);
    return {
        what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}` +
              `${el.className && typeof el.className === 'string'
                  ? '.' + el.className.trim().split(/\\s+/).slice(0, 2).join('.') : ''}` +
              ` "${label}"`,
        size: r.width >= 1 && r.height >= 1,
        inView: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
        shown: s.visibility !== 'hidden' && !faded,
        indicator: outlined && focused.some((v, i) => v !== blurred[i]),
        refocused: document.activeElement === el,
    };
}"""


def keyboard_walk(page: Page, max_tabs: int = MAX_TABS) -> list[dict]:
    """Tab from the top of a freshly loaded page (at most ``max_tabs`` presses); one record
    per stop. Call it before anything else has taken the focus. Motion is reduced and
    transitions are off, so that each stop is measured as it finally looks (Bootstrap's smooth
    scrolling has brought it into view, a toolbar has faded in)."""
    page.emulate_media(reduced_motion="reduce")
    # each stop is measured at once: no fading in (Plotly fades its toolbar in on focus)
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")
    stops = []
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        stop = page.evaluate(_FOCUS_CHECK)
        if stop is None:
            break  # the focus left the document (after its last stop)
        stops.append(stop)
    return stops


def focus_problems(stops: list[dict]) -> list[str]:
    """The stops that a sighted keyboard user could not follow."""
    problems = []
    for i, s in enumerate(stops, 1):
        missing = [k for k in ("size", "inView", "shown", "indicator", "refocused") if not s[k]]
        if missing:
            problems.append(f"Tab {i}: {s['what']} – not {', '.join(missing)}")
    return problems
