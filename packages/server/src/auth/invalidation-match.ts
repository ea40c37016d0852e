// What an invalidation names: the credential cache, the bus and every listener match on it.

/** What ended (or may have ended) a credential; every cached entry that matches is dropped. */
export interface Invalidation {
  /** A user or an app: every credential it holds. */
  principalId?: string;
  /** A key, session, client secret or token id. */
  credentialId?: string;
  /** The set of trusted identity providers changed: every instance re-reads it. */
  identityProviders?: true;
  /** Orgs, teams, projects, members or grants changed: every instance forgets its access reads. */
  access?: true;
  /** The permission catalogue, a role or a role assignment changed: every instance forgets what it read. */
  permissions?: true;
  /** When it was published (ms since the epoch), stamped by `publish`: the receivers' lag. */
  publishedAt?: number;
}
