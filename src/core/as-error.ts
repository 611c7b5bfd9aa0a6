/**
 * What a worker thread's 'error' event gave, as an Error with a message: a
 * thread that throws something other than an Error (a DOMException from a
 * message that could not be copied arrives as `{}`) would otherwise fail a
 * batch with "[object Object]".
 */
import { inspect } from 'node:util';

export function asError(thrown: unknown, what: string): Error {
  if (thrown instanceof Error) return thrown;
  return new Error(`${what}: ${inspect(thrown, { depth: 2, breakLength: Infinity })}`);
}
