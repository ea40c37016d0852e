// What the CLI prints: tables (relative times on a TTY), JSON with --json, nothing but ids with --quiet; colour on a TTY only.
export interface Output {
  json: boolean;
  quiet: boolean;
  /** stdout is a terminal: tables get relative times and colour. */
  tty: boolean;
  color: boolean;
  write(text: string): void;
  /** Messages for the person (warnings, progress): stderr, so stdout stays data. */
  note(text: string): void;
}

export function createOutput(
  options: { json?: boolean; quiet?: boolean },
  env: NodeJS.ProcessEnv = process.env,
  stdout: NodeJS.WriteStream = process.stdout,
  stderr: NodeJS.WriteStream = process.stderr,
): Output {
  const tty = stdout.isTTY === true;
  return {
    json: options.json === true,
    quiet: options.quiet === true,
    tty,
    color: tty && !('NO_COLOR' in env && env.NO_COLOR !== '') && env.TERM !== 'dumb',
    write: (text) => stdout.write(text),
    note: (text) => {
      if (options.quiet !== true) stderr.write(text);
    },
  };
}

const ansi = (code: string) => (out: Output, text: string) =>
  out.color ? `\u001b[${code}m${text}\u001b[0m` : text;
export const bold = ansi('1');
export const dim = ansi('2');
export const red = ansi('31');
export const green = ansi('32');
export const yellow = ansi('33');

const UNITS: [string, number][] = [
  ['year', 365 * 86_400],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 minutes ago", "in 29 days", "just now". */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const size = Math.abs(seconds);
  if (size < 5) return 'just now';
  const [unit, length] = UNITS.find(([, n]) => size >= n) ?? ['second', 1];
  const count = Math.floor(size / length);
  const phrase = `${count} ${unit}${count === 1 ? '' : 's'}`;
  return seconds < 0 ? `${phrase} ago` : `in ${phrase}`;
}

export interface Column<T> {
  header: string;
  value: (row: T) => unknown;
  /** A timestamp: relative on a TTY, ISO 8601 otherwise. */
  time?: boolean;
  /** Colour for a cell on a TTY. */
  paint?: (out: Output, text: string, row: T) => string;
}

function cell<T>(out: Output, column: Column<T>, row: T): string {
  const value = column.value(row);
  if (value === null || value === undefined || value === '') return '-';
  if (column.time && typeof value === 'string') return out.tty ? relativeTime(value) : value;
  if (Array.isArray(value)) return value.length === 0 ? '-' : value.join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A list: a JSON array with --json, one id a line with --quiet, else an aligned table. */
export function printList<T>(out: Output, rows: T[], columns: Column<T>[], id: (row: T) => string): void {
  if (out.json) {
    out.write(`${JSON.stringify(rows)}\n`);
    return;
  }
  if (out.quiet) {
    out.write(rows.map((row) => `${id(row)}\n`).join(''));
    return;
  }
  if (rows.length === 0) {
    out.note('Nothing to show.\n');
    return;
  }
  const cells = rows.map((row) => columns.map((column) => cell(out, column, row)));
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...cells.map((line) => [...(line[i] ?? '')].length)),
  );
  const pad = (text: string, i: number) =>
    i === columns.length - 1 ? text : text + ' '.repeat((widths[i] ?? 0) - [...text].length);
  const lines = [columns.map((column, i) => bold(out, pad(column.header, i))).join('  ')];
  rows.forEach((row, r) => {
    lines.push(
      columns
        .map((column, i) => {
          const text = pad(cells[r]?.[i] ?? '', i);
          return column.paint ? column.paint(out, text, row) : text;
        })
        .join('  '),
    );
  });
  out.write(`${lines.join('\n')}\n`);
}

/** One object: JSON with --json, its id with --quiet, else "field  value" lines. */
export function printObject<T>(out: Output, value: T, columns: Column<T>[], id: (row: T) => string): void {
  if (out.json) {
    out.write(`${JSON.stringify(value)}\n`);
    return;
  }
  if (out.quiet) {
    out.write(`${id(value)}\n`);
    return;
  }
  const width = Math.max(...columns.map((column) => column.header.length));
  out.write(
    columns
      .map((column) => `${bold(out, column.header.padEnd(width))}  ${cell(out, column, value)}\n`)
      .join(''),
  );
}

/** The answer of a change that returns nothing to show: a sentence for people, `{ok}` JSON for scripts. */
export function printDone(out: Output, message: string, json: Record<string, unknown> = {}): void {
  if (out.json) {
    out.write(`${JSON.stringify({ ok: true, ...json })}\n`);
    return;
  }
  if (!out.quiet) out.write(`${message}\n`);
}
