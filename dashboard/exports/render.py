"""Static images (PNG, SVG, PDF) of plotly figures: kaleido with Debian's chromium.

- **One browser per process.** ``kaleido.start_sync_server`` starts Chromium lazily on the
  first export of a process (after gunicorn forked its workers) and keeps it; later exports
  take ~0.1–0.2 s instead of ~1.7 s. kaleido finds ``/usr/bin/chromium`` by itself (or
  ``BROWSER_PATH``); we never download a browser.
- **One export at a time, with a time limit.** Exports run on one worker thread; the caller
  waits at most ``timeout`` seconds and then gets :class:`ExportTimeout` (a clear message,
  never a hang). A timed-out or failed renderer is replaced, so the next export starts
  fresh and the app keeps serving.
"""

from __future__ import annotations

import logging
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

log = logging.getLogger(__name__)

IMAGE_FORMATS = ("png", "svg", "pdf")
DEFAULT_TIMEOUT = 30.0
"""Seconds; the first export of a process includes starting Chromium (~1.7 s)."""


class ExportError(RuntimeError):
    """An export could not be made; ``str()`` is a one-line message for the user."""


class ExportTimeout(ExportError):
    pass


_lock = threading.Lock()
_pool: ThreadPoolExecutor | None = None
_server_started = False


def _executor() -> ThreadPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kaleido")
        return _pool


def _restart() -> None:
    """Runs on the export thread (so never beside a render): stop the browser; the next
    export starts a fresh one."""
    global _server_started
    if not _server_started:
        return
    _server_started = False
    try:
        import kaleido

        kaleido.stop_sync_server(silence_warnings=True)
    except Exception:
        log.exception("could not stop the kaleido server")


def _render(fig, fmt: str, width: int, height: int, scale: float) -> bytes:
    global _server_started
    import kaleido

    if not _server_started:
        kaleido.start_sync_server(silence_warnings=True)
        _server_started = True
    with warnings.catch_warnings():
        # plotly: "The kopts argument is ignored if using a server" (harmless)
        warnings.simplefilter("ignore", UserWarning)
        return fig.to_image(format=fmt, width=width, height=height, scale=scale)


def render_image(
    fig, fmt: str, width: int, height: int, scale: float = 1.0, timeout: float = DEFAULT_TIMEOUT
) -> bytes:
    """The figure as ``fmt`` bytes, or :class:`ExportError` after at most ``timeout`` s."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"unknown image format {fmt!r}; choose {', '.join(IMAGE_FORMATS)}")
    future = _executor().submit(_render, fig, fmt, int(width), int(height), float(scale))
    try:
        return future.result(timeout=timeout)
    except FutureTimeout as exc:
        if not future.cancel():  # running: restart the browser once it is done
            log.warning("%s export took longer than %g s; browser restart queued", fmt, timeout)
            _executor().submit(_restart)
        raise ExportTimeout(f"the {fmt.upper()} export took longer than {timeout:g} s") from exc
    except Exception as exc:
        log.warning("%s export failed (%s); browser restart queued", fmt, exc)
        _executor().submit(_restart)
        raise ExportError(f"the {fmt.upper()} export failed: {exc}") from exc
