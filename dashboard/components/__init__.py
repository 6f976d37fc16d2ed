"""``create_*`` layout builders: they take plain values, never load data."""
