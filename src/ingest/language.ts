/**
 * The language of a document's clean text (trigram profiles from franc-min,
 * offline), as an ISO 639-1 code where one exists. Short texts are `und`.
 */
import { franc } from 'franc-min';

const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl', ces: 'cs',
  slk: 'sk', hun: 'hu', ron: 'ro', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl', ell: 'el', tur: 'tr', arb: 'ar',
  pes: 'fa', heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id',
  zlm: 'ms', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', est: 'et', lav: 'lv', lit: 'lt', cat: 'ca', glg: 'gl', eus: 'eu',
  swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am', tgl: 'tl', uzn: 'uz', kaz: 'kk', azj: 'az', kat: 'ka', hye: 'hy',
  bel: 'be', mkd: 'mk', sqi: 'sq', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', npi: 'ne',
  sin: 'si', mya: 'my', khm: 'km', som: 'so', afr: 'af', zul: 'zu', xho: 'xh',
};

/** Below this many characters the guess is not worth making. */
const MIN_LENGTH = 40;

export function detectLanguage(text: string): string {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const code = franc(sample, { minLength: MIN_LENGTH });
  return code === 'und' ? 'und' : (ISO_639_1[code] ?? code);
}
