"""The real app plus one no-op callback, served by gunicorn for the throughput ratio."""

from dash import Input, Output

from dashboard.app import app

app.callback(Output("bench-noop-out", "data"), Input("bench-noop-in", "data"))(lambda value: value)
server = app.server
