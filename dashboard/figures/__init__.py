"""Pure figure and map-style builders (no callbacks, no data loading)."""
