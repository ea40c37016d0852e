// Leaked-credential reports (GitHub secret scanning) and self-revocation: match by hash, revoke at once, answer feedback.
import type { Actor } from '../../auth/actor.ts';
import { checkSecret, hashSecret, type SecretKind } from '../../lib/crypto/secrets.ts';
import type { LeakReport, RevokeLeaked } from './events.catalog.ts';

/** One reported token, as GitHub sends it. */
export interface ReportedToken {
  token: string;
  type: string;
  url?: string;
  source?: string;
}

export interface Feedback {
  token_hash: string;
  token_type: string;
  label: 'true_positive' | 'false_positive';
}

/** GitHub's feedback names a token by the SHA-256 of its text: the hash Latchkey stores. */
export class LeakedCredentials {
  constructor(private readonly revokers: Record<SecretKind, RevokeLeaked>) {}

  /** Revokes every reported credential that is Latchkey's; feedback for each, in the report's order. */
  async report(actor: Actor, tokens: ReportedToken[]): Promise<Feedback[]> {
    const byKind: Record<SecretKind, LeakReport[]> = { user: [], session: [], appSecret: [] };
    const hashes = tokens.map((reported) => {
      const hash = hashSecret(reported.token);
      // Checksum first: a token that is not well formed is no credential of ours, and costs no lookup.
      const check = checkSecret(reported.token);
      if (check.ok)
        byKind[check.kind].push({
          hash,
          type: reported.type,
          url: reported.url ?? null,
          source: reported.source ?? 'unknown',
        });
      return hash;
    });
    const matched = new Set<string>();
    for (const kind of Object.keys(byKind) as SecretKind[]) {
      if (byKind[kind].length === 0) continue;
      for (const hash of await this.revokers[kind](actor, dedupe(byKind[kind]))) matched.add(hash);
    }
    return tokens.map((reported, index) => {
      const hash = hashes[index] ?? '';
      return {
        token_hash: hash,
        token_type: reported.type,
        label: matched.has(hash) ? 'true_positive' : 'false_positive',
      };
    });
  }
}

/** A token reported twice is looked up and revoked once. */
function dedupe(reports: LeakReport[]): LeakReport[] {
  const seen = new Map<string, LeakReport>();
  for (const report of reports) if (!seen.has(report.hash)) seen.set(report.hash, report);
  return [...seen.values()];
}
