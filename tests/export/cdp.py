"""Headless Chromium driven over the Chrome DevTools Protocol, for the browser tests.

Through ``--remote-debugging-pipe`` (NUL-separated JSON on file descriptors 3 and 4), so the
tests need only the standard library: no port to collide with, no browser download, no extra
package.
"""

from __future__ import annotations

import fcntl
import itertools
import json
import os
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,800", "--remote-debugging-pipe"]
TIMEOUT = 30.0


class Browser:
    """A Chromium process and one page, spoken to over the CDP pipe; events are recorded."""

    def __init__(self, profile: Path) -> None:
        to_child, self._out = os.pipe()
        self._in, from_child = os.pipe()
        # copies above 9 so that putting them at 3 and 4 in the child cannot clobber each other
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_child, from_child)]

        def wire() -> None:  # the protocol fixes the descriptors: child reads 3, writes 4
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.proc = subprocess.Popen(
            [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            preexec_fn=wire, pass_fds=(3, 4), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        for fd in (to_child, from_child, *high):
            os.close(fd)
        self._ids = itertools.count(1)
        self._replies: dict[int, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self.url = ""
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target,
                                 flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable", session=self.session)

    def _read(self) -> None:
        buffer = b""
        while chunk := os.read(self._in, 1 << 16):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            with self._cond:
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        self._replies[message["id"]] = message
                        continue
                    self.events.append(message)
                    if message["method"] == "Page.javascriptDialogOpening":
                        # a dialog blocks the page: dismiss it so the tests can report it
                        self._send("Page.handleJavaScriptDialog", message.get("sessionId"),
                                   {"accept": False})
                self._cond.notify_all()

    def _send(self, method: str, session: str | None, params: dict[str, Any]) -> int:
        number = next(self._ids)
        message: dict[str, Any] = {"id": number, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        return number

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its answer; a protocol error fails the test."""
        number = self._send(method, session, params)
        with self._cond:
            if not self._cond.wait_for(lambda: number in self._replies, TIMEOUT):
                raise TimeoutError(method)
            reply = self._replies.pop(number)
        assert "error" not in reply, f"{method}: {reply['error']}"
        return reply["result"]

    def open(self, path: Path) -> None:
        """Load the page and wait until the network has settled and been drawn."""
        self.url = path.resolve().as_uri()
        self.page("Page.navigate", url=self.url)
        self.wait_for("document.body && document.body.dataset.kgReady === 'true'")

    def open_plain(self, path: Path) -> None:
        """Load any file (an SVG figure, say) and wait until it has loaded."""
        self.url = path.resolve().as_uri()
        self.page("Page.navigate", url=self.url)
        self.wait_for(f"location.href === {json.dumps(self.url)}"
                      " && document.readyState === 'complete'")

    def page(self, method: str, **params: Any) -> dict[str, Any]:
        return self.call(method, session=self.session, **params)

    def js(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises are awaited)."""
        result = self.page("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = TIMEOUT) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if value := self.js(expression):
                return value
            time.sleep(0.1)
        raise TimeoutError(expression)

    def seen(self, *methods: str) -> list[dict[str, Any]]:
        with self._cond:
            return [e for e in self.events if e["method"] in methods]

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (OSError, TimeoutError):
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._out)
        self._reader.join(5)  # ends at end of file, once Chromium has gone
        if not self._reader.is_alive():
            os.close(self._in)
