// The console: reads the cookie session, then shows sign-in or the signed-in pages.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { messageOf, whenSessionLost } from './api.ts';
import { Layout } from './layout.tsx';
import { EnrolmentPage } from './pages/enrolment.tsx';
import { SetPasswordPage } from './pages/set-password.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { currentPath } from './router.tsx';
import { Routes } from './routes.tsx';
import {
  type ConsoleSession,
  endSession,
  readSession,
  SessionContext,
  type SessionState,
} from './session.ts';
import { StepUpPrompt } from './step-up.tsx';
import { ErrorNote, Loading } from './ui.tsx';

export function App() {
  // Opened from an invitation or reset link: public, whoever is signed in.
  if (currentPath() === '/set-password') return <SetPasswordPage />;
  return <SignedInApp />;
}

function SignedInApp() {
  const [session, setSession] = useState<ConsoleSession | undefined>();
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [error, setError] = useState<string | undefined>();

  /** Reads the cookie session; answers whether the console is open to it (no enrolment pending). */
  const load = useCallback(async () => {
    try {
      const current = await readSession();
      setSession(current);
      setState('ready');
      return current !== undefined && current.enrolment_required !== true;
    } catch (failure) {
      setError(messageOf(failure));
      setState('failed');
      return false;
    }
  }, []);

  useEffect(() => {
    whenSessionLost(() => setSession(undefined));
    void load();
  }, [load]);

  const value = useMemo<SessionState | undefined>(
    () =>
      session && {
        user: session.user,
        expiration: session.expiration,
        signOut: async () => {
          await endSession().catch(() => undefined);
          setSession(undefined);
        },
        refresh: async () => {
          await load();
        },
      },
    [session, load],
  );

  if (state === 'loading') return <Loading what="the console" />;
  if (state === 'failed') return <ErrorNote error={error} />;
  // The sign-in answer does not say whether the site's policy still asks for a factor: the session check does.
  if (!value) return <SignInPage onSignedIn={() => void load()} />;
  if (session?.enrolment_required)
    return <EnrolmentPage email={value.user.email} onContinue={load} onSignOut={value.signOut} />;
  return (
    <SessionContext.Provider value={value}>
      <Layout>
        <Routes />
      </Layout>
      <StepUpPrompt />
    </SessionContext.Provider>
  );
}
