// Administrators: a user's one-time password links (invitation, reset) and the reset of their second factors.
import { useState } from 'react';
import { api, ok, type Schemas } from '../api.ts';
import type { User } from '../session.ts';
import { ConfirmButton, CopyButton, Dialog } from '../ui.tsx';

export type PasswordLink = Schemas['PasswordLink'];

/** The link as it was issued: emailed, or shown this once to copy. */
export function LinkDialog(props: { link: PasswordLink; email: string; onClose: () => void }) {
  const { link } = props;
  const what = link.purpose === 'invitation' ? 'invitation' : 'password reset link';
  return (
    <Dialog
      title={link.purpose === 'invitation' ? 'Invitation' : 'Password reset link'}
      onClose={props.onClose}
    >
      {link.url ? (
        <>
          <p>
            Give this {what} to {props.email} privately. It works once, until{' '}
            {new Date(link.expiration).toLocaleString()}, and is shown only now.
          </p>
          <p>
            <code className="secret">{link.url}</code>
          </p>
          <CopyButton text={link.url} label="Copy link" />
        </>
      ) : (
        <p>
          The {what} was emailed to {props.email}. It works once, until{' '}
          {new Date(link.expiration).toLocaleString()}.
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={props.onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}

/** The row's buttons: a password reset link, and a reset of the user's second factors. */
export function UserLinkButtons(props: {
  user: User;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
}) {
  const { user } = props;
  const [link, setLink] = useState<PasswordLink | undefined>();
  return (
    <>
      <button
        type="button"
        onClick={() =>
          void props.run(async () =>
            setLink(
              await ok(
                api.POST('/v0/users/{user}/password-reset', { params: { path: { user: user.uuid } } }),
              ),
            ),
          )
        }
      >
        Reset link
      </button>
      <ConfirmButton
        label="Reset factors"
        danger
        title={`Reset ${user.name}’s second factors?`}
        consequence={
          <p>
            Their authenticator app, recovery codes and passkeys stop working and every session of{' '}
            {user.email}
            ends. They sign in with their password and enrol again.
          </p>
        }
        confirmLabel="Reset factors"
        onConfirm={() =>
          props.run(() => api.DELETE('/v0/users/{user}/mfa', { params: { path: { user: user.uuid } } }))
        }
      />
      {link && <LinkDialog link={link} email={user.email} onClose={() => setLink(undefined)} />}
    </>
  );
}
