"""The maps' large GeoJSON layers as files of their own (pure; no Dash).

A page's layout used to carry the 170 units' geometry (270 KB of JSON) inside every page
response: serialised anew on each visit, and downloaded anew by each browser. Instead a map
names a URL (``/geo/units.json?v=<version>``) and the browser fetches the file once and keeps
it (the version is a hash of the bytes: new data, new URL). The bytes and their brotli and
gzip encodings are made once per bundle.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

import brotli

from ..memo import per_bundle
from .bundle import Bundle


def _current_spaces(bundle: Bundle) -> dict:
    features = [
        f for f in bundle.spaces_geojson["features"] if f["properties"].get("status") == "current"
    ]
    return {"type": "FeatureCollection", "features": features}


LAYERS: dict[str, Callable[[Bundle], dict]] = {
    "units": lambda b: b.units_geojson,
    "spaces": _current_spaces,
}
"""Layer name -> its GeoJSON in the bundle (``spaces``: the 15 current spaces only)."""


@dataclass(frozen=True)
class GeoFile:
    raw: bytes
    br: bytes
    gzip: bytes
    version: str


@per_bundle(maxsize=8)
def geo_file(bundle: Bundle, layer: str) -> GeoFile:
    """The layer as compact JSON bytes with both encodings; ``KeyError`` for an unknown
    layer."""
    data = LAYERS[layer](bundle)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return GeoFile(
        raw=raw,
        br=brotli.compress(raw, quality=9),
        gzip=gzip.compress(raw, compresslevel=9, mtime=0),
        version=hashlib.sha256(raw).hexdigest()[:16],
    )


def geo_url(bundle: Bundle, layer: str) -> str:
    """The address a map fetches the layer from; it changes when the bytes change."""
    return f"/geo/{layer}.json?v={geo_file(bundle, layer).version}"
