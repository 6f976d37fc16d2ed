"""``python -m dashboard``: run the development server on the committed data."""

from __future__ import annotations

import os

os.environ.setdefault("DASH_DISABLE_VERSION_CHECK", "true")  # debug tools must not call home


def main() -> None:
    from .app import app
    from .settings import Settings

    settings = Settings.from_env()
    print(f"Dashboard: http://{settings.host}:{settings.port}/", flush=True)
    app.run(host=settings.host, port=settings.port, debug=settings.debug)


if __name__ == "__main__":
    main()
