"""Plain, accessible HTML tables (caption, header cells with scope)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd
from dash import html

Cell = Callable[[pd.Series], object]


def create_table(
    df: pd.DataFrame,
    columns: Sequence[tuple[str, str | Cell]],
    caption: str,
    row_id: Cell | None = None,
    table_id: str | None = None,
) -> html.Div:
    """``columns``: (header, column name or function of the row)."""
    head = html.Thead(html.Tr([html.Th(h, scope="col") for h, _ in columns]))
    body = []
    for _, row in df.iterrows():
        cells = []
        for _, col in columns:
            value = col(row) if callable(col) else row[col]
            cells.append(
                html.Td(
                    "" if value is None or (isinstance(value, float) and pd.isna(value)) else value
                )
            )
        body.append(html.Tr(cells, id=row_id(row)) if row_id else html.Tr(cells))
    return html.Div(
        html.Table(
            [
                html.Caption(caption, className="caption-top fw-semibold text-body"),
                head,
                html.Tbody(body),
            ],
            className="table table-sm table-striped catalogue-table",
            **({"id": table_id} if table_id else {}),
        ),
        className="table-responsive",
        # a table wider than a phone scrolls sideways: keyboard users reach it by Tab
        tabIndex=0,
        role="region",
        **{"aria-label": caption},
    )
