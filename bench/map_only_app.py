"""The floor for the settled-view figure: a Dash app with only the main map's 170 units, the
same style function and one select that restyles them through ``hideout`` (served by
gunicorn in ``bench/load.py`` next to the real app)."""

import json

from bench_main_view import ROOT, map_only_app

app = map_only_app(json.loads((ROOT / "data" / "units.geojson").read_text("utf-8")), 8)
server = app.server
