"""A server that trickles its page never holds the download past its deadline."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop.ingest.errors import IngestError
from desktop.ingest.url import fetch


class _Trickle(BaseHTTPRequestHandler):
    """Sends headers, then two bytes every 0.3 s: no single read ever waits long."""

    def do_GET(self):  # noqa: N802 (http.server's naming)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(200):
                self.wfile.write(b"ab")
                self.wfile.flush()
                time.sleep(0.3)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def trickle_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/page"
    server.shutdown()
    server.server_close()


def test_a_trickling_server_times_out_at_the_deadline(trickle_url):
    # Before: the limit was checked only after each 64 KB read, so it never came.
    start = time.monotonic()
    with pytest.raises(IngestError) as caught:
        fetch(trickle_url, timeout=1.5)
    elapsed = time.monotonic() - start
    assert (
        str(caught.value)
        == f"Could not fetch {trickle_url}: no answer within 1.5 seconds (timed out)."
    )
    assert elapsed < 3.0
