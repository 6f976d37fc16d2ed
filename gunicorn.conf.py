"""gunicorn settings (read automatically from the working directory).

Threaded workers (``gthread``): a slow or stalled client (headers sent, body never) holds one
thread of one worker until ``timeout``, not a whole worker; every worker keeps serving the
others. Behind the documented reverse proxy (which buffers requests) this is a second line of
defence. The app keeps no per-user state, so workers, threads and hosts can be added freely.
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:" + os.environ.get("PORT", "8000"))
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("THREADS", "8"))
timeout = 30  # a request (or a stalled client) may hold a thread at most this long
graceful_timeout = 30
keepalive = 5
limit_request_line = 8190  # long permalinks fit; anything longer is refused with 414
limit_request_fields = 100
limit_request_field_size = 8190
preload_app = True  # validate data/ once, before forking: broken data stops the start
control_socket_disable = True  # no shared control socket between several instances


def when_ready(server):
    """Before the workers are forked: compute the views most visitors open first, once, in
    the master (``dashboard/warmup.py``); every worker inherits the filled caches."""
    if os.environ.get("DASHBOARD_WARM_UP", "1").strip().lower() in ("0", "false", "no", "off"):
        return
    from dashboard.app import app
    from dashboard.settings import Settings
    from dashboard.warmup import warm

    public = Settings.from_env().public_url
    address = public or "http://" + server.cfg.bind[0]
    server.log.info("warm-up: %d pages", warm(app, address))
