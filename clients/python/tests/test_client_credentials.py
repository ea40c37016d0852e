"""An app's client credentials: discovery, renewal ahead of expiry, one retry after a refused token, one token across threads."""

from __future__ import annotations

import threading
import time
import unittest
import urllib.parse

from latchkey import ClientCredentials, Latchkey, LatchkeyError, refresh_after_seconds
from latchkey.auth import basic

from . import support


def app_client() -> Latchkey:
    return Latchkey(support.URL, ClientCredentials(support.CLIENT_ID, support.CLIENT_SECRET))


def strategy(client: Latchkey) -> ClientCredentials:
    auth = client.transport.auth
    assert isinstance(auth, ClientCredentials)
    return auth


class RefreshMarginTest(unittest.TestCase):
    def test_the_margin_is_ten_percent_clamped_to_5_s_and_5_min_and_half_the_life(self) -> None:
        self.assertEqual(refresh_after_seconds(900), 810)
        self.assertEqual(refresh_after_seconds(3600), 3300)
        self.assertEqual(refresh_after_seconds(36000), 35700)
        self.assertEqual(refresh_after_seconds(30), 25)
        self.assertEqual(refresh_after_seconds(10), 5)
        self.assertEqual(refresh_after_seconds(4), 2)


class ClientCredentialsTest(unittest.TestCase):
    def test_a_token_from_discovery_is_reused_until_it_is_due(self) -> None:
        client = app_client()
        before = support.access_tokens_issued()
        for _ in range(3):
            self.assertEqual(client.whoami().credential.kind, "app_token")
        self.assertEqual(strategy(client).tokens_issued, 1)
        self.assertEqual(support.access_tokens_issued() - before, 1)

    def test_a_short_lived_token_is_renewed_before_it_expires(self) -> None:
        client = app_client()
        first = client.whoami().credential.uuid
        due = refresh_after_seconds(support.TOKEN_TTL)
        self.assertLess(due, support.TOKEN_TTL)
        time.sleep(due + 0.3)
        before = support.access_tokens_issued()
        second = client.whoami().credential.uuid
        self.assertNotEqual(first, second, "the token (its jti) was renewed")
        self.assertEqual(strategy(client).tokens_issued, 2)
        self.assertEqual(support.access_tokens_issued() - before, 1)

    def test_a_revoked_token_is_replaced_once_and_the_request_sent_again(self) -> None:
        client = app_client()
        auth = strategy(client)
        token = auth.authorize(client.transport)["Authorization"].split(" ", 1)[1]
        form = urllib.parse.urlencode({"token": token}).encode("ascii")
        client.transport.send(
            "POST",
            f"{support.URL}/v0/oauth/revoke",
            {"Authorization": basic(support.CLIENT_ID, support.CLIENT_SECRET), "Content-Type": "application/x-www-form-urlencoded"},
            form,
            auth=False,
        )
        with self.assertRaises(LatchkeyError) as refused:
            Latchkey(support.URL).request("GET", "/v0/auth/whoami", headers={"Authorization": f"Bearer {token}"})
        self.assertEqual(refused.exception.status, 401)
        # A POST too: the refused token was not acted on, so it is safe to send again with a fresh one.
        # The second answer is the project's 404, not the token's 401.
        with self.assertRaises(LatchkeyError) as answered:
            client.access.check("no-such-project")
        self.assertEqual((answered.exception.status, answered.exception.code), (404, "not_found"))
        self.assertEqual(auth.tokens_issued, 2)
        self.assertEqual(client.whoami().principal.client_id, support.CLIENT_ID)
        self.assertEqual(auth.tokens_issued, 2)

    def test_twenty_threads_share_one_token_request(self) -> None:
        client = app_client()
        before = support.access_tokens_issued()
        barrier = threading.Barrier(20)
        kinds: list = []
        errors: list = []

        def work() -> None:
            try:
                barrier.wait(timeout=10)
                kinds.append(client.whoami().credential.kind)
            except Exception as error:  # noqa: BLE001 - every failure is reported below
                errors.append(error)

        threads = [threading.Thread(target=work) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        self.assertEqual(errors, [])
        self.assertEqual(kinds, ["app_token"] * 20)
        self.assertEqual(strategy(client).tokens_issued, 1)
        self.assertEqual(support.access_tokens_issued() - before, 1, "the server issued exactly one token")

    def test_a_wrong_secret_is_an_oauth_invalid_client_error(self) -> None:
        client = Latchkey(support.URL, ClientCredentials(support.CLIENT_ID, "lk_secret_" + "x" * 36))
        with self.assertRaises(LatchkeyError) as caught:
            client.whoami()
        self.assertEqual(caught.exception.status, 401)
        self.assertEqual(caught.exception.code, "invalid_client")
        self.assertTrue(caught.exception.message)
        self.assertNotIn("x" * 36, str(caught.exception))

    def test_a_token_endpoint_off_the_servers_origin_gets_no_secret(self) -> None:
        auth = ClientCredentials(support.CLIENT_ID, support.CLIENT_SECRET)
        client = Latchkey(support.URL.replace("127.0.0.1", "localhost"), auth)
        with self.assertRaisesRegex(ValueError, "not on the client's origin"):
            client.whoami()
        self.assertEqual(auth.tokens_issued, 0)


if __name__ == "__main__":
    unittest.main()
