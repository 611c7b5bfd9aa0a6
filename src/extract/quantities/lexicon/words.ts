/**
 * Word classes for the light chunker that finds what a figure counts. English
 * news needs few of them: closed-class words end a noun phrase, as do verbs;
 * the rest (capitalised words, adjectives, nouns) make it up.
 */

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'each', 'every', 'all',
  'both', 'any', 'no', 'such', 'another', 'other', 'whose', 'which', 'what',
]);

export const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'into', 'onto', 'over', 'under', 'about', 'against', 'across', 'after',
  'before', 'between', 'during', 'since', 'until', 'till', 'through', 'toward', 'towards', 'within', 'without', 'among', 'amid',
  'amongst', 'per', 'via', 'near', 'including', 'despite', 'like', 'than', 'as', 'along', 'alongside', 'around', 'behind', 'beyond',
  'inside', 'outside', 'throughout', 'upon', 'off', 'out', 'up', 'down', 'below', 'above', 'beneath', 'besides', 'except', 'plus',
  'versus', 'vs', 'according', 'ahead', 'compared',
]);

export const CONJUNCTIONS = new Set([
  'and', 'or', 'but', 'nor', 'yet', 'so', 'while', 'whereas', 'although', 'though', 'because', 'if', 'when', 'where', 'who', 'whom',
  'that', 'which', 'unless', 'whether', 'once', 'as', 'then',
]);

export const PRONOUNS = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'himself', 'herself', 'itself', 'themselves', 'ourselves',
  'theirs', 'ours', 'hers', 'mine', 'yours', 'someone', 'somebody', 'anyone', 'everyone', 'nobody', 'none', 'something',
  'anything', 'everything', 'nothing',
]);

export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'s", '’s', "'re", '’re', "'ve", '’ve', "'d", '’d', "'ll", '’ll',
  'not', "n't", 'n’t', 'get', 'got', 'gets',
]);

export const ADVERBS = new Set([
  'also', 'still', 'now', 'already', 'just', 'only', 'even', 'then', 'there', 'here', 'again', 'soon', 'later', 'earlier', 'ago',
  'more', 'less', 'most', 'least', 'very', 'too', 'quite', 'almost', 'nearly', 'about', 'around', 'roughly', 'reportedly',
  'allegedly', 'apparently', 'initially', 'recently', 'previously', 'currently', 'subsequently', 'eventually', 'ever', 'never',
  'often', 'since', 'together', 'alone', 'each', 'respectively', 'altogether', 'overall', 'yet', 'instead', 'meanwhile',
  'nationwide', 'worldwide', 'overseas', 'abroad', 'annually', 'apiece', 'available', 'left', 'remaining', 'combined', 'total',
  'alive', 'aboard', 'onboard', 'ashore', 'home',
]);

