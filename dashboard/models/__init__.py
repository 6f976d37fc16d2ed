"""One view model per view, cached per state (pure; no Dash)."""
