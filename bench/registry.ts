/** The benchmarks `npm run bench` knows, each in its own module. */
import { align } from './align/index.js';
import { articles } from './articles/index.js';
import { loadBenchmark } from './load/index.js';
import { attribution } from './attribution/index.js';
import { pubdate } from './pubdate/index.js';
import { quantities } from './quantities/index.js';
import { scale } from './scale/index.js';
import { time } from './time/index.js';
import { timeline } from './timeline/index.js';

export interface Benchmark {
  readonly name: string;
  readonly description: string;
  run(args: readonly string[]): Promise<void>;
}

export const BENCHMARKS: readonly Benchmark[] = [quantities, attribution, time, timeline, pubdate, align, articles, scale, loadBenchmark];
