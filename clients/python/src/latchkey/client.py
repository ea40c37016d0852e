"""The client: a generic request, named helpers for the common operations, and pagination over Link headers."""

from __future__ import annotations

import json as jsonlib
import re
import urllib.parse
from typing import Any, Dict, Iterator, List, Mapping, Optional

from .auth import AuthStrategy, env_credentials
from .errors import LatchkeyError
from .models import AccessCheck, App, CreatedUserKey, UserKey, Verification, Whoami
from .retry import RetryPolicy
from .transport import Response, Transport

__version__ = "0.1.0"

Params = Optional[Mapping[str, Any]]

_LINK = re.compile(r"<([^>]*)>\s*((?:;[^,]*)*)")
_NEXT = re.compile(r';\s*rel="?(?:[^";]*\s)?next(?:\s[^";]*)?"?\s*(?=;|$)', re.IGNORECASE)


def next_link(header: Optional[str]) -> Optional[str]:
    """The target of rel="next" in an RFC 8288 Link header, if any."""
    for target, attributes in _LINK.findall(header or ""):
        if _NEXT.search(attributes):
            return str(target)
    return None


def _query(params: Params) -> str:
    """Query parameters: booleans as true/false, lists repeated, None left out."""
    pairs = []
    for name, value in (params or {}).items():
        for one in value if isinstance(value, (list, tuple)) else [value]:
            if one is None:
                continue
            pairs.append((name, "true" if one is True else "false" if one is False else str(one)))
    return urllib.parse.urlencode(pairs)


class Pages:
    """Every item of a list operation, page after page, following the Link header's rel="next".

    Iterate over it for the items, or over ``pages()`` a page at a time; ``total`` is X-Total-Count
    once the first page has been read.
    """

    def __init__(self, client: Latchkey, path: str, params: Params) -> None:
        self._client = client
        self._path = path
        self._params = params
        self.total: Optional[int] = None

    def __iter__(self) -> Iterator[Any]:
        for page in self.pages():
            yield from page

    def pages(self) -> Iterator[List[Any]]:
        url: Optional[str] = self._client.url_for(self._path, self._params)
        seen = set()
        origin = urllib.parse.urlsplit(self._client.url)[:2]
        while url is not None and url not in seen:
            seen.add(url)
            if urllib.parse.urlsplit(url)[:2] != origin:
                raise ValueError(f"paginate: a next link off the server ({url})")
            response = self._client.transport.send("GET", url)
            count = response.headers.get("x-total-count", "")
            if count.isdigit():
                self.total = int(count)
            nxt = next_link(response.headers.get("link"))
            url = urllib.parse.urljoin(self._client.url + "/", nxt) if nxt is not None else None
            items = response.json()
            if not isinstance(items, list):
                raise LatchkeyError(response.status, "unexpected_response", f"{self._path} did not answer a list")
            yield items


