// The process's logger: JSON (pretty on a terminal), with every place a secret could sit redacted.
import type { FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.apikey',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.current_password',
  '*.token',
  '*.key',
  '*.client_secret',
  '*.secret',
];

/** The logger every line of the process goes through, Fastify's own included. */
export function createLogger(config: { logLevel: string }): FastifyBaseLogger {
  return pino({
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(process.stdout.isTTY
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:standard' } } }
      : {}),
  });
}

/**
 * Whether Fastify logs a line as each request arrives and another as it completes: only at debug and trace. Below
 * that Fastify is given no logger, since with one it attaches listeners to every response to time that line.
 */
export const logsRequests = (config: { logLevel: string }): boolean =>
  config.logLevel === 'debug' || config.logLevel === 'trace';

type LogFn = FastifyBaseLogger['info'];
type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildLoggerOptions = NonNullable<Parameters<FastifyBaseLogger['child']>[1]>;

/**
 * A request's logger that makes its pino child (bindings serialized, redaction applied: a few
 * microseconds and several allocations) only when something logs. Most requests never log, since
 * request logging is off outside debug, so most requests never pay for it.
 */
class DeferredChild {
  private made: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
  ) {}

  private get logger(): FastifyBaseLogger {
    this.made ??= this.parent.child(this.bindings);
    return this.made;
  }

  get level(): string {
    return this.made?.level ?? this.parent.level;
  }
  set level(level: string) {
    this.logger.level = level;
  }

  isLevelEnabled(level: string): boolean {
    // pino's; not part of FastifyBaseLogger, kept so the wrapper answers whatever its child would.
    const logger = (this.made ?? this.parent) as unknown as { isLevelEnabled(level: string): boolean };
    return logger.isLevelEnabled(level);
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.logger.child(bindings, options);
  }

  // Methods on the prototype, not arrow fields: a request that never logs allocates one small object.
  fatal(...args: Parameters<LogFn>): void {
    this.logger.fatal(...args);
  }
  error(...args: Parameters<LogFn>): void {
    this.logger.error(...args);
  }
  warn(...args: Parameters<LogFn>): void {
    this.logger.warn(...args);
  }
  info(...args: Parameters<LogFn>): void {
    this.logger.info(...args);
  }
  debug(...args: Parameters<LogFn>): void {
    this.logger.debug(...args);
  }
  trace(...args: Parameters<LogFn>): void {
    this.logger.trace(...args);
  }
  silent(...args: Parameters<LogFn>): void {
    this.logger.silent(...args);
  }
}

/**
 * Fastify's `childLoggerFactory`: each request's logger, a child of `root` when given (Fastify then has no logger
 * of its own and passes a silent one), else of the logger Fastify passes (at debug: Fastify's, whose `req` and
 * `res` serializers its request lines need). A route-level level or serializers still get an eager child.
 */
export function deferredChildLogger(root?: FastifyBaseLogger) {
  return (parent: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger => {
    const logger = root ?? parent;
    if (options.level !== undefined || options.serializers !== undefined)
      return logger.child(bindings, options);
    return new DeferredChild(logger, bindings) as unknown as FastifyBaseLogger;
  };
}
