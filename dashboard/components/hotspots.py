"""The hot-spot mode's legend and statement (component builders only, no callbacks).

Everything is read from one :class:`~dashboard.models.hotspots.HotspotView`.
"""

from __future__ import annotations

from dash import html

from ..analysis.hotspots import CLUSTERS
from ..figures.hotspot_style import SWATCH_BORDER, cluster_colour
from ..i18n import t
from ..models.hotspots import HotspotView, cluster_labels, in_language


def _count(n: int, lang: str) -> str:
    return t("hot_unit_count", lang) if n == 1 else t("hot_units_count", lang).format(n=n)


def hotspot_legend(view: HotspotView, lang: str) -> html.Div:
    """Swatches, the cluster in words and the number of units, as a list (clusters first;
    empty classes other than "no notable pattern" are left out)."""
    labels = cluster_labels(view.direction, view.context, lang)
    items = []
    for cluster in CLUSTERS:
        n = view.counts[cluster]
        if not n and cluster != "ns":
            continue
        missing = cluster == "missing"
        items.append(
            html.Li(
                [
                    html.Span(
                        className="legend-swatch no-data" if missing else "legend-swatch",
                        style={"borderColor": SWATCH_BORDER}
                        if missing
                        else {
                            "background": cluster_colour(cluster, view.direction),
                            "borderColor": SWATCH_BORDER,
                        },
                        **{"aria-hidden": "true"},
                    ),
                    labels[cluster],
                    " ",
                    html.Span(
                        f"({_count(n, lang)})",
                        className="text-muted",
                        style={"whiteSpace": "nowrap"},
                    ),
                ],
                **{"data-cluster": cluster},
            )
        )
    return html.Div(
        [
            html.H2(t("hot_legend", lang), className="h6 mb-1"),
            html.P(
                t("hot_legend_basis", lang).format(label=in_language(view, lang).label),
                className="small mb-1 text-muted",
            ),
            html.Ul(items, className="legend-list small hotspot-legend"),
        ],
        className="hotspot-legend-block",
    )


def hotspot_statement(view: HotspotView, lang: str) -> html.Div:
    """The global statement, what the classes mean, the isolated pockets, the caveats and
    the sources, as paragraphs."""
    v = in_language(view, lang)
    head, _, tail = v.statement.partition(": ")
    paragraphs = [
        html.P([html.Strong(head + ":"), " ", tail], className="mb-2"),
        html.P(v.meaning, className="mb-2"),
        html.P(v.pockets, className="mb-2"),
        html.P(v.method, className="small mb-2"),
    ]
    for extra in (v.combined, v.islands):
        if extra:
            paragraphs.append(html.P(extra, className="small mb-2"))
    paragraphs.append(html.P(v.units_note, className="small mb-2"))
    paragraphs.append(
        html.Ul(
            [html.Li(line) for line in v.sources], className="source-line small hotspot-sources"
        )
    )
    return html.Div(
        [html.H2(t("hot_statement_title", lang), className="h5"), *paragraphs],
        className="hotspot-statement",
    )
