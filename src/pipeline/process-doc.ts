/**
 * Everything that happens to one loaded document: cleaning, the check that an
 * article is left, segmentation, language, and the extraction stages. Failures
 * become messages on the document, never exceptions.
 */
import { addMessage, type Doc } from '../core/doc.js';
import { clean } from '../clean/clean.js';
import { extractAttributions, type Attribution } from '../extract/attribution/index.js';
import { extractEntities, type EntityMention } from '../extract/entities/index.js';
import { extractFigures, type Figure } from '../extract/quantities/index.js';
import { extractQuotes, findQuotations, type Quote } from '../extract/quotes/index.js';
import { findTimes, referenceDate, resolveTimes, type Timex } from '../extract/time/index.js';
import { inferPublication } from '../extract/time/publication.js';
import { findEvents, type TimedEvent } from '../extract/time/events.js';
import { fingerprint, type Fingerprint } from '../extract/fingerprint/index.js';
import { detectLanguage } from '../ingest/language.js';
import { segment } from '../segment/segment.js';
import type { Configuration } from './configuration.js';

/** A document and what the extraction stages found in it (ranges over its clean text). */
export interface Analysis {
  readonly doc: Doc;
  readonly figures: readonly Figure[];
  readonly entities: readonly EntityMention[];
  readonly attributions: readonly Attribution[];
  readonly quotes: readonly Quote[];
  readonly times: readonly Timex[];
  readonly events: readonly TimedEvent[];
  /** what the copy finder compares across documents */
  readonly fingerprint: Fingerprint;
}

const NO_FINGERPRINT: Fingerprint = { starts: new Int32Array(0), ends: new Int32Array(0), hashes: new Float64Array(0) };

/** What a document that was not analysed carries. */
export function emptyAnalysis(doc: Doc): Analysis {
  return { doc, figures: [], entities: [], attributions: [], quotes: [], times: [], events: [], fingerprint: NO_FINGERPRINT };
}

/** Languages the extractors are written for; others are kept and marked, not mangled. */
const EXTRACTED_LANGUAGES = new Set(['en', 'und']);

export function processDoc(doc: Doc, config: Configuration): Analysis {
  if (doc.status === 'failed') return emptyAnalysis(doc);
  try {
    if (!prepareDoc(doc, config)) return emptyAnalysis(doc);
    const print = fingerprint(doc);
    const language = doc.meta.language?.value ?? 'und';
    if (!EXTRACTED_LANGUAGES.has(language)) {
      addMessage(doc, 'extract/language', 'warning', `the text is in "${language}", not English: no figures, quotes or times were extracted`);
      return { ...emptyAnalysis(doc), fingerprint: print };
    }
    const figures = extractFigures(doc, config.figures);
    const times = timesOf(doc, config);
    const quotations = findQuotations(doc.text, doc.blocks);
    const names = extractEntities(doc);
    const attributions = extractAttributions(doc, quotations.map((q) => q.range), names, config.attribution);
    const quotes = extractQuotes(doc.text, doc.blocks, quotations, attributions);
    const sources = attributions.flatMap((a) => (a.resolved && a.resolved.type === 'group' ? [a.resolved] : []));
    const entities = [...names, ...sources].sort((a, b) => a.range.start - b.range.start);
    const events = findEvents(doc, times, attributions.map((a) => a.cue));
    // the extractors' working state, read by no later stage: about 60 % of an analysed report's memory,
    // and a batch holds every report's analysis until its ledger is built
    doc.tokens = [];
    return { doc, figures, entities, attributions, quotes, times, events, fingerprint: print };
  } catch (e) {
    // a bug in a stage must not take the batch down: the document says what went wrong
    doc.status = 'failed';
    addMessage(doc, 'internal/error', 'error', `internal error while analysing: ${(e as Error).stack ?? String(e)}`);
    return emptyAnalysis(doc);
  }
}

/**
 * The article text of a loaded document: cleaned, checked that something is
 * left, segmented, its language known. False (and the document failed, with
 * the reason) when nothing is left.
 */
export function prepareDoc(doc: Doc, config: Pick<Configuration, 'cleaners'>): boolean {
  if (doc.status === 'failed') return false;
  clean(doc, config.cleaners);
  if (doc.text.trim() === '') {
    doc.status = 'failed';
    addMessage(doc, 'ingest/no-article-body', 'error', doc.kind === 'html' ? 'no article text found in the page' : 'nothing is left after cleaning');
    return false;
  }
  segment(doc);
  doc.meta.language ??= { value: detectLanguage(doc.text), basis: 'inferred' };
  return true;
}

/** Time expressions resolved against the document's own date, or, when it has none, with a publication date inferred from them. */
function timesOf(doc: Doc, config: Configuration): Timex[] {
  const mentions = findTimes(doc, config.time);
  const reference = referenceDate(doc);
  const times = resolveTimes(doc, mentions, reference);
  if (!reference && !doc.meta.published) doc.meta.published = inferPublication(doc, times);
  return times;
}

