"""Retries for idempotent and token requests: Retry-After when the server gives one, else full-jitter backoff."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import Callable, FrozenSet

#: The statuses worth a retry: the rate limiter, and a gateway or server that could not answer now.
RETRY_STATUSES: FrozenSet[int] = frozenset({429, 502, 503, 504})

#: Methods that may be repeated without doing twice what was asked (RFC 9110 section 9.2.2).
IDEMPOTENT_METHODS: FrozenSet[str] = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry.

    ``attempts`` counts the first one too (1 turns retries off); the backoff ceiling starts at
    ``base_delay`` seconds and doubles each retry up to ``max_delay``; no retry starts once it would
    end past ``total_time`` seconds since the first attempt, waits included. ``sleep``, ``random``
    and ``now`` are there for tests.
    """

    attempts: int = 4
    base_delay: float = 0.25
    max_delay: float = 8.0
    total_time: float = 30.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)
    random: Callable[[], float] = field(default=random.random, compare=False)
    now: Callable[[], float] = field(default=time.monotonic, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.attempts, int) or self.attempts < 1:
            raise ValueError("RetryPolicy.attempts must be an integer of at least 1")
        for name in ("base_delay", "max_delay", "total_time"):
            if not getattr(self, name) >= 0:
                raise ValueError(f"RetryPolicy.{name} must be a number of at least 0")

    def backoff(self, retry: int) -> float:
        """Full jitter: a uniform wait below the exponential ceiling, so retries spread out."""
        return self.random() * min(self.max_delay, self.base_delay * 2**retry)
