// Which token-endpoint requests carry a workload's own token (federated credentials) rather than a client's credentials.
import { decodeJwt } from '../lib/crypto/jwt.ts';
import type { FormParams } from '../lib/form.ts';

/** RFC 8693 §2.1. */
export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
/** RFC 7523 §2.2: a JWT as client authentication. */
export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * Whether the request presents a workload token to be checked against an app's federated credentials:
 * the token-exchange grant, or a `jwt-bearer` client assertion that is not the client's own.
 *
 * A client's own assertion (RFC 7523 §3, private_key_jwt) has `iss` and `sub` both equal to its
 * client id; a workload token's `iss` is its platform's issuer URL and its `sub` the workload. So an
 * assertion whose `iss` equals its `sub` or the form's `client_id` is left to client authentication,
 * and every other one (including one that cannot be decoded, which the exchange refuses with a
 * reason) is a workload token.
 */
export function carriesWorkloadToken(form: FormParams): boolean {
  if (form.grant_type === TOKEN_EXCHANGE_GRANT) return true;
  if (form.client_assertion_type !== JWT_BEARER_ASSERTION || form.client_assertion === undefined)
    return false;
  const claims = decodeJwt(form.client_assertion)?.payload;
  if (!claims) return true;
  return !(claims.iss === claims.sub || (form.client_id !== undefined && claims.iss === form.client_id));
}
