// Administrators: trusted OpenID Connect providers, and rotating the token signing key.

import type { paths } from '@latchkey/sdk/contract';
import { type FormEvent, useState } from 'react';
import { api, ok } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { ConfirmButton, Empty, ErrorNote, ListState, Notice, Table, TextField } from '../ui.tsx';

type Algorithms = NonNullable<
  paths['/v0/admin/identity-providers']['post']['requestBody']
>['content']['application/json']['algorithms'];

export function IdentityPage() {
  const providers = useLoad(
    () => api.GET('/v0/admin/identity-providers', { params: { query: { per_page: 100 } } }),
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
      <ErrorNote error={change.error} />
      <ListState
        list={providers}
        what="identity providers"
        empty={
          <Empty
            title="No provider is trusted."
            docs={{ tag: 'identity providers', label: 'Identity providers in the API documentation' }}
          />
        }
      >
        {(rows) => (
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
              {rows.map((provider) => (
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
                          await api.PATCH('/v0/admin/identity-providers/{provider}', {
                            params: { path: { provider: provider.uuid } },
                            body: { enabled: !provider.enabled },
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
                          await api.DELETE('/v0/admin/identity-providers/{provider}', {
                            params: { path: { provider: provider.uuid } },
                          });
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
      </ListState>
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
              const data = await ok(api.POST('/v0/admin/signing-keys/rotate'));
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
      await api.POST('/v0/admin/identity-providers', {
        body: {
          issuer,
          audience,
          email_claim: emailClaim,
          // As typed: the server refuses an algorithm it does not know, naming it.
          algorithms: algorithms.split(/[\s,]+/).filter(Boolean) as Algorithms,
        },
      });
      setIssuer('');
      setAudience('');
      onAdded();
    });
  };
  return (
    <form className="card" onSubmit={submit}>
      <h2>Trust a provider</h2>
      <TextField
        label="Issuer URL"
        hint="Exactly as its tokens' iss; its discovery document is fetched."
        type="url"
        required
        value={issuer}
        onChange={setIssuer}
      />
      <TextField label="Audience (client id)" required value={audience} onChange={setAudience} />
      <TextField label="Email claim" value={emailClaim} onChange={setEmailClaim} />
      <TextField
        label="Algorithms"
        hint="Comma-separated, e.g. RS256, ES256."
        value={algorithms}
        onChange={setAlgorithms}
      />
      <ErrorNote error={action.error} />
      <button type="submit" disabled={action.busy}>
        Trust provider
      </button>
    </form>
  );
}
