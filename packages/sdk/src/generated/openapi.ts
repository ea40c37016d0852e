// Generated from docs/openapi.json by openapi-typescript: do not edit (npm run generate -w @latchkey/sdk).
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description Answers 200 while the process is serving requests, without touching the database. For liveness probes: a failure means the process should be restarted.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database is reachable
         * @description Answers 200 when the database answers a query and 503 when it does not. For readiness probes and load balancers: send traffic only to an instance that is ready.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Checks an email and password and starts a session, answering with its token (sent as Bearer) and expiry. When the user has a second factor, no session starts yet: the answer is `mfa_required` with a challenge for POST /v0/auth/login/mfa. Failed attempts are throttled per address and per account.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/auth/login/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in, second step: the challenge and a code
         * @description Completes a sign-in that answered `mfa_required`: the challenge with a current TOTP code or a recovery code starts the session. A challenge works once and for five minutes; wrong codes count against the account’s and the address’s sign-in throttles.
         */
        post: operations["loginSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the current session
         * @description Ends the session the request is authenticated with, and the session keys bound to it, on every instance.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/auth/session-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a session key: an lk_sess_ key that works while this session lives
         * @description Creates an `lk_sess_` key bound to the calling session: it works in every form a key is accepted in, and stops working when the session ends. The key is shown only in this response.
         */
        post: operations["createSessionKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/auth/whoami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller and how it authenticated
         * @description Describes the caller: its principal (a user or an app) and the credential it came in with, never the secret. Any credential may call it, including a restricted key.
         */
        get: operations["whoami"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/auth/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s second factors
         * @description Whether a TOTP factor guards the caller’s sign-in, and how many recovery codes are left.
         */
        get: operations["getMfa"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/auth/mfa/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start TOTP enrolment: a new seed as an otpauth URI and a QR code
         * @description Makes a new TOTP seed (SHA1, 6 digits, 30 s) for the signed-in user, replacing an unconfirmed one. It guards nothing until confirmed with a first code. Only from a signed-in session.
         */
        post: operations["startTotpEnrolment"];
        /**
         * Remove the TOTP factor and its recovery codes
         * @description Needs a current code or an unused recovery code (failures count against the account’s sign-in throttle). Only from a signed-in session.
         */
        delete: operations["removeTotp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/auth/mfa/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm TOTP enrolment with a first code; answers the recovery codes, once
         * @description From then on, sign-in needs a code. The ten recovery codes are each good for one sign-in and are shown only in this response (stored hashed).
         */
        post: operations["confirmTotpEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users (administrators)
         * @description Lists users, paginated, sortable and filterable. Only administrators may list users.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user (administrators)
         * @description Creates a user with an email, a slug and optionally a password or administrator power. Only administrators may create users.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/users/{user}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a user
         * @description Shows a user, by slug or UUID. A user sees themselves and administrators see everyone; anyone else gets 404.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user and all their credentials (administrators)
         * @description Deletes a user with their keys and sessions, which stop working at once on every instance. Only administrators may delete users.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Changes a user: their own name and password (with the current one); administrators may also suspend them and set their rate limit. Suspension ends every credential of the user at once.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v0/users/{user}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user API keys
         * @description Lists a user’s API keys, paginated, without their secrets. A request authenticated with a key sees only that key.
         */
        get: operations["listUserKeys"];
        put?: never;
        /**
         * Create a user API key
         * @description Creates a personal API key for the user, with an optional lifetime (capped by the site policy) and restrictions (read-only, some projects). The key is shown only in this response; a request authenticated with a key cannot create keys.
         */
        post: operations["createUserKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/users/{user}/keys/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a user API key
         * @description Shows one of a user’s API keys: its name, start, restrictions, expiry and last use, never the secret.
         */
        get: operations["getUserKey"];
        put?: never;
        post?: never;
        /**
         * Revoke a user API key (terminal)
         * @description Revokes one of a user’s API keys: it is refused on every instance within a second, and cannot be restored. A key may always revoke itself.
         */
        delete: operations["revokeUserKey"];
        options?: never;
        head?: never;
        /**
         * Rename a user API key or narrow its permissions
         * @description Changes the name of one of a user’s API keys, and narrows its permissions (`scopes.permissions`): a permission it lacks cannot be added, a 400 names it. Nothing else about a key changes after creation.
         */
        patch: operations["renameUserKey"];
        trace?: never;
    };
    "/v0/users/{user}/keys/{key}/reroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reroll a user API key: a new key with the same name, restrictions and lifetime
         * @description Replaces one of a user’s API keys with a new one that has the same name, restrictions and lifetime; the old key stops working at once, or after `grace_seconds`. The new key is shown only in this response.
         */
        post: operations["rerollUserKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every user's API keys
         * @description Lists every user’s API keys across the site, paginated and filterable, without secrets. Administrators only.
         */
        get: operations["listAllKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/keys/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke many keys at once: a list, or all (of one user)
         * @description Revokes many API keys in one request: a list of key ids, or every key of one user. Administrators only; each revocation is audited.
         */
        post: operations["revokeKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/keys/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import keys from another system by their hashes
         * @description Imports API keys another system issued, by their SHA-256 or bcrypt hashes, so their holders keep using them. Each line is imported, recognised as imported before, or refused with its index and reason. Turns allow_imported_keys on. Administrators only; audited with counts, never a hash.
         */
        post: operations["importKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The site key policy
         * @description Shows the site’s key policy, such as the longest lifetime a new key may have. Administrators only.
         */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the site key policy
         * @description Changes the site’s key policy. The change applies to keys created afterwards and is audited. Administrators only.
         */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/.well-known/oauth-authorization-server": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Authorization server metadata (RFC 8414)
         * @description The RFC 8414 metadata of this authorization server: its issuer, token, introspection and revocation endpoints, the JWKS URL and what each supports. Public, readable from any origin (CORS), with an ETag: a request whose If-None-Match names it is answered 304 without a body.
         */
        get: operations["getAuthorizationServerMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public keys that verify our access tokens (JWKS)
         * @description The public keys (RFC 7517) that verify the access tokens this server signs, including keys being rotated in or out. Public; resource servers fetch and cache it. Readable from any origin (CORS), with an ETag: a request whose If-None-Match names it is answered 304 without a body.
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/signing-keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the token signing key (administrators)
         * @description A new key signs from now on. The previous key stays published and verifying until the last token it signed has expired, then disappears.
         */
        post: operations["rotateSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/identity-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List trusted OpenID Connect providers (administrators)
         * @description Lists the OpenID Connect providers whose id tokens are accepted as Bearer credentials, with their issuer, audience and claim settings. Administrators only.
         */
        get: operations["listIdentityProviders"];
        put?: never;
        /**
         * Trust an OpenID Connect provider (administrators)
         * @description Fetches the provider’s discovery document and refuses a provider whose document is missing, unreachable or names another issuer.
         */
        post: operations["createIdentityProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/identity-providers/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a trusted OpenID Connect provider (administrators)
         * @description Shows one trusted OpenID Connect provider and its settings. Administrators only.
         */
        get: operations["getIdentityProvider"];
        put?: never;
        post?: never;
        /**
         * Stop trusting an OpenID Connect provider (administrators)
         * @description Removes an OpenID Connect provider: its id tokens are refused from then on. Administrators only.
         */
        delete: operations["deleteIdentityProvider"];
        options?: never;
        head?: never;
        /**
         * Change or disable a trusted OpenID Connect provider (administrators)
         * @description Changes a trusted OpenID Connect provider’s settings, or disables it so its id tokens are refused. Administrators only.
         */
        patch: operations["updateIdentityProvider"];
        trace?: never;
    };
    "/v0/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organisations the caller belongs to (every one, for administrators)
         * @description Lists the organisations the caller is a member of, paginated; administrators see every organisation.
         */
        get: operations["listOrgs"];
        put?: never;
        /**
         * Create an organisation (tenant administrators)
         * @description Creates an organisation with a name and slug. Tenant administrators only.
         */
        post: operations["createOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/orgs/{org}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View an organisation
         * @description Shows an organisation the caller can see; any other is 404.
         */
        get: operations["getOrg"];
        put?: never;
        post?: never;
        /**
         * Delete an organisation with its teams and memberships (it must own no project)
         * @description Deletes an organisation with its teams and memberships. Refused with 409 while it owns a project.
         */
        delete: operations["deleteOrg"];
        options?: never;
        head?: never;
        /**
         * Rename an organisation (org admins)
         * @description Renames an organisation. The organisation’s administrators only.
         */
        patch: operations["updateOrg"];
        trace?: never;
    };
    "/v0/orgs/{org}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members (users and apps) of an organisation
         * @description Lists the users and apps that are members of an organisation, with their role, paginated.
         */
        get: operations["listOrgMembers"];
        put?: never;
        /**
         * Add a user or an app to an organisation, or change its role (org admins)
         * @description 201 when the member was added, 200 when an existing member’s role was changed.
         */
        post: operations["putOrgMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/orgs/{org}/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from an organisation (and from its teams)
         * @description Removes a user or app from an organisation and from all of its teams; access through them ends on the next request.
         */
        delete: operations["removeOrgMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/orgs/{org}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the teams of an organisation
         * @description Lists the teams of an organisation, paginated.
         */
        get: operations["listOrgTeams"];
        put?: never;
        /**
         * Create a team in an organisation (org admins)
         * @description Creates a team in an organisation. The organisation’s administrators only.
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/teams/{team}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a team
         * @description Shows a team the caller can see; any other is 404.
         */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /**
         * Delete a team (team or org admins); its project grants end with it
         * @description Deletes a team; the access its members had to projects through it ends with it.
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /**
         * Rename a team (team or org admins)
         * @description Renames a team. The team’s or the organisation’s administrators only.
         */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/v0/teams/{team}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members (users and apps) of a team
         * @description Lists the users and apps that are members of a team, with their role, paginated.
         */
        get: operations["listTeamMembers"];
        put?: never;
        /**
         * Add a member of the organisation to a team, or change its role (team or org admins)
         * @description 201 when the member was added, 200 when an existing member’s role was changed.
         */
        post: operations["putTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/teams/{team}/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from a team
         * @description Removes a user or app from a team; access through the team ends on the next request.
         */
        delete: operations["removeTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the permission catalogue
         * @description Every permission the platform defines, by name.
         */
        get: operations["listPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/permissions/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Define a permission, or change its description
         * @description Idempotent. A name is `resource:action` (lowercase letters, digits, `-` and `_`, one colon); any other is a 400 naming it. 201 when created, 200 otherwise.
         */
        put: operations["putPermission"];
        post?: never;
        /**
         * Delete a permission
         * @description A permission still named by a role or an API key is a 409 naming them; with `force=true` it is removed from each (each removal in the audit log) and deleted.
         */
        delete: operations["deletePermission"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the roles
         * @description Every role with its permissions as written (wildcards unexpanded).
         */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/roles/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a role
         * @description One role with its permissions as written.
         */
        get: operations["getRole"];
        /**
         * Define a role, or replace its description and permissions
         * @description Each permission is a name in the catalogue, `resource:*` or `*` (every permission, expanded against the catalogue when a decision is made). A malformed one, one not in the catalogue, or a wildcard matching nothing is a 400 naming it. 201 when created, 200 otherwise.
         */
        put: operations["putRole"];
        post?: never;
        /**
         * Delete a role and its assignments
         * @description The role’s assignments at every scope go with it; the audit log counts them.
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/roles/{role}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the role assignments at the whole tenant
         * @description The roles given at the whole tenant, each with its grantee (a user, app, team or org).
         */
        get: operations["listTenantRoleAssignments"];
        /**
         * Assign a role at the tenant
         * @description Gives the role to exactly one user, app, team or org at the whole tenant. Idempotent: 201 when assigned, 200 when it already was. An unknown role is a 400 naming it.
         */
        put: operations["assignTenantRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/roles/{role}/assignments/{assignment}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a role assignment at the tenant
         * @description Removes one role assignment at the whole tenant, by its UUID.
         */
        delete: operations["unassignTenantRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/orgs/{org}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the role assignments at an org (its admins manage them)
         * @description The roles given at an org (its admins manage them), each with its grantee (a user, app, team or org).
         */
        get: operations["listOrgRoleAssignments"];
        /**
         * Assign a role at this org
         * @description Gives the role to exactly one user, app, team or org at an org (its admins manage them). Idempotent: 201 when assigned, 200 when it already was. An unknown role is a 400 naming it.
         */
        put: operations["assignOrgRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/orgs/{org}/roles/{assignment}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a role assignment at this org
         * @description Removes one role assignment at an org (its admins manage them), by its UUID.
         */
        delete: operations["unassignOrgRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/projects/{project}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the role assignments at a project (its admins manage them)
         * @description The roles given at a project (its admins manage them), each with its grantee (a user, app, team or org).
         */
        get: operations["listProjectRoleAssignments"];
        /**
         * Assign a role at this project
         * @description Gives the role to exactly one user, app, team or org at a project (its admins manage them). Idempotent: 201 when assigned, 200 when it already was. An unknown role is a 400 naming it.
         */
        put: operations["assignProjectRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/projects/{project}/roles/{assignment}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a role assignment at this project
         * @description Removes one role assignment at a project (its admins manage them), by its UUID.
         */
        delete: operations["unassignProjectRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List exactly the projects the caller can see, with its effective policy on each
         * @description Lists exactly the projects the caller can see, with the caller’s effective policy on each (read, write or admin). A project-limited key sees only its projects.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project in an organisation (org admins), or a personal project (no org)
         * @description Creates a project owned by an organisation (its administrators only), or a personal project owned by the caller when no organisation is named.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/projects/{project}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a project, with the caller’s effective policy
         * @description Shows a project the caller can see, with the caller’s effective policy on it; any other is 404.
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        /**
         * Delete a project (admin policy)
         * @description Deletes a project with its collaborators. Needs the admin policy on the project.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /**
         * Rename a project (admin policy)
         * @description Renames a project. Needs the admin policy on the project.
         */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/v0/projects/{project}/collaborators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the collaborators of a project (orgs, teams, users and apps with a policy)
         * @description Lists who has a policy on a project: organisations, teams, users and apps, each with its policy.
         */
        get: operations["listProjectCollaborators"];
        put?: never;
        /**
         * Add a collaborator to a project, or change its policy (admin policy)
         * @description 201 when the collaborator was added, 200 when an existing one’s policy was changed.
         */
        post: operations["putProjectCollaborator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/projects/{project}/collaborators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a collaborator from a project; it takes effect on the next request
         * @description Removes an organisation, team, user or app from a project’s collaborators; the access it gave ends on the next request.
         */
        delete: operations["removeProjectCollaborator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/access/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * May the caller (or, for administrators, another principal) do this to that project?
         * @description A resource server calls this with the end caller’s credential. A project the caller cannot see is a 404; otherwise the answer is 200 with `allowed`, the effective `policy` and `via`: the grants, and any key restriction, that gave it.
         */
        post: operations["checkAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, filtered
         * @description Lists audit events, paginated, filtered by actor, action, target and time range. Administrators only.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the audit log as NDJSON (one event a line, in chain order)
         * @description Streams the audit log as NDJSON, one event a line in chain order, filtered like the list. Administrators only.
         */
        get: operations["exportAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Walk the whole hash chain, as `latchkey audit verify` does, and name the first broken link
         * @description Walks the whole hash chain of the audit log and answers whether it is intact, naming the first broken link when it is not. Administrators only.
         */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of one object you can see
         * @description Lists the audit events about one object the caller can see (a key, an app, a project...).
         */
        get: operations["listObjectHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/console/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The console session: whether one is signed in, who, and the CSRF token for this session
         * @description The session token is in an HttpOnly cookie, never in the body. With no cookie (and no other credential) the answer is 200 `{"signed_in": false}`.
         */
        get: operations["getConsoleSession"];
        put?: never;
        /**
         * Sign in to the console: sets an HttpOnly, SameSite=Strict session cookie
         * @description The session token is in an HttpOnly cookie, never in the body. Only from this server's own pages (the Origin header is checked). When the user has a second factor, no cookie is set yet: the answer is `mfa_required` with a challenge for POST /v0/console/session/mfa.
         */
        post: operations["signInToConsole"];
        /**
         * Sign out of the console: ends the session on the server and clears the cookie
         * @description Ends the console’s session on the server and clears its cookie. Called by the web console; needs its CSRF header.
         */
        delete: operations["signOutOfConsole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/console/session/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in to the console, second step: the challenge and a code set the session cookie
         * @description The session token is in an HttpOnly cookie, never in the body. Completes a console sign-in that answered `mfa_required`, as POST /v0/auth/login/mfa does for the API.
         */
        post: operations["signInToConsoleSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/console/key-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The site key policy as the console shows it to everyone who creates keys
         * @description What GET /v0/admin/settings answers administrators, readable by every signed-in user.
         */
        get: operations["getConsoleKeyPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Lists the webhook endpoints, without their secrets. Administrators only.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook endpoint (its secret is shown once)
         * @description Creates a webhook endpoint that receives the events it subscribes to, signed with Standard Webhooks. Its signing secret is shown only in this response. Administrators only.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/webhooks/{webhook}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a webhook endpoint
         * @description Shows one webhook endpoint, its URL, events and state, without its secret. Administrators only.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint and its deliveries
         * @description Deletes a webhook endpoint with its delivery log. Administrators only.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint
         * @description Changes a webhook endpoint’s URL, events or description, or disables it. Administrators only.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v0/admin/webhooks/{webhook}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's delivery log: each delivery with its attempts and the receiver's answers
         * @description Lists an endpoint’s deliveries, newest first, each with its attempts and what the receiver answered. Administrators only.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/admin/webhooks/{webhook}/deliveries/{delivery}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a finished (failed or delivered) delivery again
         * @description Queues a finished delivery (delivered or failed) to be sent again with the same payload, and answers 202. Administrators only.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/credentials/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke credentials you hold (public; answers 202 whatever matched)
         * @description Revokes the Latchkey credentials in the request body, for whoever finds a leaked one. Public and rate limited per address; it always answers 202, so it says nothing about what matched.
         */
        post: operations["revokeCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List apps, with when each was last seen
         * @description Lists the apps the caller can see, with when each was last seen, paginated.
         */
        get: operations["listApps"];
        put?: never;
        /**
         * Create an app from scratch (manual lifecycle, active at once)
         * @description Creates an app directly, active at once, without a manifest. Its client secret is generated separately.
         */
        post: operations["createApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/apps/manifest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an app from a manifest (JSON or YAML)
         * @description The body is the manifest: `application/json`, or `application/yaml`. A manifest that fails validation is answered with 400 listing every problem with its path.
         */
        post: operations["createAppFromManifest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/apps/{app}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View an app
         * @description Shows an app: its client id, state, owner and when it was last seen, never a secret.
         */
        get: operations["getApp"];
        put?: never;
        post?: never;
        /**
         * Archive an app: its secrets and tokens stop working at once (terminal)
         * @description Archives an app: its client secrets and access tokens stop working at once, on every instance. An archived app cannot be restored.
         */
        delete: operations["archiveApp"];
        options?: never;
        head?: never;
        /**
         * Rename an app, change its description, or (administrators) set its rate limit
         * @description Changes an app’s name or description; administrators may also set its rate limit.
         */
        patch: operations["updateApp"];
        trace?: never;
    };
    "/v0/apps/{app}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate the client secret, replacing the current one (optionally after a grace period)
         * @description Generates a new client secret for the app, shown only in this response. The old secret stops working at once, or after the grace period asked for.
         */
        post: operations["regenerateAppSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/apps/{app}/configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the app’s configuration values
         * @description Sets the values an app’s manifest asks for, replacing the previous ones, before the app is activated.
         */
        put: operations["setAppConfiguration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/apps/{app}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a configured app (administrators); its webhook receives the credentials
         * @description Activates an app whose configuration is complete: it gets its client credentials, delivered to its webhook. Administrators only.
         */
        post: operations["activateApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain an access token (client credentials grant, RFC 6749 §4.4)
         * @description Exchanges an app’s client id and secret (HTTP Basic or the form body) for a short-lived access token, an RFC 9068 JWT. Errors are RFC 6749 §5.2 bodies.
         */
        post: operations["requestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/oauth/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Introspect an access token (RFC 7662): a client its own tokens, an administrator any
         * @description Says whether an access token is active and, if so, its claims (RFC 7662). A client may introspect its own tokens; an administrator any.
         */
        post: operations["introspectToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/oauth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an access token (RFC 7009): refused until its expiry, on every instance
         * @description Revokes an access token (RFC 7009): it is refused on every instance until it would have expired. Answers 200 for an unknown or already invalid token, as the RFC asks.
         */
        post: operations["revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a gateway’s request: 200 with identity headers, or the refusal
         * @description For nginx `auth_request`, Traefik ForwardAuth and Envoy `ext_authz` (docs/gateways.md). Authenticates the credential of the original request in any accepted form, through the same pipeline, cache, throttle and rate limit as every route. Allowed: exactly 200 with no body and `X-Latchkey-*` identity headers. Refused: 401 (with `WWW-Authenticate`), 403 (an access decision denied, or a restricted key), 429 (or 403 with `deny_status=403`) with `Retry-After`. Every answer is `Cache-Control: no-store`. The same operation answers HEAD, POST, PUT, PATCH, DELETE and OPTIONS, and `/v0/auth/verify/<original path>` (Envoy’s `path_prefix`), whose path and query are the original request’s and are not read: no access decision, no `deny_status` there.
         */
        get: operations["verifyRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/security/leaked-credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report leaked credentials (GitHub secret scanning partner endpoint)
         * @description Signed by GitHub (ECDSA P-256, SHA-256, over the raw body). Every reported Latchkey credential is revoked at once.
         */
        post: operations["reportLeakedCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every error of the API, except the OAuth endpoints’ (OAuthError). */
        Error: {
            error: {
                /**
                 * @description A stable, machine-readable code; each has one HTTP status.
                 * @enum {string}
                 */
                code: "invalid_request" | "validation_failed" | "malformed_credential" | "ambiguous_credentials" | "invalid_credentials" | "credential_expired" | "credential_revoked" | "imported_keys_ended" | "user_suspended" | "session_ended" | "authentication_required" | "untrusted_issuer" | "bad_signature" | "token_expired" | "token_not_yet_valid" | "wrong_audience" | "email_not_verified" | "email_claim_missing" | "user_not_found" | "subject_mismatch" | "invalid_id_token" | "idp_unavailable" | "mfa_code_invalid" | "mfa_challenge_invalid" | "mfa_challenge_expired" | "forbidden" | "permission_denied" | "not_found" | "method_not_allowed" | "conflict" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "unavailable";
                /** @description What went wrong and what to do next. */
                message: string;
                /** @description The X-Request-Id of the request, for the server logs. */
                request_id: string;
            };
        };
        Org: {
            /** Format: uuid */
            uuid: string;
            slug: string;
            name: string;
            /** Format: date-time */
            creation: string;
        };
        Team: {
            /** Format: uuid */
            uuid: string;
            slug: string;
            name: string;
            org: {
                /** Format: uuid */
                uuid: string;
                slug: string;
            };
            /** Format: date-time */
            creation: string;
        };
        Member: {
            type: "user" | "app";
            /** Format: uuid */
            uuid: string;
            slug: string;
            name: string;
            role: "member" | "admin";
        };
        Project: {
            /** Format: uuid */
            uuid: string;
            slug: string;
            name: string;
            owner: {
                type: "org" | "user";
                /** Format: uuid */
                uuid: string;
                slug: string;
            };
            /** @description The caller's effective policy on the project. */
            policy: ("read" | "write" | "admin") | null;
            /** Format: date-time */
            creation: string;
        };
        Collaborator: {
            /** Format: uuid */
            uuid: string;
            type: "org" | "team" | "user" | "app";
            grantee: {
                /** Format: uuid */
                uuid: string;
                slug: string;
                name: string;
            };
            /** @description read < write < admin. */
            policy: "read" | "write" | "admin";
            /** Format: date-time */
            creation: string;
        };
        AccessCheck: {
            allowed: boolean;
            /**
             * @description The effective policy on the project.
             * @enum {string|null}
             */
            policy: "read" | "write" | "admin" | null;
            /** @description The grants (and key restrictions) that gave the answer. */
            via: {
                /** @enum {string} */
                kind: "direct" | "team" | "org" | "owner" | "org_admin" | "tenant_admin" | "key_restriction";
                /**
                 * @description The policy this path gives; for a key restriction, the most it allows.
                 * @enum {string|null}
                 */
                policy: "read" | "write" | "admin" | null;
                /** @description The grantee (or the restricted key) behind this path; null for a tenant administrator. */
                subject: {
                    /** @enum {string} */
                    type: "org" | "team" | "user" | "app" | "key";
                    uuid: string;
                    slug: string | null;
                } | null;
                note: string;
            }[];
        };
        App: {
            /** Format: uuid */
            uuid: string;
            /** @description The OAuth2 client id (`app_…`): stable, and not a secret. */
            client_id: string;
            slug: string;
            name: string;
            description: string;
            lifecycle: "manual" | "automatic";
            status: "active" | "inactive" | "archived";
            version: string | null;
            scopes: string[];
            webhook_url: string | null;
            configuration: {
                key: string;
                description: string;
                type: string;
                required: boolean;
                value: string | number | boolean | null;
            }[];
            secret?: {
                /** @description The prefix and first characters of the current secret. */
                start: string;
                /** Format: date-time */
                creation: string;
            } | null;
            creator: string | null;
            /** Format: date-time */
            creation: string;
            /** Format: date-time */
            modified: string;
            activated: string | null;
            archived: string | null;
            last_seen: string | null;
            /** @description Administrators only: the effective rate limit; null when rate limits are off. */
            rate_limit?: {
                per_second: number;
                burst: number;
                /** @description true: the server default; false: an administrator’s override. */
                default: boolean;
            } | null;
        };
        CreatedApp: {
            /** Format: uuid */
            uuid: string;
            /** @description The OAuth2 client id (`app_…`): stable, and not a secret. */
            client_id: string;
            slug: string;
            name: string;
            description: string;
            lifecycle: "manual" | "automatic";
            status: "active" | "inactive" | "archived";
            version: string | null;
            scopes: string[];
            webhook_url: string | null;
            configuration: {
                key: string;
                description: string;
                type: string;
                required: boolean;
                value: string | number | boolean | null;
            }[];
            secret?: {
                /** @description The prefix and first characters of the current secret. */
                start: string;
                /** Format: date-time */
                creation: string;
            } | null;
            creator: string | null;
            /** Format: date-time */
            creation: string;
            /** Format: date-time */
            modified: string;
            activated: string | null;
            archived: string | null;
            last_seen: string | null;
            /** @description Administrators only: the effective rate limit; null when rate limits are off. */
            rate_limit?: {
                per_second: number;
                burst: number;
                /** @description true: the server default; false: an administrator’s override. */
                default: boolean;
            } | null;
        } & {
            /** @description The HMAC-SHA256 key that signs this app’s webhooks. Shown once; store it now. */
            webhook_secret: string | null;
        };
        CreatedClientSecret: {
            client_id: string;
            /** @description The plaintext secret. Shown once; store it now. */
            client_secret: string;
            start: string;
            /** Format: date-time */
            creation: string;
            /** @description When the replaced secret stops working (set when grace_seconds was given). */
            previous_secret_expiration: string | null;
        };
        AuditEvent: {
            /** Format: uuid */
            uuid: string;
            /** @description Position in the hash chain, from 1. */
            seq: number;
            /** Format: date-time */
            time: string;
            /** @description `<target type>.<what happened>`, e.g. `key.revoked`. */
            action: string;
            actor: {
                type: "user" | "app" | "anonymous" | "system";
                uuid: string | null;
                /** @description The user’s email or the app’s client id at the time. */
                label: string | null;
                credential: {
                    /** @description session, user_key, session_key, app_token, client_secret (an app at the OAuth endpoints) or oidc. */
                    kind: string;
                    id: string | null;
                    /** @description A key’s or client secret’s start, or an identity provider’s issuer; never a secret. */
                    hint: string | null;
                } | null;
            };
            target: {
                type: string;
                id: string;
            };
            client: {
                address: string | null;
                user_agent: string | null;
            };
            request_id: string | null;
            /** @description What changed; never a secret. */
            changes: {
                [key: string]: unknown;
            };
            prev_hash: string;
            /** @description SHA-256 of prev_hash and the event’s canonical form. */
            hash: string;
        };
        /** @description The password was right and the user has a second factor: sign-in takes one more step. */
        MfaRequired: {
            /** @enum {boolean} */
            mfa_required: true;
            /** @description What the second step takes: a current TOTP `code`, or a `recovery_code`. */
            methods: ("totp" | "recovery_code")[];
            /** @description Single use, bound to the user; send it with the code to the second step. No session yet. */
            challenge: string;
            /** Format: date-time */
            expiration: string;
        };
        User: {
            /** Format: uuid */
            uuid: string;
            email: string;
            name: string;
            slug: string;
            admin: boolean;
            /** @description A suspended user cannot sign in and none of their credentials work. */
            suspended: boolean;
            /** @description May create apps (administrators always may). */
            developer: boolean;
            /** Format: date-time */
            creation: string;
            /** Format: date-time */
            modified: string;
            /** @description Administrators only: the effective rate limit; null when rate limits are off. */
            rate_limit?: {
                per_second: number;
                burst: number;
                /** @description true: the server default; false: an administrator’s override. */
                default: boolean;
            } | null;
        };
        UserKey: {
            /** Format: uuid */
            uuid: string;
            /** Format: uuid */
            user: string;
            name: string;
            /** @description The prefix and first characters of the key, for recognising it. */
            start: string;
            /** Format: date-time */
            creation: string;
            expiration: string | null;
            revoked: string | null;
            last_used: string | null;
            /** @description Restrictions on the key; null: the owner’s full access. */
            scopes: {
                /** @description The key may only read, whatever its owner may do. */
                read_only: boolean;
                /** @description The only projects the key reaches (UUIDs); null: every project its owner reaches. */
                projects: string[] | null;
                /** @description The only permissions the key may use (names, `resource:*` or `*`), never more than its owner holds where it acts; null: whatever its owner holds. */
                permissions: string[] | null;
            } | null;
            /** @description The key was imported from another system (its plaintext was never generated by Latchkey); replace it with a new key. */
            imported: boolean;
        };
        AdminKey: {
            /** Format: uuid */
            uuid: string;
            name: string;
            /** @description The prefix and first characters of the key, for recognising it. */
            start: string;
            /** Format: date-time */
            creation: string;
            expiration: string | null;
            revoked: string | null;
            last_used: string | null;
            /** @description Restrictions on the key; null: the owner’s full access. */
            scopes: {
                /** @description The key may only read, whatever its owner may do. */
                read_only: boolean;
                /** @description The only projects the key reaches (UUIDs); null: every project its owner reaches. */
                projects: string[] | null;
                /** @description The only permissions the key may use (names, `resource:*` or `*`), never more than its owner holds where it acts; null: whatever its owner holds. */
                permissions: string[] | null;
            } | null;
            /** @description The key was imported from another system (its plaintext was never generated by Latchkey); replace it with a new key. */
            imported: boolean;
        } & {
            user: {
                /** Format: uuid */
                uuid: string;
                email: string;
                name: string;
                slug: string;
            };
        };
        CreatedUserKey: {
            /** Format: uuid */
            uuid: string;
            /** Format: uuid */
            user: string;
            name: string;
            /** @description The prefix and first characters of the key, for recognising it. */
            start: string;
            /** Format: date-time */
            creation: string;
            expiration: string | null;
            revoked: string | null;
            last_used: string | null;
            /** @description Restrictions on the key; null: the owner’s full access. */
            scopes: {
                /** @description The key may only read, whatever its owner may do. */
                read_only: boolean;
                /** @description The only projects the key reaches (UUIDs); null: every project its owner reaches. */
                projects: string[] | null;
                /** @description The only permissions the key may use (names, `resource:*` or `*`), never more than its owner holds where it acts; null: whatever its owner holds. */
                permissions: string[] | null;
            } | null;
            /** @description The key was imported from another system (its plaintext was never generated by Latchkey); replace it with a new key. */
            imported: boolean;
        } & {
            /** @description The plaintext key. Shown once; store it now. */
            key: string;
        };
        KeyImportOutcome: {
            /** @description Keys imported by this request. */
            imported: number;
            /** @description Lines whose hash was imported before for the same owner: nothing changed. */
            already_imported: number;
            /** @description Lines refused; each is in refusals. */
            refused: number;
            refusals: {
                /** @description The line’s position in keys, from 0. */
                index: number;
                /** @description Why, e.g. unknown_owner, malformed_hash, duplicate_in_request. */
                code: string;
                message: string;
            }[];
        };
        /** @description The errors of the OAuth endpoints, in RFC 6749 form. */
        OAuthError: {
            /**
             * @description An RFC 6749 §5.2 error code (RFC 6750 invalid_token for a refused bearer token).
             * @enum {string}
             */
            error: "invalid_request" | "invalid_client" | "invalid_token" | "insufficient_scope" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope" | "temporarily_unavailable" | "server_error";
            /** @description What went wrong, for a person. */
            error_description?: string;
        };
        TokenResponse: {
            /** @description An RFC 9068 JWT (ES256, typ at+jwt). */
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /** @description Seconds until the token expires. */
            expires_in: number;
            scope?: string;
        };
        Introspection: {
            active: boolean;
            scope?: string;
            client_id?: string;
            token_type?: string;
            exp?: number;
            iat?: number;
            sub?: string;
            aud?: string;
            iss?: string;
            jti?: string;
        };
        IdentityProvider: {
            /** Format: uuid */
            uuid: string;
            /** @description The `iss` its id tokens carry, exactly. */
            issuer: string;
            /** @description The client id its id tokens must be issued to (`aud`). */
            audience: string;
            /** @description The claim naming the Latchkey user by email. */
            email_claim: string;
            /** @description The JWS algorithms accepted. */
            algorithms: string[];
            enabled: boolean;
            /** @description Where its signing keys are fetched, from its discovery document. */
            jwks_uri: string;
            /** Format: date-time */
            creation: string;
            /** Format: date-time */
            modified: string;
        };
        Permission: {
            name: string;
            description: string;
            /** Format: date-time */
            creation: string;
            /** Format: date-time */
            updated: string;
        };
        Role: {
            name: string;
            description: string;
            /** @description As written: names, `resource:*` or `*`. */
            permissions: string[];
            /** Format: date-time */
            creation: string;
            /** Format: date-time */
            updated: string;
        };
        RoleAssignment: {
            /** Format: uuid */
            uuid: string;
            role: string;
            scope: {
                /** @enum {string} */
                type: "tenant" | "org" | "project";
                /** @description null at tenant scope. */
                uuid: string | null;
            };
            grantee: {
                /** @enum {string} */
                type: "user" | "app" | "team" | "org";
                /** Format: uuid */
                uuid: string;
            };
            /** Format: date-time */
            creation: string;
        };
        Whoami: {
            principal: {
                type: "user" | "app";
                uuid: string;
                slug: string;
                name: string;
                /** @description Users only. */
                email?: string;
                /** @description Apps only: the public client id. */
                client_id?: string;
                admin: boolean;
            };
            credential: {
                kind: "session" | "user_key" | "session_key" | "app_token" | "oidc" | "client_secret" | "password";
                /** @description The session id, the key id, the access token id (jti), or the identity provider id. */
                uuid: string;
                /** @description The first characters of the key, for display. */
                start?: string;
                /** @description For an id token: its identity provider’s issuer. */
                issuer?: string;
            };
        };
        KeyPolicy: {
            /** @description Users may create API keys. */
            allow_user_keys: boolean;
            /** @description The longest a new key may live; keys without a ttl expire at this maximum. */
            key_max_lifetime: "never" | "7d" | "30d" | "90d" | "180d" | "365d";
            /** @description Users may create session keys. */
            allow_session_keys: boolean;
            /** @description Keys not used for this long are revoked (audited, and key.revoked with reason unused). */
            key_revoke_unused_after: "never" | "90d" | "180d" | "365d";
            /** @description Keys without Latchkey’s prefix and checksum (imported from another system) are looked up. Off by default; an import turns it on. */
            allow_imported_keys: boolean;
            /** @description After this time imported keys are refused (imported_keys_ended); null: no end. */
            imported_keys_until: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
            /** @description The server is not ready (the database does not answer). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        user: components["schemas"]["User"];
                        /** Format: date-time */
                        creation: string;
                        /** Format: date-time */
                        expiration: string;
                    } | components["schemas"]["MfaRequired"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    loginSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                    /** @description The current 6-digit code of the authenticator app. */
                    code?: string;
                    /** @description One of the recovery codes shown at enrolment; each works once. */
                    recovery_code?: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        user: components["schemas"]["User"];
                        /** Format: date-time */
                        creation: string;
                        /** Format: date-time */
                        expiration: string;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSessionKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        uuid: string;
                        /** @description The plaintext session key. Shown once. */
                        key: string;
                        start: string;
                        /** Format: date-time */
                        creation: string;
                        /** Format: date-time */
                        expiration: string;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    whoami: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Whoami. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Whoami"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A confirmed TOTP factor guards sign-in. */
                        totp: boolean;
                        confirmation: string | null;
                        recovery_codes_left: number;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startTotpEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description otpauth://totp/Latchkey:EMAIL?secret=…&issuer=Latchkey */
                        otpauth_uri: string;
                        /** @description The URI as a QR code: a data:image/svg+xml URL. */
                        qr_code: string;
                        /** @description The base32 seed, for typing into an app that cannot scan. */
                        secret: string;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The current 6-digit code of the authenticator app. */
                    code?: string;
                    /** @description One of the recovery codes shown at enrolment; each works once. */
                    recovery_code?: string;
                };
            };
        };
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmTotpEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The app’s current 6-digit code. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown once. */
                        recovery_codes: string[];
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
                sort?: "name" | "email" | "creation";
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of User objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @description 1 to 64 characters, not only spaces, no control characters. */
                    name: string;
                    slug?: string;
                    /** @description At least 12 characters. */
                    password: string;
                    /** @default false */
                    admin?: boolean;
                };
            };
        };
        responses: {
            /** @description Created: the new User. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the user. */
                user: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The User. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the user. */
                user: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the user. */
                user: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 64 characters, not only spaces, no control characters. */
                    name?: string;
                    /** @description The developer capability: may create apps. Administrators only. */
                    developer?: boolean;
                    /** @description At least 12 characters. */
                    password?: string;
                    /** @description Required to change your own password. */
                    current_password?: string;
                    /** @description Administrators: suspend (true) or unsuspend (false) the user. */
                    suspended?: boolean;
                    /** @description Administrators: this principal’s own rate limit (a token bucket); null restores the server default. */
                    rate_limit?: {
                        /** @description Requests a second, sustained. */
                        per_second: number;
                        /** @description The most requests at once (the bucket’s capacity). Below per_second it smooths traffic rather than allowing bursts. */
                        burst: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description The User. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUserKeys: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
                sort?: "name";
                /** @description Exact key name. */
                name?: string;
                /** @description true: only revoked keys; otherwise only keys that are not revoked. */
                revoked?: boolean;
                /** @description Part of the name, or the UUID. */
                search?: string;
            };
            header?: never;
            path: {
                /** @description The slug or UUID of the user. */
                user: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of UserKey objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserKey"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUserKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the user. */
                user: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 64 characters, not only spaces, no control characters. */
                    name: string;
                    /** @description Seconds until the key expires. */
                    ttl?: number;
                    /** @description Least privilege: the key never exceeds its owner and is further limited to these. */
                    scopes?: {
                        /** @description true: the key may only read. */
                        read_only?: boolean;
                        /** @description The only projects the key may reach (slugs or UUIDs), among those of its owner. */
                        projects?: string[];
                        /** @description The only permissions the key may use, each held by its owner (a wildcard must match one in the catalogue). Effective: the owner’s permissions where the key acts, intersected with these. */
                        permissions?: string[];
                    };
                };
            };
        };
        responses: {
            /** @description Created: the new CreatedUserKey. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUserKey"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUserKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the user. */
                user: string;
                /** @description The UUID of the key. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The UserKey. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserKey"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeUserKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the user. */
                user: string;
                /** @description The UUID of the key. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The UserKey. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserKey"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    renameUserKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the user. */
                user: string;
                /** @description The UUID of the key. */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 64 characters, not only spaces, no control characters. */
                    name?: string;
                    /** @description Narrows the key’s permissions; never widens them. */
                    scopes?: {
                        /** @description The only permissions the key may use, each held by its owner (a wildcard must match one in the catalogue). Effective: the owner’s permissions where the key acts, intersected with these. */
                        permissions: string[];
                    };
                };
            };
        };
        responses: {
            /** @description The UserKey. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserKey"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rerollUserKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the user. */
                user: string;
                /** @description The UUID of the key. */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Seconds the old key keeps working; 0 or absent: it is revoked at once. */
                    grace_seconds?: number;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUserKey"] & {
                        previous: components["schemas"]["UserKey"];
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAllKeys: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
                sort?: "name" | "creation" | "last_used" | "expiration";
                /** @description The slug or UUID of the user. */
                user?: string;
                /** @description true: only expired keys; false: only keys that have not expired. */
                expired?: boolean;
                /** @description true: only revoked keys; false: only keys that are not revoked. */
                revoked?: boolean;
                /** @description Part of the key name or owner email, or the key UUID. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of AdminKey objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminKey"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The keys to revoke. */
                    keys?: string[];
                    /**
                     * @description Revoke every key (of `user`, when given).
                     * @enum {boolean}
                     */
                    all?: true;
                    /** @description The slug or UUID of the user. */
                    user?: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many keys were revoked. */
                        revoked: number;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description At most 10000 keys a request; send more in several requests. */
                    keys: {
                        /** @description The user who owns the key: slug, email or UUID. */
                        owner: string;
                        /** @description 1 to 64 characters, not only spaces, no control characters. */
                        name: string;
                        /** @description The old system’s hash of the key: exactly one of sha256 or bcrypt. */
                        hash: {
                            /** @description SHA-256 of the key: 64 hex digits, or base64 (standard or url-safe). */
                            sha256: string;
                        } | {
                            /** @description The bcrypt hash of the key ($2a$, $2b$ or $2y$). */
                            bcrypt: string;
                        };
                        /** @description bcrypt only, and required there: the first 8 to 32 characters of the key, as the old system stored them. bcrypt is salted, so the key is found by this prefix. */
                        lookup_prefix?: string;
                        /** @description What lists show to recognise the key (the old system’s displayed prefix). */
                        start?: string;
                        /** Format: date-time */
                        created?: string;
                        expiration?: string | null;
                        /** @description Least privilege: the key never exceeds its owner and is further limited to these. */
                        scopes?: {
                            /** @description true: the key may only read. */
                            read_only?: boolean;
                            /** @description The only projects the key may reach (slugs or UUIDs), among those of its owner. */
                            projects?: string[];
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description The KeyImportOutcome. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyImportOutcome"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request failed. */
            413: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The KeyPolicy. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyPolicy"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    allow_user_keys?: boolean;
                    /** @description The longest a new key may live; keys without a ttl expire at this maximum. */
                    key_max_lifetime?: "never" | "7d" | "30d" | "90d" | "180d" | "365d";
                    allow_session_keys?: boolean;
                    /** @description Keys not used for this long are revoked (audited, and key.revoked with reason unused). */
                    key_revoke_unused_after?: "never" | "90d" | "180d" | "365d";
                    /** @description Keys without Latchkey’s prefix and checksum (imported from another system) are looked up. Off by default; an import turns it on. */
                    allow_imported_keys?: boolean;
                    /** @description After this time imported keys are refused (imported_keys_ended); null: no end. */
                    imported_keys_until?: string | null;
                };
            };
        };
        responses: {
            /** @description The KeyPolicy. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyPolicy"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthorizationServerMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the document may be cached (public, max-age). */
                    "Cache-Control"?: string;
                    /** @description `*`: any origin may read the document. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current; there is no body. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the document may be cached (public, max-age). */
                    "Cache-Control"?: string;
                    /** @description `*`: any origin may read the document. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the document may be cached (public, max-age). */
                    "Cache-Control"?: string;
                    /** @description `*`: any origin may read the document. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: {
                            kty: string;
                            crv: string;
                            x: string;
                            y: string;
                            kid: string;
                            alg: string;
                            use: string;
                        }[];
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current; there is no body. */
            304: {
                headers: {
                    /** @description The representation’s entity tag; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the document may be cached (public, max-age). */
                    "Cache-Control"?: string;
                    /** @description `*`: any origin may read the document. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    rotateSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The new signing key. */
                        kid: string;
                        /** @description Keys that no longer sign. */
                        retired: string[];
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listIdentityProviders: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
                sort?: "issuer" | "creation";
                /** @description Only enabled (true) or disabled (false) providers. */
                enabled?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of IdentityProvider objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The issuer URL, exactly as its tokens’ `iss`; `{issuer}/.well-known/openid-configuration` must name it. */
                    issuer: string;
                    /** @description The client id id tokens must be issued to (their `aud`). 1 to 512 printable ASCII characters, no spaces. */
                    audience: string;
                    /** @description The claim that holds the user’s email; default `email`. 1 to 255 printable ASCII characters, no spaces. */
                    email_claim?: string;
                    /** @description Accepted JWS algorithms; default ["RS256"]. */
                    algorithms?: ("RS256" | "RS384" | "RS512" | "PS256" | "PS384" | "PS512" | "ES256" | "ES384" | "ES512" | "EdDSA" | "Ed25519")[];
                    /** @description Whether its id tokens are accepted; default true. */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Created: the new IdentityProvider. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID of the identity provider. */
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The IdentityProvider. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID of the identity provider. */
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID of the identity provider. */
                provider: string;
            };
            cookie?: never;
        };
        /** @description The issuer cannot change: add a new provider instead. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The client id id tokens must be issued to (their `aud`). 1 to 512 printable ASCII characters, no spaces. */
                    audience?: string;
                    /** @description The claim that holds the user’s email; default `email`. 1 to 255 printable ASCII characters, no spaces. */
                    email_claim?: string;
                    /** @description Accepted JWS algorithms; default ["RS256"]. */
                    algorithms?: ("RS256" | "RS384" | "RS512" | "PS256" | "PS384" | "PS512" | "ES256" | "ES384" | "ES512" | "EdDSA" | "Ed25519")[];
                    /** @description Whether its id tokens are accepted; default true. */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description The IdentityProvider. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrgs: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
                sort?: "name";
                /** @description Part of the name or slug. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Org objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOrg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 64 characters, not only spaces, no control characters. */
                    name: string;
                    slug?: string;
                };
            };
        };
        responses: {
            /** @description Created: the new Org. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the org. */
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Org. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the org. */
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the org. */
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 64 characters, not only spaces, no control characters. */
                    name: string;
                };
            };
        };
        responses: {
            /** @description The Org. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrgMembers: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description The slug or UUID of the org. */
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Member objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrgMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the org. */
                org: string;
            };
            cookie?: never;
        };
        /** @description Exactly one of user or app, and the role (default member). */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The slug or UUID of the user. */
                    user?: string;
                    /** @description The slug or UUID of the app (or its client id). */
                    app?: string;
                    /** @default member */
                    role?: "member" | "admin";
                };
            };
        };
        responses: {
            /** @description The Member. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Created: the new Member. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeOrgMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the org. */
                org: string;
                /** @description The slug or UUID of the member (user or app). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrgTeams: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description The slug or UUID of the org. */
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Team objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the org. */
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 64 characters, not only spaces, no control characters. */
                    name: string;
                    slug?: string;
                };
            };
        };
        responses: {
            /** @description Created: the new Team. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the team. */
                team: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Team. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the team. */
                team: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the team. */
                team: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 64 characters, not only spaces, no control characters. */
                    name: string;
                };
            };
        };
        responses: {
            /** @description The Team. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTeamMembers: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description The slug or UUID of the team. */
                team: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Member objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the team. */
                team: string;
            };
            cookie?: never;
        };
        /** @description Exactly one of user or app, and the role (default member). */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The slug or UUID of the user. */
                    user?: string;
                    /** @description The slug or UUID of the app (or its client id). */
                    app?: string;
                    /** @default member */
                    role?: "member" | "admin";
                };
            };
        };
        responses: {
            /** @description The Member. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Created: the new Member. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the team. */
                team: string;
                /** @description The slug or UUID of the member (user or app). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Permission objects, in the order asked for. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Permission"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The permission. */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the permission allows. */
                    description: string;
                };
            };
        };
        responses: {
            /** @description The Permission. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Permission"];
                };
            };
            /** @description Created: the new Permission. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Permission"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePermission: {
        parameters: {
            query?: {
                /** @description Remove it from every role and key first. */
                force?: boolean;
            };
            header?: never;
            path: {
                /** @description The permission. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Role objects, in the order asked for. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The role’s name. */
                role: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Role. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The role’s name. */
                role: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description: string;
                    permissions: string[];
                };
            };
        };
        responses: {
            /** @description The Role. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Created: the new Role. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The role’s name. */
                role: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTenantRoleAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The role’s name. */
                role: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of RoleAssignment objects, in the order asked for. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignment"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    assignTenantRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The role’s name. */
                role: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A user’s slug or UUID. */
                    user?: string;
                    /** @description An app’s slug, UUID or client id. */
                    app?: string;
                    /** @description A team’s slug or UUID. */
                    team?: string;
                    /** @description An org’s slug or UUID. */
                    org?: string;
                };
            };
        };
        responses: {
            /** @description The RoleAssignment. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignment"];
                };
            };
            /** @description Created: the new RoleAssignment. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignment"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unassignTenantRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The role’s name. */
                role: string;
                assignment: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrgRoleAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the org. */
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of RoleAssignment objects, in the order asked for. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignment"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    assignOrgRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the org. */
                org: string;
            };
            cookie?: never;
        };
        /** @description The role, and exactly one of user, app, team or org. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The role’s name. */
                    role: string;
                    /** @description A user’s slug or UUID. */
                    user?: string;
                    /** @description An app’s slug, UUID or client id. */
                    app?: string;
                    /** @description A team’s slug or UUID. */
                    team?: string;
                    /** @description An org’s slug or UUID. */
                    org?: string;
                };
            };
        };
        responses: {
            /** @description The RoleAssignment. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignment"];
                };
            };
            /** @description Created: the new RoleAssignment. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignment"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unassignOrgRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the org. */
                org: string;
                assignment: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectRoleAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the project. */
                project: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of RoleAssignment objects, in the order asked for. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignment"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    assignProjectRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the project. */
                project: string;
            };
            cookie?: never;
        };
        /** @description The role, and exactly one of user, app, team or org. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The role’s name. */
                    role: string;
                    /** @description A user’s slug or UUID. */
                    user?: string;
                    /** @description An app’s slug, UUID or client id. */
                    app?: string;
                    /** @description A team’s slug or UUID. */
                    team?: string;
                    /** @description An org’s slug or UUID. */
                    org?: string;
                };
            };
        };
        responses: {
            /** @description The RoleAssignment. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignment"];
                };
            };
            /** @description Created: the new RoleAssignment. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignment"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unassignProjectRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the project. */
                project: string;
                assignment: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
                sort?: "name";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Project objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 64 characters, not only spaces, no control characters. */
                    name: string;
                    slug?: string;
                    /** @description The slug or UUID of the org that will own the project; omit for a personal project. */
                    org?: string;
                };
            };
        };
        responses: {
            /** @description Created: the new Project. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the project. */
                project: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Project. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the project. */
                project: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the project. */
                project: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 64 characters, not only spaces, no control characters. */
                    name: string;
                };
            };
        };
        responses: {
            /** @description The Project. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectCollaborators: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description The slug or UUID of the project. */
                project: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Collaborator objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Collaborator"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putProjectCollaborator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the project. */
                project: string;
            };
            cookie?: never;
        };
        /** @description Exactly one of org, team, user or app, with a policy. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The slug or UUID of the org. */
                    org?: string;
                    /** @description The slug or UUID of the team. */
                    team?: string;
                    /** @description The slug or UUID of the user. */
                    user?: string;
                    /** @description The slug or UUID of the app (or its client id). */
                    app?: string;
                    /** @description read < write < admin. */
                    policy: "read" | "write" | "admin";
                };
            };
        };
        responses: {
            /** @description The Collaborator. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Collaborator"];
                };
            };
            /** @description Created: the new Collaborator. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Collaborator"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeProjectCollaborator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the project. */
                project: string;
                /** @description The slug or UUID of the collaborator (the grant’s UUID, or the org, team, user or app). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkAccess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The slug or UUID of the project. */
                    project: string;
                    /** @description read < write < admin. */
                    action: "read" | "write" | "admin";
                    /** @description Administrators only: ask about this principal instead of the caller. */
                    principal?: {
                        type: "user" | "app";
                        /** @description The slug or UUID of the user or app (an app also by its client id). */
                        id: string;
                    };
                };
            };
        };
        responses: {
            /** @description The AccessCheck. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessCheck"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description desc (the default): newest first; asc: in chain order. */
                direction?: "asc" | "desc";
                since?: string;
                /** @description Exclusive. */
                until?: string;
                /** @description A user or app: UUID, slug, email or client id. */
                actor?: string;
                /** @description An action (key.revoked) or a type (key.*). */
                action?: string;
                /** @description TYPE or TYPE:ID, e.g. key or key:<uuid>. */
                target?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of AuditEvent objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportAuditLog: {
        parameters: {
            query?: {
                since?: string;
                /** @description Exclusive. */
                until?: string;
                /** @description A user or app: UUID, slug, email or client id. */
                actor?: string;
                /** @description An action (key.revoked) or a type (key.*). */
                action?: string;
                /** @description TYPE or TYPE:ID, e.g. key or key:<uuid>. */
                target?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One event (as in GET /v0/admin/audit) per line. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        intact: boolean;
                        /** @description Events that verify (before the broken one, if any). */
                        events: number;
                        /** @description The last event and its hash, to keep elsewhere: a later verify proves nothing before it changed. */
                        head: {
                            seq: number;
                            hash: string;
                        } | null;
                        /** @description The first event that does not verify, and why. */
                        broken: {
                            seq: number;
                            uuid: string | null;
                            problem: string;
                        } | null;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listObjectHistory: {
        parameters: {
            query: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description desc (the default): newest first; asc: in chain order. */
                direction?: "asc" | "desc";
                since?: string;
                /** @description Exclusive. */
                until?: string;
                /** @description TYPE:REF of an object you can see, e.g. key:<uuid>, user:<slug>, project:<slug>. */
                target: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of AuditEvent objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConsoleSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in with the session it names, or not signed in (no cookie was sent). */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        signed_in: true;
                        user: components["schemas"]["User"];
                        /** @description Send it back in the x-csrf-token header of every request that changes something. */
                        csrf_token: string;
                        /** Format: date-time */
                        expiration: string;
                    } | {
                        /** @enum {boolean} */
                        signed_in: false;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signInToConsole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        /** @description Send it back in the x-csrf-token header of every request that changes something. */
                        csrf_token: string;
                        /** Format: date-time */
                        expiration: string;
                    } | components["schemas"]["MfaRequired"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOutOfConsole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signInToConsoleSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                    /** @description The current 6-digit code of the authenticator app. */
                    code?: string;
                    /** @description One of the recovery codes shown at enrolment; each works once. */
                    recovery_code?: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        /** @description Send it back in the x-csrf-token header of every request that changes something. */
                        csrf_token: string;
                        /** Format: date-time */
                        expiration: string;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConsoleKeyPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allow_user_keys: boolean;
                        /** @description never, 7d, 30d, 90d, 180d or 365d. */
                        key_max_lifetime: string;
                        allow_session_keys: boolean;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        uuid: string;
                        url: string;
                        description: string;
                        events: string[];
                        disabled: boolean;
                        /** Format: date-time */
                        creation: string;
                        /** Format: date-time */
                        updated: string;
                    }[];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description https to a public address (loopback, over http too, only with LATCHKEY_OUTBOUND_ALLOW_LOOPBACK). */
                    url: string;
                    /** @description The events to send. */
                    events: ("key.created" | "key.revoked" | "key.expiring" | "key.expired" | "user.suspended" | "user.unsuspended" | "app.secret_rotated" | "app.archived" | "credential.leak_reported")[];
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        uuid: string;
                        url: string;
                        description: string;
                        events: string[];
                        disabled: boolean;
                        /** Format: date-time */
                        creation: string;
                        /** Format: date-time */
                        updated: string;
                    } & {
                        /** @description The signing secret (whsec_ + base64). Shown once; the receiver verifies deliveries with it. */
                        secret: string;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID of the webhook endpoint. */
                webhook: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        uuid: string;
                        url: string;
                        description: string;
                        events: string[];
                        disabled: boolean;
                        /** Format: date-time */
                        creation: string;
                        /** Format: date-time */
                        updated: string;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID of the webhook endpoint. */
                webhook: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            204: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID of the webhook endpoint. */
                webhook: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description https to a public address (loopback, over http too, only with LATCHKEY_OUTBOUND_ALLOW_LOOPBACK). */
                    url?: string;
                    /** @description The events to send. */
                    events?: ("key.created" | "key.revoked" | "key.expiring" | "key.expired" | "user.suspended" | "user.unsuspended" | "app.secret_rotated" | "app.archived" | "credential.leak_reported")[];
                    description?: string;
                    /** @description true: nothing new is queued for this endpoint. */
                    disabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        uuid: string;
                        url: string;
                        description: string;
                        events: string[];
                        disabled: boolean;
                        /** Format: date-time */
                        creation: string;
                        /** Format: date-time */
                        updated: string;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                /** @description The UUID of the webhook endpoint. */
                webhook: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        uuid: string;
                        /** @description The webhook-id header the receiver saw: the same on every attempt. */
                        webhook_id: string;
                        event: string;
                        status: "pending" | "delivered" | "failed";
                        attempts: number;
                        next_attempt: string | null;
                        delivered: string | null;
                        /** Format: date-time */
                        creation: string;
                        /** @description The body that was sent (JSON); null once it was wiped after the delivery finished. */
                        payload: unknown;
                        attempt_log: {
                            /** Format: date-time */
                            at: string;
                            /** @description The receiver's HTTP status. */
                            status: number | null;
                            error: string | null;
                            /** @description At most the first 200 characters of a text/plain or JSON answer; null for any other type. */
                            response: string | null;
                            duration_ms: number;
                        }[];
                    }[];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID of the webhook endpoint. */
                webhook: string;
                /** @description The UUID of the delivery. */
                delivery: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            202: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivery: string;
                        /** @enum {string} */
                        status: "pending";
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Latchkey credentials (lk_user_…, lk_sess_…, lk_secret_…) to revoke. */
                    credentials: string[];
                };
            };
        };
        responses: {
            /** @description Success. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many credentials were given (not how many matched). */
                        received: number;
                    };
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApps: {
        parameters: {
            query?: {
                /** @description Page number, from 1 to 1000000. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                direction?: "asc" | "desc";
                sort?: "name" | "creation" | "last_seen";
                /** @description true: only archived apps; otherwise only the others. */
                archived?: boolean;
                /** @description Part of the name or slug, the UUID or the client id. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of App objects, in the order asked for. */
            200: {
                headers: {
                    /** @description How many items match, over every page. */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first and last pages (rel="first", rel="last", always) and to the next and previous pages (rel="next", rel="prev") when there are any. */
                    Link?: string;
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["App"][];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 64 characters, not only spaces, no control characters. */
                    name: string;
                    /** @description What the app does. */
                    description?: string;
                    slug?: string;
                };
            };
        };
        responses: {
            /** @description Created: the new App. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["App"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAppFromManifest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The manifest (see docs/apps.md); checked in full by the handler. */
        requestBody: {
            content: {
                "application/json": unknown;
                "application/yaml": unknown;
            };
        };
        responses: {
            /** @description Created: the new CreatedApp. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApp"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the app (or its client id). */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The App. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["App"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    archiveApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the app (or its client id). */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The App. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["App"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the app (or its client id). */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 64 characters, not only spaces, no control characters. */
                    name?: string;
                    /** @description What the app does. */
                    description?: string;
                    /** @description Administrators: this principal’s own rate limit (a token bucket); null restores the server default. */
                    rate_limit?: {
                        /** @description Requests a second, sustained. */
                        per_second: number;
                        /** @description The most requests at once (the bucket’s capacity). Below per_second it smooths traffic rather than allowing bursts. */
                        burst: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description The App. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["App"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    regenerateAppSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the app (or its client id). */
                app: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Keep the replaced secret working this many seconds (at most a day) while you redeploy. */
                    grace_seconds?: number;
                };
            };
        };
        responses: {
            /** @description Created: the new CreatedClientSecret. */
            201: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedClientSecret"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setAppConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the app (or its client id). */
                app: string;
            };
            cookie?: never;
        };
        /** @description Every configuration value, by key; replaces the values set before. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: string | number | boolean;
                };
            };
        };
        responses: {
            /** @description The App. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["App"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    activateApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug or UUID of the app (or its client id). */
                app: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The App. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["App"];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller (the two are not told apart). */
            404: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state: a name already taken, or an object already ended. */
            409: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    requestToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description client_credentials */
                    grant_type?: string;
                    /** @description Space-delimited scopes; by default all the app may have. */
                    scope?: string;
                    /** @description client_secret_post only. */
                    client_id?: string;
                    /** @description client_secret_post only. */
                    client_secret?: string;
                };
            };
        };
        responses: {
            /** @description The TokenResponse. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description An RFC 6749 error: invalid_request, unsupported_grant_type, invalid_scope or unauthorized_client. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description The client could not be authenticated (invalid_client), or a bearer token was refused (invalid_token); WWW-Authenticate says how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description temporarily_unavailable: the client’s budget or the failure throttle; retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    introspectToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    token?: string;
                    token_type_hint?: string;
                    /** @description client_secret_post only. */
                    client_id?: string;
                    /** @description client_secret_post only. */
                    client_secret?: string;
                };
            };
        };
        responses: {
            /** @description The Introspection. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Introspection"];
                };
            };
            /** @description An RFC 6749 error: invalid_request, unsupported_grant_type, invalid_scope or unauthorized_client. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description The client could not be authenticated (invalid_client), or a bearer token was refused (invalid_token); WWW-Authenticate says how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description temporarily_unavailable: the client’s budget or the failure throttle; retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    token?: string;
                    token_type_hint?: string;
                    /** @description client_secret_post only. */
                    client_id?: string;
                    /** @description client_secret_post only. */
                    client_secret?: string;
                };
            };
        };
        responses: {
            /** @description Done; there is no body. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An RFC 6749 error: invalid_request, unsupported_grant_type, invalid_scope or unauthorized_client. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description The client could not be authenticated (invalid_client), or a bearer token was refused (invalid_token); WWW-Authenticate says how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description temporarily_unavailable: the client’s budget or the failure throttle; retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    verifyRequest: {
        parameters: {
            query?: {
                /** @description The slug or UUID of the project the original request is about (an access decision). */
                project?: string;
                /** @description What the original request does to the project. Default: from the original method, read from the one header LATCHKEY_VERIFY_METHOD_HEADER names (X-Original-Method unless configured), or this request’s own method without it (GET, HEAD, OPTIONS read; anything else writes). */
                action?: "read" | "write";
                /** @description Repeatable: permissions from the catalogue the caller must all hold (at `project` when given, tenant-wide otherwise). With it the permissions decide, not the project policy; a refusal is 403 `permission_denied` naming the missing one. */
                permission?: string[];
                /** @description Answer a spent rate limit or throttle with 403 instead of 429 (keeping Retry-After): nginx turns any status but 401 and 403 into a 500. */
                deny_status?: "403";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; there is no body. */
            200: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but not allowed: the message names the rule or restriction that refused it. */
            403: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests or failed attempts: retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Requests the caller may burst (its bucket size), when rate limits are on (draft-ietf-httpapi-ratelimit-headers-06; LATCHKEY_RATELIMIT_HEADERS legacy or both). */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the caller’s bucket, when rate limits are on (draft-06). */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the caller’s bucket is full again, when rate limits are on (draft-06). */
                    "RateLimit-Reset"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: the caller’s bucket as a quota policy, `"principal";q=<burst>;w=<seconds to refill>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers-10: `"principal";r=<requests left>;t=<seconds until the bucket is full>` (LATCHKEY_RATELIMIT_HEADERS draft or both). */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reportLeakedCredentials: {
        parameters: {
            query?: never;
            header?: {
                "github-public-key-identifier"?: string;
                "github-public-key-signature"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description GitHub's secret-scanning partner payload. */
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    type: string;
                    url?: string;
                    source?: string;
                }[];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description SHA-256 (hex) of the reported token. */
                        token_hash: string;
                        token_type: string;
                        label: "true_positive" | "false_positive";
                    }[];
                };
            };
            /** @description The request is invalid: a field failed validation (the message names it and what was expected), or a credential is malformed or ambiguous. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No credential, or one that was refused: the code says why (expired, revoked, suspended, …) and WWW-Authenticate how to authenticate. */
            401: {
                headers: {
                    /** @description RFC 7235 challenges for the accepted schemes; error="invalid_token" (RFC 6750) for a refused bearer token. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request failed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
