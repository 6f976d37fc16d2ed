"""Exports of what a view shows: CSV now; XLSX, images and slides next (pure)."""
