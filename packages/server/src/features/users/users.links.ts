// One-time password links: an administrator's invitation (a new user sets their first password) and
// password reset; each emailed when SMTP is configured, or shown once to the administrator.
import { randomBytes } from 'node:crypto';
import type { Actor, Caller } from '../../auth/actor.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { Db, UserLinkRow, UserRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { hashPassword } from '../../lib/crypto/passwords.ts';
import { hashSecret } from '../../lib/crypto/secrets.ts';
import { ApiError, conflict } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { Mailer } from '../../lib/mail.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { type Emit, userInvited } from '../events/events.catalog.ts';
import * as links from './users.links.store.ts';
import { checkPasswordStrength } from './users.passwords.ts';
import type { PasswordCost, UsersService } from './users.service.ts';
import * as store from './users.store.ts';

/** How long a link works: a week for an invitation, a day for a reset. */
export const LINK_TTL_MS: Record<UserLinkRow['purpose'], number> = {
  invitation: 7 * 86_400_000,
  password_reset: 86_400_000,
};

export type LinkPurpose = UserLinkRow['purpose'];

export interface UserLinksDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  emit: Emit;
  users: UsersService;
  passwordCost: PasswordCost;
  /** Where the console is: the links open its set-password page. */
  publicUrl: string;
  /** Set when LATCHKEY_SMTP_URL is: links are emailed instead of shown. */
  mailer?: Mailer;
  invalidate(match: Invalidation): void;
  endSessions(userId: string): Promise<void>;
}

/** An issued link: its URL when it is shown to the administrator (no SMTP, or sending failed). */
export interface IssuedLink {
  purpose: LinkPurpose;
  url?: string;
  emailed: boolean;
  expiresAt: number;
}

/** What the set-password page shows before the password is typed. */
export interface LinkDetails {
  purpose: LinkPurpose;
  email: string;
  name: string;
  expiresAt: number;
}

export class UserLinks {
  constructor(private readonly deps: UserLinksDeps) {}

  /**
   * A new one-time link for the user (256 bits, stored as its SHA-256), superseding their earlier unused
   * links of the same purpose. Emailed when a mailer is set; otherwise (or when sending fails) its URL
   * is answered this once.
   */
  async issue(caller: Caller, user: UserRow, purpose: LinkPurpose): Promise<IssuedLink> {
    if (purpose === 'invitation' && user.passwordHash !== null)
      throw conflict('This user already has a password: issue a password reset link instead.');
    const now = this.deps.clock.now();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = now + LINK_TTL_MS[purpose];
    const id = uuidv7(now);
    const url = `${this.deps.publicUrl.replace(/\/$/, '')}/console/set-password#token=${token}`;
    const emailed = await this.mail(user, purpose, url, expiresAt);
    await this.deps.db.transaction().execute(async (tx) => {
      await links.supersedeLinks(tx, user.id, purpose, now);
      await links.insertLink(tx, {
        id,
        userId: user.id,
        purpose,
        hash: hashSecret(token),
        createdBy: caller.principal.id,
        createdAt: now,
        expiresAt,
        usedAt: null,
      });
      await this.deps.audit.record(tx, caller, {
        action: purpose === 'invitation' ? 'user.invited' : 'user.password_link_issued',
        target: { type: 'user', id: user.id },
        changes: { link: id, expiration: expiresAt, emailed },
      });
      if (purpose === 'invitation') await this.deps.emit(tx, userInvited(user, expiresAt, emailed));
    });
    return emailed ? { purpose, emailed, expiresAt } : { purpose, url, emailed, expiresAt };
  }

  /** The link's user and purpose, for the page that redeems it; the precise refusal otherwise. */
  async inspect(token: string): Promise<LinkDetails> {
    const { link, user } = await this.usable(token);
    return { purpose: link.purpose, email: user.email, name: user.name, expiresAt: link.expiresAt };
  }

  /**
   * Sets the user's password with the link, once. A reset ends every session the user had. Nothing
   * changes when the link is unknown, used, expired, or the password is refused.
   */
  async redeem(token: string, password: string, actor: Actor): Promise<LinkDetails> {
    const { link, user } = await this.usable(token);
    await checkPasswordStrength(password, [user.email, user.name, user.slug]);
    const passwordHash = await hashPassword(password, this.deps.passwordCost);
    const now = this.deps.clock.now();
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await links.useLink(tx, link.id, now))) throw used();
      await store.updateUser(tx, user.id, { passwordHash, updatedAt: now });
      // Recorded as the anonymous caller who held the link: it is no sign-in.
      await this.deps.audit.record(tx, actor, {
        action: 'user.password_set',
        target: { type: 'user', id: user.id },
        changes: { link: link.id, purpose: link.purpose },
      });
    });
    this.deps.invalidate({ principalId: user.id });
    if (link.purpose === 'password_reset') await this.deps.endSessions(user.id);
    return { purpose: link.purpose, email: user.email, name: user.name, expiresAt: link.expiresAt };
  }

  private async usable(token: string): Promise<{ link: UserLinkRow; user: UserRow }> {
    const link = await links.findLinkByHash(this.deps.db, hashSecret(token));
    if (!link)
      throw new ApiError(
        'link_invalid',
        'This link is not valid: check that it was copied whole, or ask an administrator for a new one.',
      );
    if (link.usedAt !== null) throw used();
    if (link.expiresAt <= this.deps.clock.now())
      throw new ApiError('link_expired', 'This link has expired: ask an administrator for a new one.');
    const user = await this.deps.users.findById(link.userId);
    if (!user) throw new ApiError('link_invalid', 'This link’s account no longer exists.');
    return { link, user };
  }

  /** Sends the link; false when there is no mailer or the server refused it (the URL is then shown instead). */
  private async mail(user: UserRow, purpose: LinkPurpose, url: string, expiresAt: number): Promise<boolean> {
    const mailer = this.deps.mailer;
    if (!mailer) return false;
    const until = new Date(expiresAt).toISOString().replace('T', ' ').slice(0, 16);
    const message =
      purpose === 'invitation'
        ? {
            subject: 'You are invited to Latchkey',
            text: `Hello ${user.name},\n\nAn administrator made you an account on Latchkey (${user.email}). Choose your password here (the link works once, until ${until} UTC):\n\n${url}\n`,
          }
        : {
            subject: 'Reset your Latchkey password',
            text: `Hello ${user.name},\n\nAn administrator issued a password reset for your Latchkey account (${user.email}). Choose a new password here (the link works once, until ${until} UTC); your sessions end when you do:\n\n${url}\n`,
          };
    try {
      await mailer.send({ to: user.email, ...message });
      return true;
    } catch {
      return false;
    }
  }
}

const used = (): ApiError =>
  new ApiError(
    'link_used',
    'This link was already used (or replaced by a newer one): sign in, or ask an administrator for a new one.',
  );
