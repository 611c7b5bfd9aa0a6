/**
 * Attributions around a verb of saying, in the three orders news writing uses:
 * source first ("The British defence ministry has claimed that …"), content
 * first ("…, a source said."; "“…,” he said."; "The plan, he said, is …"),
 * and inverted ("…, said Mr Kim.").
 */
import type { TokenView } from '../../../segment/token-view.js';
import { rangeOf } from '../../../segment/token-view.js';
import type { Attribution, AttributionContext, AttributionExtractor, AttributionSentence } from '../attribution.js';
import { contentEndAtSentenceEnd, contentStart, contentToSentenceEnd, extendToQuoteStart, insideQuote, isClosingQuote, isOpeningQuote, quoteEndingBefore, quoteRightAfter, skipTimeWords, trimPiece } from '../content.js';
import { cuePhrase } from '../cue-phrase.js';
import { isCapitalised } from '../../entities/names.js';
import { CHANNELS, CUE_FORMS, introducesSpeech, isIngForm, NOUN_LIKE, QUOTE_ONLY, TAKES_ADDRESSEE } from '../cues.js';
import { appositionAfter, sourceAfter, sourceBefore, type TokenRange } from '../source-phrase.js';
import { sentenceSubject } from '../subject.js';

const NOT_A_CLAUSE = new Set(['about', 'of', 'on', 'for', 'to', 'from', 'by', 'in', 'at', 'with', 'and', 'or', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'over', 'into', 'as', 'since', 'after', 'before']);
const DETERMINER_BEFORE_NOUN = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'its', 'his', 'her', 'their', 'our', 'such', 'initial', 'new', 'latest', 'recent', 'media', 'news', 'press', 'earlier', 'previous', 'other', 'battlefield', 'early', 'first', 'unconfirmed', 'conflicting', 'following', '’s', "'s"]);
/** What may follow a content-first cue before the sentence ends: "he said, according to KCNA", "he said, adding that …". */
/** Words a clause can start with, for cue words that are also nouns ("reports North Korea receives", not "state media"). */
const CLAUSE_OPENERS = new Set(['that', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'some', 'many', 'most', 'all', 'no', 'more', 'fewer', 'only', 'nearly', 'almost', 'about', 'around', 'up', 'at', 'as', 'over', 'under', 'roughly', 'approximately', 'several', 'thousands', 'hundreds', 'dozens', 'millions', 'one', 'two', 'three']);
/** After a cue, what shows its content came first: "“…,” he said in a statement published on …", "…, Putin said in a letter revealed by …". */
const AFTER_TRAILING_CUE = new Set(['in', 'on', 'at', 'to', 'from', 'during', 'after', 'before', 'while', 'with', 'via', 'through', 'when', 'as', 'late', 'early', 'last']);
/** What may follow an inverted source ("…, said X on the panel") before the sentence ends. */
const INVERTED_TAILS = new Set(['on', 'of', 'in', 'at', 'from', 'for', 'with', 'during', 'after', 'before', 'while', 'as', 'when']);
const TAIL_STARTERS = new Set(['according', 'citing', 'quoting', 'adding', 'saying', 'noting', 'referring', 'without', 'speaking', 'in', 'on', 'at', 'after', 'before', 'during', 'while', 'as']);

export const verbCue: AttributionExtractor = {
  name: 'verb-cue',
  extract(sentence, ctx) {
    const out: Attribution[] = [];
    const { view } = sentence;
    for (let i = 0; i < view.words.length; i++) {
      const lemma = CUE_FORMS.get(view.lower[i]!);
      if (lemma === undefined || view.tokens[i]!.kind !== 'word') continue;
      if (isIngForm(view.lower[i]!) && view.words[i - 1] === ',') continue; // participle: its own extractor
      if (!verbUse(view, i)) continue;
      // reported speech inside a quotation is the speaker's, not the article's ("“I think …,” he said")
      if (insideQuote(ctx, view.tokens[i]!.range.start)) continue;
      const cue = cuePhrase(view, i);
      const found = fromCue(sentence, ctx, cue, lemma);
      if (found) out.push(found);
    }
    return out;
  },
};

/**
 * Whether a cue word is used as a verb of attribution: not passive ("shown
 * by"), not coordinated ("concluded or ended"), and for words that are also
 * nouns ("state media", "initial reports about") not after a determiner and
 * followed by what can open a clause.
 */
export function verbUse(view: TokenView, i: number): boolean {
  const word = view.lower[i]!;
  const after = view.lower[i + 1];
  if (after === 'by' || after === 'or' || after === 'and' || !introducesSpeech(word, after)) return false;
  if (!NOUN_LIKE.has(word)) return true;
  const before = view.lower[i - 1];
  if (before !== undefined && DETERMINER_BEFORE_NOUN.has(before)) return false;
  if (after === undefined || NOT_A_CLAUSE.has(after)) return false;
  if (word.endsWith('ed')) return true;
  const next = view.words[i + 1]!;
  // "state Del. Marcia Price": before a name, "state" is a title's, not a verb
  if (word === 'state') return CLAUSE_OPENERS.has(after);
  return CLAUSE_OPENERS.has(after) || isCapitalised(next) || view.tokens[i + 1]!.kind === 'number' || next === '“' || next === '"' || next === ':';
}

