"""Every request the client sends: the credential, retries, one fresh-token retry, typed errors."""

from __future__ import annotations

import http.client
import json
import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional

from .errors import LatchkeyError, retry_after_seconds
from .retry import IDEMPOTENT_METHODS, RETRY_STATUSES, RetryPolicy

if TYPE_CHECKING:
    from .auth import AuthStrategy

_REFUSED_TOKEN = re.compile(r'error="?invalid_token')


@dataclass(frozen=True)
class Response:
    """An answer: its status, headers (lower-case names) and body."""

    status: int
    reason: str
    headers: Dict[str, str]
    body: bytes

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def json(self) -> Any:
        """The body as JSON; None for an empty body (a 204, a verify answer)."""
        return json.loads(self.body.decode("utf-8")) if self.body else None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is answered as it is: a credential never follows one to another address."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class _NetworkFailure(Exception):
    """No answer came: the connection failed, was cut or timed out."""


class Transport:
    """Sends requests to one server. Non-2xx answers raise :class:`LatchkeyError`."""

    def __init__(
        self,
        base_url: str,
        auth: Optional[AuthStrategy],
        retry: RetryPolicy,
        timeout: float,
        user_agent: str,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.retry = retry
        self.timeout = timeout
        self.user_agent = user_agent
        self._opener = urllib.request.build_opener(_NoRedirect())

    def send(
        self,
        method: str,
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        body: Optional[bytes] = None,
        *,
        retry: Optional[bool] = None,
        auth: bool = True,
    ) -> Response:
        """Sends with the client's credential (unless ``auth`` is False).

        ``retry`` forces the retry decision (token requests are retried although they are POSTs); by
        default only idempotent methods are. A 401 ``invalid_token`` gets one fresh credential and one
        more try, for any method: a refused token was not acted on.
        """
        method = method.upper()
        retryable = method in IDEMPOTENT_METHODS if retry is None else retry
        used: Dict[str, str] = {}

        def once() -> Response:
            return self._with_retries(lambda: self._attempt(method, url, headers, body, auth, used), retryable)

        response = once()
        strategy = self.auth
        if auth and strategy is not None and _refused_token(response):
            if strategy.refresh(self, dict(used)):
                response = once()
        if not response.ok:
            raise LatchkeyError.from_response(response.status, response.reason, response.headers, response.body)
        return response

    def _attempt(
        self,
        method: str,
        url: str,
        headers: Optional[Mapping[str, str]],
        body: Optional[bytes],
        auth: bool,
        used: Dict[str, str],
    ) -> Response:
        sent = {"User-Agent": self.user_agent, "Accept": "application/json"}
        sent.update(headers or {})
        if auth and self.auth is not None:
            credential = self.auth.authorize(self)
            used.clear()
            used.update(credential)
            sent.update(credential)
        request = urllib.request.Request(url, data=body, headers=sent, method=method)
        try:
            with self._opener.open(request, timeout=self.timeout) as answer:
                return Response(answer.status, answer.reason or "", _lower(answer.headers), answer.read())
        except urllib.error.HTTPError as error:
            with error:
                return Response(error.code, str(error.reason or ""), _lower(error.headers), error.read())
        except (urllib.error.URLError, http.client.HTTPException, socket.timeout, OSError) as error:
            raise _NetworkFailure(str(getattr(error, "reason", error) or error)) from error

    def _with_retries(self, send: Any, retryable: bool) -> Response:
        policy = self.retry
        started = policy.now()
        attempt = 0
        while True:
            attempt += 1
            last = not retryable or attempt >= policy.attempts
            try:
                response: Response = send()
            except _NetworkFailure as failure:
                delay = policy.backoff(attempt - 1)
                if last or policy.now() - started + delay > policy.total_time:
                    raise LatchkeyError(0, "network_error", f"No answer from the server: {failure}") from failure
            else:
                if last or response.status not in RETRY_STATUSES:
                    return response
                asked = retry_after_seconds(response.headers.get("retry-after"))
                delay = policy.backoff(attempt - 1) if asked is None else asked
                if policy.now() - started + delay > policy.total_time:
                    return response
            policy.sleep(delay)


def _lower(headers: Any) -> Dict[str, str]:
    """Header names in lower case; repeated headers joined with ', ' as RFC 9110 allows."""
    joined: Dict[str, str] = {}
    for name, value in headers.items() if headers is not None else []:
        key = name.lower()
        joined[key] = f"{joined[key]}, {value}" if key in joined else value
    return joined


def _refused_token(response: Response) -> bool:
    """A 401 whose challenge says the bearer token itself was refused (RFC 6750)."""
    return response.status == 401 and bool(_REFUSED_TOKEN.search(response.headers.get("www-authenticate", "")))
