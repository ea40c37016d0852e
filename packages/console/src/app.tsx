// The console: reads the cookie session, then shows sign-in or the signed-in pages.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { messageOf, whenSessionLost } from './api.ts';
import { Layout } from './layout.tsx';
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

  const load = useCallback(async () => {
    try {
      setSession(await readSession());
      setState('ready');
    } catch (failure) {
      setError(messageOf(failure));
      setState('failed');
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
        refresh: load,
      },
    [session, load],
  );

  if (state === 'loading') return <Loading what="the console" />;
  if (state === 'failed') return <ErrorNote error={error} />;
  if (!value) return <SignInPage onSignedIn={setSession} />;
  return (
    <SessionContext.Provider value={value}>
      <Layout>
        <Routes />
      </Layout>
      <StepUpPrompt />
    </SessionContext.Provider>
  );
}
