// Asks for the second factor when a change needs a recent one (403 step_up_required), then lets it retry.
import { type FormEvent, useEffect, useState } from 'react';
import { api, whenStepUpNeeded } from './api.ts';
import { useAction } from './hooks.ts';
import { Dialog, ErrorNote, TextField } from './ui.tsx';

interface Pending {
  message: string;
  settle: (done: boolean) => void;
}

export function StepUpPrompt() {
  const [pending, setPending] = useState<Pending | undefined>();
  useEffect(
    () => whenStepUpNeeded((message) => new Promise<boolean>((settle) => setPending({ message, settle }))),
    [],
  );
  if (!pending) return null;
  const finish = (done: boolean) => {
    pending.settle(done);
    setPending(undefined);
  };
  return <StepUpDialog message={pending.message} onDone={finish} />;
}

function StepUpDialog(props: { message: string; onDone: (done: boolean) => void }) {
  const [code, setCode] = useState('');
  const [recovery, setRecovery] = useState(false);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      // steppedUp: a refusal here is shown in the dialog, never another prompt.
      await api.POST('/v0/auth/step-up', { body: recovery ? { recovery_code: code } : { code } });
      props.onDone(true);
    });
  };
  return (
    <Dialog title="Confirm it is you" onClose={() => props.onDone(false)}>
      <form onSubmit={submit}>
        <p>{props.message.replace(/: POST .*$/, '.')}</p>
        <TextField
          label={recovery ? 'Recovery code' : 'Authenticator code'}
          required
          autoComplete="one-time-code"
          inputMode={recovery ? 'text' : 'numeric'}
          value={code}
          onChange={setCode}
        />
        <button type="button" className="link" onClick={() => setRecovery(!recovery)}>
          {recovery ? 'Use the authenticator app instead' : 'Use a recovery code instead'}
        </button>
        <ErrorNote error={action.error} />
        <div className="actions">
          <button type="button" onClick={() => props.onDone(false)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={action.busy}>
            Confirm
          </button>
        </div>
      </form>
    </Dialog>
  );
}
