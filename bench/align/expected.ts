/**
 * The groups a careful reader makes of the sample corpus's figures, by report
 * (file name prefix) and figure as written, with the status where the issue
 * states it; and the reports that share text. Figures not listed here are not
 * scored. Written by hand from the five reports, not from Tally's output.
 */
export interface ExpectedGroup {
  readonly name: string;
  readonly claims: readonly (readonly [string, string])[];
  readonly status?: 'agree' | 'conflict' | 'revised' | 'mixed';
}

export const KURSK_GROUPS: readonly ExpectedGroup[] = [
  {
    name: 'troops deployed',
    claims: [['000', '14,000'], ['001', 'some 15,000'], ['001', '11,000'], ['002', '11,000 to 12,000'], ['003', 'more than 10,000'], ['004', '11,000']],
  },
  { name: 'troops planned', claims: [['004', '25,000 to 30,000']] },
  { name: 'troops dispatched this year (part of the 14,000)', claims: [['000', '3,000']] },
  { name: 'killed', claims: [['002', 'at least 1,000'], ['003', 'Around 600'], ['001', 'some 6,000']], status: 'conflict' },
  { name: 'casualties', claims: [['000', 'as many as 4,000'], ['001', 'just over 100'], ['001', 'close to 600'], ['004', 'around 4,000']], status: 'conflict' },
  { name: 'shells supplied', claims: [['000', 'millions'], ['004', '9 million']], status: 'agree' },
  { name: 'containers supplied', claims: [['004', 'over 15,000']] },
  { name: 'launchers supplied', claims: [['004', 'hundreds']] },
  { name: 'wounded', claims: [['003', 'thousands']] },
  { name: 'money', claims: [['004', 'approximately $200 million']] },
];

/** Pairs of reports that share passages, by prefix. */
export const KURSK_COPIES: readonly (readonly [string, string])[] = [['003', '004']];
