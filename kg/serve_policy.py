"""Who may use ``kg serve``: the Host and Origin of a request, CORS, and the update token.

A browser lets any web page send a form POST to ``http://127.0.0.1:7878`` without asking, and
a DNS name an attacker controls can be pointed at 127.0.0.1 (DNS rebinding). So:

* a server listening on a loopback address answers only requests whose ``Host`` is a loopback
  name (``localhost``, ``127.0.0.1``, ``[::1]``), which a rebound name is not;
* a request carrying an ``Origin`` (every cross-site POST and script request does) is answered
  only when that origin is the endpoint's own or one named with ``--cors-origin``; CORS headers
  go only to those named origins (none by default), never ``*``;
* an update needs ``--allow-update`` and ``Authorization: Bearer <token>``, the token from
  ``$KG_UPDATE_TOKEN`` or, when that is unset, made at start and printed once.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.message import Message

TOKEN_ENV = "KG_UPDATE_TOKEN"
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]", "::1")


class Refusal(Exception):
    """A request refused by the policy; ``status`` is the HTTP status, ``headers`` any extra."""

    def __init__(self, status: int, message: str,
                 headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.headers = dict(headers or {})


def update_token() -> tuple[str, bool]:
    """The update token and whether it was made here (then the caller prints it)."""
    given = os.environ.get(TOKEN_ENV, "").strip()
    return (given, False) if given else (secrets.token_urlsafe(32), True)


def is_loopback(host: str) -> bool:
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _host_name(header: str) -> str:
    """The name of a Host header, without its port (``[::1]:80`` -> ``[::1]``)."""
    if header.startswith("["):
        return header[: header.find("]") + 1] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


@dataclass
class Policy:
    """The checks of one endpoint."""

    bound_host: str
    cors_origins: frozenset[str] = frozenset()
    token: str | None = None  # None: updates are off

    @classmethod
    def of(cls, bound_host: str, cors_origins: Iterable[str], token: str | None) -> Policy:
        return cls(bound_host, frozenset(o.rstrip("/") for o in cors_origins), token)

    def check_request(self, headers: Mapping[str, str] | Message) -> None:
        """Refuse a request from a rebound name or another origin (403)."""
        host = (headers.get("Host") or "").strip()
        if host and is_loopback(self.bound_host) and not is_loopback(_host_name(host)):
            raise Refusal(403, f"Host {host!r} refused: this endpoint listens on a loopback "
                               "address and answers only localhost, 127.0.0.1 or [::1]")
        origin = headers.get("Origin")
        if origin is not None and not self.origin_allowed(origin, host):
            raise Refusal(403, f"requests from the origin {origin!r} are refused; start the "
                               "endpoint with --cors-origin ORIGIN to allow a web page there")

    def origin_allowed(self, origin: str, host: str) -> bool:
        origin = origin.strip().rstrip("/")
        return origin in self.cors_origins or (bool(host) and origin in (
            f"http://{host}", f"https://{host}"))

    def cors_headers(self, headers: Mapping[str, str] | Message) -> dict[str, str]:
        """The CORS headers for a request from a named origin; none for any other."""
        origin = (headers.get("Origin") or "").strip().rstrip("/")
        if origin not in self.cors_origins:
            return {}
        return {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization",
            "Vary": "Origin",
        }

    def check_update(self, headers: Mapping[str, str] | Message) -> None:
        """Refuse an update without the right bearer token (401), or when updates are off
        (403)."""
        if self.token is None:
            raise Refusal(403, "this endpoint is read-only (start it with --allow-update to "
                               "accept SPARQL Update)")
        scheme, _, given = (headers.get("Authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                                 self.token.encode()):
            raise Refusal(401, "an update needs the header 'Authorization: Bearer <token>' "
                               f"with the token kg serve printed (or ${TOKEN_ENV})",
                          {"WWW-Authenticate": 'Bearer realm="kg"'})
