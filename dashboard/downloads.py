"""File downloads served by Flask next to the pages: the open-data ZIP of ``/daten``
(``GET /daten/aktionsplan-daten.zip``), built once per data bundle."""

from __future__ import annotations

from flask import Flask, Response

from .exports.open_data import ZIP_NAME, data_zip
from .memo import per_bundle
from .services import current_bundle
from .settings import Settings, public_datasets

ZIP_PATH = f"/daten/{ZIP_NAME}"


@per_bundle(maxsize=4)
def open_data_zip(bundle, public: frozenset[str]) -> bytes:
    return data_zip(bundle.data_dir, public)


def current_zip() -> bytes:
    return open_data_zip(current_bundle(), public_datasets(Settings.from_env()))


def register_downloads(server: Flask) -> None:
    @server.get(ZIP_PATH)
    def open_data():
        return Response(
            current_zip(),
            mimetype="application/zip",
            headers={"Content-Disposition": f'attachment; filename="{ZIP_NAME}"'},
        )
