/**
 * The states that speak through officials, agencies, capitals and state media
 * in world news, with the words that stand for them: the country's names, its
 * adjectives, its capital and seat of power, and the outlets and agencies
 * that speak for it. "Seoul", "South Korean lawmakers" and "South Korea's spy
 * agency" all belong to South Korea. Words are lower-case and match in any
 * case, except acronyms, written in capitals and matched only so ("US", not
 * the "us" of "told us").
 */
export interface Country {
  readonly name: string;
  /** names, adjectives, capital, seats of power, state media and agencies */
  readonly words: readonly string[];
  /** regions and cities inside it that news names as where things happen */
  readonly regions?: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  { name: 'North Korea', words: ['north korea', 'north korean', 'north koreans', 'DPRK', 'pyongyang', 'KCNA', 'korean central news agency', 'rodong sinmun'] },
  { name: 'South Korea', words: ['south korea', 'south korean', 'south koreans', 'southern korean', 'republic of korea', 'seoul', 'yonhap', 'NIS', 'national intelligence service', 'blue house', 'yongsan'] },
  { name: 'Russia', words: ['russia', 'russian', 'russians', 'russian federation', 'moscow', 'kremlin', 'TASS', 'ria novosti', 'RIA', 'interfax', 'FSB'], regions: ['kursk', 'kursk oblast', 'belgorod', 'bryansk', 'rostov', 'siberia', 'chechnya', 'dagestan', 'st petersburg', 'saint petersburg', 'vladivostok'] },
  { name: 'Ukraine', words: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev', 'SBU', 'GUR', 'ukrinform'], regions: ['donetsk', 'luhansk', 'donbas', 'donbass', 'kharkiv', 'kherson', 'zaporizhzhia', 'mariupol', 'bakhmut', 'avdiivka', 'odesa', 'odessa', 'lviv', 'dnipro', 'sumy', 'crimea'] },
  { name: 'United States', words: ['united states', 'U.S.', 'US', 'USA', 'america', 'american', 'americans', 'washington', 'white house', 'pentagon', 'state department', 'CIA', 'FBI'] },
  { name: 'United Kingdom', words: ['united kingdom', 'UK', 'britain', 'great britain', 'british', 'london', 'downing street', 'whitehall'] },
  { name: 'China', words: ['china', 'chinese', 'beijing', 'xinhua', "people's republic of china"] },
  { name: 'Japan', words: ['japan', 'japanese', 'tokyo', 'kyodo'] },
  { name: 'France', words: ['france', 'french', 'paris', 'elysee', 'élysée'] },
  { name: 'Germany', words: ['germany', 'german', 'berlin'] },
  { name: 'Italy', words: ['italy', 'italian', 'rome'] },
  { name: 'Poland', words: ['poland', 'polish', 'warsaw'] },
  { name: 'Belarus', words: ['belarus', 'belarusian', 'minsk'] },
  { name: 'Iran', words: ['iran', 'iranian', 'tehran', 'irna'] },
  { name: 'Iraq', words: ['iraq', 'iraqi', 'baghdad'] },
  { name: 'Syria', words: ['syria', 'syrian', 'damascus'] },
  { name: 'Israel', words: ['israel', 'israeli', 'jerusalem', 'IDF'] },
  { name: 'Palestine', words: ['palestine', 'palestinian', 'gaza', 'ramallah', 'hamas'], regions: ['gaza strip', 'west bank', 'rafah', 'khan younis'] },
  { name: 'Lebanon', words: ['lebanon', 'lebanese', 'beirut', 'hezbollah'] },
  { name: 'Turkey', words: ['turkey', 'türkiye', 'turkish', 'ankara'] },
  { name: 'Egypt', words: ['egypt', 'egyptian', 'cairo'] },
  { name: 'Saudi Arabia', words: ['saudi arabia', 'saudi', 'riyadh'] },
  { name: 'India', words: ['india', 'indian', 'new delhi', 'delhi'] },
  { name: 'Pakistan', words: ['pakistan', 'pakistani', 'islamabad'] },
  { name: 'Afghanistan', words: ['afghanistan', 'afghan', 'kabul', 'taliban'] },
  { name: 'Taiwan', words: ['taiwan', 'taiwanese', 'taipei'] },
  { name: 'Canada', words: ['canada', 'canadian', 'ottawa'] },
  { name: 'Australia', words: ['australia', 'australian', 'canberra'] },
  { name: 'Sudan', words: ['sudan', 'sudanese', 'khartoum'] },
  { name: 'Ethiopia', words: ['ethiopia', 'ethiopian', 'addis ababa'] },
  { name: 'Yemen', words: ['yemen', 'yemeni', 'sanaa', 'houthi', 'houthis'] },
  { name: 'Venezuela', words: ['venezuela', 'venezuelan', 'caracas'] },
  { name: 'Mexico', words: ['mexico', 'mexican', 'mexico city'] },
  { name: 'Brazil', words: ['brazil', 'brazilian', 'brasilia', 'brasília'] },
  { name: 'the West', words: ['western', 'west', 'NATO'] },
  { name: 'European Union', words: ['european union', 'EU', 'brussels', 'european commission'] },
  { name: 'United Nations', words: ['united nations', 'UN', 'U.N.'] },
];

const PLACE_INDEX: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) => [...c.words.filter((w) => w === w.toLowerCase()), ...(c.regions ?? [])].map((w) => [w, c.name] as const)),
);

/** The country a place name lies in ("Kursk", "Russia's Kursk region", "Kyiv" → a country), or null for a place the table does not know. */
export function countryOfPlace(name: string): string | null {
  const key = name.toLowerCase().replace(/['’]s\b/g, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  return PLACE_INDEX.get(key) ?? PLACE_INDEX.get(key.replace(/(?<!\s)\s+(?:region|oblast|province|city|area)$/, '')) ?? null;
}
