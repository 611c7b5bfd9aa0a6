/**
 * Progress on stderr: a bar redrawn in place on a terminal, plain lines
 * otherwise (so logs stay readable), nothing with --quiet.
 */
import type { ErrorStream } from './io.js';

export interface Progress {
  start(index: number, total: number, label: string): void;
  done(): void;
}

export function createProgress(stream: ErrorStream, quiet: boolean): Progress {
  if (quiet) return { start() {}, done() {} };
  if (!stream.isTTY) {
    return {
      start(index, total, label) {
        stream.write(`tally: [${index + 1}/${total}] ${label}\n`);
      },
      done() {},
    };
  }
  let drawn = false;
  return {
    start(index, total, label) {
      const width = 24;
      const filled = total > 0 ? Math.round((index / total) * width) : 0;
      const columns = stream.columns ?? 80;
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${index + 1}/${total} ${label}`;
      stream.write(`\r\x1b[2K${line.slice(0, columns - 1)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