function fromCue(sentence: AttributionSentence, ctx: AttributionContext, cue: TokenRange, lemma: string): Attribution | null {
  const { view } = sentence;
  const source = issuer(view, sourceBefore(view, cue.from)) ?? subjectBeforeConnective(view, cue) ?? coordinatedSubject(sentence, ctx, cue);
  const afterCue = skipTimeWords(view, cue.to);
  const atEnd = afterCue >= contentEndAtSentenceEnd(view);
  const commaAfter = view.words[afterCue] === ',';
  const next = view.lower[afterCue] ?? '';
  // "“…,” Figueroa told USA Today." / "“…,” Gowdy said sarcastically.": a quotation closing right before the source is its content
  const afterQuote = source !== null && closesQuotation(view, source.from - 1) && next !== 'that' && view.words[afterCue] !== ':';
  // "…, the mother of three replied, “It's meant …”": the quotation after the cue is the content
  const quoteFollows = commaAfter && !afterQuote && isOpeningQuote(view.words[afterCue + 1] ?? '');
  const trailing = atEnd || (commaAfter && !quoteFollows) || afterQuote || AFTER_TRAILING_CUE.has(next) || (/ed$/.test(next) && view.lower[afterCue + 1] !== 'that');

  // "“Does anybody know …?” Graham asked.": a question or exclamation closing its quotation ends a sentence before its source
  const questionBefore = source && source.from === 0 && !afterQuote ? quotationEndingAt(ctx, sentence.range.start) : null;
  if (QUOTE_ONLY.has(lemma) && !afterQuote && !questionBefore && !(!source && closesQuotation(view, cue.from - 1))) return null;
  // content first: "…, a source said." / "“…,” he said." / "The plan, he said, is …"
  if (source && trailing && source.from > 0 && separatesContent(view, source.from - 1)) {
    const before = contentBefore(sentence, ctx, source.from);
    if (!before) return null;
    let tailStart: number | null = commaAfter && !TAIL_STARTERS.has(view.lower[afterCue + 1] ?? '') ? afterCue + 1 : null;
    // "“…,” he told the host, “it was …”": the quotation goes on after the person addressed
    if (tailStart === null && afterQuote && TAKES_ADDRESSEE.has(lemma)) {
      const k = skipAddressee(view, afterCue);
      if (k > afterCue && view.words[k - 1] === ',' && isOpeningQuote(view.words[k] ?? '')) tailStart = k;
    }
    return relation(sentence, view, source, cue, [before, ...tailFrom(sentence, ctx, tailStart)], 'verb-cue');
  }
  if (source && questionBefore && trailing) {
    const tailStart = commaAfter && isOpeningQuote(view.words[afterCue + 1] ?? '') ? afterCue + 1 : null;
    return relation(sentence, view, source, cue, [questionBefore, ...tailFrom(sentence, ctx, tailStart)], 'verb-cue');
  }
  // inverted: "…, said Mr Kim." (never "…, told The Huffington Post": who is told is not who speaks)
  if (!source && cue.from > 0 && separatesContent(view, cue.from - 1)) {
    if (TAKES_ADDRESSEE.has(lemma)) return null;
    const found = sourceAfter(view, afterCue);
    const end = contentEndAtSentenceEnd(view);
    // "said one Democratic source on the panel", "said Mr Kim in a statement"
    if (found && (found.to >= end || view.words[found.to] === ',' || INVERTED_TAILS.has(view.lower[found.to]!))) {
      const before = contentBefore(sentence, ctx, cue.from);
      const apposed = appositionAfter(view, found.to, end);
      const inverted = apposed === null ? found : { from: found.from, to: apposed };
      if (before) return relation(sentence, view, inverted, cue, [before], 'verb-cue');
    }
    return null;
  }
  // "Caddell continued:" and the quotation follows, often as the next paragraph
  if (source && atEnd && view.words[cue.to - 1] === ':') {
    const quote = quoteRightAfter(ctx, view.tokens[cue.to - 1]!.range.end);
    return quote ? relation(sentence, view, source, cue, [quote], 'verb-cue') : null;
  }
  // "Said Ellis: “I don't get the sense …”"
  if (!source && cue.from === 0) {
    const opening = sourceAfter(view, afterCue);
    if (opening && view.words[opening.to] === ':') {
      const content = quoteRightAfter(ctx, view.tokens[opening.to]!.range.end) ?? contentToSentenceEnd(sentence, ctx, opening.to + 1);
      if (content) return relation(sentence, view, opening, cue, [content], 'verb-cue');
    }
  }
  if (!source || atEnd) return null;
  // source first: "X said (that) …"
  let start = contentStart(view, cue.to);
  if (TAKES_ADDRESSEE.has(lemma)) start = skipAddressee(view, start);
  const content = contentToSentenceEnd(sentence, ctx, start);
  return content ? relation(sentence, view, source, cue, [content], 'verb-cue') : null;
}

