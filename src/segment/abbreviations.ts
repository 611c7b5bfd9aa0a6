/** Abbreviations that end in a period without ending the sentence. */

/** Titles before a name: never the end of a sentence. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'hon', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl',
  'pvt', 'adm', 'cmdr', 'brig', 'gov', 'sen', 'rep', 'pres', 'supt', 'insp', 'det', 'fr', 'st', 'mt', 'ft', 'sr', 'jr', 'no', 'nos',
  'vs', 'v', 'fig', 'figs', 'vol', 'pp', 'p', 'art', 'sec', 'ch', 'approx', 'est', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
]);

/** Abbreviations that may also end a sentence ("in the U.S. The …"). */
export const MAYBE_FINAL = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bros', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'd.c', 'u.s.a', 'n.y', 'l.a',
]);

/** Capitalised words that usually start a sentence; after a MAYBE_FINAL abbreviation they mean a new one. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'its',
  'their', 'our', 'but', 'and', 'so', 'yet', 'in', 'on', 'at', 'as', 'after', 'before', 'when', 'while', 'if', 'however',
  'meanwhile', 'mr', 'mrs', 'ms', 'dr', 'some', 'many', 'most', 'officials', 'one', 'two', 'it’s', "it's", 'what', 'why', 'how',
]);
