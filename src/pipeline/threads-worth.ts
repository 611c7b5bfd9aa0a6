/**
 * When a batch is worth analysing on threads. Each thread compiles the
 * analysis anew (V8 shares no compiled code between threads), and a run on
 * one thread already has its compiler and collector working on another
 * core. On this project's 2-core machine two threads were no faster than
 * one below about 3,000 reports: `tally analyze` of 1,000 synthetic reports
 * took 3.2 to 3.4 s on one thread against 3.7 s on two, and of 3,000 7.0 to
 * 7.6 s against 6.8 to 7.0 s; `tally ingest` of 1,000 took 3.0 s against 3.4
 * to 3.7 s, and of 5,000 12.5 s against 10.2 s.
 */

/** Reports to analyse, per thread asked for, from which threads are started. */
export const THREADED_REPORTS_PER_THREAD = 1500;

export function threadsWorthIt(reports: number, threads: number, perThread: number = THREADED_REPORTS_PER_THREAD): boolean {
  return threads > 1 && reports >= perThread * threads;
}
