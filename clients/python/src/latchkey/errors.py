"""One error class for every failure the API reports: Latchkey's error bodies and RFC 6749 ones alike."""

from __future__ import annotations

import email.utils
import json
import time
from typing import Mapping, Optional


class LatchkeyError(Exception):
    """A non-2xx answer, or no answer at all.

    ``status`` is the HTTP status (0 when no answer came); ``code`` is Latchkey's error code
    (``key_revoked``, ``rate_limited``, ...), an RFC 6749 error from the OAuth endpoints
    (``invalid_client``, ...), ``unexpected_response`` for an answer without an error body, or
    ``network_error``. ``request_id`` finds the request in the server's logs; ``retry_after`` is the
    wait in seconds the server asked for (on a 429 or 503).
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        request_id: Optional[str] = None,
        retry_after: Optional[float] = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.request_id = request_id
        self.retry_after = retry_after

    def __str__(self) -> str:
        where = f" (request {self.request_id})" if self.request_id else ""
        return f"{self.status} {self.code}: {self.message}{where}"

    def __repr__(self) -> str:
        return (
            f"LatchkeyError(status={self.status!r}, code={self.code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )

    @classmethod
    def from_response(
        cls, status: int, reason: str, headers: Mapping[str, str], body: bytes
    ) -> LatchkeyError:
        """The error a non-2xx answer describes (``headers`` with lower-case names)."""
        request_id = headers.get("x-request-id")
        retry_after = retry_after_seconds(headers.get("retry-after"))
        try:
            parsed = json.loads(body.decode("utf-8")) if body else None
        except (UnicodeDecodeError, ValueError):
            parsed = None
        if isinstance(parsed, dict):
            error = parsed.get("error")
            if isinstance(error, dict) and isinstance(error.get("code"), str):
                return cls(
                    status,
                    error["code"],
                    str(error.get("message", "")),
                    error.get("request_id") or request_id,
                    retry_after,
                )
            if isinstance(error, str):
                description = parsed.get("error_description")
                message = description if isinstance(description, str) else error
                return cls(status, error, message, request_id, retry_after)
        what = f"{status} {reason}".strip()
        return cls(
            status,
            "unexpected_response",
            f"The server answered {what} without an error body",
            request_id,
            retry_after,
        )


def retry_after_seconds(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Retry-After in seconds: delta-seconds or an HTTP date; None when absent or unreadable."""
    if value is None or value.strip() == "":
        return None
    text = value.strip()
    if text.isdigit():
        return float(int(text))
    try:
        at = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if at is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, float(int(at.timestamp() - current + 0.999)))
