// App manifests (JSON or YAML): parsed and checked in full, so a bad one is answered with every problem at once.

import { DEFAULT_OUTBOUND_POLICY, type OutboundPolicy, secureUrlProblem } from '../../lib/urls.ts';
import { yaml } from '../../lib/yaml.ts';

export type ConfigType = 'text' | 'number' | 'boolean';

export interface ConfigItem {
  key: string;
  description: string;
  type: ConfigType;
  required: boolean;
}

export interface Manifest {
  manifestVersion: 1;
  name: string;
  description: string;
  version: string;
  lifecycle: 'automatic' | 'manual';
  configuration: ConfigItem[];
  webhookUrl?: string;
  scopes?: string[];
}

export interface Problem {
  path: string;
  message: string;
}

export type ManifestResult = { ok: true; manifest: Manifest } | { ok: false; problems: Problem[] };

const TOP_LEVEL = [
  'manifest_version',
  'name',
  'description',
  'version',
  'lifecycle',
  'configuration',
  'webhook_url',
  'scopes',
];
const ITEM_KEYS = ['key', 'description', 'type', 'required'];
const CONFIG_KEY = /^[a-z][a-z0-9_]{0,63}$/;
/** RFC 6749 §3.3 scope-token characters. */
export const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]{1,64}$/;
const VERSION = /^[0-9A-Za-z.+-]{1,32}$/;
/** Control characters other than newlines and tabs (descriptions may span lines). */
const hasControl = (value: string): boolean =>
  [...value].some((c) => c !== '\n' && c !== '\t' && (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f));

/** A body as received: an object (JSON) or text (YAML, or JSON sent as YAML's superset). */
export function parseManifest(
  body: unknown,
  policy: OutboundPolicy = DEFAULT_OUTBOUND_POLICY,
): ManifestResult {
  if (typeof body === 'string') {
    const document = yaml().parseDocument(body, { prettyErrors: true, uniqueKeys: true });
    if (document.errors.length > 0) {
      return {
        ok: false,
        problems: document.errors.map((error) => ({
          path: `line ${error.linePos?.[0]?.line ?? '?'}`,
          message: (error.message.split('\n')[0] ?? 'is not valid YAML').replace(
            / at line \d+, column \d+:?$/,
            '',
          ),
        })),
      };
    }
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      // yaml throws when expanding aliases would exceed the count: a "billion laughs" document.
      return {
        ok: false,
        problems: [
          {
            path: '(root)',
            message: `uses YAML aliases too heavily (at most ${MAX_ALIAS_COUNT} alias expansions); write the values out instead`,
          },
        ],
      };
    }
    return checkManifest(value, policy);
  }
  return checkManifest(body, policy);
}

/** A real manifest needs none; a few keep hand-written YAML honest, and expansion stays linear. */
const MAX_ALIAS_COUNT = 50;

export function checkManifest(
  value: unknown,
  policy: OutboundPolicy = DEFAULT_OUTBOUND_POLICY,
): ManifestResult {
  const problems: Problem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  if (!isRecord(value)) return { ok: false, problems: [{ path: '(root)', message: 'must be an object' }] };

  for (const key of Object.keys(value)) {
    if (!TOP_LEVEL.includes(key)) problem(key, 'unknown field');
  }
  if (value.manifest_version !== 1) problem('manifest_version', 'must be 1');
  const name = text(value.name, 'name', 64, problem, true);
  const description = text(value.description, 'description', 1024, problem, false) ?? '';
  let version = '';
  if (typeof value.version === 'number') version = String(value.version);
  else if (typeof value.version === 'string' && VERSION.test(value.version)) version = value.version;
  else problem('version', 'is required: up to 32 letters, digits, dots, dashes or plus signs');
  const lifecycle = value.lifecycle ?? 'automatic';
  if (lifecycle !== 'automatic' && lifecycle !== 'manual')
    problem('lifecycle', 'must be "automatic" or "manual"');

  const configuration: ConfigItem[] = [];
  if (value.configuration !== undefined && !Array.isArray(value.configuration)) {
    problem('configuration', 'must be a list');
  } else {
    const seen = new Set<string>();
    for (const [index, item] of ((value.configuration as unknown[] | undefined) ?? []).entries()) {
      const at = `configuration[${index}]`;
      if (!isRecord(item)) {
        problem(at, 'must be an object');
        continue;
      }
      for (const key of Object.keys(item))
        if (!ITEM_KEYS.includes(key)) problem(`${at}.${key}`, 'unknown field');
      const key = typeof item.key === 'string' ? item.key : undefined;
      if (key === undefined || !CONFIG_KEY.test(key)) {
        problem(
          `${at}.key`,
          'is required: a lowercase letter, then lowercase letters, digits or _ (at most 64)',
        );
      } else if (seen.has(key)) {
        problem(`${at}.key`, `"${key}" is already used by another item`);
      }
      if (key) seen.add(key);
      const itemDescription = text(item.description, `${at}.description`, 1024, problem, false) ?? '';
      const type = item.type ?? 'text';
      if (type !== 'text' && type !== 'number' && type !== 'boolean') {
        problem(`${at}.type`, 'must be "text", "number" or "boolean"');
      }
      if (item.required !== undefined && typeof item.required !== 'boolean') {
        problem(`${at}.required`, 'must be true or false');
      }
      configuration.push({
        key: key ?? '',
        description: itemDescription,
        type: type as ConfigType,
        required: item.required !== false,
      });
    }
  }

  let webhookUrl: string | undefined;
  if (value.webhook_url !== undefined) {
    webhookUrl = typeof value.webhook_url === 'string' ? value.webhook_url : undefined;
    // The activation webhook carries the client secret: never over plain http to another machine.
    const why = webhookUrl === undefined ? 'must be a string' : secureUrlProblem(webhookUrl, policy);
    if (why) problem('webhook_url', why);
  }
  let scopes: string[] | undefined;
  if (value.scopes !== undefined) {
    if (!Array.isArray(value.scopes) || value.scopes.length === 0) {
      problem('scopes', 'must be a non-empty list of scope names');
    } else {
      scopes = [];
      for (const [index, scope] of value.scopes.entries()) {
        if (typeof scope !== 'string' || !SCOPE_TOKEN.test(scope)) {
          problem(
            `scopes[${index}]`,
            'must be a scope name (printable ASCII, no spaces, quotes or backslashes)',
          );
        } else scopes.push(scope);
      }
    }
  }

  if (problems.length > 0 || name === undefined) return { ok: false, problems };
  return {
    ok: true,
    manifest: {
      manifestVersion: 1,
      name,
      description,
      version,
      lifecycle: lifecycle as 'automatic' | 'manual',
      configuration,
      ...(webhookUrl ? { webhookUrl } : {}),
      ...(scopes ? { scopes: [...new Set(scopes)] } : {}),
    },
  };
}

function text(
  value: unknown,
  path: string,
  max: number,
  problem: (path: string, message: string) => void,
  required: boolean,
): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > max || hasControl(value)) {
    problem(
      path,
      `${required ? 'is required: ' : 'must be '}1 to ${max} characters, not only spaces, no control characters`,
    );
    return undefined;
  }
  return value.trim();
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
