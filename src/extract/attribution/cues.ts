/**
 * Attribution cues (PolNeAR's sense: the words that tie a source to what it
 * says or believes): verbs of saying, reporting, believing and speech acts,
 * their inflected forms, the auxiliaries and adverbs that belong to a cue
 * ("has also said"), the "in a statement" phrases that extend one, nouns
 * that act as cues with a verb ("reports indicate"), and prepositional cues
 * ("according to", "citing").
 */
import { wordTable } from '../../core/word-table.js';

/** Verbs whose subject is a source and whose object or complement is content. */
const CUE_VERBS = [
  'say', 'tell', 'state', 'claim', 'report', 'confirm', 'warn', 'add', 'note', 'announce', 'insist', 'argue', 'explain', 'write',
  'acknowledge', 'admit', 'deny', 'suggest', 'estimate', 'believe', 'tweet', 'call', 'recall', 'declare', 'assert', 'allege',
  'reveal', 'indicate', 'stress', 'emphasize', 'emphasise', 'predict', 'testify', 'observe', 'remark', 'reply', 'respond', 'comment',
  'concede', 'contend', 'maintain', 'mention', 'disclose', 'conclude', 'caution', 'vow', 'promise', 'pledge', 'urge', 'complain',
  'boast', 'ask', 'describe', 'hail', 'praise', 'thank', 'accuse', 'criticize', 'criticise', 'condemn', 'blame', 'dispute', 'fear',
  'hope', 'learn', 'show', 'find', 'assess', 'calculate', 'project', 'forecast', 'acknowledge', 'signal', 'brief', 'inform',
  'notify', 'quote', 'cite', 'continue', 'counter', 'retort', 'shout', 'exclaim', 'whisper', 'joke', 'muse', 'speculate', 'surmise',
  'guess', 'reckon', 'doubt', 'charge', 'contend', 'affirm', 'reiterate', 'repeat', 'highlight', 'underline',
  'scold', 'yell', 'scream', 'plead', 'quip', 'lament', 'recount', 'proclaim', 'interject', 'chant', 'sing', 'agree', 'brand',
  // only after a quotation (QUOTE_ONLY)
  'demand', 'wonder', 'read',
] as const;

/** Cue verbs that are also common nouns ("initial reports", "the claims"): as verbs they need a clause after them. */
export const NOUN_LIKE = new Set(['call', 'calls', 'report', 'reports', 'claim', 'claims', 'estimate', 'estimates', 'comment', 'comments', 'promise', 'promises', 'hope', 'hopes', 'fear', 'fears', 'charge', 'charges', 'doubt', 'doubts', 'quote', 'quotes', 'show', 'shows', 'project', 'projects', 'forecast', 'forecasts', 'brief', 'thanks', 'praise', 'blame', 'dispute', 'note', 'notes', 'state', 'states', 'find', 'finds', 'know', 'feel', 'guess', 'signal', 'signals', 'repeat', 'counter', 'continue', 'continues', 'continued', 'joke', 'mention', 'tweet', 'tweets', 'brand', 'brands', 'remark', 'remarks', 'reply', 'replies', 'response']);

/** Cue verbs too common in other senses to be cues anywhere but right after a quotation: "“…?” Vitter demanded", "“…,” the letter reads". */
export const QUOTE_ONLY = new Set(['demand', 'wonder', 'read']);

/** Cue verbs that are speech only before a clause or a quotation: "agreed that …", not "agreed to provide jets" (a commitment). */
export const NEEDS_CLAUSE = new Set(['agree']);

/** Whether a cue word followed by `next` (lower case) is used as speech: not "agreed to …", "agreeing with …". */
export function introducesSpeech(word: string, next: string | undefined): boolean {
  const lemma = CUE_FORMS.get(word);
  return lemma === undefined || !NEEDS_CLAUSE.has(lemma) || (next !== 'to' && next !== 'with' && next !== 'on' && next !== 'upon');
}

/** Verbs that take the person told as an object before the content ("told Reuters that"). */
export const TAKES_ADDRESSEE = new Set(['tell', 'inform', 'notify', 'brief', 'ask', 'warn', 'assure', 'remind']);

const IRREGULAR: Record<string, readonly string[]> = wordTable({
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
  admit: ['admits', 'admitted', 'admitting'],
  quip: ['quips', 'quipped', 'quipping'],
  read: ['reads', 'read', 'reading'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  forecast: ['forecasts', 'forecast', 'forecasting'],
});

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  const consonantY = /[^aeiou]y$/.test(lemma);
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = lemma.endsWith('e') && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [lemma, s, past, ing];
}

/** form → lemma */
export const CUE_FORMS: ReadonlyMap<string, string> = new Map(CUE_VERBS.flatMap((lemma) => inflect(lemma).map((form) => [form, lemma] as const)));

export function isIngForm(word: string): boolean {
  return word.endsWith('ing') && CUE_FORMS.has(word) && !QUOTE_ONLY.has(CUE_FORMS.get(word)!);
}

/** Auxiliaries, negation and adverbs that belong to the cue when they stand right before the verb ("has also said"). */
export const CUE_PREFIX = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do',
  'also', 'previously', 'later', 'earlier', 'again', 'repeatedly', 'publicly', 'privately', 'recently', 'once', 'reportedly', 'separately',
  'further', 'then', 'now', 'first', 'already', 'often', 'frequently', 'long', 'never', 'not', "n't", 'strongly', 'flatly', 'openly',
  'explicitly', 'officially', 'quickly', 'initially', 'subsequently', 'similarly', 'likewise', 'still', 'only', 'just', 'even', 'always',
]);

/** Particles that belong to a cue verb: "called for", "called on". */
export const CUE_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([['call', new Set(['for', 'on'])]]);

/** Days written right after the verb belong to the cue in PolNeAR ("said Friday"). */
export const CUE_DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** "in a statement", "in an interview with …": the channel, written right after the verb. */
export const CHANNELS = new Set(['statement', 'statements', 'letter', 'interview', 'speech', 'post', 'tweet', 'message', 'report', 'briefing', 'conference', 'address', 'video', 'email', 'e-mail', 'op-ed', 'column', 'memo', 'note', 'filing', 'testimony', 'broadcast', 'podcast', 'editorial']);

/** Nouns that, followed by one of INDICATE_VERBS, make a cue: "intelligence reports indicate". */
export const CUE_NOUNS = new Set(['reports', 'report', 'estimates', 'estimate', 'assessments', 'assessment', 'figures', 'data', 'findings', 'analysis', 'records', 'documents', 'statistics', 'surveys', 'survey', 'polls', 'poll', 'study', 'studies', 'calculations', 'accounts']);
export const INDICATE_VERBS = new Set(['indicate', 'indicates', 'indicated', 'show', 'shows', 'showed', 'suggest', 'suggests', 'suggested', 'say', 'says', 'said', 'put', 'puts', 'found', 'find', 'finds', 'estimate', 'estimated', 'estimates', 'reveal', 'reveals', 'revealed', 'claim', 'claimed', 'state', 'stated']);

/** Prepositional cues whose source follows them. */
export const PREPOSITIONAL_CUES: readonly (readonly string[])[] = [['according', 'to'], ['citing'], ['quoting'], ['per']];
