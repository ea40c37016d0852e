// Sign in with email and password, then a second factor when the account has one (a code, a recovery code
// or a passkey), with a passkey alone, or through an identity provider; the API's refusals are shown as it
// says them.
import { type FormEvent, useEffect, useState } from 'react';
import { ok, signInApi } from '../api.ts';
import { useAction } from '../hooks.ts';
import {
  type ConsoleSession,
  completeSignIn,
  passkeyAssertion,
  type SecondStep,
  signIn,
  signInWithPasskey,
  typedFactor,
} from '../session.ts';
import { ErrorNote, TextField } from '../ui.tsx';

/** What the server's redirect back from an identity provider means, by its `sso_error` code. */
const SSO_ERRORS: Record<string, string> = {
  sso_not_enabled: 'Sign-in through this identity provider is not enabled. Ask an administrator.',
  sso_state_invalid:
    'This sign-in through the identity provider expired, was already used or was started in another browser. Start again.',
  sso_provider_error: 'The identity provider refused the sign-in.',
  sso_provider_unavailable: 'The identity provider could not be reached. Try again later.',
  sso_nonce_mismatch: 'The identity provider’s answer did not belong to this sign-in. Start again.',
  sso_token_invalid: 'The identity provider’s answer could not be verified.',
  sso_email_unverified: 'The identity provider did not confirm your email address as verified.',
  sso_no_account:
    'There is no Latchkey account for your email address, and its domain is not one that gets one at first sign-in. Ask an administrator.',
  sso_subject_mismatch: 'This Latchkey account is linked to another identity at this provider.',
  sso_suspended: 'This account is suspended.',
  sso_mfa_required:
    'This account has a second factor and the identity provider did not report a multi-factor sign-in. Sign in with your password and code through the API or the CLI, or with your provider’s multi-factor sign-in.',
  throttled: 'Too many failed sign-ins from this address. Wait a few minutes and try again.',
};

const ssoProviders = () => signInApi.GET('/v0/auth/sso/providers');
type SsoButton = NonNullable<Awaited<ReturnType<typeof ssoProviders>>['data']>[number];

export function SignInPage({ onSignedIn }: { onSignedIn: (session: ConsoleSession) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<SecondStep | undefined>();
  const action = useAction();
  const [buttons, setButtons] = useState<SsoButton[]>([]);
  const ssoError = new URLSearchParams(window.location.search).get('sso_error');
  useEffect(() => {
    ok(ssoProviders())
      .then(setButtons)
      .catch(() => setButtons([]));
  }, []);
  // Back to this page once signed in (a device code, a key's page), never another origin.
  const returnTo = encodeURIComponent(`${window.location.pathname}${window.location.hash}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const answer = await signIn(email, password);
      setPassword('');
      if ('mfa_required' in answer) setStep(answer);
      else onSignedIn(answer);
    });
  };
  if (step)
    return (
      <SecondFactor
        step={step}
        onSignedIn={onSignedIn}
        onRestart={() => {
          setStep(undefined);
        }}
      />
    );
  return (
    <main className="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title" className="card">
        <h1 id="sign-in-title">Sign in to Latchkey</h1>
        <TextField
          label="Email"
          type="email"
          autoComplete="username webauthn"
          required
          value={email}
          onChange={setEmail}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
        />
        <ErrorNote error={action.error} />
        <button type="submit" className="primary" disabled={action.busy}>
          {action.busy ? 'Signing in…' : 'Sign in'}
        </button>
        <button
          type="button"
          disabled={action.busy}
          onClick={() => void action.run(async () => onSignedIn(await signInWithPasskey()))}
        >
          Sign in with a passkey
        </button>
        {ssoError && (
          <ErrorNote error={SSO_ERRORS[ssoError] ?? 'Sign-in through the identity provider failed.'} />
        )}
        {buttons.map((button) => (
          <a
            key={button.id}
            className="button"
            href={`/v0/auth/sso/${encodeURIComponent(button.id)}/start?return_to=${returnTo}`}
          >
            Sign in with {button.name}
          </a>
        ))}
      </form>
    </main>
  );
}

/** The second step: a code from the authenticator app or a recovery code, or the account's passkey. */
function SecondFactor(props: {
  step: SecondStep;
  onSignedIn: (session: ConsoleSession) => void;
  onRestart: () => void;
}) {
  const { step } = props;
  const [code, setCode] = useState('');
  const action = useAction();
  const codes = step.methods.includes('totp');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      props.onSignedIn(await completeSignIn(step.challenge, typedFactor(code)));
    });
  };
  const usePasskey = () =>
    void action.run(async () => {
      const passkey = await passkeyAssertion(step.passkey_options);
      props.onSignedIn(await completeSignIn(step.challenge, { passkey }));
    });
  return (
    <main className="sign-in">
      <form onSubmit={submit} aria-labelledby="second-factor-title" className="card">
        <h1 id="second-factor-title">Second factor</h1>
        {codes && (
          <TextField
            label="Code"
            hint="The 6-digit code of your authenticator app, or one of your recovery codes."
            autoComplete="one-time-code"
            required
            value={code}
            onChange={setCode}
          />
        )}
        <ErrorNote error={action.error} />
        {codes && (
          <button type="submit" className="primary" disabled={action.busy}>
            Verify
          </button>
        )}
        {step.methods.includes('passkey') && (
          <button type="button" disabled={action.busy} onClick={usePasskey}>
            Use a passkey
          </button>
        )}
        <button type="button" onClick={props.onRestart}>
          Start over
        </button>
      </form>
    </main>
  );
}
