"""Lists my Latchkey API keys: name, start, created, expires, last used.

Signs in with LATCHKEY_EMAIL and LATCHKEY_PASSWORD when both are set (a session sees all of my keys),
else uses LATCHKEY_API_KEY (a key sees only itself) or an app's LATCHKEY_CLIENT_ID and
LATCHKEY_CLIENT_SECRET. LATCHKEY_URL is the server, e.g. http://127.0.0.1:7420.
"""

from __future__ import annotations

import os
import sys

from latchkey import Latchkey, LatchkeyError, Session, from_env


def client() -> Latchkey:
    email, password = os.environ.get("LATCHKEY_EMAIL"), os.environ.get("LATCHKEY_PASSWORD")
    if email and password:
        return Latchkey(os.environ.get("LATCHKEY_URL", "http://127.0.0.1:7420"), Session(email, password))
    return from_env()


def main() -> int:
    try:
        lk = client()
        me = lk.whoami()
        keys = lk.keys.list()
    except (LatchkeyError, ValueError) as error:
        print(f"latchkey: {error}", file=sys.stderr)
        return 1
    print(f"{len(keys)} active key(s) of {me.principal.slug}")
    print(f"{'uuid':36}  {'name':20}  {'start':14}  {'created':20}  {'expires':20}  last used")
    for key in keys:
        print(
            f"{key.uuid:36}  {key.name[:20]:20}  {key.start:14}  {key.creation[:19]:20}  "
            f"{(key.expiration or 'never')[:19]:20}  {(key.last_used or 'never')[:19]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
