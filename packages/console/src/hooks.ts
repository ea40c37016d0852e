// Loading a view's data with its loading and error states, and running an action with its own.
import { type DependencyList, useCallback, useEffect, useState } from 'react';
import { type Answer, messageOf } from './api.ts';

export interface Loaded<T> {
  data?: T;
  total?: number;
  error?: string;
  loading: boolean;
  reload: () => void;
}

export function useLoad<T>(load: () => Promise<Answer<T>>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<{ data?: T; total?: number; error?: string; loading: boolean }>({
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on.
  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    load().then(
      (answer) => live && setState({ data: answer.data, total: answer.total, loading: false }),
      (error: unknown) => live && setState({ error: messageOf(error), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload };
}

export interface Action {
  busy: boolean;
  error: string | undefined;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
}

/** One button's or form's work: busy while it runs, its refusal kept to show beside it. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(messageOf(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clear: () => setError(undefined) };
}
