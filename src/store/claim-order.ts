/**
 * A claim's place in a store's order as one number: its report's place, then
 * the claim's within the report (`seq × 10⁶ + n`), the same in SQL and here,
 * so that a MIN or MAX over the claims of a cell or a link is one value.
 */
/** The claims table's columns that order it. */
export const CLAIM_ORDER = ['seq', 'n'] as const;

/** The place of the claims table's row (of the alias given) as one number, in SQL. */
export function claimOrderSql(alias = ''): string {
  const a = alias ? `${alias}.` : '';
  return `CAST(${a}seq AS BIGINT) * 1000000 + ${a}n`;
}

/** A claims row's place columns (PostgreSQL gives a BIGINT as text). */
export type ClaimRowPlace = { seq: number | string; n: number | string };

/** A row's place as one number. */
export function claimOrder(r: ClaimRowPlace): number {
  return Number(r.seq) * 1e6 + Number(r.n);
}

/** The report's place and the claim's place within it, from the one number. */
export function claimPlace(order: number): { seq: number; n: number } {
  return { seq: Math.floor(order / 1e6), n: order % 1e6 };
}
