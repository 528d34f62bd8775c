"""`corroborate serve`: starts uvicorn on loopback by default, serves pages and the API,
warns when asked to bind to a non-loopback address."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from corroborate.cli.serve_cmd import is_loopback

CLI = [sys.executable, "-m", "corroborate.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    "host, loopback",
    [("127.0.0.1", True), ("127.5.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True),
     ("0.0.0.0", False), ("::", False), ("192.0.2.1", False), ("example.org", False)],
)
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_serve_default_loopback(corpus, tmp_path):
    port = _free_port()
    env = {**os.environ, "CORROBORATE_DB": str(corpus.path)}
    proc = subprocess.Popen([*CLI, "serve", "--port", str(port)], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["total"] == 3
        page = httpx.get(f"http://127.0.0.1:{port}/stories/sport", timeout=5)
        assert "Port Valen approves" in page.text and "content-security-policy" in page.headers
        # DNS-rebinding guard: a foreign Host header is refused on a loopback bind
        refused = httpx.get(f"http://127.0.0.1:{port}/api/stories", headers={"Host": "evil.example"}, timeout=5)
        assert refused.status_code == 400 and refused.json()["error"]["item"] == "evil.example"
        assert httpx.get(f"http://127.0.0.1:{port}/", headers={"Host": f"localhost:{port}"}, timeout=5).status_code == 200
        # only loopback: the port is not open on another local address of this machine
        with socket.socket() as s:
            s.settimeout(1)
            other = _non_loopback_address()
            if other:
                assert s.connect_ex((other, port)) != 0
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    assert "warning" not in err.lower()
    assert f"http://127.0.0.1:{port}/" in err


def _non_loopback_address() -> str | None:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # no packet is sent for UDP connect
            address = s.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") else address


def test_serve_warns_on_non_loopback_host(tmp_path):
    # 192.0.2.1 (TEST-NET-1) is not an address of this machine: the bind fails after the warning
    proc = subprocess.run([*CLI, "serve", "--db", str(tmp_path / "x.db"), "--host", "192.0.2.1", "--port", str(_free_port())],
                          check=False, capture_output=True, text=True, timeout=60)
    assert "warning" in proc.stderr.lower() and "not loopback" in proc.stderr
    assert proc.returncode != 0
