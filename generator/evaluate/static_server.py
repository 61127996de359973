"""A static file server that answers like GitHub Pages: gzip-encoded text and the root 404.html.

Used by the browser tests (tests/browser/conftest.py) and the site benchmark; serves one folder
on 127.0.0.1 only.
"""

from __future__ import annotations

import gzip
import io
import posixpath
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".csv", ".map")


class SiteServer(ThreadingHTTPServer):
    """Serves ``site_root`` (which may be set after the port is known, to build for that URL)."""

    daemon_threads = True
    site_root: Path


class GitHubPagesLikeHandler(SimpleHTTPRequestHandler):
    """Static files with gzip Content-Encoding and the root 404.html for missing paths."""

    server: SiteServer

    def translate_path(self, path: str) -> str:
        clean = posixpath.normpath(unquote(path.split("?", 1)[0].split("#", 1)[0]))
        parts = [part for part in clean.split("/") if part not in ("", ".", "..")]
        return str(self.server.site_root.joinpath(*parts))

    def send_head(self) -> Any:
        target = Path(self.translate_path(self.path))
        if target.is_dir() and not self.path.split("?", 1)[0].endswith("/"):
            return super().send_head()  # the standard redirect to the slash-terminated URL
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return self._send_file(self.server.site_root / "404.html", 404)
        return self._send_file(target, 200)

    def _send_file(self, file: Path, status: int) -> Any:
        body = file.read_bytes() if file.is_file() else b"Not found"
        gzipped = file.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            body = gzip.compress(body, mtime=0)
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(file)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: Any) -> None:
        return


def make_server() -> SiteServer:
    """A server bound to a free port of 127.0.0.1, not yet serving."""
    return SiteServer(("127.0.0.1", 0), GitHubPagesLikeHandler)


@contextmanager
def serving(server: SiteServer) -> Iterator[str]:
    """Run ``server`` in a thread; yields its base URL ending in '/'."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        thread.join(timeout=5)


@contextmanager
def serve_site(site_dir: Path) -> Iterator[str]:
    """Serve ``site_dir`` on a free port of 127.0.0.1; yields the base URL ending in '/'."""
    server = make_server()
    server.site_root = site_dir
    try:
        with serving(server) as url:
            yield url
    finally:
        server.server_close()
