/**
 * Microsoft Recognizers-Text as the published comparison ran it
 * (CQE_Evaluation's tagger.py, TextRecognizerTagger): the currency, dimension,
 * temperature, percentage and age models, then plain numbers only where none
 * of those found the value; unit names mapped to NewsQuant's spelling.
 */
import * as R from '@microsoft/recognizers-text-suite';
import type { Quantity } from './scorer.js';

const UNIT_NAMES: Readonly<Record<string, string>> = {
  liter: 'litre', kilometer: 'kilometre', milliliter: 'millilitre', millimeter: 'millimetre', centimeter: 'centimetre',
  'square meter': 'square metre', meter: 'metre', c: 'celsius', 'british pound': 'pound sterling', 'kilometer per hour': 'kilometre per hour',
  decimeter: 'decimetre', picometer: 'picometre', micrometer: 'micrometre', 'square kilometer': 'square kilometre', f: 'fahrenheit',
  franc: 'swiss franc', 'united states dollar': 'dollar',
};

type Model = (query: string, culture: string) => { resolution?: { value?: string | null; unit?: string } }[];

const MODELS: readonly [string, Model][] = [
  ['currency', R.recognizeCurrency as Model],
  ['dimension', R.recognizeDimension as Model],
  ['temperature', R.recognizeTemperature as Model],
  ['percentage', R.recognizePercentage as Model],
  ['age', R.recognizeAge as Model],
  ['value', R.recognizeNumber as Model],
];

export function recognizersQuantities(sentence: string, ageDataset = false): Quantity[] {
  const results: { value: string; unit: string }[] = [];
  for (const [name, model] of MODELS) {
    const found = model(sentence, R.Culture.English);
    if (name === 'percentage') {
      for (const r of found) results.push({ value: String(r.resolution?.value ?? '').replace(/%$/, '').replace(/,/g, ''), unit: 'percentage' });
    } else if (name === 'value') {
      const before = results.map((r) => r.value);
      for (const r of found) {
        const v = String(r.resolution?.value ?? '');
        if (!before.includes(v)) results.push({ value: v.replace(/,/g, ''), unit: '-' });
      }
    } else {
      for (const r of found) {
        if (r.resolution?.value === null || r.resolution?.value === undefined) continue;
        const raw = (r.resolution.unit ?? '').trim().toLowerCase();
        let unit = UNIT_NAMES[raw] ?? raw;
        if (ageDataset && ['year', 'day', 'week', 'month'].includes(unit)) unit = `${unit} of age`;
        results.push({ value: r.resolution.value, unit });
      }
    }
  }
  return results
    .map((r) => ({ value: Number(r.value), unit: r.unit, change: '=', concepts: ['-'] }))
    .filter((q) => Number.isFinite(q.value));
}
