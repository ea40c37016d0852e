// A workload-identity issuer on loopback for tests: OIDC discovery and a JWKS, minting GitHub-Actions- and Kubernetes-shaped tokens.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JWT_BEARER_ASSERTION, TOKEN_EXCHANGE_GRANT } from '../auth/client-assertion.ts';
import { JWT_TOKEN_TYPE } from '../features/oauth/token-exchange.ts';
import { generateRsaJwk, type PrivateJwk, signRs256 } from './idp.ts';

/** GitHub's issuer; tests use their own, with the same claims (docs.github.com, "About security hardening with OpenID Connect"). */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** The audience the tests' federated credentials expect. */
export const AUDIENCE = 'https://latchkey.example/apps';

/** RFC 8693 §2.1, as a CI job sends it with curl. */
export const exchangeForm = (clientId: string, token: string): Record<string, string> => ({
  grant_type: TOKEN_EXCHANGE_GRANT,
  client_id: clientId,
  subject_token: token,
  subject_token_type: JWT_TOKEN_TYPE,
});

/** Azure's form: the client-credentials grant with the workload token as a jwt-bearer client assertion. */
export const assertionForm = (clientId: string, token: string): Record<string, string> => ({
  grant_type: 'client_credentials',
  client_id: clientId,
  client_assertion_type: JWT_BEARER_ASSERTION,
  client_assertion: token,
});

export interface WorkloadTokenOptions {
  /** Claims set last, over the shape's own (`undefined` removes one). */
  claims?: Record<string, unknown>;
  /** Header members set over `{ alg: 'RS256', typ: 'JWT', kid }`. */
  header?: Record<string, unknown>;
  /** Signs with this key instead of the issuer's current one (a forgery). */
  key?: PrivateJwk;
}

export class WorkloadIssuer {
  issuer = '';
  jwksRequests = 0;
  discoveryRequests = 0;
  /** Overrides the discovery document's `jwks_uri` (a JWKS on a refused address). */
  jwksUri: string | undefined;
  private keys: PrivateJwk[] = [generateRsaJwk()];
  private server: Server | undefined;

  static async start(): Promise<WorkloadIssuer> {
    const issuer = new WorkloadIssuer();
    const server = createServer(issuer.handle);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    issuer.server = server;
    issuer.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return issuer;
  }

  get currentKey(): PrivateJwk {
    const [key] = this.keys;
    if (!key) throw new Error('no key');
    return key;
  }

  /** A new key signs from now on; the old one stays published. */
  rotate(): string {
    this.keys = [generateRsaJwk(), ...this.keys];
    return this.currentKey.kid;
  }

  /** Signs `claims` as this issuer (iss, iat, nbf, exp and jti filled in unless given). */
  sign(claims: Record<string, unknown>, options: WorkloadTokenOptions = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const key = options.key ?? this.currentKey;
    const merged: Record<string, unknown> = {
      jti: randomUUID(),
      iss: this.issuer,
      iat: now,
      nbf: now - 5,
      exp: now + 300,
      ...claims,
      ...options.claims,
    };
    for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
    return signRs256(key, { alg: 'RS256', typ: 'JWT', kid: key.kid, ...options.header }, merged);
  }

  /** The claims GitHub Actions puts in a job's OIDC token (push to main of acme/api), with `aud` as requested. */
  github(audience: string, options: WorkloadTokenOptions = {}): string {
    const ref = 'refs/heads/main';
    return this.sign(
      {
        sub: `repo:acme/api:ref:${ref}`,
        aud: audience,
        ref,
        sha: randomBytes(20).toString('hex'),
        repository: 'acme/api',
        repository_id: '123456789',
        repository_owner: 'acme',
        repository_owner_id: '987654',
        repository_visibility: 'private',
        run_id: '4242424242',
        run_number: '17',
        run_attempt: '1',
        actor: 'octocat',
        actor_id: '583231',
        workflow: 'deploy',
        workflow_ref: `acme/api/.github/workflows/deploy.yml@${ref}`,
        workflow_sha: randomBytes(20).toString('hex'),
        job_workflow_ref: `acme/api/.github/workflows/deploy.yml@${ref}`,
        event_name: 'push',
        ref_type: 'branch',
        ref_protected: 'true',
        head_ref: '',
        base_ref: '',
        runner_environment: 'github-hosted',
      },
      { ...options, header: { x5t: randomBytes(20).toString('base64url'), ...options.header } },
    );
  }

  /** A projected service-account token (`serviceAccountToken` volume source with an `audience`), pod deployer in namespace ci. */
  kubernetes(audience: string, options: WorkloadTokenOptions = {}): string {
    return this.sign(
      {
        aud: [audience],
        sub: 'system:serviceaccount:ci:deployer',
        'kubernetes.io': {
          namespace: 'ci',
          node: { name: 'node-1', uid: randomUUID() },
          pod: { name: 'deployer-7d9f8c6b5-x2x4q', uid: randomUUID() },
          serviceaccount: { name: 'deployer', uid: randomUUID() },
        },
      },
      options,
    );
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await closed;
  }

  private handle = (request: IncomingMessage, response: ServerResponse): void => {
    const send = (body: unknown) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(body));
    };
    if (request.url === '/.well-known/openid-configuration') {
      this.discoveryRequests++;
      send({
        issuer: this.issuer,
        jwks_uri: this.jwksUri ?? `${this.issuer}/jwks`,
        response_types_supported: ['id_token'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
      return;
    }
    if (request.url === '/jwks') {
      this.jwksRequests++;
      send({ keys: this.keys.map(({ kty, kid, alg, use, n, e }) => ({ kty, kid, alg, use, n, e })) });
      return;
    }
    response.statusCode = 404;
    response.end();
  };
}
