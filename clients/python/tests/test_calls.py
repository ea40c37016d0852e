"""The named helpers, the generic request, and pagination over the Link header."""

from __future__ import annotations

import secrets
import unittest

from latchkey import AccessCheck, App, CreatedUserKey, LatchkeyError, UserKey, Whoami, next_link

from . import support


class HelpersTest(unittest.TestCase):
    def test_whoami_describes_the_caller(self) -> None:
        me = support.admin().whoami()
        self.assertIsInstance(me, Whoami)
        self.assertTrue(me.principal.admin)
        self.assertEqual(me.principal.email, support.ADMIN_EMAIL)

    def test_keys_are_created_listed_and_revoked(self) -> None:
        client = support.user()
        name = f"laptop-{secrets.token_hex(3)}"
        created = client.keys.create(name, ttl=3600, read_only=True)
        self.assertIsInstance(created, CreatedUserKey)
        self.assertTrue(created.key.startswith(created.start))
        self.assertNotIn(created.key, repr(created), "the plaintext stays out of logs")
        self.assertTrue(created.scopes is not None and created.scopes.read_only)
        self.assertIsNotNone(created.expiration)

        listed = {key.uuid: key for key in client.keys.list(name=name)}
        self.assertEqual(list(listed), [created.uuid])
        self.assertIsInstance(listed[created.uuid], UserKey)

        revoked = client.keys.revoke(created.uuid)
        self.assertIsNotNone(revoked.revoked)
        self.assertEqual(client.keys.list(name=name), [])
        self.assertEqual([k.uuid for k in client.keys.list(name=name, revoked=True)], [created.uuid])

    def test_an_administrator_lists_another_users_keys(self) -> None:
        key = support.user().keys.create(f"seen-{secrets.token_hex(3)}")
        seen = support.admin().keys.list(user=support.USER_SLUG, search=key.uuid)
        self.assertEqual([k.uuid for k in seen], [key.uuid])

    def test_apps_are_listed_and_read(self) -> None:
        client = support.admin()
        apps = client.apps.list()
        self.assertIn(support.CLIENT_ID, [app.client_id for app in apps])
        app = client.apps.get(support.CLIENT_ID)
        self.assertIsInstance(app, App)
        self.assertEqual(app.client_id, support.CLIENT_ID)
        self.assertEqual(app.status, "active")

    def test_access_check_answers_with_the_grants_that_decided(self) -> None:
        client = support.admin()
        slug = f"proj-{secrets.token_hex(3)}"
        client.request("POST", "/v0/projects", json={"name": slug, "slug": slug})
        mine = client.access.check(slug, "write")
        self.assertIsInstance(mine, AccessCheck)
        self.assertTrue(mine.allowed)
        ada = client.access.check(slug, "read", principal={"type": "user", "id": support.USER_SLUG})
        self.assertFalse(ada.allowed)
        self.assertIsNone(ada.policy)

    def test_verify_names_the_principal_of_the_clients_own_or_another_credential(self) -> None:
        key = support.user_key("verify")
        own = support.key_client(key).verify()
        self.assertTrue(own.principal.startswith("user:"))
        self.assertEqual(own.user, support.USER_SLUG)
        self.assertTrue(own.credential.startswith("user_key:"))
        self.assertFalse(own.admin)
        other = support.admin().verify(credential={"apikey": key})
        self.assertEqual(other.user, support.USER_SLUG)
        with self.assertRaises(LatchkeyError) as caught:
            support.admin().verify(credential={"Authorization": "Bearer lk_user_" + "A" * 36})
        self.assertIn(caught.exception.status, (400, 401))

    def test_the_generic_request_sends_json_and_query_parameters(self) -> None:
        client = support.admin()
        users = client.request("GET", "/v0/users", params={"search": support.USER_SLUG, "per_page": 5})
        self.assertEqual([u["slug"] for u in users], [support.USER_SLUG])
        renamed = client.request("PATCH", f"/v0/users/{support.USER_SLUG}", json={"name": "Ada King"})
        self.assertEqual(renamed["name"], "Ada King")


class PaginationTest(unittest.TestCase):
    def test_thirty_keys_come_back_over_five_pages_with_the_total(self) -> None:
        person = support.new_user()
        from latchkey import Latchkey, Session

        client = Latchkey(support.URL, Session(person["email"], person["password"]))
        made = {client.keys.create(f"k{n:02d}").uuid for n in range(30)}
        pages = client.paginate(f"/v0/users/{person['slug']}/keys", {"per_page": 7})
        self.assertIsNone(pages.total)
        sizes = [len(page) for page in pages.pages()]
        self.assertEqual(sizes, [7, 7, 7, 7, 2])
        self.assertEqual(pages.total, 30)
        items = client.paginate(f"/v0/users/{person['slug']}/keys", {"per_page": 7})
        names = [item["name"] for item in items]
        self.assertEqual(names, [f"k{n:02d}" for n in range(30)])
        self.assertEqual(items.total, 30)
        self.assertEqual({key.uuid for key in client.keys.list()}, made)

    def test_next_link_reads_rfc_8288(self) -> None:
        header = '</v0/apps?page=1>; rel="prev", </v0/apps?page=3>; rel="next"'
        self.assertEqual(next_link(header), "/v0/apps?page=3")
        self.assertEqual(next_link('<a>; rel="prev next"'), "a")
        self.assertIsNone(next_link('</x>; rel="nextish"'))
        self.assertIsNone(next_link(None))


if __name__ == "__main__":
    unittest.main()
