"""Every way to authenticate, judged by the server's whoami."""

from __future__ import annotations

import os
import tempfile
import unittest
import urllib.parse

from latchkey import ApiKey, ClientCredentials, Latchkey, LatchkeyError, Netrc, Session, from_env

from . import support


class KeyFormsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.key = support.user_key("forms")

    def test_each_form_of_a_key_is_accepted_as_that_key(self) -> None:
        for form in ("bearer", "basic", "apikey-header"):
            with self.subTest(form=form):
                me = support.key_client(self.key, form).whoami()
                self.assertEqual(me.principal.slug, support.USER_SLUG)
                self.assertEqual(me.principal.type, "user")
                self.assertEqual(me.credential.kind, "user_key")
                self.assertTrue(self.key.startswith(me.credential.start or "-"))

    def test_an_unknown_form_or_a_bent_key_is_refused_before_sending(self) -> None:
        with self.assertRaisesRegex(ValueError, "bearer"):
            ApiKey(self.key, as_="query")
        with self.assertRaisesRegex(TypeError, "spaces or control characters"):
            ApiKey(self.key + "\r\nX-Admin: true")
        with self.assertRaisesRegex(TypeError, "non-empty"):
            ApiKey("")

    def test_a_revoked_key_is_refused_with_its_reason(self) -> None:
        key = support.user().keys.create("short-lived")
        support.user().keys.revoke(key.uuid)
        with self.assertRaises(LatchkeyError) as caught:
            support.key_client(key.key).whoami()
        self.assertEqual(caught.exception.status, 401)
        self.assertEqual(caught.exception.code, "credential_revoked")


class NetrcTest(unittest.TestCase):
    def write(self, text: str) -> str:
        handle, path = tempfile.mkstemp(prefix="netrc-")
        with os.fdopen(handle, "w") as out:
            out.write(text)
        self.addCleanup(os.unlink, path)
        return path

    def test_the_key_for_the_servers_host_is_sent_as_curl_would(self) -> None:
        key = support.user_key("netrc")
        host = urllib.parse.urlsplit(support.URL).hostname
        path = self.write(f"machine elsewhere.example login apikey password nope\nmachine {host}\n  login apikey\n  password {key}\n")
        me = Latchkey(support.URL, Netrc(path)).whoami()
        self.assertEqual(me.principal.slug, support.USER_SLUG)
        self.assertEqual(me.credential.kind, "user_key")

    def test_the_netrc_environment_variable_names_the_file(self) -> None:
        key = support.user_key("netrc-env")
        path = self.write(f"default login apikey password {key}\n")
        previous = os.environ.get("NETRC")
        os.environ["NETRC"] = path
        try:
            me = Latchkey(support.URL, Netrc()).whoami()
        finally:
            if previous is None:
                del os.environ["NETRC"]
            else:
                os.environ["NETRC"] = previous
        self.assertEqual(me.principal.slug, support.USER_SLUG)

    def test_a_file_without_the_host_says_which_host_and_sends_nothing(self) -> None:
        path = self.write("machine elsewhere.example login apikey password nope\n")
        with self.assertRaisesRegex(ValueError, "no login and password for machine 127.0.0.1"):
            Latchkey(support.URL, Netrc(path)).whoami()
        with self.assertRaisesRegex(ValueError, "cannot read"):
            Latchkey(support.URL, Netrc(path + ".missing")).whoami()


class SessionTest(unittest.TestCase):
    def test_a_sign_in_is_a_session_and_can_create_keys(self) -> None:
        client = Latchkey(support.URL, Session(support.USER_EMAIL, support.USER_PASSWORD))
        self.assertEqual(client.whoami().credential.kind, "session")
        created = client.keys.create("from-a-session")
        self.assertTrue(created.key.startswith("lk_user_"))

    def test_a_wrong_password_is_one_refused_sign_in(self) -> None:
        with self.assertRaises(LatchkeyError) as caught:
            Latchkey(support.URL, Session(support.USER_EMAIL, "not the password at all")).whoami()
        self.assertEqual(caught.exception.status, 401)


class FromEnvTest(unittest.TestCase):
    def test_an_api_key_from_the_environment(self) -> None:
        key = support.user_key("env")
        me = from_env({"LATCHKEY_URL": support.URL, "LATCHKEY_API_KEY": key}).whoami()
        self.assertEqual(me.principal.slug, support.USER_SLUG)
        self.assertEqual(me.credential.kind, "user_key")

    def test_client_credentials_from_the_environment(self) -> None:
        client = from_env(
            {
                "LATCHKEY_URL": support.URL,
                "LATCHKEY_CLIENT_ID": support.CLIENT_ID,
                "LATCHKEY_CLIENT_SECRET": support.CLIENT_SECRET,
            }
        )
        self.assertIsInstance(client.transport.auth, ClientCredentials)
        me = client.whoami()
        self.assertEqual(me.principal.type, "app")
        self.assertEqual(me.principal.client_id, support.CLIENT_ID)
        self.assertEqual(me.credential.kind, "app_token")

    def test_the_process_environment_is_the_default(self) -> None:
        key = support.user_key("process-env")
        saved = {name: os.environ.get(name) for name in ("LATCHKEY_URL", "LATCHKEY_API_KEY")}
        os.environ.update({"LATCHKEY_URL": support.URL, "LATCHKEY_API_KEY": key})
        try:
            self.assertEqual(from_env().whoami().principal.slug, support.USER_SLUG)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value

    def test_a_missing_or_half_configuration_names_the_variables(self) -> None:
        cases = [
            ({}, "LATCHKEY_URL"),
            ({"LATCHKEY_URL": "127.0.0.1:7420"}, "absolute URL"),
            ({"LATCHKEY_URL": support.URL}, "LATCHKEY_API_KEY"),
            ({"LATCHKEY_URL": support.URL, "LATCHKEY_CLIENT_ID": support.CLIENT_ID}, "both"),
        ]
        for env, message in cases:
            with self.subTest(env=env), self.assertRaisesRegex(ValueError, message):
                from_env(env)


if __name__ == "__main__":
    unittest.main()
