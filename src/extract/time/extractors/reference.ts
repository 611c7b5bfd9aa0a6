/** Words that point at the present, the past or the future without a date: "now", "currently", "recently", "soon", "in the future". */
import type { TimeExtractor } from '../extractor.js';

export const reference: TimeExtractor = {
  name: 'reference',
  pattern:
    /\b(?:(?<present>now(?![-‑])|currently|presently|at\s+present|nowadays|at\s+the\s+moment|these\s+days)|(?<past>recently|recent(?!\s+(?:years|months|weeks|days|decades))|the\s+past(?!\s+(?:few|several|couple|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|week|weekend|month|year|decade|day|quarter|century|years|decades|months)\b))|(?<future>soon|shortly|the\s+future|the\s+(?:near|long|short)\s+term))\b/gi,
  trigger: /now|current|present|moment|these\s+days|recent|past|soon|shortly|future|term/gi,
  build(m) {
    const g = m.groups!;
    return { value: { kind: 'ref', value: g['present'] ? 'PRESENT_REF' : g['past'] ? 'PAST_REF' : 'FUTURE_REF' } };
  },
};
