/**
 * schema.org `Claim` records for fact-checkers who publish: each figure as a
 * Claim, its claimant as author, the report it appears in as its appearance
 * (URL, headline, outlet, date), the date it was made. A `ClaimReview` needs
 * a rating that only a fact-checker can give, so Tally writes the claims a
 * review would cite as `itemReviewed`, not the reviews.
 */
import type { Claim, Ledger, LedgerDocument } from '../../ledger/schema.js';
import { jsonObjectText, withNewline } from './json-text.js';

/** What a claim's record shows of its report. */
export type Appearance = Pick<LedgerDocument, 'url' | 'title' | 'outlet' | 'published'>;

/** What the records show of the claims' reports and claimants, looked up by id. */
export interface JsonLdContext {
  report(id: string): Appearance | undefined;
  entityType(id: string): string | undefined;
}

export function jsonLdContext(ledger: Pick<Ledger, 'documents' | 'entities'>): JsonLdContext {
  const docs = new Map(ledger.documents.map((d) => [d.id, d]));
  const types = new Map(ledger.entities.map((e) => [e.id, e.type]));
  return { report: (id) => docs.get(id), entityType: (id) => types.get(id) };
}

/** claims.jsonld of a ledger held in memory, as one string. */
export function claimsJsonLd(ledger: Ledger): string {
  const context = jsonLdContext(ledger);
  return `${JSON.stringify({ '@context': CONTEXT, '@graph': ledger.claims.map((c) => claimNode(c, context)) }, null, 2)}\n`;
}

/** claims.jsonld written as the claims are read, a record at a time: the text `claimsJsonLd` gives (as one string, it outgrows V8's longest on large batches). */
export function claimsJsonLdText(claims: AsyncIterable<Claim> | Iterable<Claim>, context: JsonLdContext): AsyncGenerator<string> {
  return withNewline(jsonObjectText([['@context', CONTEXT], ['@graph', nodes(claims, context)]]));
}

const CONTEXT = 'https://schema.org';

async function* nodes(claims: AsyncIterable<Claim> | Iterable<Claim>, context: JsonLdContext): AsyncGenerator<Record<string, unknown>> {
  for await (const c of claims) yield claimNode(c, context);
}

function claimNode(c: Claim, context: JsonLdContext): Record<string, unknown> {
  const text = [c.text, c.counted && !c.text.includes(c.counted.text) ? c.counted.text : null, `(${c.measure})`].filter(Boolean).join(' ');
  const node: Record<string, unknown> = { '@type': 'Claim', '@id': `#${c.id}`, text };
  const said = c.asserted.basis === 'inferred' ? null : c.asserted.value;
  if (said) node['datePublished'] = said;
  if (c.claimant) node['author'] = { '@type': authorType(c.claimant.entity ? context.entityType(c.claimant.entity) : undefined), name: c.claimant.name ?? c.claimant.text };
  const d = context.report(c.doc);
  if (d) {
    const work: Record<string, unknown> = { '@type': 'NewsArticle' };
    if (d.url) work['url'] = d.url;
    if (d.title) work['headline'] = d.title;
    if (d.outlet) work['publisher'] = { '@type': 'Organization', name: d.outlet };
    if (d.published && d.published.basis !== 'inferred') work['datePublished'] = d.published.value;
    node['appearance'] = work;
  }
  return node;
}

function authorType(entityType: string | undefined): string {
  return entityType === 'person' ? 'Person' : entityType === undefined || entityType === 'other' ? 'Thing' : 'Organization';
}
