// Administrators: trusted OpenID Connect providers, and rotating the token signing key.
import { type FormEvent, useState } from 'react';
import { del, get, patch, post } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import type { IdentityProvider } from '../types.ts';
import { ConfirmButton, Empty, ErrorNote, Field, Loading, Notice, Table } from '../ui.tsx';

export function IdentityPage() {
  const providers = useLoad(
    () => get<IdentityProvider[]>('/v0/admin/identity-providers', { per_page: 100 }),
    [],
  );
  const change = useAction();
  const [rotated, setRotated] = useState<string | undefined>();
  return (
    <section aria-labelledby="identity-title">
      <h1 id="identity-title">Identity providers and signing keys</h1>
      <h2>Trusted OpenID Connect providers</h2>
      <p className="muted">
        Users of these providers call the API with their id tokens, matched to users by email.
      </p>
      {providers.loading && <Loading what="identity providers" />}
      <ErrorNote error={providers.error} />
      <ErrorNote error={change.error} />
      {providers.data && providers.data.length === 0 && (
        <Empty
          title="No provider is trusted."
          docs={{ tag: 'identity providers', label: 'Identity providers in the API documentation' }}
        />
      )}
      {providers.data && providers.data.length > 0 && (
        <Table caption="Identity providers">
          <thead>
            <tr>
              <th scope="col">Issuer</th>
              <th scope="col">Audience</th>
              <th scope="col">Email claim</th>
              <th scope="col">Algorithms</th>
              <th scope="col">Enabled</th>
              <th scope="col">Added</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {providers.data.map((provider) => (
              <tr key={provider.uuid}>
                <td>{provider.issuer}</td>
                <td>{provider.audience}</td>
                <td>{provider.email_claim}</td>
                <td>{provider.algorithms.join(', ')}</td>
                <td>{provider.enabled ? 'yes' : 'no'}</td>
                <td>{when(provider.creation)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    onClick={() =>
                      void change.run(async () => {
                        await patch(`/v0/admin/identity-providers/${provider.uuid}`, {
                          enabled: !provider.enabled,
                        });
                        providers.reload();
                      })
                    }
                  >
                    {provider.enabled ? 'Disable' : 'Enable'}
                  </button>
                  <ConfirmButton
                    label="Remove"
                    danger
                    title={`Stop trusting ${provider.issuer}?`}
                    consequence={<p>Its id tokens are refused from now on.</p>}
                    confirmLabel="Remove"
                    onConfirm={() =>
                      change.run(async () => {
                        await del(`/v0/admin/identity-providers/${provider.uuid}`);
                        providers.reload();
                      })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <AddProvider onAdded={() => providers.reload()} />
      <div className="card">
        <h2>Token signing key</h2>
        <p>
          Rotating makes a new key sign access tokens and sessions; tokens signed by the old key stay valid
          until they expire.
        </p>
        {rotated && <Notice>{rotated}</Notice>}
        <ConfirmButton
          label="Rotate signing key"
          title="Rotate the signing key?"
          consequence={<p>New tokens are signed with a new key, published in the JWKS at once.</p>}
          confirmLabel="Rotate"
          onConfirm={() =>
            change.run(async () => {
              const { data } = await post<{ kid: string; retired: string[] }>(
                '/v0/admin/signing-keys/rotate',
              );
              setRotated(
                `Now signing with ${data.kid}${data.retired.length ? `; retired ${data.retired.join(', ')}` : ''}.`,
              );
            })
          }
        />
      </div>
    </section>
  );
}

function AddProvider({ onAdded }: { onAdded: () => void }) {
  const [issuer, setIssuer] = useState('');
  const [audience, setAudience] = useState('');
  const [emailClaim, setEmailClaim] = useState('email');
  const [algorithms, setAlgorithms] = useState('RS256');
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await post('/v0/admin/identity-providers', {
        issuer,
        audience,
        email_claim: emailClaim,
        algorithms: algorithms.split(/[\s,]+/).filter(Boolean),
      });
      setIssuer('');
      setAudience('');
      onAdded();
    });
  };
  return (
    <form className="card" onSubmit={submit}>
      <h2>Trust a provider</h2>
      <Field label="Issuer URL" hint="Exactly as its tokens' iss; its discovery document is fetched.">
        {(id) => (
          <input id={id} type="url" required value={issuer} onChange={(e) => setIssuer(e.target.value)} />
        )}
      </Field>
      <Field label="Audience (client id)">
        {(id) => <input id={id} required value={audience} onChange={(e) => setAudience(e.target.value)} />}
      </Field>
      <Field label="Email claim">
        {(id) => <input id={id} value={emailClaim} onChange={(e) => setEmailClaim(e.target.value)} />}
      </Field>
      <Field label="Algorithms" hint="Comma-separated, e.g. RS256, ES256.">
        {(id) => <input id={id} value={algorithms} onChange={(e) => setAlgorithms(e.target.value)} />}
      </Field>
      <ErrorNote error={action.error} />
      <button type="submit" disabled={action.busy}>
        Trust provider
      </button>
    </form>
  );
}
