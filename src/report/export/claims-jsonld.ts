/**
 * schema.org `Claim` records for fact-checkers who publish: each figure as a
 * Claim, its claimant as author, the report it appears in as its appearance
 * (URL, headline, outlet, date), the date it was made. A `ClaimReview` needs
 * a rating that only a fact-checker can give, so Tally writes the claims a
 * review would cite as `itemReviewed`, not the reviews.
 */
import type { Claim, Ledger, LedgerDocument } from '../../ledger/schema.js';

export function claimsJsonLd(ledger: Ledger): string {
  const docs = new Map(ledger.documents.map((d) => [d.id, d]));
  const types = new Map(ledger.entities.map((e) => [e.id, e.type]));
  const graph = ledger.claims.map((c) => claimNode(c, docs.get(c.doc), c.claimant?.entity ? types.get(c.claimant.entity) : undefined));
  return `${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2)}\n`;
}

function claimNode(c: Claim, d: LedgerDocument | undefined, claimantType: string | undefined): Record<string, unknown> {
  const text = [c.text, c.counted && !c.text.includes(c.counted.text) ? c.counted.text : null, `(${c.measure})`].filter(Boolean).join(' ');
  const node: Record<string, unknown> = { '@type': 'Claim', '@id': `#${c.id}`, text };
  const said = c.asserted.basis === 'inferred' ? null : c.asserted.value;
  if (said) node['datePublished'] = said;
  if (c.claimant) node['author'] = { '@type': claimantType === 'person' ? 'Person' : claimantType === undefined || claimantType === 'other' ? 'Thing' : 'Organization', name: c.claimant.name ?? c.claimant.text };
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
