"""The data pipeline: raw public inputs -> the project's ``data/`` folder."""
