"""The production server (gunicorn with gunicorn.conf.py): stalled clients do not block
others, and oversized bodies are refused."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from dashboard import ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def gunicorn_url():
    port = _free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    proc = subprocess.Popen(
        [str(gunicorn), "dashboard.app:server", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: no worker outlives the test
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/daten", timeout=2).read()
            break
        except OSError:
            time.sleep(0.3)
    else:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        pytest.fail("gunicorn did not start within 120 s")
    yield url
    proc.send_signal(signal.SIGINT)  # gunicorn: quick shutdown
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the master and any worker left
        proc.wait()


def _stall(port: int) -> socket.socket:
    """Headers of a callback with a body announced and never sent."""
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(
        b"POST /_dash-update-component HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
    )
    return s


def test_stalled_clients_do_not_block_others(gunicorn_url):
    port = int(gunicorn_url.rsplit(":", 1)[1])
    stalled = [_stall(port) for _ in range(4)]  # as many as the two sync workers of old, x2
    try:
        start = time.monotonic()
        for _ in range(10):
            with urllib.request.urlopen(gunicorn_url + "/", timeout=10) as response:
                assert response.status == 200
        assert time.monotonic() - start < 10  # was 60 s with two blocked sync workers
    finally:
        for s in stalled:
            s.close()


def test_oversized_body_is_refused_with_413(gunicorn_url):
    body = b"{" + b" " * (300 * 1024) + b"}"
    request = urllib.request.Request(
        gunicorn_url + "/_dash-update-component",
        data=body,
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=10)
    assert info.value.code == 413
    assert b"Traceback" not in info.value.read()
