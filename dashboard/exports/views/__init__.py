"""One module per exportable view; each calls ``registry.register``."""
