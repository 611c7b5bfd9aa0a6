/**
 * Units a figure can be in. Currencies get ISO 4217 codes; physical units get
 * short canonical ids. `words` are matched lower-cased after the figure
 * ("4,000 km", "$5 million"), `symbols` before it ("$", "€", "US$").
 */

export interface UnitDef {
  readonly id: string;
  readonly kind: 'currency' | 'percent' | 'length' | 'area' | 'volume' | 'mass' | 'speed' | 'temperature' | 'energy' | 'power' | 'data' | 'frequency' | 'time' | 'age' | 'count' | 'other';
  /** written after the number, lower-case, longest first at match time */
  readonly words: readonly string[];
  /** written before the number (currency signs and codes) */
  readonly symbols?: readonly string[];
  /** the name in NewsQuant's unit vocabulary, for the benchmark */
  readonly newsquant?: string;
}

export const UNITS: readonly UnitDef[] = [
  // currencies
  { id: 'USD', kind: 'currency', words: ['us dollars', 'u.s. dollars', 'dollars', 'dollar', 'usd', 'us$', 'bucks'], symbols: ['US$', 'U.S.$', 'USD', '$'], newsquant: 'dollar' },
  { id: 'EUR', kind: 'currency', words: ['euros', 'euro', 'eur', '€'], symbols: ['€', 'EUR'], newsquant: 'euro' },
  { id: 'GBP', kind: 'currency', words: ['pounds sterling', 'british pounds', 'sterling', 'gbp', '£'], symbols: ['£', 'GBP'], newsquant: 'pound sterling' },
  { id: 'JPY', kind: 'currency', words: ['japanese yen', 'yen', 'jpy'], symbols: ['¥', 'JPY', 'JP¥'], newsquant: 'japanese yen' },
  { id: 'CNY', kind: 'currency', words: ['chinese yuan', 'yuan', 'renminbi', 'rmb', 'cny'], symbols: ['CNY', 'RMB', '元'], newsquant: 'chinese yuan' },
  { id: 'KRW', kind: 'currency', words: ['south korean won', 'won', 'krw'], symbols: ['₩', 'KRW'], newsquant: 'south korean won' },
  { id: 'KPW', kind: 'currency', words: ['north korean won', 'kpw'], symbols: ['KPW'], newsquant: 'north korean won' },
  { id: 'RUB', kind: 'currency', words: ['russian roubles', 'russian rubles', 'roubles', 'rubles', 'rouble', 'ruble', 'rub'], symbols: ['₽', 'RUB'], newsquant: 'russian ruble' },
  { id: 'UAH', kind: 'currency', words: ['hryvnias', 'hryvnia', 'hryvnas', 'uah'], symbols: ['₴', 'UAH'], newsquant: 'ukrainian hryvnia' },
  { id: 'INR', kind: 'currency', words: ['indian rupees', 'rupees', 'rupee', 'inr'], symbols: ['₹', 'Rs', 'Rs.', 'INR'], newsquant: 'indian rupee' },
  { id: 'AUD', kind: 'currency', words: ['australian dollars', 'australian dollar', 'aud'], symbols: ['A$', 'AU$', 'AUD'], newsquant: 'australian dollar' },
  { id: 'CAD', kind: 'currency', words: ['canadian dollars', 'canadian dollar', 'cad'], symbols: ['C$', 'CA$', 'CAD'], newsquant: 'canadian dollar' },
  { id: 'NZD', kind: 'currency', words: ['new zealand dollars', 'new zealand dollar', 'nzd'], symbols: ['NZ$', 'NZD'], newsquant: 'new zealand dollar' },
  { id: 'HKD', kind: 'currency', words: ['hong kong dollars', 'hong kong dollar', 'hkd'], symbols: ['HK$', 'HKD'], newsquant: 'hong kong dollar' },
  { id: 'SGD', kind: 'currency', words: ['singapore dollars', 'singapore dollar', 'sgd'], symbols: ['S$', 'SGD'], newsquant: 'singapore dollar' },
  { id: 'CHF', kind: 'currency', words: ['swiss francs', 'swiss franc', 'francs', 'franc', 'chf'], symbols: ['CHF'], newsquant: 'swiss franc' },
  { id: 'ILS', kind: 'currency', words: ['new israeli shekels', 'shekels', 'shekel', 'ils', 'nis'], symbols: ['₪', 'NIS', 'ILS'], newsquant: 'shekel' },
  { id: 'TRY', kind: 'currency', words: ['turkish lira', 'lira', 'liras', 'try'], symbols: ['₺', 'TRY'], newsquant: 'turkish lira' },
  { id: 'ZAR', kind: 'currency', words: ['south african rand', 'rand', 'zar'], symbols: ['R', 'ZAR'], newsquant: 'south african rand' },
  { id: 'BRL', kind: 'currency', words: ['brazilian reais', 'reais', 'real', 'brl'], symbols: ['R$', 'BRL'], newsquant: 'brazilian real' },
  { id: 'MXN', kind: 'currency', words: ['mexican pesos', 'pesos', 'peso', 'mxn'], symbols: ['MX$', 'MXN'], newsquant: 'mexican peso' },
  { id: 'MYR', kind: 'currency', words: ['ringgit', 'myr'], symbols: ['RM', 'MYR'], newsquant: 'malaysian ringgit' },
  { id: 'SEK', kind: 'currency', words: ['swedish kronor', 'kronor', 'krona', 'sek'], symbols: ['SEK'], newsquant: 'swedish krona' },
  { id: 'NOK', kind: 'currency', words: ['norwegian kroner', 'kroner', 'nok'], symbols: ['NOK'], newsquant: 'norwegian krone' },
  { id: 'PLN', kind: 'currency', words: ['zlotys', 'zloty', 'pln'], symbols: ['zł', 'PLN'], newsquant: 'polish zloty' },
  { id: 'BTC', kind: 'currency', words: ['bitcoins', 'bitcoin', 'btc'], symbols: ['₿', 'BTC'], newsquant: 'bitcoin' },
  { id: 'HRK', kind: 'currency', words: ['croatian kuna', 'kunas', 'kuna', 'kn'], symbols: ['HRK'], newsquant: 'croatian kuna' },
  { id: 'cent', kind: 'currency', words: ['cents', 'cent', '¢'], newsquant: 'cent' },
  // pence: share prices in London are quoted in pence; NewsQuant's annotators name them "point"
  { id: 'GBp', kind: 'currency', words: ['pence', 'p'], newsquant: 'point' },
  // shares
  { id: 'percent', kind: 'percent', words: ['%', 'percent', 'per cent', 'pct', 'pc', 'per-cent'], newsquant: 'percentage' },
  { id: 'percentage_point', kind: 'percent', words: ['percentage points', 'percentage point', 'points of percentage'], newsquant: 'percentage point' },
  { id: 'basis_point', kind: 'percent', words: ['basis points', 'basis point', 'bps', 'bp'], newsquant: 'basis point' },
  // length
  { id: 'km', kind: 'length', words: ['kilometres', 'kilometers', 'kilometre', 'kilometer', 'km', 'kms'], newsquant: 'kilometre' },
  { id: 'm', kind: 'length', words: ['metres', 'meters', 'metre', 'meter', 'm'], newsquant: 'metre' },
  { id: 'cm', kind: 'length', words: ['centimetres', 'centimeters', 'centimetre', 'centimeter', 'cm'], newsquant: 'centimetre' },
  { id: 'mm', kind: 'length', words: ['millimetres', 'millimeters', 'millimetre', 'millimeter', 'mm'], newsquant: 'millimetre' },
  { id: 'dm', kind: 'length', words: ['decimetres', 'decimeters', 'decimetre', 'decimeter', 'dm'], newsquant: 'decimetre' },
  { id: 'um', kind: 'length', words: ['micrometres', 'micrometers', 'micrometre', 'micrometer', 'microns', 'micron', 'μm', 'µm'], newsquant: 'micrometre' },
  { id: 'nm', kind: 'length', words: ['nanometres', 'nanometers', 'nanometre', 'nanometer', 'nm'], newsquant: 'nanometre' },
  { id: 'mi', kind: 'length', words: ['miles', 'mile', 'mi'], newsquant: 'mile' },
  { id: 'nmi', kind: 'length', words: ['nautical miles', 'nautical mile'], newsquant: 'nautical mile' },
  { id: 'ft', kind: 'length', words: ['feet', 'foot', 'ft', "'", '′'], newsquant: 'foot' },
  { id: 'in', kind: 'length', words: ['inches', 'inch', 'in.', '"', '″'], newsquant: 'inch' },
  { id: 'yd', kind: 'length', words: ['yards', 'yard', 'yd', 'yds'], newsquant: 'yard' },
  // area
  { id: 'km2', kind: 'area', words: ['square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'sq km', 'km2', 'km²'], newsquant: 'square kilometre' },
  { id: 'm2', kind: 'area', words: ['square metres', 'square meters', 'square metre', 'square meter', 'sq m', 'sqm', 'm2', 'm²'], newsquant: 'square metre' },
  { id: 'mi2', kind: 'area', words: ['square miles', 'square mile', 'sq mi'], newsquant: 'square mile' },
  { id: 'ft2', kind: 'area', words: ['square feet', 'square foot', 'sq ft', 'sqft'], newsquant: 'square foot' },
  { id: 'ha', kind: 'area', words: ['hectares', 'hectare', 'ha'], newsquant: 'hectare' },
  { id: 'acre', kind: 'area', words: ['acres', 'acre'], newsquant: 'acre' },
  // volume
  { id: 'l', kind: 'volume', words: ['litres', 'liters', 'litre', 'liter'], newsquant: 'litre' },
  { id: 'ml', kind: 'volume', words: ['millilitres', 'milliliters', 'millilitre', 'milliliter', 'ml'], newsquant: 'millilitre' },
  { id: 'gal', kind: 'volume', words: ['gallons', 'gallon', 'gal'], newsquant: 'gallon' },
  { id: 'pt', kind: 'volume', words: ['us pints', 'us pint', 'pints', 'pint'], newsquant: 'pint' },
  { id: 'qt', kind: 'volume', words: ['us quarts', 'us quart', 'quarts', 'quart'], newsquant: 'quart' },
  { id: 'fl_oz', kind: 'volume', words: ['us fluid ounces', 'us fluid ounce', 'fluid ounces', 'fluid ounce', 'fl oz'], newsquant: 'ounce' },
  { id: 'bbl_per_day', kind: 'volume', words: ['barrels per day', 'barrels a day', 'barrel per day', 'barrels of oil per day', 'barrels of oil a day', 'bpd', 'barrel-a-day', 'barrels-a-day'], newsquant: 'barrel per day' },
  { id: 'bbl', kind: 'volume', words: ['barrels', 'barrel', 'bbl'], newsquant: 'barrel' },
  { id: 'm3', kind: 'volume', words: ['cubic metres', 'cubic meters', 'cubic metre', 'cubic meter', 'm3', 'm³'], newsquant: 'cubic metre' },
  // mass
  { id: 'tonne', kind: 'mass', words: ['metric tonnes', 'metric tons', 'tonnes', 'tonne'], newsquant: 'metric ton' },
  { id: 'ton', kind: 'mass', words: ['tons', 'ton'], newsquant: 'ton' },
  { id: 'gigaton', kind: 'mass', words: ['gigatonnes', 'gigatons', 'gigatonne', 'gigaton', 'gt'], newsquant: 'gigaton' },
  { id: 'kg', kind: 'mass', words: ['kilograms', 'kilogrammes', 'kilogram', 'kilogramme', 'kilos', 'kilo', 'kg', 'kgs'], newsquant: 'kilogram' },
  { id: 'g', kind: 'mass', words: ['grams', 'grammes', 'gram', 'gramme', 'g'], newsquant: 'gram' },
  { id: 'tbsp', kind: 'volume', words: ['tablespoons', 'tablespoon', 'tbsp'], newsquant: 'tablespoon' },
  { id: 'tsp', kind: 'volume', words: ['teaspoons', 'teaspoon', 'tsp'], newsquant: 'teaspoon' },
  { id: 'cup', kind: 'volume', words: ['cups', 'cup'], newsquant: 'cup' },
  { id: 'mg', kind: 'mass', words: ['milligrams', 'milligram', 'milligrammes', 'milligramme', 'mg'], newsquant: 'milligram' },
  { id: 'ug', kind: 'mass', words: ['micrograms', 'microgram', 'microgrammes', 'microgramme', 'μg', 'µg', 'mcg'], newsquant: 'microgram' },
  { id: 'lb', kind: 'mass', words: ['pounds', 'pound', 'lbs', 'lb'], newsquant: 'pound-mass' },
  { id: 'oz', kind: 'mass', words: ['ounces', 'ounce', 'oz'], newsquant: 'ounce' },
  // speed
  { id: 'mph', kind: 'speed', words: ['miles per hour', 'miles an hour', 'mph', 'm.p.h.', 'm.p.h'], newsquant: 'mile per hour' },
  { id: 'km/h', kind: 'speed', words: ['kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour', 'km/h', 'kph', 'kmh', 'k.p.h.'], newsquant: 'kilometre per hour' },
  { id: 'm/s', kind: 'speed', words: ['metres per second', 'meters per second', 'm/s'], newsquant: 'metre per second' },
  { id: 'knot', kind: 'speed', words: ['knots', 'knot'], newsquant: 'knot' },
  { id: 'mpg', kind: 'speed', words: ['miles per gallon', 'mpg'], newsquant: 'mile per gallon' },
  // temperature
  // "degc"/"degf": the degree sign as ASCII transliteration leaves it
  // with the common misspellings (celcius, farenheit, centigrate)
  { id: 'degC', kind: 'temperature', words: ['degrees celsius', 'degree celsius', 'degrees celcius', 'degrees centigrade', 'deg celsius', 'deg c', 'degrees c', 'degree c', 'degc', '°c', '° c', '° celsius', 'celsius', 'celcius', 'centigrade', 'centigrate'], newsquant: 'celsius' },
  { id: 'degF', kind: 'temperature', words: ['degrees fahrenheit', 'degree fahrenheit', 'degrees farenheit', 'deg fahrenheit', 'deg f', 'degrees f', 'degree f', 'degf', '°f', '° f', '° fahrenheit', 'fahrenheit', 'farenheit'], newsquant: 'fahrenheit' },
  { id: 'rad', kind: 'other', words: ['radians', 'radian', 'rad'], newsquant: 'radian' },
  { id: 'degree', kind: 'other', words: ['degrees', 'degree', 'deg', '°'], newsquant: 'degree' },
  // energy and power
  { id: 'kWh', kind: 'energy', words: ['kilowatt-hours', 'kilowatt hours', 'kilowatt-hour', 'kilowatt hour', 'kwh'], newsquant: 'kilowatt hour' },
  { id: 'MWh', kind: 'energy', words: ['megawatt-hours', 'megawatt hours', 'megawatt-hour', 'megawatt hour', 'mwh'], newsquant: 'megawatt hour' },
  { id: 'GWh', kind: 'energy', words: ['gigawatt-hours', 'gigawatt hours', 'gigawatt-hour', 'gigawatt hour', 'gwh'], newsquant: 'gigawatt hour' },
  { id: 'mAh', kind: 'energy', words: ['milliampere-hours', 'milliampere hours', 'mah'], newsquant: 'milliampere-hour' },
  { id: 'W', kind: 'power', words: ['watts', 'watt', 'w'], newsquant: 'watt' },
  { id: 'kW', kind: 'power', words: ['kilowatts', 'kilowatt', 'kw'], newsquant: 'kilowatt' },
  { id: 'MW', kind: 'power', words: ['megawatts', 'megawatt', 'mw'], newsquant: 'megawatt' },
  { id: 'GW', kind: 'power', words: ['gigawatts', 'gigawatt', 'gw'], newsquant: 'gigawatt' },
  { id: 'hp', kind: 'power', words: ['horsepower', 'hp', 'bhp'], newsquant: 'horsepower' },
  { id: 'V', kind: 'power', words: ['volts', 'volt', 'v'], newsquant: 'volt' },
  { id: 'kV', kind: 'power', words: ['kilovolts', 'kilovolt', 'kv'], newsquant: 'kilovolt' },
  { id: 'F', kind: 'power', words: ['farads', 'farad'], newsquant: 'farad' },
  // data and frequency
  { id: 'TB', kind: 'data', words: ['terabytes', 'terabyte', 'tb'], newsquant: 'terabyte' },
  { id: 'GB', kind: 'data', words: ['gigabytes', 'gigabyte', 'gb'], newsquant: 'gigabyte' },
  { id: 'MB', kind: 'data', words: ['megabytes', 'megabyte', 'mb'], newsquant: 'megabyte' },
  { id: 'Mbps', kind: 'data', words: ['megabits per second', 'mbps', 'mbit/s'], newsquant: 'megabit per second' },
  { id: 'Gbps', kind: 'data', words: ['gigabits per second', 'gbps'], newsquant: 'gigabit per second' },
  { id: 'Hz', kind: 'frequency', words: ['hertz', 'hz'], newsquant: 'hertz' },
  { id: 'kHz', kind: 'frequency', words: ['kilohertz', 'khz'], newsquant: 'kilohertz' },
  { id: 'MHz', kind: 'frequency', words: ['megahertz', 'mhz'], newsquant: 'megahertz' },
  { id: 'GHz', kind: 'frequency', words: ['gigahertz', 'ghz'], newsquant: 'gigahertz' },
  { id: 'rpm', kind: 'frequency', words: ['revolutions per minute', 'rpm'], newsquant: 'revolutions per minute' },
  { id: 'ppm', kind: 'other', words: ['parts per million', 'ppm'], newsquant: 'part per million' },
  { id: 'ppb', kind: 'other', words: ['parts per billion', 'ppb'], newsquant: 'parts-per-billion' },
  { id: 'lbft', kind: 'other', words: ['pound-feet', 'pound-foot', 'lb-ft'], newsquant: 'pound-foot' },
  { id: 'point', kind: 'other', words: ['points', 'point', 'pts', 'pt'], newsquant: 'point' },
  { id: 'ppg', kind: 'other', words: ['points per game', 'ppg'], newsquant: 'point per game' },
  { id: 'rpg', kind: 'other', words: ['rebounds per game', 'rpg'], newsquant: 'rebound per game' },
  { id: 'apg', kind: 'other', words: ['assists per game', 'apg'], newsquant: 'assist per game' },
  // multipliers: "6.5 times earnings", "grew sixfold", "a 3-fold rise"
  { id: 'times', kind: 'other', words: ['times', 'fold'], newsquant: 'count' },
  // time: durations and ages are recognised so they can be kept out of the claims
  { id: 'year', kind: 'time', words: ['years', 'year', 'yrs', 'yr'], newsquant: 'year' },
  { id: 'month', kind: 'time', words: ['months', 'month'], newsquant: 'month' },
  { id: 'week', kind: 'time', words: ['weeks', 'week'], newsquant: 'week' },
  { id: 'day', kind: 'time', words: ['days', 'day'], newsquant: 'day' },
  { id: 'hour', kind: 'time', words: ['hours', 'hour', 'hrs', 'hr'], newsquant: 'hour' },
  { id: 'minute', kind: 'time', words: ['minutes', 'minute', 'mins', 'min'], newsquant: 'minute' },
  { id: 'second', kind: 'time', words: ['seconds', 'second', 'secs', 'sec'], newsquant: 'second' },
  { id: 'millisecond', kind: 'time', words: ['milliseconds', 'millisecond', 'ms'], newsquant: 'millisecond' },
  { id: 'decade', kind: 'time', words: ['decades', 'decade'], newsquant: 'decade' },
  { id: 'century', kind: 'time', words: ['centuries', 'century'], newsquant: 'century' },
];

export const UNIT_BY_ID: ReadonlyMap<string, UnitDef> = new Map(UNITS.map((u) => [u.id, u]));

/** Unit words that are also ordinary words: they count as units only right after a figure written in digits. */
export const AMBIGUOUS_UNIT_WORDS = new Set(['m', 'g', 'w', 'v', 'in.', 'real', 'won', 'rand', 'try', 'rub', 'pt', 'point', 'points', 'pc', 'b', 'min', 'sec', 'second', 'gt', 'ha', 'bp', 'mi', 'pound', 'pounds', 'dm', 'ms', 'rad', 'cup', 'cups', 'kn', 'p']);

export const UNIT_BY_WORD: ReadonlyMap<string, UnitDef> = (() => {
  const m = new Map<string, UnitDef>();
  for (const u of UNITS) for (const w of u.words) if (!m.has(w)) m.set(w, u);
  return m;
})();

/** Every beginning of a unit word or phrase ("sq", "square f"…): a phrase that is none of them begins no longer one either. */
export const UNIT_WORD_PREFIXES: ReadonlySet<string> = new Set([...UNIT_BY_WORD.keys()].flatMap((w) => Array.from({ length: w.length }, (_, k) => w.slice(0, k + 1))));

export const UNIT_BY_SYMBOL: ReadonlyMap<string, UnitDef> = (() => {
  const m = new Map<string, UnitDef>();
  for (const u of UNITS) for (const s of u.symbols ?? []) if (!m.has(s)) m.set(s, u);
  return m;
})();

/** The longest unit phrase, in words, for bounded look-ahead. */
export const MAX_UNIT_WORDS = Math.max(...UNITS.flatMap((u) => u.words.map((w) => w.split(/\s+/).length)));
