"""What the server refuses: oversized bodies, writes without the API key, fetches of internal addresses."""

from __future__ import annotations

import hmac
import ipaddress
import json
import socket
from typing import Optional
from urllib.parse import urlsplit, urlunsplit

import httpx


class BodyLimit:
    """ASGI middleware: answer 413 for a request body over `max_bytes`, whether or not it declares a length.

    The body is read here (bounded) and replayed to the app, so a chunked upload cannot slip past a
    Content-Length check.
    """

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            return await self._too_large(send)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                return await self._too_large(send)
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, send):
        body = json.dumps({"detail": f"request body too large (limit {self.max_bytes} bytes)"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def key_matches(expected: Optional[str], given: Optional[str]) -> bool:
    """Constant-time comparison so the key cannot be guessed byte by byte from response times."""
    if not expected:
        return True
    if not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def is_loopback_host(host: str) -> bool:
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class FetchRefused(Exception):
    """A user-supplied URL that the server will not fetch, with the reason."""


def _public_address(host: str, port: int) -> str:
    """Resolve `host` and return one address, refusing if ANY resolved address is not public:
    a name that resolves to both a public and an internal address is treated as internal."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchRefused(f"cannot resolve host {host!r}: {exc.strerror}") from None
    addresses = []
    for info in infos:
        addr = ipaddress.ip_address(info[4][0].split("%")[0])
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
            addr = addr.ipv4_mapped
        if not addr.is_global or addr.is_multicast:
            raise FetchRefused(f"refusing to fetch {host!r}: it resolves to a non-public address ({addr})")
        addresses.append(addr)
    if not addresses:
        raise FetchRefused(f"cannot resolve host {host!r}")
    return str(addresses[0])


def fetch_url(url: str, *, max_bytes: int, timeout: float = 10.0, max_redirects: int = 3) -> tuple[bytes, str]:
    """GET a public http(s) URL; returns (body, content type).

    The connection goes to the address that was checked (the name is resolved once), with the original
    name in the Host header and TLS SNI, so a DNS answer that changes between check and connect cannot
    point the request at an internal service. Each redirect is checked the same way.
    """
    for _ in range(max_redirects + 1):
        try:
            parts = urlsplit(url)
            explicit_port = parts.port
        except ValueError as exc:
            raise FetchRefused(f"not a valid URL: {url!r} ({exc})") from None
        if parts.scheme not in ("http", "https"):
            raise FetchRefused(f"refusing to fetch {url!r}: only http and https URLs are fetched")
        if not parts.hostname:
            raise FetchRefused(f"refusing to fetch {url!r}: no host name")
        if parts.username or parts.password:
            raise FetchRefused("refusing to fetch a URL with credentials in it")
        port = explicit_port or (443 if parts.scheme == "https" else 80)
        address = _public_address(parts.hostname, port)
        netloc = f"[{address}]" if ":" in address else address
        pinned = urlunsplit((parts.scheme, f"{netloc}:{port}", parts.path or "/", parts.query, ""))
        host_header = parts.hostname + (f":{explicit_port}" if explicit_port else "")
        with httpx.Client(timeout=timeout, follow_redirects=False) as client:
            request = client.build_request("GET", pinned, headers={"Host": host_header, "User-Agent": "newsevents"},
                                           extensions={"sni_hostname": parts.hostname})
            response = client.send(request, stream=True)
            try:
                if response.is_redirect and "location" in response.headers:
                    url = str(httpx.URL(url).join(response.headers["location"]))
                    continue
                if response.status_code >= 400:
                    raise FetchRefused(f"fetching {url!r} failed: HTTP {response.status_code}")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > max_bytes:
                        raise FetchRefused(f"the page at {url!r} is larger than {max_bytes} bytes")
                return bytes(body), response.headers.get("content-type", "")
            finally:
                response.close()
    raise FetchRefused(f"fetching {url!r}: too many redirects")
