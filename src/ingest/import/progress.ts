/**
 * Progress on stderr while an import runs: rows read, rows/s, the share of the file read in this
 * pass and an ETA for the pass. On a terminal one line is redrawn at most four times a second;
 * otherwise (a log, CI) a line is printed every five seconds.
 */
export interface Progress {
  /** A new pass over the file begins. */
  pass(label: string, index: number, total: number): void;
  /** Rows handled and bytes read so far in this pass. */
  update(rows: number, bytes: number): void;
  /** Clears the live line; the next output starts on a clean line. */
  stop(): void;
}

export const silentProgress: Progress = { pass() {}, update() {}, stop() {} };

const number = (n: number) => Math.round(n).toLocaleString('en-US');

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function createProgress(stream: NodeJS.WriteStream, fileSize: number, now: () => number = Date.now): Progress {
  const tty = Boolean(stream.isTTY);
  let label = '';
  let index = 0;
  let total = 0;
  let rows = 0;
  let bytes = 0;
  let startedAt = now();
  let timer: NodeJS.Timeout | undefined;
  let drawn = false;

  const line = () => {
    const elapsed = Math.max(1, now() - startedAt);
    const rate = (rows * 1000) / elapsed;
    const share = fileSize > 0 ? Math.min(1, bytes / fileSize) : 1;
    const byteRate = bytes / elapsed;
    const eta = share >= 1 ? 0 : byteRate > 0 ? (fileSize - bytes) / byteRate : undefined;
    return `[${index}/${total} ${label}] ${number(rows)} rows · ${number(rate)} rows/s · ${(share * 100).toFixed(share < 0.1 ? 1 : 0)}% · ETA ${eta === undefined ? '…' : formatDuration(eta)}`;
  };
  const draw = () => {
    if (tty) {
      stream.write(`\r\x1b[K${line()}`);
      drawn = true;
    } else {
      stream.write(`${line()}\n`);
    }
  };

  return {
    pass(newLabel, newIndex, newTotal) {
      if (timer) clearInterval(timer);
      if (drawn) {
        stream.write('\n');
        drawn = false;
      }
      label = newLabel;
      index = newIndex;
      total = newTotal;
      rows = 0;
      bytes = 0;
      startedAt = now();
      timer = setInterval(draw, tty ? 250 : 5_000);
      timer.unref();
    },
    update(newRows, newBytes) {
      rows = newRows;
      bytes = newBytes;
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      if (drawn) {
        draw();
        stream.write('\n');
        drawn = false;
      }
    },
  };
}
