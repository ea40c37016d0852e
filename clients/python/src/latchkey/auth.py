"""The ways to authenticate: a key in any form the server accepts, an app's client credentials, netrc, a sign-in."""

from __future__ import annotations

import base64
import json
import netrc
import os
import threading
import time
import urllib.parse
from typing import TYPE_CHECKING, Callable, Dict, Mapping, Optional, Tuple

if TYPE_CHECKING:
    from .transport import Transport

#: How long before expiry a token is renewed: 10% of its lifetime, at least 5 s and at most 5 min.
REFRESH_FRACTION = 0.1
REFRESH_MIN_SECONDS = 5.0
REFRESH_MAX_SECONDS = 300.0

#: The lifetime assumed when a token answer names none.
DEFAULT_LIFETIME_SECONDS = 60.0


def refresh_after_seconds(expires_in: float) -> float:
    """Seconds after issue at which a token of this lifetime is renewed (never later than its half-life's end)."""
    margin = min(max(expires_in * REFRESH_FRACTION, REFRESH_MIN_SECONDS), REFRESH_MAX_SECONDS)
    return max(0.0, expires_in - min(margin, expires_in / 2))


class AuthStrategy:
    """What a strategy is: the headers for the next request, and whether a refusal is worth one fresh try."""

    #: A short name for messages and logs (never the secret).
    kind: str = ""

    def authorize(self, transport: Transport) -> Dict[str, str]:
        """The headers that carry the credential; may fetch (and cache) a token first."""
        raise NotImplementedError

    def refresh(self, transport: Transport, refused: Mapping[str, str]) -> bool:
        """Called once on a 401 ``invalid_token`` with the headers the refused request carried.

        True when the request should be sent again: a token can be renewed, a key cannot.
        """
        return False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.kind}>"


def check_secret(value: object, what: str) -> str:
    """A credential about to go into a header: no line breaks or spaces that could split or bend it."""
    if not isinstance(value, str) or value == "":
        raise TypeError(f"{what} must be a non-empty string")
    if any(c <= " " or c == "\x7f" for c in value):
        raise TypeError(f"{what} contains spaces or control characters; check how it was copied")
    return value


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")


class ApiKey(AuthStrategy):
    """A personal (``lk_user_``) or session (``lk_sess_``) key.

    ``as_``: ``"bearer"`` (``Authorization: Bearer KEY``, the default), ``"basic"`` (Basic
    ``apikey:KEY``, the netrc form) or ``"apikey-header"`` (the ``apikey`` header).
    """

    kind = "api_key"

    def __init__(self, key: str, as_: str = "bearer") -> None:
        secret = check_secret(key, "ApiKey(key)")
        forms = {
            "bearer": {"Authorization": f"Bearer {secret}"},
            "basic": {"Authorization": basic("apikey", secret)},
            "apikey-header": {"apikey": secret},
        }
        if as_ not in forms:
            raise ValueError('ApiKey: as_ must be "bearer", "basic" or "apikey-header"')
        self.form = as_
        self._headers = forms[as_]

    def authorize(self, transport: Transport) -> Dict[str, str]:
        return dict(self._headers)


def netrc_path(env: Optional[Mapping[str, str]] = None) -> str:
    """$NETRC when set, as curl reads it, else ~/.netrc."""
    chosen = (os.environ if env is None else env).get("NETRC")
    return chosen if chosen else os.path.join(os.path.expanduser("~"), ".netrc")


class Netrc(AuthStrategy):
    """The key for the client's host from ~/.netrc (or $NETRC, or ``path``), sent as Basic like curl --netrc.

    The entry is ``machine HOST login apikey password KEY`` (then ``default``), read on first use.
    """

    kind = "netrc"

    def __init__(self, path: Optional[str] = None) -> None:
        self.path = path
        self._header: Optional[str] = None
        self._lock = threading.Lock()

    def authorize(self, transport: Transport) -> Dict[str, str]:
        with self._lock:
            if self._header is None:
                self._header = self._load(transport.base_url)
            return {"Authorization": self._header}

    def _load(self, base_url: str) -> str:
        path = self.path or netrc_path()
        host = urllib.parse.urlsplit(base_url).hostname or ""
        try:
            entries = netrc.netrc(path)
        except OSError as error:
            raise ValueError(f"netrc: cannot read {path} ({type(error).__name__})") from None
        except netrc.NetrcParseError as error:
            raise ValueError(f"netrc: {path} line {error.lineno}: {error.msg}") from None
        found = entries.authenticators(host)
        if found is None or not found[0] or found[2] is None:
            raise ValueError(f"netrc: {path} has no login and password for machine {host}")
        login, _account, password = found
        check_secret(login, f"netrc: the login for {host}")
        if password != "":
            check_secret(password, f"netrc: the password for {host}")
        return basic(login, password)


