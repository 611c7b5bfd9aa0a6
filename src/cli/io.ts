import { once } from 'node:events';

/** What a command may touch: its streams and working directory (so tests can run commands in-process). */
export interface CommandIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: ErrorStream;
  readonly cwd: string;
}

/** Standard error, and whether it is a terminal (for the progress bar). */
export type ErrorStream = NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };

/** Writes the pieces of a text as they come, waiting for the stream to drain when it asks to. */
export async function writePieces(stream: NodeJS.WritableStream, pieces: AsyncIterable<string>): Promise<void> {
  for await (const piece of pieces) if (!stream.write(piece)) await once(stream, 'drain');
}

/** A mistake in how the command was called: exit status 2. */
export class UsageError extends Error {}

/** "32MB", "500k", "1048576" → bytes. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text.trim());
  if (!m) throw new UsageError(`not a size: ${text} (use e.g. 500KB, 32MB, 1GB)`);
  const factor = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * factor);
}

export function positiveNumber(option: string, text: string): number {
  const n = Number(text);
  if (!(n > 0) || !Number.isFinite(n)) throw new UsageError(`${option} must be a positive number, not "${text}"`);
  return n;
}
