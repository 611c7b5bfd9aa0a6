/** `tally fetch <urls.txt|feed|URL…> --out DIR`: saves pages politely for `tally analyze DIR`. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_FETCH_SETTINGS } from '../ingest/fetch/polite-fetcher.js';
import { fetchPages, MANIFEST_FILE } from '../ingest/fetch/fetch-pages.js';
import { urlsFrom } from '../ingest/fetch/url-list.js';
import { UsageError, parseSize, positiveNumber, type CommandIO } from './io.js';

export const fetchHelp = `Usage: tally fetch <inputs...> --out DIR [options]

Fetches web pages and saves them in DIR, with a ${MANIFEST_FILE} that records each
page's URL (tally analyze DIR reads it). Inputs: URLs, files listing URLs (one
per line; # starts a comment), and RSS/Atom feeds, as files or URLs (their
items' links; a feed is not saved itself).

It is polite: robots.txt is obeyed, one host gets one request at a time with a
pause between them (or the site's Crawl-delay), every request says who is
asking, and failures that may pass (network errors, timeouts, HTTP 429 and 5xx)
are retried with a growing pause. Pages already saved in DIR are not fetched
again; --refresh asks the sites whether they changed.

Options:
  -o, --out DIR          the folder to save pages in (required)
      --delay SECONDS    pause between two requests to one host (default: ${DEFAULT_FETCH_SETTINGS.perHostSeconds})
      --timeout SECONDS  give up on a response after this long (default: ${DEFAULT_FETCH_SETTINGS.timeoutSeconds})
      --retries N        tries after the first for failures that may pass (default: ${DEFAULT_FETCH_SETTINGS.retries})
      --max-size SIZE    refuse pages larger than this (default: 10MB)
      --user-agent TEXT  the User-Agent header (default: ${DEFAULT_FETCH_SETTINGS.userAgent})
      --refresh          ask again for pages already saved (only changed ones are saved)
  -h, --help             show this help

Example:
  tally fetch urls.txt --out pages/ && tally analyze pages/

Exit status: 0 every URL saved (or already saved), 1 some could not be (each is
reported with its reason), 2 usage error.`;

export async function runFetch(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      delay: { type: 'string' },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      'max-size': { type: 'string' },
      'user-agent': { type: 'string' },
      refresh: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${fetchHelp}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('fetch needs URLs, a URL list or a feed');
  if (!values.out) throw new UsageError('fetch needs --out DIR');
  const retries = values.retries === undefined ? undefined : Number(values.retries);
  if (retries !== undefined && !(Number.isInteger(retries) && retries >= 0)) throw new UsageError(`--retries must be a whole number, not "${values.retries}"`);
  const settings = {
    ...(values.delay !== undefined ? { perHostSeconds: values.delay === '0' ? 0 : positiveNumber('--delay', values.delay) } : {}),
    ...(values.timeout !== undefined ? { timeoutSeconds: positiveNumber('--timeout', values.timeout) } : {}),
    ...(retries !== undefined ? { retries } : {}),
    ...(values['max-size'] !== undefined ? { maxBytes: parseSize(values['max-size']) } : {}),
    ...(values['user-agent'] !== undefined ? { userAgent: values['user-agent'] } : {}),
  };
  const { urls, problems } = await urlsFrom(positionals, io.cwd);
  for (const p of problems) io.stderr.write(`tally: ${p.input}: ${p.reason}\n`);
  const results = await fetchPages(urls, {
    out: path.resolve(io.cwd, values.out),
    settings,
    refresh: values.refresh,
    onResult: (r) => {
      if (r.status === 'failed') io.stderr.write(`tally: ${r.url}: ${r.reason}\n`);
    },
  });
  const count = (s: string) => results.filter((r) => r.status === s).length;
  const failed = count('failed') + problems.length;
  io.stderr.write(`tally: ${count('fetched')} fetched, ${count('cached') + count('unchanged')} already saved, ${failed} failed → ${values.out}\n`);
  return failed > 0 ? 1 : 0;
}
