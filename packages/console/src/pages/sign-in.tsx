// Sign in with email and password, then a second factor when the account has one (a code, a recovery code
// or a passkey), or with a passkey alone; the API's refusals are shown as it says them.
import { type FormEvent, useState } from 'react';
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
import { ErrorNote, Field } from '../ui.tsx';

export function SignInPage({ onSignedIn }: { onSignedIn: (session: ConsoleSession) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<SecondStep | undefined>();
  const action = useAction();
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
        <Field label="Email">
          {(id) => (
            <input
              id={id}
              type="email"
              autoComplete="username webauthn"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field label="Password">
          {(id) => (
            <input
              id={id}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
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
          <Field
            label="Code"
            hint="The 6-digit code of your authenticator app, or one of your recovery codes."
          >
            {(id) => (
              <input
                id={id}
                autoComplete="one-time-code"
                required
                value={code}
                onChange={(event) => setCode(event.target.value)}
              />
            )}
          </Field>
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