class ClientCredentials(AuthStrategy):
    """An app's access token (RFC 6749 section 4.4), found by discovery, cached and renewed ahead of expiry.

    The token endpoint is ``token_endpoint`` from ``/.well-known/oauth-authorization-server``, which
    must be on the client's own origin (the secret is never sent elsewhere unless ``token_url`` names
    it). A token is renewed ``expires_in`` minus 10% (at least 5 s, at most 5 min, at most half its
    life) after it was asked for. However many threads need a token at once, one request is sent.
    """

    kind = "client_credentials"

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        scope: Optional[str] = None,
        token_url: Optional[str] = None,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client_id = check_secret(client_id, "ClientCredentials: client_id")
        self._secret = check_secret(client_secret, "ClientCredentials: client_secret")
        self.scope = scope
        self.token_url = token_url
        self._now = now
        self._lock = threading.Lock()
        self._endpoint: Optional[str] = None
        self._token: Optional[Tuple[str, float]] = None
        self._issued = 0

    @property
    def tokens_issued(self) -> int:
        """How many tokens this strategy asked for so far."""
        return self._issued

    def authorize(self, transport: Transport) -> Dict[str, str]:
        token = self._token
        if token is None or self._now() >= token[1]:
            with self._lock:
                token = self._token
                # Another thread may have renewed it while this one waited for the lock.
                if token is None or self._now() >= token[1]:
                    token = self._fresh(transport)
        return {"Authorization": f"Bearer {token[0]}"}

    def refresh(self, transport: Transport, refused: Mapping[str, str]) -> bool:
        with self._lock:
            token = self._token
            # Many requests refused with the same token renew it once.
            if token is None or refused.get("Authorization") == f"Bearer {token[0]}":
                self._token = None
                self._fresh(transport)
        return True

    def _fresh(self, transport: Transport) -> Tuple[str, float]:
        """Asks for a token; the caller holds the lock."""
        url = self._token_endpoint(transport)
        form = {"grant_type": "client_credentials"}
        if self.scope:
            form["scope"] = self.scope
        started = self._now()
        # client_secret_basic: both parts form-encoded first (RFC 6749 section 2.3.1).
        authorization = basic(urllib.parse.quote(self.client_id, safe=""), urllib.parse.quote(self._secret, safe=""))
        response = transport.send(
            "POST",
            url,
            {"Authorization": authorization, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode(form).encode("ascii"),
            retry=True,
            auth=False,
        )
        body = response.json()
        self._issued += 1
        expires_in = body.get("expires_in") if isinstance(body, dict) else None
        if not isinstance(expires_in, (int, float)) or isinstance(expires_in, bool) or expires_in <= 0:
            expires_in = DEFAULT_LIFETIME_SECONDS
        token = (str(body["access_token"]), started + refresh_after_seconds(float(expires_in)))
        self._token = token
        return token

    def _token_endpoint(self, transport: Transport) -> str:
        if self._endpoint is not None:
            return self._endpoint
        base = transport.base_url + "/"
        if self.token_url:
            self._endpoint = urllib.parse.urljoin(base, self.token_url)
            return self._endpoint
        response = transport.send("GET", f"{transport.base_url}/.well-known/oauth-authorization-server", auth=False)
        try:
            metadata = json.loads(response.body.decode("utf-8"))
        except ValueError:
            metadata = None
        named = metadata.get("token_endpoint") if isinstance(metadata, dict) else None
        if not isinstance(named, str):
            raise ValueError("The authorization server metadata names no token_endpoint")
        url = urllib.parse.urljoin(base, named)
        if _origin(url) != _origin(base):
            raise ValueError(
                f"The server's token endpoint ({_origin(url)}) is not on the client's origin ({_origin(base)}); "
                "pass token_url to ClientCredentials() to send the secret there"
            )
        self._endpoint = url
        return url


class Session(AuthStrategy):
    """Signs in with an email and password on first use (POST /v0/auth/login) and sends the session token.

    A session is what creates keys (a key cannot) and lists all of its owner's keys (a key sees only
    itself). Signs in again, once, when the session is refused. A sign-in is never retried on its own:
    failed attempts count against the caller's address.
    """

    kind = "session"

    def __init__(self, email: str, password: str) -> None:
        if not isinstance(email, str) or not isinstance(password, str):
            raise TypeError("Session(email, password) needs both as strings")
        self.email = email
        self._password = password
        self._token: Optional[str] = None
        self._lock = threading.Lock()

    def authorize(self, transport: Transport) -> Dict[str, str]:
        with self._lock:
            if self._token is None:
                self._token = self._sign_in(transport)
            return {"Authorization": f"Bearer {self._token}"}

    def refresh(self, transport: Transport, refused: Mapping[str, str]) -> bool:
        with self._lock:
            if self._token is not None and refused.get("Authorization") == f"Bearer {self._token}":
                self._token = None
        return True

    def _sign_in(self, transport: Transport) -> str:
        body = json.dumps({"email": self.email, "password": self._password}).encode("utf-8")
        response = transport.send(
            "POST",
            f"{transport.base_url}/v0/auth/login",
            {"Content-Type": "application/json"},
            body,
            retry=False,
            auth=False,
        )
        return str(response.json()["token"])


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme, 0)
    return f"{parts.scheme}://{parts.hostname}:{port}"


def env_credentials(env: Optional[Mapping[str, str]] = None) -> Tuple[str, AuthStrategy]:
    """LATCHKEY_URL with LATCHKEY_API_KEY (sent as Bearer), or with LATCHKEY_CLIENT_ID and LATCHKEY_CLIENT_SECRET."""
    values = os.environ if env is None else env
    url = values.get("LATCHKEY_URL")
    if not url:
        raise ValueError("from_env: set LATCHKEY_URL to the Latchkey server, e.g. http://127.0.0.1:7420")
    parts = urllib.parse.urlsplit(url)
    if not parts.scheme or not parts.netloc:
        raise ValueError(f'from_env: LATCHKEY_URL must be an absolute URL, got "{url}"')
    if values.get("LATCHKEY_API_KEY"):
        return url, ApiKey(values["LATCHKEY_API_KEY"])
    client_id, client_secret = values.get("LATCHKEY_CLIENT_ID"), values.get("LATCHKEY_CLIENT_SECRET")
    if client_id or client_secret:
        if not client_id or not client_secret:
            raise ValueError("from_env: set both LATCHKEY_CLIENT_ID and LATCHKEY_CLIENT_SECRET")
        return url, ClientCredentials(client_id, client_secret)
    raise ValueError("from_env: set LATCHKEY_API_KEY, or LATCHKEY_CLIENT_ID and LATCHKEY_CLIENT_SECRET")
