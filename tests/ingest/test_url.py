"""load_url against a local http.server: pages, plain text, 404, timeouts, size cap, schemes."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop.ingest.errors import IngestError
from desktop.ingest.url import check_web_address, fetch, load_url

PAGE = (Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "article.html").read_bytes()
TEXT = "Trucks go electric\n\nMay 3, 2024\n\nCafé Müller – 50 €, said Ashok Leyland.\n"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        if self.path == "/article":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/text":
            self._send(
                200, "text/plain; charset=cp1252", TEXT.replace("\n", "\r\n").encode("cp1252")
            )
        elif self.path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.7\n")
        elif self.path == "/empty":
            self._send(200, "text/html", b"  \n")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", PAGE)
        elif self.path == "/big":
            self._send(200, "text/plain", b"word " * 300_000, length=False)
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
        elif self.path == "/redirect-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/article")
            self.end_headers()
        else:
            self._send(404, "text/html", b"<html><body>Not here</body></html>")

    def _send(self, status: int, content_type: str, body: bytes, length: bool = True):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should past the size cap

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _error(call, *args, **kwargs) -> str:
    with pytest.raises(IngestError) as caught:
        call(*args, **kwargs)
    return str(caught.value)


def test_page_is_read_with_its_metadata(server):
    article = load_url(f"{server}/article")
    assert article.title == "Ashok Leyland bets on CALB for battery know-how"
    assert article.author == "Alisha Sachdev"
    assert article.published == "2025-09-25"
    assert article.source == "Example News"
    assert article.url == f"{server}/article"
    assert "TRACKING SCRIPT" not in article.text


def test_redirect_is_followed_and_the_final_address_kept(server):
    assert load_url(f"{server}/redirect").url == f"{server}/article"


def test_plain_text_by_content_type_and_declared_charset(server):
    article = load_url(f"{server}/text")
    assert article.text == TEXT
    assert article.title == "Trucks go electric"
    assert article.published == "2024-05-03"
    assert article.source == "127.0.0.1"
    assert article.url == f"{server}/text"


def test_http_error_status(server):
    assert _error(load_url, f"{server}/missing") == (
        f"Could not fetch {server}/missing: the server answered 404 Not Found."
    )


def test_timeout(server):
    assert _error(load_url, f"{server}/slow", timeout=0.3) == (
        f"Could not fetch {server}/slow: no answer within 0.3 seconds (timed out)."
    )


def test_size_cap_stops_the_download(server):
    assert _error(fetch, f"{server}/big", max_bytes=1024 * 1024) == (
        f"Could not fetch {server}/big: the page is larger than 1 MB."
    )


def test_other_media_types_are_refused(server):
    assert _error(load_url, f"{server}/pdf") == (
        f"Cannot read {server}/pdf: it is application/pdf, not a web page."
    )


def test_empty_page_is_refused(server):
    assert _error(load_url, f"{server}/empty") == (
        f"Could not read {server}/empty: the server sent an empty page."
    )


def test_redirect_away_from_the_web_is_refused(server):
    assert _error(load_url, f"{server}/redirect-ftp") == (
        f"Could not fetch {server}/redirect-ftp: it redirects to ftp://127.0.0.1/article."
    )


def test_connection_refused():
    # Bind a port, then close it, so nothing listens there.
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    port = httpd.server_address[1]
    httpd.server_close()
    assert _error(load_url, f"http://127.0.0.1:{port}/") == (
        f"Could not fetch http://127.0.0.1:{port}/: the server refused the connection."
    )


def test_unknown_host_name():
    # .invalid never resolves (RFC 2606), so no real lookup on the internet succeeds.
    message = _error(load_url, "http://no-such-host.invalid/article", timeout=5)
    assert message.startswith("Could not fetch http://no-such-host.invalid/article: ")
    assert "could not be found" in message or "timed out" in message


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "ftp://example.com/a.txt",
            "Cannot open ftp://example.com/a.txt: only http:// and https:// addresses, not ftp://.",
        ),
        (
            "file:///etc/passwd",
            "Cannot open file:///etc/passwd: only http:// and https:// addresses, not file://.",
        ),
        ("http:///path-only", "Cannot open http:///path-only: the address has no host name."),
    ],
)
def test_other_schemes_are_refused(url, message):
    assert _error(load_url, url) == message


@pytest.mark.parametrize("address", ["https://[::1", "http://[zz]/", "http://example.com:99999/"])
def test_malformed_addresses_are_refused_in_one_line(address):
    with pytest.raises(IngestError, match="not a valid web address"):
        check_web_address(address)
