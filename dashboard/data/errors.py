"""One error type for every way an input can be wrong.

A :class:`DataError` always names the file, where in it (line of a CSV, feature of a
GeoJSON, key of a JSON file), the column or property, what was expected and what was found.
Its ``str()`` is the single message shown to the user by the pipeline and the app.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class DataError(Exception):
    file: str
    expected: str
    row: int | None = None
    """1-based line number in a CSV (the header is line 1), or 1-based feature number."""
    column: str | None = None
    found: object = None
    row_label: str = "line"

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"{self.row_label} {self.row}")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        found = "" if self.found is None else f", found {_short(self.found)}"
        return f"{', '.join(where)}: expected {self.expected}{found}"


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
