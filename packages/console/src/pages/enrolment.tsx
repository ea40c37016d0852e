// What a user the site's require_mfa covers sees until they have a second factor: enrolment, and nothing else.
import { useState } from 'react';
import { ErrorNote } from '../ui.tsx';
import { AuthenticatorApp, Passkeys } from './account-factors.tsx';

export function EnrolmentPage({
  email,
  onContinue,
  onSignOut,
}: {
  email: string;
  /** Reads the session again: it opens once a factor is enrolled. */
  onContinue: () => Promise<boolean>;
  onSignOut: () => Promise<void>;
}) {
  const [notYet, setNotYet] = useState(false);
  return (
    <main className="enrolment" aria-labelledby="enrolment-title">
      <h1 id="enrolment-title">Set up a second factor</h1>
      <p>
        Signed in as <strong>{email}</strong>. Before anything else: this site requires a second factor for
        your account. Add an authenticator app or a passkey; until one is set up, this session can do nothing
        else.
      </p>
      <AuthenticatorApp />
      <Passkeys />
      <ErrorNote error={notYet ? 'No second factor yet: add one above first.' : undefined} />
      <p>
        <button type="button" onClick={() => void onContinue().then((opened) => setNotYet(!opened))}>
          Continue to the console
        </button>{' '}
        <button type="button" onClick={() => void onSignOut()}>
          Sign out
        </button>
      </p>
    </main>
  );
}
