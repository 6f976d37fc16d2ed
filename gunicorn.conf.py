"""gunicorn settings (read automatically from the working directory)."""

import os

bind = os.environ.get("BIND", "127.0.0.1:" + os.environ.get("PORT", "8000"))
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
timeout = 60
preload_app = True  # validate data/ once, before forking: broken data stops the start
control_socket_disable = True  # no shared control socket between several instances
