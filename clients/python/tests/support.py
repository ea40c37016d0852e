"""What every test module shares: the started server's address and accounts (from the runner), and helpers."""

from __future__ import annotations

import os
import re
import secrets
import time
import urllib.request
from typing import Dict, List

from latchkey import ApiKey, Latchkey, RetryPolicy, Session

URL = os.environ["LATCHKEY_TEST_URL"]
METRICS_URL = os.environ["LATCHKEY_TEST_METRICS_URL"]
TOKEN_TTL = int(os.environ["LATCHKEY_TEST_TOKEN_TTL"])
ADMIN_EMAIL = os.environ["LATCHKEY_TEST_ADMIN_EMAIL"]
ADMIN_PASSWORD = os.environ["LATCHKEY_TEST_ADMIN_PASSWORD"]
USER_EMAIL = os.environ["LATCHKEY_TEST_USER_EMAIL"]
USER_PASSWORD = os.environ["LATCHKEY_TEST_USER_PASSWORD"]
USER_SLUG = os.environ["LATCHKEY_TEST_USER_SLUG"]
CLIENT_ID = os.environ["LATCHKEY_TEST_CLIENT_ID"]
CLIENT_SECRET = os.environ["LATCHKEY_TEST_CLIENT_SECRET"]

_TOKENS = re.compile(r'^latchkey_tokens_issued_total\{([^}]*)\}\s+(\S+)$', re.MULTILINE)


# One sign-in each for the whole suite: a sign-in costs the server a password hash.
_ADMIN = Latchkey(URL, Session(ADMIN_EMAIL, ADMIN_PASSWORD))
_USER = Latchkey(URL, Session(USER_EMAIL, USER_PASSWORD))


def admin() -> Latchkey:
    """The administrator, signed in."""
    return _ADMIN


def user() -> Latchkey:
    """Ada, a user without administrator power, signed in."""
    return _USER


def user_key(name: str = "test") -> str:
    """A fresh key of Ada's (a session creates it: a key cannot)."""
    return user().keys.create(f"{name}-{secrets.token_hex(3)}").key


def new_user(**fields: object) -> Dict[str, str]:
    """A user of its own made by the administrator: its slug, email and password."""
    n = secrets.token_hex(4)
    body = {"email": f"u{n}@python.test", "name": f"User {n}", "slug": f"u{n}", "password": f"password {n} long"}
    admin().request("POST", "/v0/users", json={**body, **fields})
    return {k: str(v) for k, v in body.items()}


def access_tokens_issued() -> int:
    """latchkey_tokens_issued_total for access tokens, as the server counted them."""
    with urllib.request.urlopen(METRICS_URL, timeout=10) as answer:
        text = answer.read().decode("utf-8")
    return int(sum(float(value) for labels, value in _TOKENS.findall(text) if 'kind="access_token"' in labels))


class Sleeps:
    """A RetryPolicy sleep that really waits and remembers each wait."""

    def __init__(self) -> None:
        self.waits: List[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        time.sleep(seconds)

    def policy(self, **options: object) -> RetryPolicy:
        return RetryPolicy(sleep=self, **options)  # type: ignore[arg-type]


def key_client(key: str, form: str = "bearer") -> Latchkey:
    return Latchkey(URL, ApiKey(key, as_=form))
