/**
 * Access and paywall notices pasted with the article ("You have a preview view
 * of this article while we are checking your access", "Subscribe to continue
 * reading"). A line must speak of access (subscribing, signing in, previews,
 * article limits) *and* of the article or reading, sit near the start or the end
 * of the text, and not be quoted speech.
 */
import { contentLines, quote, removeLines, splitLines } from '../lines.js';
import type { CleanEdit, CleanRule } from '../rule.js';

const ACCESS =
  /\b(?:subscri(?:be|bers?|bing|ption)|sign(?:ed)?[ -]?in|log(?:ged)?[ -]?in|paywall|premium|preview|unlock|regist(?:er|ered|ration)|free (?:articles?|stories)|(?:article|reading) limit|already (?:a subscriber|a member|have an account)|(?:your|confirm(?:ed)?|check(?:ing)?|full|have|get|gain|unlimited) access|access (?:to|is|has))\b/i;
const TOPIC = /\b(?:articles?|stor(?:y|ies)|content|reading|read|journalism|page|newsletter)\b/i;
const EDGE = 5;
const MAX_LENGTH = 400;

export const accessNotice: CleanRule = {
  id: 'clean/access-notice',
  description: 'remove access and paywall notices near the start or end',
  apply({ text }) {
    const lines = contentLines(splitLines(text));
    const edits: CleanEdit[] = [];
    lines.forEach((line, i) => {
      if (i >= EDGE && i < lines.length - EDGE) return;
      if (line.text.length > MAX_LENGTH || /[“”"]/.test(line.text)) return;
      if (!ACCESS.test(line.text) || !TOPIC.test(line.text)) return;
      edits.push(removeLines(text, line, line, `removed access notice ${quote(line.text)}`));
    });
    return edits;
  },
};
