"""Per-URL view state: one generic parser, each view its declared parameters (pure)."""
