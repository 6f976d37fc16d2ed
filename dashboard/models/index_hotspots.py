"""The hot-spot mode of ``/index`` (pure; no Dash): LISA clusters of the index or of one
indicator on the 170 units, as colours, legend entries, statement sentences and the CSV that
``python -m dashboard.analysis hotspots`` prints.

A minimal view model owned by the index page; the statistics are ``analysis.hotspots``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.hotspots import (
    ALPHA,
    DEFAULT_PERMUTATIONS,
    DEFAULT_SEED,
    HotspotResult,
    hotspots_csv,
    index_hotspots,
    indicator_hotspots,
)
from ..analysis.index import IndexError_
from ..data.bundle import Bundle
from ..data.classify import NO_DATA
from ..data.views import catalogue_entry, value_index
from ..i18n import format_number, format_value, pick, t
from ..memo import per_bundle
from ..state.index import HS_INDEX, IndexState
from .index import source_line

CLUSTER_COLOURS = {
    "HH": "#b2182b",
    "LL": "#2166ac",
    "HL": "#f4a582",
    "LH": "#92c5de",
    "ns": "#e8e8e8",
}
"""Dark red / dark blue for clusters, light red / light blue for outliers, light grey for
not significant (ColorBrewer RdBu); missing units are hatched as on every map."""
LEGEND_ORDER = ("HH", "LL", "HL", "LH", "ns", "missing")


@dataclass(frozen=True)
class HotspotModel:
    state: IndexState
    result: HotspotResult
    basis_label: str
    direction: int
    """+1 higher value = more need (the index), -1 lower = more need, 0 context."""
    counts: dict[str, int]
    isolated: tuple[str, ...]
    """Unit codes among the 10 highest-need values that lie in no cluster."""
    isolated_names: tuple[str, ...]
    """Their names with the Stadtbezirk: 'Clarenberg (Hörde)'."""
    entries: tuple
    """The catalogue entries the basis is made of (sources)."""
    unit: str | None
    """The indicator's unit; None for the index (a score)."""


def hotspot_model(bundle: Bundle, state: IndexState) -> HotspotModel:
    return _model(bundle, (state.hotspot, state.edition, state.spec("units"), state.lang, state))


@per_bundle(maxsize=32)
def _model(bundle: Bundle, key) -> HotspotModel:
    basis, edition, spec, lang, state = key
    if basis == HS_INDEX:
        result = index_hotspots(bundle, spec, DEFAULT_PERMUTATIONS, DEFAULT_SEED)
        label, direction = t("index_hs_basis_index", lang), 1
        entries = tuple(catalogue_entry(bundle, i, edition) for i in spec.indicators)
    else:
        result = indicator_hotspots(bundle, basis, edition, DEFAULT_PERMUTATIONS, DEFAULT_SEED)
        entry = catalogue_entry(bundle, basis, edition)
        label, direction = pick(entry, "label", lang), int(entry.direction)
        entries = (entry,)
    counts = result.table.cluster.value_counts().to_dict()
    isolated = tuple(result.isolated_high(direction or 1))
    units = value_index(bundle).units
    district = dict(zip(units["id"], units["stadtbezirk"], strict=True))
    name = dict(zip(result.table.code, result.table.name, strict=True))
    return HotspotModel(
        state=state,
        result=result,
        basis_label=label,
        direction=direction,
        counts={c: int(counts.get(c, 0)) for c in LEGEND_ORDER},
        isolated=isolated,
        isolated_names=tuple(f"{name[c]} ({district[c]})" for c in isolated),
        entries=entries,
        unit=None if basis == HS_INDEX else str(entries[0].unit),
    )


def safe_hotspots(bundle: Bundle, state: IndexState) -> tuple[HotspotModel | None, str | None]:
    try:
        return hotspot_model(bundle, state), None
    except IndexError_ as exc:
        return None, str(exc)


def legend_entries(hm: HotspotModel) -> list[tuple[str, str, int]]:
    """(colour or '' for hatched, label, count) in legend order."""
    lang = hm.state.lang
    return [
        (CLUSTER_COLOURS.get(c, ""), t(f"index_hs_{c}", lang), hm.counts[c]) for c in LEGEND_ORDER
    ]


