"""The answers of the common operations as dataclasses, with the field names of the API's schemas."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Dict, List, Mapping, Optional, Type, TypeVar

T = TypeVar("T")


def _build(cls: Type[T], data: Mapping[str, Any], **nested: Any) -> T:
    """An instance from a JSON object: the fields the class knows (newer servers may send more)."""
    if not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(data).__name__}")
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    values = {name: data[name] for name in known if name in data}
    values.update(nested)
    return cls(**values)


@dataclass(frozen=True)
class Principal:
    """Who is calling: a user (with ``email``) or an app (with ``client_id``)."""

    type: str
    uuid: str
    slug: str
    name: str
    admin: bool
    email: Optional[str] = None
    client_id: Optional[str] = None


@dataclass(frozen=True)
class Credential:
    """How they came in: ``kind`` (``user_key``, ``session``, ``app_token``, ...) and its id, never the secret."""

    kind: str
    uuid: str
    start: Optional[str] = None
    issuer: Optional[str] = None


@dataclass(frozen=True)
class Whoami:
    principal: Principal
    credential: Credential

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Whoami:
        return _build(
            cls,
            data,
            principal=_build(Principal, data["principal"]),
            credential=_build(Credential, data["credential"]),
        )


@dataclass(frozen=True)
class KeyScopes:
    """Restrictions on a key: read-only, and the only projects (UUIDs) it reaches (None: all its owner's)."""

    read_only: bool
    projects: Optional[List[str]] = None


@dataclass(frozen=True)
class UserKey:
    """A personal key as lists show it: never the secret, only its ``start``. Times are ISO 8601 strings."""

    uuid: str
    user: str
    name: str
    start: str
    creation: str
    expiration: Optional[str] = None
    revoked: Optional[str] = None
    last_used: Optional[str] = None
    scopes: Optional[KeyScopes] = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> UserKey:
        scopes = data.get("scopes")
        return _build(cls, data, scopes=_build(KeyScopes, scopes) if scopes else None)


@dataclass(frozen=True)
class CreatedUserKey(UserKey):
    """A key just created: ``key`` is the plaintext, shown this once."""

    key: str = field(default="", repr=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CreatedUserKey:
        scopes = data.get("scopes")
        return _build(cls, data, scopes=_build(KeyScopes, scopes) if scopes else None)


@dataclass(frozen=True)
class App:
    """A registered app. ``client_id`` is public; the secret is never shown here, only its ``start`` in ``secret``."""

    uuid: str
    client_id: str
    slug: str
    name: str
    description: str
    lifecycle: str
    status: str
    scopes: List[str]
    creation: str
    modified: str
    version: Optional[str] = None
    webhook_url: Optional[str] = None
    configuration: List[Dict[str, Any]] = field(default_factory=list)
    secret: Optional[Dict[str, Any]] = None
    creator: Optional[str] = None
    activated: Optional[str] = None
    archived: Optional[str] = None
    last_seen: Optional[str] = None
    rate_limit: Optional[Dict[str, Any]] = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> App:
        return _build(cls, data)


@dataclass(frozen=True)
class AccessVia:
    """One grant behind an access decision: its ``kind`` (``direct``, ``team``, ...), ``policy`` and ``subject``."""

    kind: str
    policy: Optional[str]
    subject: Optional[Dict[str, Any]]
    note: str


@dataclass(frozen=True)
class AccessCheck:
    """Whether the action is allowed on the project, the effective ``policy``, and the grants that decided."""

    allowed: bool
    policy: Optional[str]
    via: List[AccessVia]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AccessCheck:
        return _build(cls, data, via=[_build(AccessVia, item) for item in data.get("via", [])])


@dataclass(frozen=True)
class Verification:
    """What ``/v0/auth/verify`` answered about a credential, from its ``X-Latchkey-*`` headers."""

    principal: str
    credential: str
    admin: bool
    user: Optional[str] = None
    app: Optional[str] = None
    email: Optional[str] = None
    restrictions: Optional[str] = None
    via: Optional[str] = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> Verification:
        return cls(
            principal=headers.get("x-latchkey-principal", ""),
            credential=headers.get("x-latchkey-credential", ""),
            admin=headers.get("x-latchkey-admin") == "true",
            user=headers.get("x-latchkey-user"),
            app=headers.get("x-latchkey-app"),
            email=headers.get("x-latchkey-email"),
            restrictions=headers.get("x-latchkey-restrictions"),
            via=headers.get("x-latchkey-via"),
        )
