/**
 * Word lists for finding and typing names without a model: titles, name
 * particles, words that make a name an organisation, places and their
 * adjectives, and the nouns that describe groups of people as sources.
 * All lower-case; apostrophes straight.
 */

/** Words that precede a person's name ("General Oleksandr Syrskyi", "Mr Kim"). */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'premier', 'chancellor', 'minister', 'secretary', 'ambassador', 'envoy', 'governor', 'mayor',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'speaker', 'chairman', 'chairwoman', 'chair',
  'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'sheikh', 'ayatollah',
  'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'sergeant', 'sgt', 'corporal', 'private',
  'admiral', 'adm', 'commander', 'cmdr', 'marshal', 'field', 'brigadier', 'commodore',
  'judge', 'justice', 'attorney', 'prosecutor', 'detective', 'inspector', 'officer', 'chief', 'director', 'spokesman', 'spokeswoman', 'spokesperson',
  'leader', 'founder', 'ceo', 'chef', 'coach', 'reporter', 'correspondent', 'analyst', 'economist', 'author', 'historian',
]);

/** Lower-case words that may sit inside a name ("Hamish de Bretton-Gordon", "Chief of Staff"). */
export const NAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'dos', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'y', 'of', 'for', 'and']);

/** Abbreviations written with a full stop inside a name ("Mr. Putin", "Vladimir V. Putin", "U.S."). */
export const NAME_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'rev', 'fr', 'hon', 'pres', 'sen', 'rep', 'gen', 'brig', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov', 'supt', 'insp', 'det', 'amb', 'st', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd']);

/** A name holding one of these words names an organisation. */
export const ORGANIZATION_WORDS = new Set([
  'ministry', 'department', 'office', 'agency', 'service', 'services', 'bureau', 'council', 'commission', 'committee', 'parliament', 'congress', 'senate', 'assembly', 'duma', 'cabinet', 'government', 'administration',
  'army', 'navy', 'force', 'forces', 'corps', 'command', 'guard', 'military', 'police', 'intelligence', 'staff',
  'party', 'union', 'federation', 'association', 'organization', 'organisation', 'institute', 'institution', 'foundation', 'center', 'centre', 'university', 'college', 'school', 'academy', 'court', 'bank', 'fund',
  'company', 'corporation', 'group', 'inc', 'ltd', 'corp', 'co', 'news', 'times', 'post', 'press', 'journal', 'herald', 'telegraph', 'tribune', 'gazette', 'reuters', 'associated', 'broadcasting', 'television', 'radio', 'network', 'media',
  'kremlin', 'pentagon', 'nato', 'kcna', 'yonhap', 'tass', 'interfax', 'reuters', 'bloomberg',
]);

/** Acronyms of organisations, matched in capitals only ("UN", not "Un" of "Kim Jong Un"). */
export const ORGANIZATION_ACRONYMS = new Set(['UN', 'EU', 'NATO', 'KCNA', 'AP', 'AFP', 'BBC', 'CNN', 'NIS', 'IAEA', 'WHO', 'IMF', 'OSCE', 'ICC', 'FBI', 'CIA', 'NSA', 'FSB', 'SBU', 'GUR', 'RIA', 'TASS', 'KGB', 'NYT', 'WSJ', 'ABC', 'NBC', 'CBS', 'MSNBC', 'NPR', 'PBS', 'DPRK', 'ROK', 'GOP', 'RNC', 'DNC', 'ISW', 'UNHCR', 'OHCHR', 'WFP', 'ILO', 'WTO', 'OPEC', 'ASEAN', 'G7', 'G20']);

