"""Dashboard for the City of Dortmund's Aktionsplan Soziale Stadt."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The project's root folder (holds ``data/`` and ``assets/``)."""
