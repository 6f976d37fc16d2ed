"""The need-index view model (``/index``): index, rank stability, classes, map hideout, the
table rows and the reproducible command line (pure; no Dash).

Everything is computed by ``dashboard.analysis`` (cached per bundle); this module only
arranges it for the page. The CSV offered for download is exactly what the command line
prints (``analysis.tables.index_csv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..analysis.index import (
    IndexError_,
    IndexResult,
    IndexSpec,
    compute_index,
    need_indicators,
    value_coverage,
)
from ..analysis.stability import DEFAULT_DRAWS, DEFAULT_SEED, Stability, always_top, rank_stability
from ..analysis.tables import index_csv
from ..data.bundle import Bundle
from ..data.classify import NO_DATA, Classification, class_breaks, class_colors
from ..data.model import HANDLUNGSFELDER
from ..data.views import catalogue_entry, value_index
from ..i18n import format_date, format_number, pick, t
from ..memo import per_bundle
from ..state.index import IndexState

TOP_UNITS = 20
"""The charts show the top 20 units (all 15 spaces)."""
K = 5
PALE = "#ffffff"


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    field: str
    direction: int
    n_values: int
    n_units: int
    entry: pd.Series


@dataclass(frozen=True)
class IndexModel:
    state: IndexState
    spec: IndexSpec
    result: IndexResult
    stability: Stability
    rows: pd.DataFrame
    """Every area, ranked first (by rank, then name), unscored areas last; columns of the
    index and the stability table."""
    classification: Classification | None
    colours: dict[str, str]
    """Fill per area id (scored areas only)."""
    chosen: tuple[Indicator, ...]
    always_top: tuple[str, ...]

    @property
    def top(self) -> pd.DataFrame:
        scored = self.rows[self.rows.score.notna()]
        return scored if self.state.level == "spaces" else scored.head(TOP_UNITS)

    @property
    def tied_beyond_top(self) -> tuple[int, int]:
        """(rank, count) when the last shown area shares its rank with areas not shown
        (e.g. 40 units tied at rank 1 under the count), else (0, 0)."""
        top = self.top
        scored = self.rows[self.rows.score.notna()]
        if top.empty or len(top) == len(scored):
            return 0, 0
        last = top["rank"].iloc[-1]
        n = int((scored["rank"] == last).sum())
        return (int(last), n) if n > int((top["rank"] == last).sum()) else (0, 0)

    @property
    def n_scored(self) -> int:
        return int(self.rows.score.notna().sum())


def indicators(bundle: Bundle, edition: str, lang: str) -> tuple[Indicator, ...]:
    """The indicators that can enter the index in ``edition``, with their value coverage."""
    return _indicators(bundle, (edition, lang))


@per_bundle(maxsize=8)
def _indicators(bundle: Bundle, key) -> tuple[Indicator, ...]:
    edition, lang = key
    n = len(value_index(bundle).codes)
    out = []
    for ind in need_indicators(bundle, edition):
        e = catalogue_entry(bundle, ind, edition)
        out.append(
            Indicator(
                id=ind,
                label=pick(e, "label", lang),
                field=HANDLUNGSFELDER[e.handlungsfeld][lang],
                direction=int(e.direction),
                n_values=round(value_coverage(bundle, ind, edition) * n),
                n_units=n,
                entry=e,
            )
        )
    return tuple(out)


def index_model(bundle: Bundle, state: IndexState) -> IndexModel:
    return _model(bundle, state)


@per_bundle(maxsize=32)
def _model(bundle: Bundle, state: IndexState) -> IndexModel:
    spec = state.spec()
    result = compute_index(bundle, spec)
    stability = rank_stability(bundle, spec, DEFAULT_DRAWS, DEFAULT_SEED)
    st = stability.table.drop(columns=["id", "name", "rank"])
    rows = pd.concat([result.table.reset_index(drop=True), st.reset_index(drop=True)], axis=1)
    rows = rows.sort_values(["rank", "name"], na_position="last", kind="stable")
    rows = rows.reset_index(drop=True)
    scores = result.table.set_index("id").score
    classification = class_breaks(scores, "quantiles", K, direction=1)
    fills = class_colors(scores, classification)
    colours = {i: c for i, c in fills.items() if c != NO_DATA}
    by_id = {i.id: i for i in indicators(bundle, state.edition, state.lang)}
    return IndexModel(
        state=state,
        spec=spec,
        result=result,
        stability=stability,
        rows=rows,
        classification=classification,
        colours=colours,
        chosen=tuple(by_id[i] for i in spec.indicators),
        always_top=tuple(always_top(stability)),
    )


def safe_model(bundle: Bundle, state: IndexState) -> tuple[IndexModel | None, str | None]:
    """The model, or None and the one-line reason (e.g. too few values)."""
    try:
        return index_model(bundle, state), None
    except IndexError_ as exc:
        return None, str(exc)


def score_text(value: float, lang: str) -> str:
    return format_number(value, lang, 2)


def unit_fills(bundle: Bundle, vm: IndexModel) -> dict[str, str]:
    """Fill per unit code; at the space level every member unit takes its space's colour."""
    if vm.state.level == "units":
        return dict(vm.colours)
    units = value_index(bundle).units
    return {
        code: vm.colours[space]
        for code, space in zip(units["id"], units["space_id"], strict=True)
        if isinstance(space, str) and space in vm.colours
    }