def statement(hm: HotspotModel) -> list[str]:
    """The sentences under the map, made from the data."""
    lang = hm.state.lang
    r = hm.result
    p = format_number(r.p_value, lang, 3)
    out = [
        t("index_hs_global", lang).format(
            basis=hm.basis_label,
            i=format_number(r.moran_i, lang, 2),
            p=p,
            perm=f"{r.permutations:,}".replace(",", "." if lang == "de" else ","),
            n=r.n_units,
            alpha=format_number(ALPHA, lang, 2),
        ),
        t("index_hs_meaning", lang),
        t(
            {1: "index_hs_dir_high", -1: "index_hs_dir_low", 0: "index_hs_dir_none"}[hm.direction],
            lang,
        ),
    ]
    out.append(isolated_sentence(hm))
    out.append(t("index_hs_combined", lang))
    if r.islands:
        out.append(t("index_hs_islands", lang).format(codes=", ".join(r.islands)))
    if hm.state.level == "spaces":
        out.append(t("index_hs_spaces", lang))
    return out


def isolated_sentence(hm: HotspotModel) -> str:
    lang = hm.state.lang
    if not hm.isolated:
        return t("index_hs_isolated_none", lang)
    key = "index_hs_isolated_low" if hm.direction < 0 else "index_hs_isolated_high"
    return t(key, lang).format(names=", ".join(hm.isolated_names), n=len(hm.isolated))


def map_hideout(bundle: Bundle, hm: HotspotModel) -> dict:
    lang = hm.state.lang
    t_ = hm.result.table
    units = value_index(bundle).units
    district = dict(zip(units["id"], units["stadtbezirk"], strict=True))
    colours = {
        code: CLUSTER_COLOURS[c]
        for code, c in zip(t_.code, t_.cluster, strict=True)
        if c in CLUSTER_COLOURS
    }
    tips = {}
    for r in t_.itertuples(index=False):
        value = (
            t("no_data", lang)
            if r.value != r.value
            else f"{t('index_hs_value', lang)}: {value_text(hm, r.value)}"
        )
        tips[r.code] = [
            f"{r.name} ({r.code}, {district.get(r.code, '')})",
            value,
            t(f"index_hs_{r.cluster}", lang),
        ]
    return {
        "level": "units",
        "colors": colours,
        "pale": [],
        "paleColor": "#ffffff",
        "noData": NO_DATA,
        "selected": [],
        "tips": tips,
        "source": source_line(hm.entries, lang),
    }


def value_text(hm: HotspotModel, value: float) -> str:
    if hm.unit is None:
        return format_number(value, hm.state.lang, 2)
    return format_value(value, hm.unit, hm.state.lang)


def csv_text(hm: HotspotModel) -> str:
    return hotspots_csv(hm.result)


def command_line(hm: HotspotModel) -> str | None:
    """The command printing the same CSV (the CLI has it for single indicators only)."""
    if hm.state.hotspot == HS_INDEX:
        return None
    return (
        f"python -m dashboard.analysis hotspots --indicator {hm.state.hotspot} "
        f"--edition {hm.state.edition} --permutations {hm.result.permutations} "
        f"--seed {hm.result.seed}"
    )


def csv_filename(hm: HotspotModel) -> str:
    return f"hotspots_{hm.state.hotspot}_{hm.state.edition}.csv"


def cluster_rows(hm: HotspotModel) -> list[dict]:
    """The units in a cluster or outliers, by kind (HH, LL, HL, LH), highest value first."""
    t_ = hm.result.table
    rows = t_[t_.cluster.isin(["HH", "LL", "HL", "LH"])].copy()
    rows["order"] = rows.cluster.map({c: i for i, c in enumerate(LEGEND_ORDER)})
    rows = rows.sort_values(["order", "value"], ascending=[True, False], kind="stable")
    return rows.drop(columns="order").to_dict("records")
