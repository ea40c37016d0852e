"""A real 429 from the server's rate limiter, retried after its Retry-After; a POST never retried; the backoff's bounds."""

from __future__ import annotations

import unittest

from latchkey import ApiKey, Latchkey, LatchkeyError, RetryPolicy, Session

from . import support


class RateLimitTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        person = support.new_user()
        cls.key = Latchkey(support.URL, Session(person["email"], person["password"])).keys.create("slow").key
        # One request a second, none saved up: the second request in a row is refused.
        support.admin().request(
            "PATCH", f"/v0/users/{person['slug']}", json={"rate_limit": {"per_second": 1, "burst": 1}}
        )

    def test_a_429_is_retried_after_the_wait_the_server_names(self) -> None:
        sleeps = support.Sleeps()
        client = Latchkey(support.URL, ApiKey(self.key), retry=sleeps.policy())
        for _ in range(3):
            client.whoami()
        self.assertGreaterEqual(len(sleeps.waits), 1, "at least one request met an empty bucket")
        self.assertTrue(all(wait >= 1 for wait in sleeps.waits), f"Retry-After honoured: {sleeps.waits}")

    def test_without_retries_the_429_is_an_error_with_retry_after(self) -> None:
        client = Latchkey(support.URL, ApiKey(self.key), retry=RetryPolicy(attempts=1))
        with self.assertRaises(LatchkeyError) as caught:
            for _ in range(3):
                client.whoami()
        self.assertEqual((caught.exception.status, caught.exception.code), (429, "rate_limited"))
        self.assertIsNotNone(caught.exception.retry_after)

    def test_a_post_that_met_the_limit_is_not_sent_again(self) -> None:
        sleeps = support.Sleeps()
        client = Latchkey(support.URL, ApiKey(self.key), retry=sleeps.policy())
        with self.assertRaises(LatchkeyError) as caught:
            for _ in range(3):
                client.request("POST", "/v0/access/check", json={"project": "none", "action": "read"})
        self.assertEqual(caught.exception.status, 429)
        self.assertEqual(sleeps.waits, [])

    def test_the_total_time_bounds_the_waits(self) -> None:
        sleeps = support.Sleeps()
        client = Latchkey(support.URL, ApiKey(self.key), retry=sleeps.policy(total_time=0.5))
        with self.assertRaises(LatchkeyError) as caught:
            for _ in range(3):
                client.whoami()
        self.assertEqual(caught.exception.status, 429)
        self.assertEqual(sleeps.waits, [], "a 1 s wait does not fit in 0.5 s")


class BackoffTest(unittest.TestCase):
    def test_full_jitter_stays_below_the_doubling_ceiling(self) -> None:
        top = RetryPolicy(random=lambda: 0.999999)
        self.assertAlmostEqual(top.backoff(0), 0.25, places=4)
        self.assertAlmostEqual(top.backoff(3), 2.0, places=4)
        self.assertAlmostEqual(top.backoff(10), 8.0, places=4)
        self.assertEqual(RetryPolicy(random=lambda: 0.0).backoff(5), 0.0)

    def test_a_policy_that_cannot_work_is_refused(self) -> None:
        with self.assertRaises(ValueError):
            RetryPolicy(attempts=0)
        with self.assertRaises(ValueError):
            RetryPolicy(total_time=-1)


if __name__ == "__main__":
    unittest.main()
