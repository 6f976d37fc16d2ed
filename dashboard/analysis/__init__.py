"""Analysis without Dash: the need index, its rank stability, hot spots (LISA) and the check
of the area selection. ``python -m dashboard.analysis`` is the command-line twin."""
