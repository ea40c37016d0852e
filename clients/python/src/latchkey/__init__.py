"""Latchkey's Python client: keys, apps and access decisions over the HTTP API, standard library only."""

from .auth import ApiKey, AuthStrategy, ClientCredentials, Netrc, Session, refresh_after_seconds
from .client import Access, Apps, Keys, Latchkey, Pages, __version__, from_env, next_link
from .errors import LatchkeyError
from .models import (
    AccessCheck,
    AccessVia,
    App,
    CreatedUserKey,
    Credential,
    KeyScopes,
    Principal,
    UserKey,
    Verification,
    Whoami,
)
from .retry import IDEMPOTENT_METHODS, RETRY_STATUSES, RetryPolicy
from .transport import Response

__all__ = [
    "Access",
    "AccessCheck",
    "AccessVia",
    "ApiKey",
    "App",
    "Apps",
    "AuthStrategy",
    "ClientCredentials",
    "CreatedUserKey",
    "Credential",
    "IDEMPOTENT_METHODS",
    "KeyScopes",
    "Keys",
    "Latchkey",
    "LatchkeyError",
    "Netrc",
    "Pages",
    "Principal",
    "RETRY_STATUSES",
    "Response",
    "RetryPolicy",
    "Session",
    "UserKey",
    "Verification",
    "Whoami",
    "__version__",
    "from_env",
    "next_link",
    "refresh_after_seconds",
]
