// The permissions file (YAML a deployment keeps in git): parsed with the line of every entry, so a bad one is named by line.
import type { Node, Pair } from 'yaml';
import { yaml } from '../../lib/yaml.ts';
import { isPattern, isPermissionName, ROLE_NAME_PATTERN } from './permissions.model.ts';

export interface FilePermission {
  name: string;
  description: string;
  line: number;
}

export interface FileRole {
  name: string;
  description: string;
  /** Each as written, with its line (a wildcard is checked against the catalogue when applied). */
  permissions: { pattern: string; line: number }[];
  line: number;
}

export interface PermissionsFile {
  permissions: FilePermission[];
  roles: FileRole[];
}

export type ParsedPermissionsFile =
  | { ok: true; file: PermissionsFile }
  | { ok: false; line: number; message: string };

const ROLE_NAME = new RegExp(ROLE_NAME_PATTERN);
const MAX_DESCRIPTION = 1000;

class FileProblem extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The file's text as permissions and roles, or the first problem with its line:
 *
 *     permissions:
 *       runs:read: Read runs
 *     roles:
 *       reader:
 *         description: Reads everything
 *         permissions: [runs:read]
 */
export function parsePermissionsFile(text: string): ParsedPermissionsFile {
  const { LineCounter, isPair, parseDocument } = yaml();
  const lines = new LineCounter();
  // yaml's own duplicate-key check compares every key with every other: quadratic in a 10,000-line file.
  // Each mapping is checked here instead (`unique`), in one pass.
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const first = document.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? lines.linePos(first.pos[0]).line;
    const message = (first.message.split('\n')[0] ?? 'not valid YAML').replace(
      / at line \d+, column \d+:?$/,
      '',
    );
    return { ok: false, line, message: `not valid YAML: ${message}` };
  }
  const lineOf = (node: Node | Pair | null | undefined): number => {
    const range = isPair(node) ? (node.key as Node | null)?.range : node?.range;
    return range ? lines.linePos(range[0]).line : 1;
  };
  // Read from the nodes, never expanded: an alias is refused where it stands, so none can multiply.
  try {
    return { ok: true, file: readFile(document.contents, lineOf) };
  } catch (error) {
    if (error instanceof FileProblem) return { ok: false, line: error.line, message: error.message };
    throw error;
  }
}

type LineOf = (node: Node | Pair | null | undefined) => number;

function readFile(root: unknown, lineOf: LineOf): PermissionsFile {
  const { isMap, isScalar } = yaml();
  const file: PermissionsFile = { permissions: [], roles: [] };
  if (root === null || (isScalar(root) && root.value === null)) return file;
  if (!isMap(root))
    throw new FileProblem(
      lineOf(root as Node),
      'the file must be a mapping with `permissions:` and `roles:`',
    );
  const seen = unique();
  for (const pair of root.items) {
    const key = seen(scalarString(pair.key), lineOf(pair));
    if (key === 'permissions') file.permissions = readPermissions(pair.value, lineOf(pair), lineOf);
    else if (key === 'roles') file.roles = readRoles(pair.value, lineOf(pair), lineOf);
    else throw new FileProblem(lineOf(pair), `unknown key "${key ?? ''}": only permissions and roles`);
  }
  return file;
}

function readPermissions(node: unknown, at: number, lineOf: LineOf): FilePermission[] {
  const { isMap, isScalar } = yaml();
  if (node === null || (isScalar(node) && node.value === null)) return [];
  if (!isMap(node))
    throw new FileProblem(at, 'permissions must be a mapping of `resource:action: description`');
  const seen = unique();
  return node.items.map((pair) => {
    const line = lineOf(pair);
    const name = seen(scalarString(pair.key), line);
    if (name === undefined || !isPermissionName(name))
      throw new FileProblem(
        line,
        `"${name ?? ''}" is not a permission name (resource:action: lowercase letters, digits, - and _, one colon)`,
      );
    return { name, description: description(pair.value, line, `permission "${name}"`), line };
  });
}

function readRoles(node: unknown, at: number, lineOf: LineOf): FileRole[] {
  const { isMap, isScalar } = yaml();
  if (node === null || (isScalar(node) && node.value === null)) return [];
  if (!isMap(node)) throw new FileProblem(at, 'roles must be a mapping of role names');
  const seen = unique();
  return node.items.map((pair) => {
    const line = lineOf(pair);
    const name = seen(scalarString(pair.key), line);
    if (name === undefined || !ROLE_NAME.test(name))
      throw new FileProblem(line, `"${name ?? ''}" is not a role name (lowercase letters, digits, - and _)`);
    const role: FileRole = { name, description: '', permissions: [], line };
    if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) return role;
    if (!isMap(pair.value))
      throw new FileProblem(line, `role "${name}" must be a mapping with description and permissions`);
    const fields = unique();
    for (const field of pair.value.items) {
      const fieldLine = lineOf(field);
      const key = fields(scalarString(field.key), fieldLine);
      if (key === 'description') role.description = description(field.value, fieldLine, `role "${name}"`);
      else if (key === 'permissions') role.permissions = patterns(field.value, fieldLine, name, lineOf);
      else
        throw new FileProblem(
          fieldLine,
          `role "${name}": unknown key "${key ?? ''}" (description, permissions)`,
        );
    }
    return role;
  });
}

function patterns(node: unknown, at: number, role: string, lineOf: LineOf): FileRole['permissions'] {
  const { isScalar, isSeq } = yaml();
  if (node === null || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) throw new FileProblem(at, `role "${role}": permissions must be a list`);
  return node.items.map((item) => {
    const line = lineOf(item as Node);
    const pattern = scalarString(item);
    if (pattern === undefined || !isPattern(pattern))
      throw new FileProblem(
        line,
        `role "${role}": "${pattern ?? ''}" is neither a permission (resource:action), resource:* nor *`,
      );
    return { pattern, line };
  });
}

function description(node: unknown, line: number, what: string): string {
  const { isScalar } = yaml();
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return '';
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== 'string') throw new FileProblem(line, `${what}: the description must be text`);
  if (value.length > MAX_DESCRIPTION)
    throw new FileProblem(line, `${what}: the description is longer than ${MAX_DESCRIPTION} characters`);
  return value;
}

/** A checker for one mapping: each key once, or the problem names the second one's line. */
function unique() {
  const seen = new Set<string>();
  return (key: string | undefined, line: number): string | undefined => {
    if (key === undefined) return key;
    if (seen.has(key)) throw new FileProblem(line, `"${key}" is listed twice`);
    seen.add(key);
    return key;
  };
}

function scalarString(node: unknown): string | undefined {
  const { isScalar } = yaml();
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}
