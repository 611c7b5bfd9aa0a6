/**
 * A participle cue ("…, adding that …") takes the source of the attribution
 * whose cue comes before it in the same sentence, else the named subject of
 * its sentence ("Trump attacked Clinton …, saying …"), else the noun phrase or
 * pronoun that opens it ("several environmental groups granted …, saying");
 * with none, it is not an attribution we can stand behind and is dropped.
 */
import { rangeOf } from '../../../segment/token-view.js';
import type { Attribution, AttributionRefiner } from '../attribution.js';
import { leadingSubject, sentenceSubject } from '../subject.js';

export const inheritSource: AttributionRefiner = {
  name: 'inherit-source',
  refine(attributions, ctx) {
    const out: Attribution[] = [];
    for (const a of attributions) {
      if (!a.inheritsSource) {
        out.push(a);
        continue;
      }
      let lead: Attribution | undefined;
      for (const b of attributions) {
        if (b === a || b.inheritsSource || b.sentence !== a.sentence || !b.source || b.cue.start >= a.cue.start) continue;
        if (!lead || b.cue.start > lead.cue.start) lead = b;
      }
      if (lead) {
        out.push({ ...a, source: lead.source });
        continue;
      }
      const sentence = ctx.sentences[a.sentence];
      const subject = sentence ? sentenceSubject(sentence, ctx) : null;
      if (sentence && subject && sentence.view.tokens[subject.verb.to - 1]!.range.end <= a.cue.start) {
        out.push({ ...a, source: rangeOf(sentence.view, subject.phrase.from, subject.phrase.to), ...(subject.mention ? { resolved: subject.mention } : {}) });
        continue;
      }
      // "In August, several environmental groups granted …, saying …": an unnamed subject that opens the sentence
      const leading = sentence && !subject ? leadingSubject(sentence) : null;
      if (sentence && leading && sentence.view.tokens[leading.to - 1]!.range.end < a.cue.start) out.push({ ...a, source: rangeOf(sentence.view, leading.from, leading.to) });
    }
    return out;
  },
};
