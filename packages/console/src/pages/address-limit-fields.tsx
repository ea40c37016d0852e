// Where a key or an app may be used from (allowed addresses) and how many times (a usage limit with its refill):
// the fields, what they send, what the server refused in them, its warnings, and the uses left as they read.
import { useState } from 'react';
import { ApiFailure, type Schemas } from '../api.ts';
import { when } from '../format.ts';
import { Field, TextField } from '../ui.tsx';

type Limits = Schemas['UsageLimits'];
type Refill = 'none' | 'day' | 'month' | 'seconds';

export interface AddressLimitDraft {
  addresses: string;
  limited: boolean;
  remaining: string;
  refill: Refill;
  amount: string;
  seconds: string;
}

/** The fields as a stored list and limit show them (empty: anywhere, no limit). */
function draftOf(allowed: string[] | null | undefined, limits: Limits | undefined): AddressLimitDraft {
  const interval = limits?.refill?.interval;
  return {
    addresses: (allowed ?? []).join('\n'),
    limited: Boolean(limits),
    remaining: String(limits?.remaining ?? 1000),
    refill: interval === undefined ? 'none' : typeof interval === 'number' ? 'seconds' : interval,
    amount: String(limits?.refill?.amount ?? limits?.remaining ?? 1000),
    seconds: String(typeof interval === 'number' ? interval : 3600),
  };
}

/** One address or CIDR a line, blank lines left out; the server checks and normalises each. */
export const addressesOf = (draft: AddressLimitDraft): string[] =>
  draft.addresses
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

function wholeNumber(text: string, what: string, least: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < least)
    throw new Error(`${what} is a whole number, at least ${least}.`);
  return value;
}

/** The body's `limits`: null for no limit. */
export function limitsOf(draft: AddressLimitDraft): {
  remaining: number;
  refill: { amount: number; interval: 'day' | 'month' | number } | null;
} | null {
  if (!draft.limited) return null;
  const remaining = wholeNumber(draft.remaining, 'Uses left', 0);
  if (draft.refill === 'none') return { remaining, refill: null };
  const amount = wholeNumber(draft.amount, 'Refill to', 1);
  const interval =
    draft.refill === 'seconds' ? wholeNumber(draft.seconds, 'Seconds between refills', 1) : draft.refill;
  return { remaining, refill: { amount, interval } };
}

/** The server's 400 naming a bad allowed address (its message names the entry), to show beside the field. */
function addressRefusal(failure: unknown): string | undefined {
  if (failure instanceof ApiFailure && failure.status === 400 && failure.message.includes('allowed_ips'))
    return failure.message;
  return undefined;
}

export function AddressLimitFields(props: {
  draft: AddressLimitDraft;
  onChange: (draft: AddressLimitDraft) => void;
  /** The server's refusal of an entry, shown under the addresses. */
  addressError?: string;
  /** What the credential is called in the hints: "key", "app". */
  what: string;
}) {
  const { draft } = props;
  const set = (change: Partial<AddressLimitDraft>) => props.onChange({ ...draft, ...change });
  const count = (label: string, field: 'remaining' | 'amount' | 'seconds', least: number, hint?: string) => (
    <TextField
      label={label}
      hint={hint}
      type="number"
      min={least}
      inputMode="numeric"
      value={draft[field]}
      onChange={(value) => set({ [field]: value })}
    />
  );
  return (
    <>
      <Field
        label="Allowed addresses"
        hint={`One address or CIDR a line (203.0.113.7, 203.0.113.0/24, 2001:db8::/32). Empty: the ${props.what} works from anywhere.`}
        error={props.addressError}
      >
        {(id) => (
          <textarea
            id={id}
            rows={3}
            spellCheck={false}
            value={draft.addresses}
            onChange={(event) => set({ addresses: event.target.value })}
          />
        )}
      </Field>
      <fieldset className="checks">
        <legend>Usage limit</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.limited}
            onChange={(event) => set({ limited: event.target.checked })}
          />
          Limit how many requests the {props.what} may make
        </label>
        {draft.limited && (
          <>
            {count('Uses left', 'remaining', 0, 'Each accepted request spends one; at 0 the answer is 429.')}
            <Field label="Refill">
              {(id) => (
                <select
                  id={id}
                  value={draft.refill}
                  onChange={(event) => set({ refill: event.target.value as Refill })}
                >
                  <option value="none">Never: the uses are spent for good</option>
                  <option value="day">Every day (00:00 UTC)</option>
                  <option value="month">Every month (the 1st, 00:00 UTC)</option>
                  <option value="seconds">Every number of seconds…</option>
                </select>
              )}
            </Field>
            {draft.refill !== 'none' && count('Refill to', 'amount', 1, 'Unused uses do not carry over.')}
            {draft.refill === 'seconds' && count('Seconds between refills', 'seconds', 1)}
          </>
        )}
      </fieldset>
    </>
  );
}

/** The server's warnings about what was saved (an allowed address list of 0.0.0.0/0). */
export function Warnings({ warnings }: { warnings: string[] | undefined }) {
  if (!warnings || warnings.length === 0) return null;
  return (
    <ul className="warning" aria-label="Warnings">
      {warnings.map((warning) => (
        <li key={warning}>{warning}</li>
      ))}
    </ul>
  );
}

const every = (interval: 'day' | 'month' | number) =>
  interval === 'day' ? 'each day' : interval === 'month' ? 'each month' : `every ${interval} s`;

/** "412 left, refilled to 1000 each month (next 2026-01-01 00:00 UTC)"; "no limit". */
export function usesLeft(limits: Limits | undefined): string {
  if (!limits) return 'no limit';
  if (!limits.refill) return `${limits.remaining} left, no refill`;
  return `${limits.remaining} left, refilled to ${limits.refill.amount} ${every(limits.refill.interval)}${
    limits.next_refill ? ` (next ${when(limits.next_refill)})` : ''
  }`;
}

/**
 * A form's draft of the fields: `changes()` is what differs from the credential as it was read (only that is
 * sent: sending the count read earlier would undo the uses spent since), and `send(call)` shows the server's
 * refusal of an address beside the field.
 */
export function useAddressLimitDraft(allowed?: string[] | null, limits?: Limits) {
  const [original] = useState(() => draftOf(allowed, limits));
  const [draft, setDraft] = useState(original);
  const [addressError, setAddressError] = useState<string | undefined>();
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const changes = () => {
    const addresses = addressesOf(draft);
    const limit = limitsOf(draft);
    return {
      ...(same(addresses, addressesOf(original))
        ? {}
        : { allowed_ips: addresses.length > 0 ? addresses : null }),
      ...(same(limit, limitsOf(original)) ? {} : { limits: limit }),
    };
  };
  const send = async <T,>(call: Promise<T>): Promise<T> => {
    setAddressError(undefined);
    try {
      return await call;
    } catch (failure) {
      const refusal = addressRefusal(failure);
      if (!refusal) throw failure;
      setAddressError(refusal);
      throw new Error('Correct the allowed addresses.');
    }
  };
  return { draft, setDraft, addressError, changes, send };
}
