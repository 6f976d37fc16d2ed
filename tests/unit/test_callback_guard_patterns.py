"""The callback guard and pattern-matching ids (``{"type": …, "ind": ALL}``, used by /index):
the browser's own requests pass, malformed ones are refused before Dash runs them."""

from __future__ import annotations

import pytest

from dashboard.callback_guard import check_callback

USE = '{"ind":["ALL"],"type":"index-use"}'
OUTPUT = f"..index-url.search...{USE}.value.."
CALLBACK = {
    "callback": lambda *a: None,
    "inputs": [
        {"id": "index-url", "property": "search"},
        {"id": USE, "property": "value"},
    ],
    "state": [],
}


def body(outputs, uses):
    return {
        "output": OUTPUT,
        "outputs": outputs,
        "inputs": [{"id": "index-url", "property": "search", "value": "?x=1"}, uses],
        "state": [],
        "changedPropIds": ["index-url.search"],
    }


GOOD_OUTPUTS = [
    {"id": "index-url", "property": "search"},
    [{"id": {"ind": "unemployed", "type": "index-use"}, "property": "value"}],
]
GOOD_USES = [
    {"id": {"ind": "unemployed", "type": "index-use"}, "property": "value", "value": True},
    {"id": {"ind": "transfer_benefits", "type": "index-use"}, "property": "value", "value": 2.5},
]


def test_the_browsers_request_passes():
    assert check_callback(body(GOOD_OUTPUTS, GOOD_USES), {OUTPUT: CALLBACK}, {}) is None


@pytest.mark.parametrize(
    ("outputs", "uses", "why"),
    [
        # the ALL output sent as one object (Dash would fail with a 500)
        ([GOOD_OUTPUTS[0], {"id": USE, "property": "value"}], GOOD_USES, "is a list"),
        # the ALL input sent as one item
        (GOOD_OUTPUTS, GOOD_USES[0], "a list only for a pattern ALL"),
        # an id of another type, or with other keys
        (GOOD_OUTPUTS, [{**GOOD_USES[0], "id": {"ind": "x", "type": "other"}}], "expected"),
        (GOOD_OUTPUTS, [{**GOOD_USES[0], "id": {"type": "index-use"}}], "expected"),
        # a value that is no scalar, a list inside the list
        (GOOD_OUTPUTS, [{**GOOD_USES[0], "value": {"a": 1}}], "one value"),
        (GOOD_OUTPUTS, [GOOD_USES], "a list inside a list"),
    ],
)
def test_malformed_pattern_requests_are_refused(outputs, uses, why):
    problem = check_callback(body(outputs, uses), {OUTPUT: CALLBACK}, {})
    assert problem is not None and why in problem
