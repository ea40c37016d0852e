// `npm run check:layers`: no import circles anywhere, and no import upward between the server's layers
// (scripts/layers.cjs). Above them all is the process (app.ts, config.ts, main.ts, cli.ts, the commands,
// operations/), which may import any layer. Tests and their helpers (test/, reliability/, interop/) may too;
// circles are forbidden for them as for the rest.
const LAYERS = require('./scripts/layers.cjs');

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
    ...LAYERS.map(({ dir, imports }) =>
      layer(dir, `${dir}/`, [
        `${dir}/`,
        ...imports.map((name) => (name.endsWith('.ts') ? `${name.replace('.', '\\.')}$` : `${name}/`)),
      ]),
    ),
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