/** Common verbs whose forms are not recognisable by their ending. */
export const VERBS = new Set([
  'said', 'says', 'say', 'told', 'tell', 'tells', 'died', 'die', 'dies', 'fled', 'flee', 'left', 'leave', 'went', 'go', 'goes',
  'came', 'come', 'comes', 'made', 'make', 'makes', 'took', 'take', 'takes', 'gave', 'give', 'gives', 'sent', 'send', 'sends',
  'fought', 'fight', 'fights', 'held', 'hold', 'holds', 'lost', 'lose', 'loses', 'won', 'win', 'wins', 'saw', 'see', 'sees', 'seen',
  'known', 'know', 'knows', 'knew', 'thought', 'think', 'thinks', 'found', 'find', 'finds', 'began', 'begin', 'begins', 'begun',
  'became', 'become', 'becomes', 'remain', 'remains', 'remained', 'stood', 'stand', 'stands', 'fell', 'fall', 'falls', 'fallen',
  'rose', 'rise', 'rises', 'risen', 'grew', 'grow', 'grows', 'grown', 'paid', 'pay', 'pays', 'cost', 'costs', 'spent', 'spend',
  'spends', 'bought', 'buy', 'buys', 'sold', 'sell', 'sells', 'met', 'meet', 'meets', 'led', 'lead', 'leads', 'brought', 'bring',
  'brings', 'put', 'puts', 'set', 'sets', 'kept', 'keep', 'keeps', 'ran', 'run', 'runs', 'hit', 'hits', 'shot', 'shoot', 'shoots',
  'struck', 'strike', 'strikes', 'slain', 'slew', 'dead', 'need', 'needs', 'want', 'wants', 'seem', 'seems', 'appear', 'appears',
  'include', 'includes', 'account', 'accounts', 'mean', 'means', 'meant', 'represent', 'represents', 'indicate', 'indicates',
  'show', 'shows', 'shown', 'suggest', 'suggests', 'estimate', 'estimates', 'claim', 'claims', 'plan', 'plans', 'expect',
  'expects', 'receive', 'receives', 'provide', 'provides', 'serve', 'serves', 'live', 'lives', 'work', 'works', 'face', 'faces',
  'join', 'joins', 'return', 'returns', 'arrive', 'arrive', 'arrives', 'remain', 'stay', 'stays', 'wait', 'waits', 'march',
  'marches', 'attend', 'attends', 'protest', 'protests', 'bound', 'built', 'caught', 'bought', 'taught', 'sought', 'fed',
  'drawn', 'driven', 'flown', 'frozen', 'hidden', 'ridden', 'spoken', 'stolen', 'sworn', 'thrown', 'worn', 'understood', 'chosen',
  'broken', 'forgotten', 'gotten', 'given', 'taken', 'written', 'eaten', 'beaten', 'hung', 'stuck', 'struck', 'sent', 'spent',
  // -ed forms too short for the suffix test ("we used a 14 gauge tip")
  'used', 'owed', 'sued', 'tied', 'eyed', 'start', 'starts',
]);

/** Words ending in -ed/-en that are usually adjectives before a noun. */
export const ED_ADJECTIVES = new Set(['armed', 'skilled', 'trained', 'registered', 'additional', 'experienced', 'unarmed', 'retired', 'elected', 'united', 'related', 'advanced', 'so-called', 'naked', 'wicked', 'beloved', 'learned', 'aged']);

/** Nouns and other words that only look like -ed/-ing verb forms. */
export const NOT_VERB_FORMS = new Set([
  'speed', 'hundred', 'greed', 'breed', 'steed', 'tweed', 'sacred', 'kindred', 'bloodshed', 'watershed', 'wretched', 'thing', 'spring',
  'string', 'sibling', 'morning', 'evening', 'ceiling', 'pudding', 'wedding', 'clothing', 'nothing', 'something', 'anything',
  'everything', 'during', 'darling', 'herring', 'bedding', 'viking', 'awning', 'earring', 'offspring', 'lightning',
]);

