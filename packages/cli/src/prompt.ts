// Reading from the person or from stdin: a hidden password prompt on the terminal, a yes/no question, a secret piped in.
import { CliError, EXIT, usageError } from './errors.ts';

/** All of stdin, without the final line break (for --password-stdin and friends). */
export async function readStdin(what: string): Promise<string> {
  if (process.stdin.isTTY) throw usageError(`${what} is read from stdin; pipe it in`);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (text === '') throw usageError(`${what}: stdin was empty`);
  return text;
}

/** A line typed on the terminal with nothing echoed; Ctrl-C aborts. Needs stdin to be a TTY. */
export function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY)
    throw usageError(`no terminal to ask for ${question.replace(/:\s*$/, '')}; use the -stdin option`);
  // Echo off before the question shows: whatever is typed (or pasted) as soon as it appears stays hidden.
  input.setRawMode(true);
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    input.resume();
    input.setEncoding('utf8');
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return done();
        if (char === '\u0003') return done(new CliError('cancelled', EXIT.error, 'cancelled'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else if (char >= ' ') value += char;
      }
    };
    input.on('data', onData);
  });
}

/** A visible line typed on the terminal. */
export async function promptLine(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

/** Asks yes/no on a terminal; without one, `--yes` is required (a script must say so). */
export async function confirm(question: string, yes: boolean | undefined): Promise<void> {
  if (yes) return;
  if (!process.stdin.isTTY) throw usageError(`${question} Not on a terminal: pass --yes to confirm`);
  const answer = await promptLine(`${question} [y/N] `);
  if (!/^y(es)?$/i.test(answer))
    throw new CliError('cancelled; nothing was changed', EXIT.error, 'cancelled');
}