/** Countries, regions and capitals that appear as sources or settings in world news. */
export const PLACES = new Set([
  'afghanistan', 'albania', 'algeria', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain', 'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'bulgaria', 'burma', 'cambodia', 'cameroon', 'canada', 'chad', 'chile', 'china', 'colombia', 'congo', 'croatia', 'cuba', 'cyprus', 'czechia', 'denmark', 'ecuador', 'egypt', 'england', 'eritrea', 'estonia', 'ethiopia', 'europe', 'finland', 'france', 'gaza', 'georgia', 'germany', 'ghana', 'greece', 'guatemala', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'japan', 'jordan', 'kazakhstan', 'kenya', 'korea', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'libya', 'lithuania', 'luxembourg', 'malaysia', 'mali', 'mexico', 'moldova', 'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar', 'nepal', 'netherlands', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan', 'palestine', 'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'scotland', 'senegal', 'serbia', 'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'turkmenistan', 'uganda', 'ukraine', 'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'wales', 'yemen', 'zambia', 'zimbabwe',
  'america', 'africa', 'asia', 'crimea', 'donbas', 'donetsk', 'luhansk', 'kursk', 'kharkiv', 'kherson', 'zaporizhzhia', 'belgorod', 'siberia', 'kashmir', 'tibet', 'xinjiang', 'balkans', 'caucasus', 'peninsula',
  'washington', 'moscow', 'kyiv', 'kiev', 'pyongyang', 'seoul', 'beijing', 'tokyo', 'london', 'paris', 'berlin', 'brussels', 'rome', 'madrid', 'warsaw', 'minsk', 'tehran', 'baghdad', 'damascus', 'beirut', 'jerusalem', 'cairo', 'ankara', 'istanbul', 'delhi', 'islamabad', 'kabul', 'taipei', 'geneva', 'vienna', 'hague', 'oblast', 'region', 'province', 'state', 'states', 'kingdom', 'republic', 'city',
]);

/** Adjectives of places and peoples ("South Korean officials", "Ukrainian intelligence"). */
export const DEMONYMS = new Set([
  'american', 'british', 'chinese', 'russian', 'ukrainian', 'korean', 'japanese', 'french', 'german', 'italian', 'spanish', 'polish', 'indian', 'pakistani', 'iranian', 'iraqi', 'syrian', 'israeli', 'palestinian', 'turkish', 'egyptian', 'saudi', 'european', 'african', 'asian', 'western', 'eastern', 'southern', 'northern', 'soviet', 'belarusian', 'georgian', 'canadian', 'australian', 'mexican', 'brazilian', 'taiwanese', 'vietnamese', 'afghan', 'lebanese', 'yemeni', 'libyan', 'sudanese', 'nigerian', 'kenyan', 'dutch', 'swedish', 'finnish', 'norwegian', 'danish', 'greek', 'hungarian', 'romanian', 'serbian', 'czech', 'lithuanian', 'latvian', 'estonian', 'moldovan', 'kazakh', 'uzbek', 'mongolian', 'filipino', 'indonesian', 'thai', 'burmese', 'emirati', 'qatari', 'jordanian', 'kurdish', 'chechen', 'crimean',
]);

/** Nouns that describe people or bodies who make claims ("officials", "a source", "lawmakers"). */
export const GROUP_NOUNS = new Set([
  'official', 'officials', 'source', 'sources', 'analyst', 'analysts', 'expert', 'experts', 'researcher', 'researchers', 'lawmaker', 'lawmakers', 'legislator', 'legislators',
  'authority', 'authorities', 'government', 'governments', 'ministry', 'ministries', 'agency', 'agencies', 'intelligence', 'military', 'army', 'police', 'media', 'outlet', 'outlets', 'newspaper', 'report', 'reports', 'estimates', 'estimate', 'data', 'figures', 'survey', 'poll', 'polls', 'study',
  'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'diplomats', 'commander', 'commanders', 'observer', 'observers', 'monitor', 'monitors', 'witness', 'witnesses', 'resident', 'residents', 'activist', 'activists', 'leader', 'leaders', 'minister', 'ministers',
  'prosecutors', 'investigators', 'critics', 'supporters', 'voters', 'people', 'officers', 'soldiers', 'troops', 'group', 'groups', 'campaign', 'party', 'administration', 'office', 'department', 'council', 'committee', 'watchdog', 'network', 'institute', 'think-tank', 'press',
]);

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'i', 'me']);
export const PLURAL_PRONOUNS = new Set(['they', 'them', 'we', 'us']);

/** A personal pronoun that may stand for a source, "it" included (an organisation), lower case. */
export function isPronoun(word: string): boolean {
  return PERSON_PRONOUNS.has(word) || PLURAL_PRONOUNS.has(word) || word === 'it';
}
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