def rank_interval(row, lang: str) -> str:
    if row["p5"] != row["p5"]:
        return "–"
    return f"{round(row['p5'])}–{round(row['p95'])}"


def tooltips(bundle: Bundle, vm: IndexModel) -> dict[str, list[str]]:
    """Per area id: the tooltip's lines (name, score, rank, rank interval)."""
    lang = vm.state.lang
    n = vm.n_scored
    out = {}
    for r in vm.rows.to_dict("records"):
        head = r["name"] if vm.state.level == "spaces" else f"{r['name']} ({r['id']})"
        if r["score"] != r["score"]:
            out[r["id"]] = [head, t("index_not_computed", lang)]
            continue
        out[r["id"]] = [
            head,
            f"{t('index_score', lang)}: {score_text(r['score'], lang)}",
            t("rank_of", lang).format(rank=int(r["rank"]), n=n),
            t("index_tip_interval", lang).format(lo=round(r["p5"]), hi=round(r["p95"])),
        ]
    return out


def map_hideout(bundle: Bundle, vm: IndexModel) -> dict:
    """For ``assets/index.js`` (styles via map.js's ``unitStyle``)."""
    colours = unit_fills(bundle, vm)
    units = value_index(bundle).units
    pale = []
    if vm.state.level == "spaces":
        pale = [
            c
            for c, s in zip(units["id"], units["space_id"], strict=True)
            if not isinstance(s, str) or not s
        ]
    return {
        "level": vm.state.level,
        "colors": colours,
        "pale": pale,
        "paleColor": PALE,
        "noData": NO_DATA,
        "selected": [],
        "tips": tooltips(bundle, vm),
        "source": source_short(vm),
    }


def source_short(vm: IndexModel) -> str:
    """'Eigene Berechnung aus Statistikatlas Dortmund 2024 (Stand 31.12.2023, Verlässlichkeit
    mittel)': the source, reference date and confidence of what the map shows."""
    return source_line([i.entry for i in vm.chosen], vm.state.lang)


def source_line(entries, lang: str) -> str:
    names = sorted(
        {re.sub(r"\s*\([^)]*\)", "", str(e.source).rsplit(": ", 1)[-1]) for e in entries}
    )
    dates = sorted({format_date(e.reference_date, lang) for e in entries})
    order = ("low", "medium", "high")
    worst = min(
        (str(e.confidence) for e in entries), key=lambda c: order.index(c) if c in order else 0
    )
    return t("index_tip_source", lang).format(
        source=", ".join(names), date=", ".join(dates), confidence=t(worst, lang)
    )


def legend_rows(vm: IndexModel) -> list[tuple[str, str, int]]:
    """(colour, range text, count) per class, light to dark."""
    c = vm.classification
    if c is None:
        return []
    lang = vm.state.lang
    return [
        (colour, f"{score_text(lo, lang)} – {score_text(hi, lang)}", n)
        for colour, (lo, hi), n in zip(c.colors, c.ranges(), c.counts, strict=True)
    ]


def command_line(spec: IndexSpec) -> str:
    """The command that prints the page's CSV."""
    weights = ",".join(f"{w:g}" for w in spec.weights)
    return (
        "python -m dashboard.analysis index "
        f"--indicators {','.join(spec.indicators)} --weights {weights} "
        f"--normalise {spec.normalise} --edition {spec.edition} --level {spec.level} "
        f"--stability {DEFAULT_DRAWS} --seed {DEFAULT_SEED}"
    )


def csv_text(bundle: Bundle, spec: IndexSpec) -> str:
    return index_csv(bundle, spec, DEFAULT_DRAWS, DEFAULT_SEED)


def csv_filename(spec: IndexSpec) -> str:
    return f"bedarfsindex_{spec.edition}_{spec.level}_{spec.normalise}.csv"


def area_names(vm: IndexModel, area_ids) -> list[str]:
    names = dict(zip(vm.rows.id, vm.rows.name, strict=True))
    return [names[i] for i in area_ids]


def scored_ids(vm: IndexModel) -> np.ndarray:
    return vm.rows.loc[vm.rows.score.notna(), "id"].to_numpy()
