import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; tests pass level 'silent' unless LOG_LEVEL asks otherwise. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'supplygraph' }, redact: ['req.headers.authorization', '*.password'] });
}
