"""Every failure is one LatchkeyError with the status, the code, the message and the request id."""

from __future__ import annotations

import socket
import unittest

from latchkey import ApiKey, Latchkey, LatchkeyError

from . import support


class ErrorsTest(unittest.TestCase):
    def assert_error(self, error: LatchkeyError, status: int, code: str) -> None:
        self.assertEqual((error.status, error.code), (status, code))
        self.assertTrue(error.message)
        self.assertTrue(error.request_id)
        self.assertIn(code, str(error))

    def test_an_unknown_object_is_404_not_found(self) -> None:
        with self.assertRaises(LatchkeyError) as caught:
            support.admin().apps.get("no-such-app")
        self.assert_error(caught.exception, 404, "not_found")

    def test_no_credential_is_401(self) -> None:
        with self.assertRaises(LatchkeyError) as caught:
            Latchkey(support.URL).whoami()
        self.assertEqual(caught.exception.status, 401)
        self.assertTrue(caught.exception.request_id)

    def test_a_mistyped_key_is_refused_before_any_lookup(self) -> None:
        key = support.user_key("typo")
        mistyped = key[:-1] + ("A" if key[-1] != "A" else "B")
        with self.assertRaises(LatchkeyError) as caught:
            Latchkey(support.URL, ApiKey(mistyped)).whoami()
        self.assertIn(caught.exception.status, (400, 401))
        self.assertNotIn(mistyped, str(caught.exception))

    def test_a_user_asking_for_administrator_power_is_403(self) -> None:
        with self.assertRaises(LatchkeyError) as caught:
            support.user().request("GET", "/v0/admin/settings")
        self.assert_error(caught.exception, 403, "forbidden")

    def test_a_key_creating_a_key_is_403_with_the_rule(self) -> None:
        with self.assertRaises(LatchkeyError) as caught:
            support.key_client(support.user_key("maker")).keys.create("child", user=support.USER_SLUG)
        self.assert_error(caught.exception, 403, "forbidden")
        self.assertIn("cannot create credentials", caught.exception.message)

    def test_a_validation_failure_names_the_field(self) -> None:
        with self.assertRaises(LatchkeyError) as caught:
            support.user().keys.create("", user=support.USER_SLUG)
        self.assertEqual(caught.exception.status, 400)
        self.assertIn("name", caught.exception.message)

    def test_no_server_is_a_network_error_after_the_bounded_retries(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        sleeps = support.Sleeps()
        client = Latchkey(f"http://127.0.0.1:{port}", retry=sleeps.policy(attempts=3, base_delay=0.01))
        with self.assertRaises(LatchkeyError) as caught:
            client.request("GET", "/healthz")
        self.assertEqual((caught.exception.status, caught.exception.code), (0, "network_error"))
        self.assertEqual(len(sleeps.waits), 2, "three attempts, two waits")
        sleeps.waits.clear()
        with self.assertRaises(LatchkeyError):
            client.request("POST", "/v0/users", json={})
        self.assertEqual(sleeps.waits, [], "a POST is never retried blindly")


if __name__ == "__main__":
    unittest.main()
