// Loading a view's data with its loading and error states, and running an action with its own.
import { type DependencyList, useCallback, useEffect, useState } from 'react';
import { messageOf } from './api.ts';

export interface Loaded<T> {
  data?: T;
  total?: number;
  error?: string;
  loading: boolean;
  reload: () => void;
}

/** A call's answer: its data, and X-Total-Count of a list. */
export interface Answer<T> {
  data?: T;
  response: Response;
}

/**
 * `useLoad(() => api.GET('/v0/apps', …), [deps])`: the answer's data, typed by the contract, and the list's total.
 * A load that answers undefined has nothing to load (not allowed to look): no data, not loading.
 */
export function useLoad<T>(load: () => Promise<Answer<T>> | undefined, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<{ data?: T; total?: number; error?: string; loading: boolean }>({
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on.
  useEffect(() => {
    let live = true;
    const loading = load();
    if (loading === undefined) {
      setState({ loading: false });
      return;
    }
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    loading.then(
      (answer) => {
        const total = answer.response.headers.get('x-total-count');
        if (live)
          setState({ data: answer.data, total: total === null ? undefined : Number(total), loading: false });
      },
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
