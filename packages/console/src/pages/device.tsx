// /console/device: the signed-in person enters the code a device shows, sees what asks, and approves or denies it.
import { type FormEvent, useState } from 'react';
import { api, ok } from '../api.ts';
import { useAction } from '../hooks.ts';
import { useSession } from '../session.ts';
import { ErrorNote, Notice, TextField } from '../ui.tsx';

const lookUpCode = (code: string) =>
  api.POST('/v0/device-authorizations/lookup', { body: { user_code: code } });
type Pending = NonNullable<Awaited<ReturnType<typeof lookUpCode>>['data']>;

/** The code from verification_uri_complete, if the device's link carried one. */
const codeInLink = (): string => new URLSearchParams(window.location.search).get('user_code') ?? '';

export function DevicePage() {
  const { user } = useSession();
  const [code, setCode] = useState(codeInLink);
  const [pending, setPending] = useState<Pending | undefined>();
  const [decided, setDecided] = useState<'approved' | 'denied' | undefined>();
  const action = useAction();

  const lookUp = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      setPending(await ok(lookUpCode(code)));
    });
  };
  const decide = (approve: boolean) =>
    void action.run(async () => {
      const body = { user_code: code };
      await (approve
        ? api.POST('/v0/device-authorizations/approve', { body })
        : api.POST('/v0/device-authorizations/deny', { body }));
      setDecided(approve ? 'approved' : 'denied');
    });
  const again = () => {
    setPending(undefined);
    setDecided(undefined);
    setCode('');
    action.clear();
  };

  return (
    <section>
      <h1>Sign in a device</h1>
      {decided === 'approved' && (
        <Notice>Approved: the device is signed in as {user.email}. You can close this page.</Notice>
      )}
      {decided === 'denied' && <Notice>Denied: the device was refused and is not signed in.</Notice>}
      {decided && (
        <button type="button" onClick={again}>
          Enter another code
        </button>
      )}
      {!decided && !pending && (
        <form onSubmit={lookUp} className="card">
          <p>
            Enter the code the device (for example <code>latchkey login --device</code>) shows.
          </p>
          <TextField
            label="Code"
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="BCDF-GHJK"
            value={code}
            onChange={setCode}
          />
          <ErrorNote error={action.error} />
          <button type="submit" className="primary" disabled={action.busy}>
            Continue
          </button>
        </form>
      )}
      {!decided && pending && (
        <div className="card">
          <p>
            <strong>{pending.client_name}</strong> ({pending.client_id}) asks to sign in as{' '}
            <strong>{user.email}</strong>.
          </p>
          <dl>
            <dt>Asked from</dt>
            <dd>{pending.requester_address}</dd>
            <dt>Program</dt>
            <dd>{pending.requester_agent ?? 'not given'}</dd>
            <dt>Code valid until</dt>
            <dd>{new Date(pending.expiration).toLocaleString()}</dd>
          </dl>
          <p>Approve only if you started this sign-in yourself and the code matches the device.</p>
          <ErrorNote error={action.error} />
          <button type="button" className="primary" disabled={action.busy} onClick={() => decide(true)}>
            Approve
          </button>{' '}
          <button type="button" disabled={action.busy} onClick={() => decide(false)}>
            Deny
          </button>
        </div>
      )}
    </section>
  );
}
