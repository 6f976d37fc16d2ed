"""The hot-spot mode of ``/index``: the shared hot-spot pieces (``models.hotspots`` view,
``figures.hotspot_style`` hideout, ``components.hotspots`` legend and statement) placed on
this page, plus the clustered units as a table (the map's text alternative) and the command
line. Layout builders only."""

from __future__ import annotations

from dash import html

from .. import ids
from ..analysis.hotspots import hotspots_csv
from ..analysis.index import IndexError_
from ..figures.hotspot_style import hotspot_hideout
from ..i18n import format_number, format_value, t
from ..models.hotspots import INDEX, HotspotView, hotspot_view
from ..state.index import IndexState
from .hotspots import hotspot_legend, hotspot_statement

KINDS = ("HH", "LL", "HL", "LH")


def safe_view(bundle, state: IndexState) -> tuple[HotspotView | None, str | None]:
    """The hot-spot view of the state's basis (the index at the units level), or the reason."""
    try:
        return hotspot_view(bundle, state.hotspot, state.spec("units"), state.lang), None
    except IndexError_ as exc:
        return None, str(exc)


def command_line(view: HotspotView) -> str | None:
    """The command printing the same CSV (the CLI has it for single indicators only)."""
    if view.basis == INDEX:
        return None
    r = view.result
    return (
        f"python -m dashboard.analysis hotspots --indicator {view.basis} "
        f"--edition {view.edition} --permutations {r.permutations} --seed {r.seed}"
    )


def csv_text(view: HotspotView) -> str:
    return hotspots_csv(view.result)


def csv_filename(view: HotspotView) -> str:
    return f"hotspots_{view.basis}_{view.edition}.csv"


def cluster_rows(view: HotspotView) -> list[dict]:
    """The units in a cluster or outliers, by kind (HH, LL, HL, LH), highest value first."""
    table = view.result.table
    rows = table[table.cluster.isin(KINDS)].copy()
    rows["order"] = rows.cluster.map({c: i for i, c in enumerate(KINDS)})
    rows = rows.sort_values(["order", "value"], ascending=[True, False], kind="stable")
    return rows.drop(columns="order").to_dict("records")


def value_text(view: HotspotView, value: float, lang: str) -> str:
    if view.basis == INDEX:
        return format_number(value, lang, 2)
    from ..data.views import catalogue_entry

    return format_value(value, catalogue_entry(view.bundle, view.basis, view.edition).unit, lang)


def hotspot_table(view: HotspotView, lang: str) -> html.Div:
    rows = cluster_rows(view)
    caption = t("index_hs_table", lang).format(n=len(rows))
    head = [t("index_hs_unit", lang), t("index_hs_value", lang), t("index_hs_kind", lang)]
    labels = view.cluster_labels if view.lang == lang else None
    if labels is None:
        from ..models.hotspots import cluster_labels

        labels = cluster_labels(view.direction, view.context, lang)
    body = [
        html.Tr(
            [
                html.Td(view.names.get(r["code"], r["code"])),
                html.Td(value_text(view, r["value"], lang)),
                html.Td(labels[r["cluster"]]),
                html.Td(format_number(r["p_fdr"], lang, 3)),
            ]
        )
        for r in rows
    ]
    return html.Div(
        html.Table(
            [
                html.Caption(caption, className="caption-top fw-semibold text-body"),
                html.Thead(html.Tr([html.Th(h, scope="col") for h in [*head, "p (FDR)"]])),
                html.Tbody(body),
            ],
            className="table table-sm table-striped catalogue-table",
        ),
        className="table-responsive index-table-wrap",
        tabIndex=0,
        role="region",
        **{"aria-label": caption},
    )


def hotspot_parts(view: HotspotView, state: IndexState) -> dict:
    """Map hideout, legend, the section below the map, and the command line."""
    lang = state.lang
    spaces = (
        [html.P(t("index_hs_spaces", lang), className="fw-semibold")]
        if state.level == "spaces"
        else []
    )
    return {
        "hideout": hotspot_hideout(view, lang),
        "legend": html.Div(
            [
                hotspot_legend(view, lang),
                html.P(t("index_hs_help", lang), className="small text-muted"),
            ],
            id=ids.INDEX_HS_LEGEND,
        ),
        "view": html.Div(
            [*spaces, hotspot_statement(view, lang), hotspot_table(view, lang)],
            id=ids.INDEX_HS_STATEMENT,
        ),
        "command": command_line(view),
    }
