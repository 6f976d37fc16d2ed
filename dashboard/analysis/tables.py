"""The index and its stability as one table and as CSV: what the page shows and offers for
download, and what ``python -m dashboard.analysis index`` prints, byte for byte.

Number format (machine-readable, point as decimal sign): scores with 6 decimals, ranks as
integers, percentile ranks with 1 decimal; empty where an area has no score.
"""

from __future__ import annotations

import io
import math

import pandas as pd

from ..data.bundle import Bundle
from ..exports.cells import safe_row
from .index import IndexSpec, compute_index
from .stability import rank_stability

INDEX_COLUMNS = ("area_id", "name", "score", "rank")
STABILITY_COLUMNS = ("median_rank", "p5_rank", "p95_rank", "min_rank", "max_rank")


def _fmt(value, digits: int | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if digits is None:
        return str(int(value))
    return f"{float(value):.{digits}f}"


def index_rows(
    bundle: Bundle, spec: IndexSpec, draws: int | None = None, seed: int | None = None
) -> list[list[str]]:
    """Rows of strings in the order of the areas (bundle order), header first."""
    result = compute_index(bundle, spec)
    t = result.table
    header = list(INDEX_COLUMNS)
    st = None
    if draws:
        st = rank_stability(bundle, spec, draws, seed if seed is not None else 2021).table
        header += list(STABILITY_COLUMNS)
    rows = [header]
    for i, r in enumerate(t.itertuples(index=False)):
        row = [str(r.id), str(r.name), _fmt(r.score, 6), _fmt(r.rank, None)]
        if st is not None:
            s = st.iloc[i]
            row += [
                _fmt(s["median"], 1),
                _fmt(s["p5"], 1),
                _fmt(s["p95"], 1),
                _fmt(s["min"], None),
                _fmt(s["max"], None),
            ]
        rows.append(row)
    return rows


def rows_to_csv(rows: list[list[str]], comments: list[str] = ()) -> str:
    buf = io.StringIO()
    for c in comments:
        buf.write(f"# {c}\n")
    safe = [safe_row(r) for r in rows]
    pd.DataFrame(safe[1:], columns=safe[0]).to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue()


def index_csv(
    bundle: Bundle, spec: IndexSpec, draws: int | None = None, seed: int | None = None
) -> str:
    return rows_to_csv(index_rows(bundle, spec, draws, seed))