/** Nouns for people: a figure counting these has unit `person`. */
export const PERSON_NOUNS = new Set([
  'people', 'persons', 'person', 'individuals', 'individual', 'troops', 'troop', 'soldiers', 'soldier', 'servicemen', 'serviceman',
  'servicemembers', 'service members', 'personnel', 'fighters', 'fighter', 'combatants', 'combatant', 'militants', 'militant', 'rebels',
  'insurgents', 'mercenaries', 'recruits', 'conscripts', 'reservists', 'officers', 'officer', 'sailors', 'marines', 'pilots', 'commandos',
  'special forces', 'forces', 'men', 'man', 'women', 'woman', 'children', 'child', 'kids', 'boys', 'girls', 'babies', 'infants',
  'adults', 'civilians', 'civilian', 'residents', 'inhabitants', 'citizens', 'nationals', 'villagers', 'locals', 'refugees',
  'migrants', 'asylum seekers', 'evacuees', 'prisoners', 'prisoner', 'captives', 'detainees', 'hostages', 'pows', 'victims',
  'victim', 'casualties', 'casualty', 'dead', 'deaths', 'fatalities', 'survivors', 'patients', 'doctors', 'nurses', 'workers',
  'worker', 'employees', 'staff', 'staffers', 'members', 'member', 'students', 'pupils', 'teachers', 'voters', 'lawmakers',
  'legislators', 'deputies', 'delegates', 'protesters', 'protestors', 'demonstrators', 'marchers', 'participants', 'attendees',
  'spectators', 'fans', 'visitors', 'tourists', 'passengers', 'journalists', 'reporters', 'activists', 'police', 'policemen',
  'police officers', 'guards', 'agents', 'spies', 'diplomats', 'officials', 'volunteers', 'settlers', 'pilgrims', 'farmers',
  'fishermen', 'miners', 'users', 'customers', 'subscribers', 'viewers', 'readers', 'players', 'athletes', 'runners', 'inmates',
  'defectors', 'deserters', 'draftees', 'paratroopers', 'infantrymen', 'gunmen', 'attackers', 'suspects', 'arrests', 'households',
  'families', 'koreans', 'russians', 'ukrainians', 'americans', 'chinese', 'north koreans', 'south koreans', 'crew', 'crewmembers',
]);

/** Head nouns that measure an amount of something else ("15,000 containers of weapons"): the "of" phrase belongs to what is counted. */
export const MEASURE_NOUNS = new Set([
  'containers', 'container', 'tonnes', 'tons', 'tonne', 'ton', 'barrels', 'barrel', 'pieces', 'piece', 'rounds', 'round', 'units',
  'boxes', 'bags', 'sacks', 'crates', 'cases', 'shipments', 'loads', 'truckloads', 'trucks', 'wagons', 'cargoes', 'batches', 'sets',
  'types', 'kinds', 'sorts', 'items', 'pairs', 'litres', 'liters', 'gallons', 'kilograms', 'kilos', 'pounds', 'ounces', 'cubic metres',
  'square metres', 'acres', 'hectares', 'hundreds', 'thousands', 'millions', 'billions', 'dozens', 'tens', 'scores', 'lots',
  'packages', 'parcels', 'portions', 'cartridges', 'magazines', 'bottles', 'doses', 'vials', 'tablets', 'copies', 'volumes',
  'shells', 'percent', 'per cent', 'share', 'fraction', 'part', 'parts', 'proportion', 'majority', 'number', 'total', 'handful',
]);

/** Nouns that stand in for the figure after them ("a total of 5,000", "an average of 70 days"): the figure is not about them. */
export const PLACEHOLDER_NOUNS = new Set(['total', 'figure', 'number', 'toll', 'tally', 'count', 'maximum', 'minimum', 'upwards', 'excess', 'region', 'order', 'average']);

/** Words a figure's noun phrase never ends with. */
export const NP_STOP = new Set([...PREPOSITIONS, ...CONJUNCTIONS, ...PRONOUNS, ...AUXILIARIES]);

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAdverb(lower: string): boolean {
  return ADVERBS.has(lower) || (lower.length > 4 && lower.endsWith('ly') && !['family', 'rally', 'ally', 'italy', 'july', 'supply', 'reply', 'anomaly', 'assembly', 'monopoly', 'daily', 'weekly', 'monthly', 'yearly', 'early', 'only', 'holy', 'belly', 'jelly', 'bully', 'fly'].includes(lower));
}

/** A word that looks like a verb form where a noun phrase would go. */
export function looksLikeVerb(lower: string): boolean {
  if (VERBS.has(lower) || AUXILIARIES.has(lower)) return true;
  return /^[a-z]+(?:ed|ing)$/.test(lower) && lower.length > 4 && !ED_ADJECTIVES.has(lower) && !NOT_VERB_FORMS.has(lower);
}
