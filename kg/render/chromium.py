"""Drive headless Chromium over the DevTools pipe to check and time explorer pages offline.

Standard library only: Chromium is started with ``--remote-debugging-pipe`` and speaks
the Chrome DevTools Protocol as NUL-separated JSON on file descriptors 3 and 4, so no
WebSocket client and no downloaded browser are needed. Every request that is not
``file:``, ``data:``, ``blob:`` or ``about:`` is failed and recorded, and a proxy that
does not exist plus a resolver that resolves nothing keep anything from leaving the
machine. Used by the browser tests, the render benchmark and the screenshot script.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from kg.errors import KGError

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:", "chrome-error:")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-default-browser-check", "--disable-default-apps", "--disable-extensions",
    "--mute-audio", "--hide-scrollbars", "--proxy-server=127.0.0.1:9",
    # A page that is not in front gets its timers and animation frames throttled or paused,
    # which stalls vis-network's layout: keep every page running at full speed.
    "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--remote-debugging-pipe",
)


class BrowserError(KGError):
    """Chromium is missing, died, or did not answer in time."""


def find_chromium() -> str | None:
    """The path of a Chromium/Chrome binary on PATH (or $KG_CHROMIUM), else None."""
    explicit = os.environ.get("KG_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


class Chromium:
    """One headless Chromium with one page, driven over the DevTools pipe.

    Example:
        >>> with Chromium() as browser:  # doctest: +SKIP
        ...     browser.open(Path("out/explorer.html"))
        ...     browser.wait_for("window.kgExplorer && kgExplorer.ready")
    """

    def __init__(self, binary: str | None = None, *, width: int = 1400, height: int = 900,
                 timeout: float = 60.0) -> None:
        path = binary or find_chromium()
        if path is None:
            raise BrowserError("no chromium binary found (apt-get install chromium)")
        self.timeout = timeout
        self.events: list[dict[str, Any]] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self._next_id = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self._cond = threading.Condition()
        self._write_lock = threading.Lock()
        self._profile = tempfile.TemporaryDirectory(prefix="kg-chromium-")
        self._stderr = open(Path(self._profile.name) / "stderr.log", "wb")  # noqa: SIM115
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # Park both ends above fd 9 so the dup2 onto 3 and 4 cannot clobber either.
        high_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
        high_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)

        def wire_pipe() -> None:
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.process = subprocess.Popen(
            [path, *FLAGS, f"--user-data-dir={self._profile.name}",
             f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._stderr,
            close_fds=False, preexec_fn=wire_pipe,  # noqa: PLW1509 - single-threaded here
        )
        for fd in (to_browser_r, from_browser_w, high_r, high_w):
            os.close(fd)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        target = self._page_target()
        self.session = self.call("Target.attachToTarget",
                                 {"targetId": target, "flatten": True})["sessionId"]
        self.send("Page.bringToFront")
        for method in ("Page.enable", "Runtime.enable", "Log.enable", "Network.enable"):
            self.send(method)
        self.send("Fetch.enable", {"patterns": [{"urlPattern": "*"}]})
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def _page_target(self) -> str:
        """The tab Chromium opened at start (waited for briefly), else a new one."""
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            infos = self.call("Target.getTargets")["targetInfos"]
            pages = [t["targetId"] for t in infos if t.get("type") == "page"]
            if pages:
                return str(pages[0])
            time.sleep(0.05)
        return str(self.call("Target.createTarget", {"url": "about:blank"})["targetId"])

    # ---- protocol ----

    def call(self, method: str, params: dict[str, Any] | None = None, *,
             session: str | None = None, timeout: float | None = None) -> dict[str, Any]:
        """Send one command and wait for its result (raises BrowserError on an error reply)."""
        with self._cond:
            self._next_id += 1
            ident = self._next_id
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._write(message)
        deadline = time.monotonic() + (timeout or self.timeout)
        with self._cond:
            while ident not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    raise BrowserError(f"chromium did not answer {method}")
                self._cond.wait(min(left, 0.5))
            reply = self._replies.pop(ident)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error'].get('message')}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """A command to the page's session."""
        return self.call(method, params, session=self.session)

    def _write(self, message: dict[str, Any]) -> None:
        data = json.dumps(message).encode("utf-8") + b"\0"
        with self._write_lock:
            os.write(self._to_browser, data)

    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_browser, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._cond:
                    self._cond.notify_all()
                return
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for raw in messages:
                self._dispatch(json.loads(raw))

    def _dispatch(self, message: dict[str, Any]) -> None:
        if "id" in message:
            with self._cond:
                self._replies[message["id"]] = message
                self._cond.notify_all()
            return
        method, params = message.get("method", ""), message.get("params", {})
        self.events.append(message)
        if method == "Fetch.requestPaused":
            url = params["request"]["url"]
            if url.startswith(LOCAL_SCHEMES):
                self._reply_async("Fetch.continueRequest", {"requestId": params["requestId"]})
            else:
                self.blocked.append(url)
                self._reply_async("Fetch.failRequest", {"requestId": params["requestId"],
                                                        "errorReason": "BlockedByClient"})
        elif method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("message", ""))
            self._reply_async("Page.handleJavaScriptDialog", {"accept": True})
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text", "")
            self.console_errors.append(f"exception: {text}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            args = params.get("args", [])
            self.console_errors.append("console: " + " ".join(
                str(a.get("value", a.get("description", ""))) for a in args))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            self.console_errors.append(f"log: {entry.get('text')} {entry.get('url', '')}")

    def _reply_async(self, method: str, params: dict[str, Any]) -> None:
        with self._cond:
            self._next_id += 1
            ident = self._next_id
        self._write({"id": ident, "method": method, "params": params,
                     "sessionId": self.session})

    # ---- page helpers ----

    def open(self, path: Path | str) -> float:
        """Navigate the page to a local file; returns the monotonic time the load was asked."""
        url = Path(path).resolve().as_uri() if not str(path).startswith("file:") else str(path)
        start = time.monotonic()
        reply = self.send("Page.navigate", {"url": url})
        if reply.get("errorText"):
            raise BrowserError(f"cannot open {url}: {reply['errorText']}")
        return start

    def evaluate(self, expression: str, *, timeout: float | None = None) -> Any:
        """The value of a JavaScript expression in the page (promises awaited)."""
        result = self.call("Runtime.evaluate", {"expression": expression,
                                                "returnByValue": True, "awaitPromise": True},
                           session=self.session, timeout=timeout)
        if "exceptionDetails" in result:
            raise BrowserError(f"script failed: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, *, timeout: float | None = None,
                 interval: float = 0.05) -> float:
        """Poll until the expression is truthy; returns the seconds waited."""
        start = time.monotonic()
        limit = timeout or self.timeout
        deadline = start + limit
        last = ""
        while True:
            try:
                if self.evaluate(expression, timeout=max(1.0, min(10.0, limit))):
                    return time.monotonic() - start
            except BrowserError as exc:
                last = f" (last: {exc})"  # the page may be between documents
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out after {limit:.0f} s waiting for {expression}{last}")
            time.sleep(interval)

    def screenshot(self, path: Path | str) -> Path:
        """Save a PNG of the viewport."""
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        out = Path(path)
        out.write_bytes(base64.b64decode(data))
        return out

    def add_script_on_load(self, source: str) -> None:
        """Run this JavaScript in every document before its own scripts."""
        self.send("Page.addScriptToEvaluateOnNewDocument", {"source": source})

    def offsite_requests(self) -> list[str]:
        """Every URL the page asked for that is not local (blocked or not)."""
        return sorted({u for u in self.requests + self.blocked if not u.startswith(LOCAL_SCHEMES)})

    # ---- lifetime ----

    def close(self) -> None:
        """Stop Chromium and remove its profile."""
        if self.process.poll() is None:
            try:
                self.call("Browser.close", timeout=5)
            except BrowserError:
                pass
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        self._stderr.close()
        self._profile.cleanup()

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