class Latchkey:
    """A client for one server.

    ``url`` is the server (``http://127.0.0.1:7420``, no ``/v0``); ``auth`` one of :class:`ApiKey`,
    :class:`ClientCredentials`, :class:`Netrc` (none for public endpoints). Any answer that is not a 2xx
    raises :class:`LatchkeyError`. Safe to share between threads.
    """

    def __init__(
        self,
        url: str,
        auth: Optional[AuthStrategy] = None,
        *,
        retry: Optional[RetryPolicy] = None,
        timeout: float = 30.0,
        user_agent: str = f"latchkey-python/{__version__}",
    ) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f'Latchkey: url must be an absolute http: or https: URL, got "{url}"')
        self.transport = Transport(url, auth, retry or RetryPolicy(), timeout, user_agent)
        self.url = self.transport.base_url
        self.keys = Keys(self)
        self.apps = Apps(self)
        self.access = Access(self)

    def url_for(self, path: str, params: Params = None) -> str:
        if not path.startswith("/"):
            raise ValueError(f'Latchkey: a path starts with "/", got "{path}"')
        query = _query(params)
        return f"{self.url}{path}" + (f"?{query}" if query else "")

    def request(
        self,
        method: str,
        path: str,
        params: Params = None,
        json: Any = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> Any:
        """Any operation: ``client.request("PATCH", "/v0/users/ada", json={"name": "Ada"})``.

        Returns the answer's JSON (None when it has no body). Only GET, HEAD, PUT, DELETE and OPTIONS
        are retried; a POST or PATCH is sent once (a refused token aside).
        """
        return self.send(method, path, params=params, json=json, headers=headers).json()

    def send(
        self,
        method: str,
        path: str,
        params: Params = None,
        json: Any = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> Response:
        """Like :meth:`request`, returning the whole :class:`Response` (status, headers, body)."""
        sent = dict(headers or {})
        body = None
        if json is not None:
            body = jsonlib.dumps(json).encode("utf-8")
            sent.setdefault("Content-Type", "application/json")
        return self.transport.send(method, self.url_for(path, params), sent, body)

    def paginate(self, path: str, params: Params = None) -> Pages:
        """Every item of a list: ``for key in client.paginate("/v0/users/ada/keys", {"per_page": 100})``."""
        return Pages(self, path, params)

    def whoami(self) -> Whoami:
        """Who the credential belongs to, and which credential it is."""
        return Whoami.from_json(self.request("GET", "/v0/auth/whoami"))

    def verify(
        self,
        project: Optional[str] = None,
        action: Optional[str] = None,
        credential: Optional[Mapping[str, str]] = None,
    ) -> Verification:
        """Asks ``/v0/auth/verify`` about a credential, as a gateway does.

        ``credential``: the headers that carry someone else's credential (``Authorization`` or
        ``apikey``), e.g. from a request your service received; by default the client's own. With
        ``project`` (and ``action``, ``read`` or ``write``) it is an access decision: a denial raises a
        403 :class:`LatchkeyError`.
        """
        url = self.url_for("/v0/auth/verify", {"project": project, "action": action})
        if credential is None:
            response = self.transport.send("GET", url)
        else:
            response = self.transport.send("GET", url, dict(credential), auth=False)
        return Verification.from_headers(response.headers)


class Keys:
    """Personal API keys. ``user`` is a slug or UUID; by default the caller (from whoami)."""

    def __init__(self, client: Latchkey) -> None:
        self._client = client

    def _owner(self, user: Optional[str]) -> str:
        return urllib.parse.quote(user if user is not None else self._client.whoami().principal.slug, safe="")

    def list(self, user: Optional[str] = None, **filters: Any) -> List[UserKey]:
        """Every key (every page) that is not revoked, or revoked ones with ``revoked=True``; ``search``, ``name``."""
        params: Dict[str, Any] = {"per_page": 255, **filters}
        items = self._client.paginate(f"/v0/users/{self._owner(user)}/keys", params)
        return [UserKey.from_json(item) for item in items]

    def create(
        self,
        name: str,
        user: Optional[str] = None,
        ttl: Optional[int] = None,
        read_only: Optional[bool] = None,
        projects: Optional[List[str]] = None,
    ) -> CreatedUserKey:
        """A new key; ``.key`` holds the plaintext, shown this once. ``ttl`` in seconds."""
        body: Dict[str, Any] = {"name": name}
        if ttl is not None:
            body["ttl"] = ttl
        scopes: Dict[str, Any] = {}
        if read_only is not None:
            scopes["read_only"] = read_only
        if projects is not None:
            scopes["projects"] = projects
        if scopes:
            body["scopes"] = scopes
        return CreatedUserKey.from_json(self._client.request("POST", f"/v0/users/{self._owner(user)}/keys", json=body))

    def revoke(self, key: str, user: Optional[str] = None) -> UserKey:
        """Revokes a key by its UUID (terminal: a revoked key never works again)."""
        path = f"/v0/users/{self._owner(user)}/keys/{urllib.parse.quote(key, safe='')}"
        return UserKey.from_json(self._client.request("DELETE", path))


class Apps:
    """Registered apps."""

    def __init__(self, client: Latchkey) -> None:
        self._client = client

    def list(self, **filters: Any) -> List[App]:
        """Every app (every page) that is not archived, or archived ones with ``archived=True``; ``search``."""
        items = self._client.paginate("/v0/apps", {"per_page": 255, **filters})
        return [App.from_json(item) for item in items]

    def get(self, app: str) -> App:
        """One app by slug, UUID or client id."""
        return App.from_json(self._client.request("GET", f"/v0/apps/{urllib.parse.quote(app, safe='')}"))


class Access:
    """Access decisions on projects."""

    def __init__(self, client: Latchkey) -> None:
        self._client = client

    def check(
        self,
        project: str,
        action: str = "read",
        principal: Optional[Mapping[str, str]] = None,
    ) -> AccessCheck:
        """May the caller (or, for administrators, ``principal={"type": "user", "id": "ada"}``) do ``action``?"""
        body: Dict[str, Any] = {"project": project, "action": action}
        if principal is not None:
            body["principal"] = dict(principal)
        return AccessCheck.from_json(self._client.request("POST", "/v0/access/check", json=body))


def from_env(env: Optional[Mapping[str, str]] = None, **options: Any) -> Latchkey:
    """A client from LATCHKEY_URL with LATCHKEY_API_KEY, or LATCHKEY_CLIENT_ID and LATCHKEY_CLIENT_SECRET."""
    url, auth = env_credentials(env)
    return Latchkey(url, auth, **options)
