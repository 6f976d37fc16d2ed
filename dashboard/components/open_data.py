"""The open-data download on ``/daten``: one visible link to the ZIP with its size, and
what it leaves out because it is not public."""

from __future__ import annotations

from dash import html

from ..data.datasets import DATASETS
from ..downloads import ZIP_PATH, current_zip
from ..exports.open_data import ZIP_NAME
from ..i18n import format_number, t
from ..settings import Settings, public_datasets


def create_open_data(lang: str) -> html.Section:
    size_kb = len(current_zip()) / 1024
    size = f"ZIP, {format_number(size_kb, lang, 0)} KB"
    public = public_datasets(Settings.from_env())
    left_out = [
        d.label_en if lang == "en" else d.label_de for k, d in DATASETS.items() if k not in public
    ]
    return html.Section(
        [
            html.H2(t("opendata_title", lang), className="h4 mt-3", id="download"),
            html.P(t("opendata_text", lang), className="mb-1"),
            html.P(
                html.A(
                    [
                        html.Span("⤓ ", **{"aria-hidden": "true"}),
                        t("opendata_link", lang),
                        f" ({size})",
                    ],
                    href=ZIP_PATH,
                    download=ZIP_NAME,
                    className="fw-semibold",
                    id="opendata-zip",
                ),
                className="opendata-box mb-1",
            ),
            html.P(
                t("opendata_left_out", lang).format(sets="; ".join(left_out)),
                className="small text-muted",
            )
            if left_out
            else None,
        ],
        **{"aria-labelledby": "download"},
    )
