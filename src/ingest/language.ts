/**
 * The language of a document's clean text (trigram profiles from franc-min,
 * offline), as an ISO 639-1 code where one exists. Short texts are English
 * when English function words say so, `und` otherwise.
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
/** Below this many characters trigram profiles mislead ("South Korean estimates indicate …" reads as French); function words decide. */
const SHORT_TEXT = 300;
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'from', 'has', 'have', 'had', 'were', 'are', 'it', 'its', 'their', 'this', 'said', 'says', 'over', 'more', 'than', 'about', 'after', 'will', 'would', 'not', 'been', 'which', 'who', 'he', 'she', 'they']);

/** Words that are English and no other language's common words ("was", "in", "is" are German or Dutch too). */
const ONLY_ENGLISH = new Set(['the', 'and', 'of', 'that', 'with', 'said', 'were', 'which', 'would', 'been', 'have', 'from', 'this', 'their', 'they', 'to', 'for', 'by', 'its', 'has', 'had', 'who', 'will']);
/** English news prose has a fifth to a quarter of its words in ONLY_ENGLISH; other languages next to none. */
const PLAINLY_ENGLISH = 0.1;

/**
 * The share of a text's words (runs of letters, as `/\p{L}+/gu` finds them,
 * in the lower-cased text) that are in ONLY_ENGLISH. A scan, not `matchAll`:
 * this runs on every report, and a match object per word was 7 % of all that
 * analysis allocated.
 */
export function englishShare(text: string): number {
  const lower = text.toLowerCase();
  let words = 0;
  let english = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; ) {
    const width = i < lower.length ? letterWidth(lower, i) : 0;
    if (width > 0) {
      if (start < 0) start = i;
      i += width;
      continue;
    }
    if (start >= 0) {
      words++;
      if (i - start <= 5 && ONLY_ENGLISH.has(lower.slice(start, i))) english++;
      start = -1;
    }
    i++;
  }
  return words === 0 ? 0 : english / words;
}

const LETTER = /\p{L}/uy;

/** How many code units the letter at `i` takes (two for one outside the Basic Multilingual Plane); 0 where none starts. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  LETTER.lastIndex = i;
  return LETTER.test(text) ? LETTER.lastIndex - i : 0;
}

export function detectLanguage(text: string): string {
  if (text.length < SHORT_TEXT) {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w));
    return english.length >= 1 && new Set(english).size >= Math.min(2, words.length / 4) ? 'en' : 'und';
  }
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  // the trigram comparison with ~80 languages is most of the cost of a short article: plainly English text skips it
  if (englishShare(sample.slice(0, 3000)) >= PLAINLY_ENGLISH) return 'en';
  const code = franc(sample, { minLength: MIN_LENGTH });
  return code === 'und' ? 'und' : (ISO_639_1[code] ?? code);
}
