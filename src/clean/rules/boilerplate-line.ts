/**
 * Lines that are page furniture, not article text: advertisement labels,
 * share and follow prompts, "listen to this article", newsletter sign-ups.
 * Only whole lines that are nothing but such a label are removed.
 */
import { quote, removeLines, splitLines } from '../lines.js';
import type { CleanEdit, CleanRule } from '../rule.js';

const LABELS: readonly RegExp[] = [
  /^(?:advertisement|advertising|sponsored(?: content)?|skip advertisement|ad feedback|story continues below(?: this)? (?:advertisement|ad)|article continues below(?: this)? (?:advertisement|ad))$/i,
  /^(?:share(?: this (?:article|story))?|share on (?:facebook|twitter|x|linkedin|whatsapp)|copy link|link copied|print|email|save(?: article)?|comments?)$/i,
  /^(?:listen to (?:this|the) (?:article|story)(?: [\d:]+(?: min(?:utes?)?)?)?|\d+ min(?:ute)? (?:read|listen))$/i,
  /^(?:follow (?:us|[\p{L} ]{2,40}) on (?:facebook|twitter|x|instagram|telegram|linkedin|google news)(?: and (?:facebook|twitter|x|instagram|telegram|linkedin))*\.?)$/iu,
  /^(?:sign up (?:for|to) (?:our|the) [\p{L} ]{0,40}newsletters?.{0,80}|get (?:our|the) [\p{L} ]{0,40}newsletter.{0,80})$/iu,
];

export const boilerplateLine: CleanRule = {
  id: 'clean/boilerplate-line',
  description: 'remove whole lines that are advertisement, share, listen or newsletter labels',
  apply({ text }) {
    const edits: CleanEdit[] = [];
    for (const line of splitLines(text)) {
      const t = line.text.trim();
      if (t.length === 0 || t.length > 160) continue;
      if (LABELS.some((re) => re.test(t))) edits.push(removeLines(text, line, line, `removed page label ${quote(t)}`));
    }
    return edits;
  },
};
