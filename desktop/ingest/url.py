"""Fetches an article from an http(s) address, with a timeout and a size cap."""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from desktop import __version__
from desktop.domain import Article
from desktop.ingest.decoding import decode_bytes, decode_entities, normalise_newlines
from desktop.ingest.errors import IngestError
from desktop.ingest.html import decode_html, looks_like_html, parse_html, site_host
from desktop.ingest.plaintext import parse_plain_text

DEFAULT_TIMEOUT = 15.0  # seconds, for connecting and for the whole download
MAX_BYTES = 10 * 1024 * 1024
_CHUNK = 64 * 1024
_USER_AGENT = f"BriefingDesk/{__version__} (article reader)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")


@dataclass
class Page:
    """What a server sent: the body, its media type and charset, and the final address."""

    data: bytes
    content_type: str
    charset: str | None
    url: str


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) addresses only (urllib would follow ftp:// too)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise IngestError(f"Could not fetch {req.full_url}: it redirects to {newurl}.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_web_address(url: str) -> None:
    """Refuse anything but an http:// or https:// address with a host."""
    try:
        parts = urlsplit(url)
        host = parts.hostname  # parses the host: "[::1" or "[zz]" raise here
        parts.port  # noqa: B018 - "host:99999" raises here
    except ValueError as error:
        raise IngestError(f"Cannot open {url}: it is not a valid web address ({error}).") from None
    if parts.scheme.lower() not in ("http", "https"):
        written = f"{parts.scheme}://" if url[len(parts.scheme) + 1 :].startswith("//") else ""
        scheme = written or (f"{parts.scheme}:" if parts.scheme else "an address without http://")
        raise IngestError(f"Cannot open {url}: only http:// and https:// addresses, not {scheme}.")
    if not host:
        raise IngestError(f"Cannot open {url}: the address has no host name.")


def fetch(url: str, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES) -> Page:
    """Download a web address; every failure becomes a one-line IngestError.

    timeout is a deadline for the whole of it: a server that trickles a byte every few
    seconds never lets a single read time out, so the download runs in a thread that
    is abandoned (its socket closed) when the time is up.

    Args:
        url: an http:// or https:// address.
        timeout: seconds allowed for connecting and the whole download together.
        max_bytes: the largest body accepted; the download stops past it.
    """
    check_web_address(url)
    outcome: list = []
    opened: list = []  # the response, so that the deadline can close its socket

    def download() -> None:
        try:
            outcome.append(_fetch(url, timeout, max_bytes, opened))
        except BaseException as error:  # handed to the caller's thread
            outcome.append(error)

    worker = threading.Thread(target=download, name="fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        for response in opened:
            with contextlib.suppress(Exception):
                response.close()
        raise IngestError(f"Could not fetch {url}: {_describe(TimeoutError(), timeout)}")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _fetch(url: str, timeout: float, max_bytes: int, opened: list) -> Page:
    """fetch's download, in its thread; every read is bounded by the same deadline."""
    opener = urllib.request.build_opener(_WebOnlyRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            opened.append(response)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise IngestError(f"Could not fetch {url}: {_too_large(max_bytes)}")
            chunks, size = [], 0
            # read1: what has arrived, at most _CHUNK; read() waits for all _CHUNK bytes.
            while chunk := response.read1(_CHUNK):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(f"Could not fetch {url}: {_too_large(max_bytes)}")
                if time.monotonic() > deadline:
                    raise TimeoutError
            header = Message()
            header["Content-Type"] = response.headers.get("Content-Type", "")
            charset = header.get_param("charset")
            return Page(
                data=b"".join(chunks),
                content_type=header.get_content_type() if header["Content-Type"] else "",
                charset=charset if isinstance(charset, str) else None,
                url=response.geturl(),
            )
    except urllib.error.HTTPError as error:
        raise IngestError(
            f"Could not fetch {url}: the server answered {error.code} {error.reason}."
        ) from error
    except urllib.error.URLError as error:
        raise IngestError(f"Could not fetch {url}: {_describe(error.reason, timeout)}") from error
    except (TimeoutError, OSError, http.client.HTTPException) as error:
        raise IngestError(f"Could not fetch {url}: {_describe(error, timeout)}") from error
    except ValueError as error:  # a malformed address found only while connecting
        raise IngestError(f"Could not fetch {url}: {error}.") from error


def load_url(url: str, timeout: float = DEFAULT_TIMEOUT) -> Article:
    """The article at a web address: a page's main text, or a plain-text file.

    Raises:
        IngestError: the address is not http(s), cannot be fetched, or holds no article.
    """
    page = fetch(url, timeout)
    if not page.data.strip():
        raise IngestError(f"Could not read {url}: the server sent an empty page.")
    if page.content_type in _TEXT_TYPES:
        text = _decode_text(page, url)
        if not text.strip():
            raise IngestError(f"Could not read {url}: the server sent an empty page.")
        article = parse_plain_text(decode_entities(text), source=site_host(page.url))
        article.url = page.url
        return article
    if page.content_type and page.content_type not in _HTML_TYPES:
        raise IngestError(f"Cannot read {url}: it is {page.content_type}, not a web page.")
    html = decode_html(page.data, url, page.charset)
    if not page.content_type and not looks_like_html(html):
        article = parse_plain_text(html, source=site_host(page.url))
        article.url = page.url
        return article
    return parse_html(html, url=page.url)


def _decode_text(page: Page, url: str) -> str:
    if page.charset:
        try:
            return normalise_newlines(page.data.decode(page.charset).removeprefix("\ufeff"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(page.data, url)


def _too_large(max_bytes: int) -> str:
    return f"the page is larger than {max_bytes // (1024 * 1024)} MB."


def _describe(reason: object, timeout: float) -> str:
    """Why a connection failed, in words a user can act on."""
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} seconds (timed out)."
    if isinstance(reason, socket.gaierror):
        return "the server's name could not be found (offline, or a mistyped address?)."
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection."
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed ({reason.reason or reason})."
    if isinstance(reason, ConnectionError | http.client.HTTPException):
        return "the connection was closed before the page arrived."
    if isinstance(reason, OSError) and reason.strerror:
        return f"{reason.strerror}."
    return f"{reason}."
