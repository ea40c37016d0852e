// The server's layers, from the bottom: what each directory of packages/server/src is and which others it may
// import. `.dependency-cruiser.cjs` enforces them (`npm run check:layers`); `scripts/layers.mjs` writes them into
// docs/architecture.md.
module.exports = [
  {
    dir: 'lib',
    imports: [],
    what: 'errors, clock, ids, pagination, form bodies, logging, crypto; no Latchkey concept',
  },
  { dir: 'db', imports: ['lib'], what: 'Kysely over better-sqlite3 or pg, table types, migrations' },
  {
    dir: 'http',
    imports: ['lib'],
    what: 'the HTTP conventions every route shares: error bodies, 404/405/OPTIONS/CORS, the OpenAPI document',
  },
  {
    dir: 'auth',
    imports: ['lib', 'db', 'http'],
    what: 'the decision pipeline: every credential, every route',
  },
  {
    dir: 'secrets',
    imports: ['lib', 'db'],
    what: 'the data keys, the encrypted columns, the master key’s source',
  },
  {
    dir: 'features',
    imports: ['lib', 'db', 'http', 'auth', 'secrets', 'context.ts'],
    what: 'one capability each: routes, service, store, view',
  },
  {
    dir: 'metrics',
    imports: ['lib', 'db', 'http', 'auth'],
    what: 'the Prometheus counts and their listener',
  },
];
