"""The last good bundle of a running app: reload ``data/`` when its files change, and keep
serving the last good data when the new files are broken (pure; no Dash)."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from .bundle import DATA_FILES, DEFAULT_DATA_DIR, Bundle, load_bundle
from .errors import DataError

log = logging.getLogger(__name__)


class BundleStore:
    """Serves the last good bundle; reloads when the files change and the new ones are valid."""

    def __init__(self, data_dir: Path | str = DEFAULT_DATA_DIR, check_every: float = 5.0):
        self.data_dir = Path(data_dir)
        self.check_every = check_every
        self._lock = threading.Lock()
        self._bundle = load_bundle(self.data_dir)  # refuse to start on broken data
        self._signature = self._files_signature()
        self._checked = time.monotonic()
        self.last_error: DataError | None = None
        """Why the newest files are not served (None when they are)."""

    def _files_signature(self) -> tuple:
        sig = []
        for file in DATA_FILES:
            try:
                st = (self.data_dir / file).stat()
                sig.append((file, st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                sig.append((file, None, None))
        return tuple(sig)

    def get(self) -> Bundle:
        now = time.monotonic()
        if now - self._checked < self.check_every:
            return self._bundle
        with self._lock:
            self._checked = now
            signature = self._files_signature()
            if signature != self._signature:
                self._signature = signature
                try:
                    self._bundle = load_bundle(self.data_dir)
                    self.last_error = None
                    log.info("reloaded data from %s", self.data_dir)
                except DataError as exc:
                    self.last_error = exc
                    log.error(
                        "data changed but is invalid, still serving the last good data: %s", exc
                    )
                except Exception as exc:  # any other failure must not take the app down either
                    self.last_error = DataError(
                        str(self.data_dir), "data that can be loaded", found=repr(exc)
                    )
                    log.exception(
                        "data changed but could not be loaded; serving the last good data"
                    )
        return self._bundle
