// The server's layers, checked by `npm run check:layers`: no import circles anywhere, and no import upward.
// From the bottom: lib < db, http < auth, secrets < features, metrics < the process (app.ts, config.ts,
// main.ts, cli.ts, commands, operations/). Tests and their helpers (src/test/, reliability/, interop/) may
// import any layer; circles are forbidden for them too.
const SRC = '^packages/server/src/';
const TEST = '(\\.test\\.tsx?$|^packages/server/src/(reliability|interop)/|^packages/[^/]+/src/test/)';
const COMMAND = '(\\.command\\.ts$|-command\\.ts$)';

/** A layer may import only its own and those named. */
const layer = (name, path, allowed) => ({
  name: `${name}-imports-upward`,
  comment: `${name} imports only ${allowed.join(', ')}`,
  severity: 'error',
  from: { path: `${SRC}${path}`, pathNot: [TEST, COMMAND] },
  to: { path: SRC, pathNot: allowed.map((dir) => `${SRC}${dir}`) },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle: split out what both sides need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('lib', 'lib/', ['lib/']),
    layer('db', 'db/', ['lib/', 'db/']),
    layer('http', 'http/', ['lib/', 'http/']),
    layer('auth', 'auth/', ['lib/', 'db/', 'http/', 'auth/']),
    layer('secrets', 'secrets/', ['lib/', 'db/', 'secrets/']),
    // A feature's routes receive the context app.ts builds (context.ts, types only).
    layer('features', 'features/', [
      'lib/',
      'db/',
      'http/',
      'auth/',
      'secrets/',
      'features/',
      'context\\.ts$',
    ]),
    layer('metrics', 'metrics/', ['lib/', 'db/', 'http/', 'auth/', 'metrics/']),
    {
      name: 'not-to-tests',
      comment: 'What ships imports no test or test helper.',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/', pathNot: TEST },
      to: { path: TEST },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|/dist/|generated)' },
  },
};
