// POST /v0/admin/permissions/apply: a permissions file (YAML) applied at once, or only compared (dry_run).
import { Type } from 'typebox';
import { callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { invalid } from '../../lib/errors.ts';
import { authErrors, component, ErrorBody } from '../../lib/schemas.ts';
import type { ApplyResult, Difference } from './permissions.apply.ts';
import { parsePermissionsFile } from './permissions.file.ts';

/** 10,000 permissions with descriptions fit with room to spare. */
export const APPLY_BODY_LIMIT = 1024 * 1024;
const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];

const Names = Type.Array(Type.String());
const DifferenceJson = Type.Object({
  added: Names,
  changed: Names,
  removed: Names,
  unchanged: Type.Integer({ description: 'Listed in the file and already as it says.' }),
});
const ApplyResultJson = component(
  'PermissionsApplied',
  Type.Object({
    dry_run: Type.Boolean({ description: 'true: nothing was changed; this is what applying would do.' }),
    permissions: DifferenceJson,
    roles: DifferenceJson,
  }),
);

const difference = (d: Difference) => ({ ...d });
const resultJson = (result: ApplyResult) => ({
  dry_run: result.dryRun,
  permissions: difference(result.permissions),
  roles: difference(result.roles),
});

export const permissionsApplyRoutes: RoutesPlugin = (root, ctx) => {
  void root.register(async (app) => {
    // The file is sent as it is, so a problem can be named by its line; only this plugin reads YAML.
    app.addContentTypeParser(YAML_TYPES, { parseAs: 'string' }, (_request, body, done) => done(null, body));
    app.post(
      '/v0/admin/permissions/apply',
      {
        config: { auth: 'admin' },
        bodyLimit: APPLY_BODY_LIMIT,
        schema: {
          tags: ['permissions'],
          operationId: 'applyPermissions',
          summary: 'Apply a permissions file',
          description:
            'The body is a permissions file (docs/permissions.md), sent as `application/yaml`. Its permissions and roles are created or changed to match, in one transaction; a problem is a 400 naming its line, and changes nothing. Without `prune` nothing the file leaves out is touched; with it, permissions and roles the file does not list are deleted, and one still named by an API key or a role still assigned is a 409 naming them unless `force=true`. `dry_run=true` answers the same difference and changes nothing. Idempotent.',
          consumes: YAML_TYPES.slice(0, 1),
          querystring: Type.Object(
            {
              dry_run: Type.Optional(Type.Boolean({ description: 'Only work out the difference.' })),
              prune: Type.Optional(Type.Boolean({ description: 'Delete what the file does not list.' })),
              force: Type.Optional(
                Type.Boolean({ description: 'With prune: delete even what is still granted.' }),
              ),
            },
            { additionalProperties: false },
          ),
          body: Type.String({ description: 'The permissions file, YAML.' }),
          response: { 200: ApplyResultJson, ...authErrors, 409: ErrorBody, 413: ErrorBody },
        },
      },
      async (request) => {
        const parsed = parsePermissionsFile(request.body as string);
        if (!parsed.ok) throw invalid(`line ${parsed.line}: ${parsed.message}.`);
        const query = request.query as { dry_run?: boolean; prune?: boolean; force?: boolean };
        const result = await ctx.permissions.apply(callerOf(request), parsed.file, {
          dryRun: query.dry_run === true,
          prune: query.prune === true,
          force: query.force === true,
        });
        return resultJson(result);
      },
    );
  });
};
