"""``python -m dashboard.export``: the command line of the exports (see ``__main__``).

The library code lives in ``dashboard/exports/``; this package is only the command.
"""