/** Words that join an -ing cue to the subject before them: "Paul Ryan, R-Wis., despite admitting that …". */
const CONNECTIVES = new Set(['despite', 'after', 'before', 'while', 'since', 'besides', 'without']);

/** "X, despite admitting that …": the subject before the connective of an -ing cue. */
function subjectBeforeConnective(view: TokenView, cue: TokenRange): TokenRange | null {
  const at = cue.from - 1;
  if (!view.lower[cue.from]!.endsWith('ing') || !CONNECTIVES.has(view.lower[at] ?? '') || view.words[at - 1] !== ',') return null;
  return sourceBefore(view, at);
}

/** Verbs by which a source puts out what speaks for it: "issued a statement calling …". */
const ISSUING = new Set(['issued', 'released', 'published', 'sent', 'posted', 'put', 'gave', 'delivered', 'made', 'issues', 'releases', 'publishes', 'sends', 'posts', 'puts', 'gives', 'delivers', 'makes']);

/** "The Security Council issued a statement calling …": who issued the statement speaks, not the statement. */
function issuer(view: TokenView, source: TokenRange | null): TokenRange | null {
  if (!source || source.to - source.from > 4 || !CHANNELS.has(view.lower[source.to - 1]!) || !ISSUING.has(view.lower[source.from - 1] ?? '')) return source;
  return sourceBefore(view, source.from - 1) ?? source;
}

/** The content that goes on after the cue ("“A,” he said, “B.”"), from token `start` to the end of the sentence; none when `start` is null. */
function tailFrom(sentence: AttributionSentence, ctx: AttributionContext, start: number | null): { start: number; end: number }[] {
  const tail = start === null ? null : contentToSentenceEnd(sentence, ctx, start);
  return tail ? [tail] : [];
}

/** "Donald Trump, her opponent, bemoaned the unrest and said he thought …": the subject of the first verb speaks. */
function coordinatedSubject(sentence: AttributionSentence, ctx: AttributionContext, cue: TokenRange): TokenRange | null {
  if (sentence.view.lower[cue.from - 1] !== 'and') return null;
  const subject = sentenceSubject(sentence, ctx);
  return subject && subject.verb.to <= cue.from - 1 ? subject.phrase : null;
}

/** The quotation that ends a question or an exclamation right before `offset` (only spaces between): "“…?” Graham asked". */
function quotationEndingAt(ctx: AttributionContext, offset: number): { start: number; end: number } | null {
  const q = quoteEndingBefore(ctx, offset);
  return q && /[?!]["”]$/.test(ctx.text.slice(Math.max(q.start, q.end - 2), q.end)) ? q : null;
}

/** Token `k` closes a quotation: "”" or a comma after it ("“…”, he said"). */
function closesQuotation(view: TokenView, k: number): boolean {
  if (k < 0) return false;
  return isClosingQuote(view.words[k]!) || (view.words[k] === ',' && k > 0 && isClosingQuote(view.words[k - 1]!));
}

/** A comma, a closing quotation mark or a dash ends the content before a trailing source. */
function separatesContent(view: TokenView, k: number): boolean {
  const w = view.words[k]!;
  return w === ',' || isClosingQuote(w) || w === '—' || w === '–';
}

/** "told Reuters that …", "urged Washington to …": the person addressed is not content. */
function skipAddressee(view: TokenView, k: number): number {
  const addressee = sourceAfter(view, k);
  if (!addressee) return k;
  const next = view.lower[addressee.to];
  if (next === 'that' || next === ',' || next === ':' || next === 'about' || next === 'for' || next === 'to' || next === 'as' || next === '“' || next === '"') {
    return next === ',' || next === ':' ? addressee.to + 1 : addressee.to;
  }
  return k;
}

function contentBefore(sentence: AttributionSentence, ctx: AttributionContext, sourceFrom: number): { start: number; end: number } | null {
  const { view } = sentence;
  if (sourceFrom <= 0) return null;
  const raw = trimPiece(ctx.text, { start: sentence.range.start, end: view.tokens[sourceFrom - 1]!.range.end });
  if (!raw) return null;
  const piece = isClosingQuote(view.words[sourceFrom - 1]!) || /[,.!?]["”’]$/.test(ctx.text.slice(raw.start, raw.end)) ? withClosingQuote(ctx.text, raw) : raw;
  return extendToQuoteStart(piece, ctx);
}

/** "“A,” he said": the comma inside the marks belongs to the content. */
function withClosingQuote(text: string, range: { start: number; end: number }): { start: number; end: number } {
  let end = range.end;
  while (end < text.length && /[,.!?"”’]/.test(text[end]!) && /[,.!?]["”’]?$|["”’]$/.test(text.slice(range.start, end + 1))) end++;
  return { start: range.start, end };
}

function relation(sentence: AttributionSentence, view: TokenView, source: TokenRange, cue: TokenRange, content: { start: number; end: number }[], rule: string): Attribution {
  return { sentence: sentence.index, source: rangeOf(view, source.from, source.to), cue: rangeOf(view, cue.from, cue.to), content, rule };
}
