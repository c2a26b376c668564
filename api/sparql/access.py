"""Who may read and write: bearer tokens from the settings, compared in constant time.

Writes (SPARQL Update, Graph Store PUT/POST/DELETE) are refused (403) unless `update_token` is set; then
they need `Authorization: Bearer <update_token>` (401 otherwise). Reads are open unless `read_token` is
set; then they need either token. HTTP Basic with the token as password is accepted too, for clients that
only speak Basic.
"""
from __future__ import annotations

import base64
import binascii
import hmac

from api.sparql.protocol import ProtocolError
from graph.settings import Settings

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="stancegraph"'}


def presented_token(authorization: str | None) -> str | None:
    """The token of an `Authorization` header (Bearer, or the password of Basic), or None."""
    if not authorization:
        return None
    scheme, _, credentials = authorization.strip().partition(" ")
    scheme = scheme.lower()
    if scheme == "bearer":
        return credentials.strip()
    if scheme == "basic":
        try:
            decoded = base64.b64decode(credentials.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return decoded.partition(":")[2]
    return None


def _matches(presented: str | None, expected: str | None) -> bool:
    if presented is None or not expected:
        return False
    return hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))


def check_read(settings: Settings, authorization: str | None) -> None:
    """Refuse a read without the read token, when one is configured."""
    if not settings.read_token:
        return
    token = presented_token(authorization)
    if not (_matches(token, settings.read_token) or _matches(token, settings.update_token)):
        raise ProtocolError(401, "this server needs 'Authorization: Bearer <read token>' for reads",
                            headers=_CHALLENGE)


def check_write(settings: Settings, authorization: str | None) -> None:
    """Refuse a write unless the update token is configured and presented."""
    if not settings.update_token:
        raise ProtocolError(
            403, "updates are disabled on this server; an operator enables them by setting "
            "STANCEGRAPH_UPDATE_TOKEN, then clients send 'Authorization: Bearer <token>'",
        )
    if not _matches(presented_token(authorization), settings.update_token):
        raise ProtocolError(401, "updates need 'Authorization: Bearer <update token>'", headers=_CHALLENGE)
