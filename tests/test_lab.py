"""`make lab` works: JupyterLab starts on the notebooks folder and lists the notebooks.

The server runs on a free loopback port with a random token, its config and runtime files
in a temporary folder (so it neither reads nor litters the user's Jupyter setup), and with
--allow-root because CI runs as root. It is stopped at the end whatever happens.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from analysis import paths

STARTUP_SECONDS = 90


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, token: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status, response.read()


@pytest.fixture
def lab(tmp_path):
    token = secrets.token_hex(16)
    port = _free_port()
    env = dict(os.environ)
    env.update(
        JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
        JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"),
        JUPYTER_DATA_DIR=str(tmp_path / "data"),
        JUPYTERLAB_SETTINGS_DIR=str(tmp_path / "settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"),
    )
    log = open(tmp_path / "lab.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--allow-root",
            "--ip=127.0.0.1",
            f"--port={port}",
            "--ServerApp.port_retries=0",
            f"--ServerApp.token={token}",
            f"--ServerApp.root_dir={paths.NOTEBOOKS_DIR}",
        ],
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=tmp_path,
    )
    try:
        yield f"http://127.0.0.1:{port}", token, process, tmp_path / "lab.log"
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
        log.close()


def _wait_for_contents(base: str, token: str, process, log_path) -> dict:
    deadline = time.monotonic() + STARTUP_SECONDS
    last_error = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"JupyterLab exited with {process.returncode}:\n{log_path.read_text()}")
        try:
            status, body = _get(f"{base}/api/contents", token)
            if status == 200:
                return json.loads(body)
        except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
            last_error = exc
        time.sleep(0.5)
    pytest.fail(
        f"no answer from JupyterLab in {STARTUP_SECONDS}s ({last_error}):\n{log_path.read_text()}"
    )


def test_lab_serves_the_notebooks(lab):
    base, token, process, log_path = lab
    listing = _wait_for_contents(base, token, process, log_path)
    names = {item["name"] for item in listing["content"]}
    assert {"01-the-report.ipynb", "02-the-figures.ipynb", "03-who-says-what.ipynb"} <= names
    # JupyterLab itself (not only the server) answers.
    status, page = _get(f"{base}/lab", token)
    assert status == 200 and b"JupyterLab" in page
    # Without the token the API refuses: the test server is not left open.
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{base}/api/contents", timeout=5)
    assert refused.value.code == 403
    process.terminate()
    assert process.wait(timeout=30) is not None
