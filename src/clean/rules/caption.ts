/**
 * Photo captions and credits pasted as lines of their own: "Photo: AFP",
 * "Credit: Jane Doe/Reuters", "Training of North Korean soldiers. KCNA", "Kim
 * Jong Un at the ceremony (KCNA via Reuters)". A line is a caption when it ends
 * in a credit (a known photo agency, "Name/Agency", "via", "Photo by …", an
 * all-capitals agency code) with no closing punctuation after it, or when it
 * starts with a photo label.
 */
import { quote, removeLines, splitLines, words } from '../lines.js';
import type { CleanEdit, CleanRule } from '../rule.js';

const AGENCIES =
  'AFP|AP|AP Photo|Associated Press|Reuters|Getty Images|Getty|EPA|EPA-EFE|EFE|Yonhap|KCNA|KCNA via KNS|KNS|TASS|Xinhua|Shutterstock|Bloomberg|Sputnik|RIA Novosti|Anadolu|Anadolu Agency|Alamy|PA|PA Media|PA Wire|NurPhoto|SOPA Images|ZUMA|ZUMA Press|Handout|Pool|Kremlin Pool|AAP|ANI|PTI|Kyodo|Jiji|Imaginechina|dpa|ANSA|UPI|Ukrinform|Ukraine Presidential Press Service|Presidential Press Service|Wikimedia Commons|File photo|File';
const CREDIT = String.raw`(?:${AGENCIES}|\p{Lu}{2,8}|[\p{L}.' -]{2,40}/(?:${AGENCIES}|[\p{L} ]{2,30})|(?:${AGENCIES}) via (?:${AGENCIES}|[\p{L} ]{2,30}))`;
export const ENDS_WITH_CREDIT = new RegExp(
  String.raw`(?:[.!?]["”’]?\s+|\s+[|/–—-]\s*|\s*\(\s*)(?:(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Cc]redit)s?\s*(?:by|:)?\s*)?(?:©\s*)?${CREDIT}\s*\)?\s*$`,
  'u',
);
/**
 * Every credit ends in a letter, or a closing bracket after it: a line ending
 * otherwise (most paragraphs end in a full stop or a quotation mark) is no
 * credit, with no search for one.
 */
const CREDIT_END = /[\p{L})]$/u;
/** `ENDS_WITH_CREDIT` of a trimmed line, searched for only where the line's last character allows one. */
export function endsWithCredit(trimmed: string): boolean {
  return CREDIT_END.test(trimmed.slice(-2)) && ENDS_WITH_CREDIT.test(trimmed);
}

const LABELLED = /^\s*(?:(?:\(\s*)?(?:photo(?:graph)?|image|picture|caption|credit|illustration)s?(?:\s+credit)?\s*(?::|by\b)|©)/i;
const MAX_WORDS = 40;
/** Also a bound on characters: the credit pattern is polynomial in a line's length, and a line of few words can be long (runs of spaces). */
const MAX_CHARS = 400;

export const caption: CleanRule = {
  id: 'clean/caption',
  description: 'remove photo captions and credit lines',
  apply({ text }) {
    const edits: CleanEdit[] = [];
    for (const line of splitLines(text)) {
      const t = line.text.trim();
      if (t === '' || t.length > MAX_CHARS) continue;
      if ((LABELLED.test(t) || endsWithCredit(t)) && words(t).length <= MAX_WORDS) {
        edits.push(removeLines(text, line, line, `removed photo caption or credit ${quote(t)}`));
      }
    }
    return edits;
  },
};
