"""A client-credentials client written with Python's own OAuth and JWT libraries, run against Latchkey.

authlib (its requests client) discovers the token endpoint from the RFC 8414 metadata and fetches a token with
client_secret_basic and with client_secret_post; pyjwt (PyJWKClient) and authlib's jose each verify it against
the published JWKS. It prints one JSON object; any disagreement raises and exits non-zero.

Usage: python3 oauth_client.py BASE_URL CLIENT_ID CLIENT_SECRET
"""

import json
import sys

import jwt
import requests
from authlib.integrations.requests_client import OAuth2Session
from authlib.jose import JsonWebKey, JsonWebToken


def main(base_url: str, client_id: str, client_secret: str) -> None:
    metadata = requests.get(f"{base_url}/.well-known/oauth-authorization-server", timeout=10).json()
    issuer = metadata["issuer"]
    tokens = {}
    for method in ("client_secret_basic", "client_secret_post"):
        if method not in metadata["token_endpoint_auth_methods_supported"]:
            raise SystemExit(f"{method} is not advertised")
        session = OAuth2Session(client_id, client_secret, token_endpoint_auth_method=method)
        tokens[method] = session.fetch_token(metadata["token_endpoint"], grant_type="client_credentials")
    # The session sends its token as Bearer (RFC 6750) to an API route.
    whoami = session.get(f"{base_url}/v0/auth/whoami", timeout=10)
    whoami.raise_for_status()

    token = tokens["client_secret_basic"]
    access_token = token["access_token"]

    # pyjwt: the key by kid from the JWKS, the signature, iss, aud, exp and iat all checked.
    header = jwt.get_unverified_header(access_token)
    signing_key = jwt.PyJWKClient(metadata["jwks_uri"]).get_signing_key_from_jwt(access_token)
    claims = jwt.decode(
        access_token,
        signing_key.key,
        algorithms=[header["alg"]],
        audience=issuer,
        issuer=issuer,
        options={"require": ["exp", "iat", "iss", "aud", "sub", "jti"]},
    )

    # authlib's jose: the whole key set, the same claims validated.
    key_set = JsonWebKey.import_key_set(requests.get(metadata["jwks_uri"], timeout=10).json())
    authlib_claims = JsonWebToken([header["alg"]]).decode(
        tokens["client_secret_post"]["access_token"],
        key_set,
        claims_options={"iss": {"essential": True, "value": issuer}, "aud": {"essential": True, "value": issuer}},
    )
    authlib_claims.validate()

    # A token with one changed signature byte must not verify.
    head, payload, signature = access_token.split(".")
    forged = f"{head}.{payload}.{signature[:-2]}{'AA' if signature[-2:] != 'AA' else 'BA'}"
    try:
        jwt.decode(forged, signing_key.key, algorithms=[header["alg"]], audience=issuer, issuer=issuer)
        forged_rejected = False
    except jwt.InvalidSignatureError:
        forged_rejected = True

    print(
        json.dumps(
            {
                "token_type": token["token_type"],
                "expires_in": token["expires_in"],
                "header": header,
                "claims": claims,
                "authlib_sub": authlib_claims["sub"],
                "forged_rejected": forged_rejected,
                "whoami_principal": f"{whoami.json()['principal']['type']}:{whoami.json()['principal']['uuid']}",
            }
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:4])
