// Exit codes and how a failure is told: the API's code, message and request id, or the URL that did not answer.
import { LatchkeyError } from '@latchkey/sdk';

/** Stable exit codes (docs/cli.md): scripts may branch on them. */
export const EXIT = {
  ok: 0,
  error: 1,
  usage: 2,
  refused: 3,
  notFound: 4,
  rateLimited: 5,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the CLI itself found (a bad argument, no credentials, a declined confirmation). */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.error,
    readonly code = 'cli_error',
  ) {
    super(message);
  }
}

export const usageError = (message: string): CliError => new CliError(message, EXIT.usage, 'usage');

export function exitCodeForStatus(status: number): ExitCode {
  if (status === 401 || status === 403) return EXIT.refused;
  if (status === 404) return EXIT.notFound;
  if (status === 429) return EXIT.rateLimited;
  return EXIT.error;
}

export interface Described {
  exitCode: ExitCode;
  /** The one line for a person. */
  text: string;
  /** The same for --json, on stderr. */
  json: { error: { code: string; message: string; status?: number; request_id?: string; url?: string } };
}

/** Turns any thrown value into its exit code and message; `url` is the server that was called. */
export function describeError(error: unknown, url: string | undefined): Described {
  if (error instanceof LatchkeyError) {
    if (error.code === 'network_error') {
      const message = `could not reach ${url ?? 'the server'}: ${error.message}`;
      return {
        exitCode: EXIT.error,
        text: message,
        json: { error: { code: error.code, message, status: 0, ...(url ? { url } : {}) } },
      };
    }
    const id = error.requestId ? ` (request id ${error.requestId})` : '';
    const wait =
      error.status === 429 && error.retryAfter !== undefined ? ` Retry in ${error.retryAfter} s.` : '';
    return {
      exitCode: exitCodeForStatus(error.status),
      text: `${error.code}: ${error.message}${wait}${id}`,
      json: {
        error: {
          code: error.code,
          message: error.message,
          status: error.status,
          ...(error.requestId ? { request_id: error.requestId } : {}),
        },
      },
    };
  }
  if (error instanceof CliError)
    return {
      exitCode: error.exitCode,
      text: error.message,
      json: { error: { code: error.code, message: error.message } },
    };
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: EXIT.error, text: message, json: { error: { code: 'cli_error', message } } };
}
