"""One module per URL (Dash Pages)."""
