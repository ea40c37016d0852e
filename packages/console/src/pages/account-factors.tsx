// The signed-in user's second factors: an authenticator app (TOTP, with its recovery codes shown once)
// and passkeys.

import type { paths } from '@latchkey/sdk/contract';
import { startRegistration } from '@simplewebauthn/browser';
import { type FormEvent, useState } from 'react';
import { api, ok, type Schemas } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { typedFactor } from '../session.ts';
import { ErrorNote, Notice, TextField } from '../ui.tsx';

type Enrolment = NonNullable<Awaited<ReturnType<typeof enrol>>['data']>;
const enrol = () => api.POST('/v0/auth/mfa/totp');
type PasskeyRegistration = NonNullable<
  paths['/v0/auth/passkeys']['post']['requestBody']
>['content']['application/json']['credential'];

export function AuthenticatorApp() {
  const status = useLoad(() => api.GET('/v0/auth/mfa'), []);
  const [enrolment, setEnrolment] = useState<Enrolment | undefined>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>();
  const [code, setCode] = useState('');
  const action = useAction();
  const start = () =>
    void action.run(async () => {
      setEnrolment(await ok(enrol()));
    });
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const data = await ok(api.POST('/v0/auth/mfa/totp/confirm', { body: { code: code.trim() } }));
      setCode('');
      setEnrolment(undefined);
      setRecoveryCodes(data.recovery_codes);
      status.reload();
    });
  };
  const remove = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await api.DELETE('/v0/auth/mfa/totp', { body: typedFactor(code) });
      setCode('');
      status.reload();
    });
  };
  const codeField = (label: string) => (
    <TextField label={label} autoComplete="one-time-code" required value={code} onChange={setCode} />
  );
  return (
    <section className="card" aria-labelledby="totp-title">
      <h2 id="totp-title">Authenticator app</h2>
      {recoveryCodes && (
        <div className="recovery">
          <Notice>
            The authenticator app now guards your sign-in. Keep these recovery codes somewhere safe: each
            signs in once when the app is not at hand, and they are shown only now.
          </Notice>
          <ul className="recovery-codes">
            {recoveryCodes.map((one) => (
              <li key={one}>
                <code>{one}</code>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setRecoveryCodes(undefined)}>
            I have saved them
          </button>
        </div>
      )}
      {status.data?.totp ? (
        <form onSubmit={remove}>
          <p>On: sign-in asks for a code. {status.data.recovery_codes_left} recovery codes left.</p>
          {codeField('Code to remove it')}
          <ErrorNote error={action.error} />
          <button type="submit" className="danger" disabled={action.busy}>
            Remove authenticator app
          </button>
        </form>
      ) : enrolment ? (
        <form onSubmit={confirm}>
          <p>Scan this with your authenticator app, then type the code it shows.</p>
          <img src={enrolment.qr_code} alt="QR code of the otpauth URI" width={200} height={200} />
          <p>
            Or enter the key by hand: <code>{enrolment.secret}</code>
          </p>
          <p className="muted">
            otpauth URI: <code className="otpauth-uri">{enrolment.otpauth_uri}</code>
          </p>
          {codeField('Code from the app')}
          <ErrorNote error={action.error} />
          <button type="submit" className="primary" disabled={action.busy}>
            Confirm
          </button>
        </form>
      ) : (
        <>
          <p>Off: a password alone signs you in.</p>
          <ErrorNote error={action.error ?? status.error} />
          <button type="button" onClick={start} disabled={action.busy || status.loading}>
            Set up authenticator app
          </button>
        </>
      )}
    </section>
  );
}

type Passkey = Schemas['Passkey'];

export function Passkeys() {
  const list = useLoad(() => api.GET('/v0/auth/passkeys'), []);
  const [name, setName] = useState('');
  const action = useAction();
  const add = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      // The server's WebAuthn options and the browser's answer, handed on as JSON.
      const optionsJSON = (await ok(api.POST('/v0/auth/passkeys/options'))) as Parameters<
        typeof startRegistration
      >[0]['optionsJSON'];
      let credential: PasskeyRegistration;
      try {
        credential = (await startRegistration({ optionsJSON })) as PasskeyRegistration;
      } catch (error) {
        throw new Error(`No passkey was made: ${(error as Error).message}`);
      }
      await api.POST('/v0/auth/passkeys', { body: { name: name.trim() || undefined, credential } });
      setName('');
      list.reload();
    });
  };
  const remove = (passkey: Passkey) =>
    void action.run(async () => {
      await api.DELETE('/v0/auth/passkeys/{passkey}', { params: { path: { passkey: passkey.uuid } } });
      list.reload();
    });
  return (
    <form onSubmit={add} className="card" aria-labelledby="passkeys-title">
      <h2 id="passkeys-title">Passkeys</h2>
      <p>A passkey signs you in without a password, and is asked for as a second factor after one.</p>
      {list.data && list.data.length > 0 && (
        <ul className="passkeys">
          {list.data.map((passkey) => (
            <li key={passkey.uuid}>
              <strong>{passkey.name}</strong>{' '}
              <span className="muted">
                added {when(passkey.creation)}
                {passkey.last_use ? `, last used ${when(passkey.last_use)}` : ', never used'}
              </span>{' '}
              <button
                type="button"
                className="danger"
                aria-label={`Remove passkey ${passkey.name}`}
                onClick={() => remove(passkey)}
                disabled={action.busy}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <TextField
        label="Passkey name"
        hint="To tell your passkeys apart, e.g. “Laptop”."
        maxLength={100}
        value={name}
        onChange={setName}
      />
      <ErrorNote error={action.error ?? list.error} />
      <button type="submit" disabled={action.busy}>
        Add a passkey
      </button>
    </form>
  );
}
