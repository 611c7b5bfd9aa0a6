/**
 * A queue of asynchronous tasks run one at a time, in the order given: each
 * starts when the one before has settled, whether it succeeded or failed.
 * For what must not overlap though its callers do (a server's requests).
 */
export type OneAtATime = <T>(task: () => Promise<T>) => Promise<T>;

export function oneAtATime(): OneAtATime {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const next = last.then(task);
    last = next.catch(() => undefined);
    return next;
  };
}
