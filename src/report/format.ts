/** How figures read in reports: "≤ 4,000", "~600", "> 100", "25,000–30,000", "$200,000,000". */
import type { Claim } from '../ledger/schema.js';
import { wordTable } from '../core/word-table.js';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

const CURRENCY_SIGNS: Readonly<Record<string, string>> = wordTable({ USD: '$', EUR: '€', GBP: '£', JPY: '¥', KRW: '₩', RUB: '₽', INR: '₹', UAH: '₴', ILS: '₪' });

/** The value of a claim with its qualifier as a sign, and its currency or percent sign. */
export function formatValue(claim: Pick<Claim, 'value' | 'qualifier' | 'unit'>): string {
  const { low, high } = claim.value;
  const base = claim.unit?.split('/')[0] ?? '';
  const sign = CURRENCY_SIGNS[base] ?? '';
  const suffix = claim.unit === 'percent' ? '%' : !sign && /^[A-Z]{3}$/.test(base) ? ` ${base}` : '';
  const n = (v: number | null) => (v === null ? '?' : `${sign}${formatNumber(v)}${suffix}`);
  switch (claim.qualifier) {
    case 'at_most':
      return `≤ ${n(high)}`;
    case 'less_than':
      return `< ${n(high)}`;
    case 'at_least':
      return `≥ ${n(low)}`;
    case 'more_than':
      return `> ${n(low)}`;
    case 'approx':
      return `~${n(low)}`;
    case 'range':
      return `${n(low)}–${n(high)}`;
    case 'approx_range':
      return `~${n(low)}–${n(high)}`;
    case 'vague':
      return `${n(low)}–${n(high)} (vague)`;
    default:
      return n(low);
  }
}
