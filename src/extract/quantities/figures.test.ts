/** The figures stage on whole sentences: what each refiner adds. */
import { describe, expect, it } from 'vitest';
import { claim, claimsOf, figuresOf } from '../../test-support/figures.js';

describe('qualifiers', () => {
  it.each([
    ['As many as 4,000 troops have been killed.', 'As many as 4,000', 'at_most', null, 4000],
    ['Up to 300 people fled.', 'Up to 300', 'at_most', null, 300],
    ['At least 1,000 soldiers died.', 'At least 1,000', 'at_least', 1000, null],
    ['More than 10,000 soldiers were sent.', 'More than 10,000', 'more_than', 10000, null],
    ['Just over 100 casualties were acknowledged.', 'Just over 100', 'more_than', 100, null],
    ['Upwards of 500 protesters marched.', 'Upwards of 500', 'more_than', 500, null],
    ['Fewer than 20 people attended.', 'Fewer than 20', 'less_than', null, 20],
    ['Some 6,000 soldiers died.', 'Some 6,000', 'approx', 6000, 6000],
    ['Around 600 soldiers were killed.', 'Around 600', 'approx', 600, 600],
    ['Nearly 600 soldiers were killed.', 'Nearly 600', 'approx', 600, 600],
    ['An estimated 5,000 people fled.', 'An estimated 5,000', 'approx', 5000, 5000],
    ['Close to 600 were killed.', 'Close to 600', 'approx', 600, 600],
    ['We saw 50 people or more at the rally.', '50 people or more'.replace(' people', ''), 'at_least', 50, null],
    ['About 5,000-plus troops remain.', '5,000-plus', 'at_least', 5000, null],
  ])('%s', (text, figure, qualifier, low, high) => {
    const found = claimsOf(text).find((f) => f.text.includes(figure) || figure.includes(f.text))!;
    expect(found).toMatchObject({ qualifier, low, high });
  });

  it('does not read "over the past" as a qualifier', () => {
    expect(claim('Over the past year 300 people were displaced.', '300').qualifier).toBe('exact');
  });
});

describe('units and currencies', () => {
  it.each([
    ['They paid $200 million.', '$200 million', 'USD', 2e8],
    ['It received US$5m in aid.', 'US$5m', 'USD', 5e6],
    ['Revenue was HK $3.7 billion.', 'HK $3.7 billion', 'HKD', 3.7e9],
    ['Wealth reached $US113 trillion.', '$US113 trillion', 'USD', 113e12],
    ['They were fined €5,000.', '€5,000', 'EUR', 5000],
    ['The deal is worth 3 billion roubles.', '3 billion roubles', 'RUB', 3e9],
    ['It costs 500 won.', '500 won', 'KRW', 500],
    ['60% of shells were North Korean.', '60%', 'percent', 60],
    ['Prices rose 60 per cent.', '60 per cent', 'percent', 60],
    ['The road is 25km long.', '25km', 'km', 25],
    ['The display is a 6.1-inch screen.', '6.1-inch', 'in', 6.1],
    ['It weighs 9 million tonnes.', '9 million tonnes', 'tonne', 9e6],
    ['Winds reached 155mph.', '155mph', 'mph', 155],
    ['Seoul pledged 2 billion South Korean won.', '2 billion South Korean won', 'KRW', 2e9],
    ['The zone covers 1,200 square kilometres.', '1,200 square kilometres', 'km2', 1200],
    ['It covers 40 sq km of land.', '40 sq km', 'km2', 40],
  ])('%s', (text, figure, unit, value) => {
    expect(claim(text, figure)).toMatchObject({ unit, low: value });
  });

  it.each([
    ['It was 98.6 degrees f.', '98.6 degrees f', 'degF'],
    ['It was 10.5 celcius.', '10.5 celcius', 'degC'],
    ['Water boils at 100° Celsius.', '100° Celsius', 'degC'],
    ['Shares rose 6.5% to 164p.', '164p', 'GBp'],
    ['It comes with a 5 W charger.', '5 W', 'W'],
    ['He averaged 15.3 ppg.', '15.3 ppg', 'ppg'],
    ['The altitude was 30\' when it hit.', "30'", 'ft'],
  ])('%s', (text, figure, unit) => {
    expect(claim(text, figure).unit).toBe(unit);
  });

  it('shares a unit written once across "or" without making a range', () => {
    expect(claimsOf('A meal costs eight or nine euros.').map((f) => [f.text, f.unit, f.qualifier])).toEqual([
      ['eight', 'EUR', 'exact'],
      ['nine euros', 'EUR', 'exact'],
    ]);
  });

  it('records a rate', () => {
    expect(claim('North Korea receives $200 million a year.', '$200 million a year')).toMatchObject({ unit: 'USD', per: 'year' });
    expect(claim('Revenue rose to $7.36 billion from $6.78 billion a year earlier.', '$6.78 billion').per).toBeNull();
  });

  it('takes the unit of a count from what it counts', () => {
    expect(claim('North Korea sent 14,000 troops.', '14,000').unit).toBe('person');
    expect(claim('It sent over 15,000 containers of weapons.', 'over 15,000').unit).toBe('container');
  });
});

describe('ranges', () => {
  it.each([
    ['It plans to send an additional 25,000 to 30,000 troops.', '25,000 to 30,000', 25000, 30000],
    ['Between 5 and 7 million people fled.', 'Between 5 and 7 million', 5e6, 7e6],
    ['Prices range from $1 to $1.5 million.', 'from $1 to $1.5 million', 1e6, 1.5e6],
    ['Growth is 5 to 7 per cent.', '5 to 7 per cent', 5, 7],
  ])('%s', (text, figure, low, high) => {
    expect(claim(text, figure)).toMatchObject({ qualifier: 'range', low, high });
  });

  it.each([
    ['Around 11,000-12,000 troops fought.', 'Around 11,000-12,000', 11000, 12000],
    ['Adults need about 2000 - 2500 calories a day.', 'about 2000 - 2500', 2000, 2500],
    ['Each sack weighs ~25 – 40 kg.', '~25 – 40 kg', 25, 40],
  ])('an approximate range: %s', (text, figure, low, high) => {
    expect(claim(text, figure)).toMatchObject({ qualifier: 'approx_range', low, high });
  });

  it('only an approximating word qualifies a range', () => {
    expect(claim('It sent more than 11,000 to 12,000 troops.', '11,000 to 12,000').qualifier).toBe('range');
  });

  it('keeps a change and the level it reached apart', () => {
    const found = claimsOf('Shares rose by 50 to 300 points.');
    expect(found.map((f) => [f.text, f.change, f.trend])).toEqual([
      ['50', 'up', null],
      ['300 points', null, 'up'],
    ]);
  });

  it('reads a transition written backwards', () => {
    const found = figuresOf('Volume narrowed to 138,285 lots from 212,577 lots.');
    expect(found.map((f) => [f.text, f.trend])).toEqual([
      ['138,285', 'down'],
      ['212,577', null],
    ]);
  });

  it('reads a result as a score, not a range', () => {
    expect(figuresOf('Bristol City beat Charlton 2-1 on Saturday.').map((f) => f.reason)).toEqual(['score', 'score']);
  });
});

describe('what is counted', () => {
  it.each([
    ['As many as 4,000 North Korean troops have been killed.', 'As many as 4,000', 'North Korean troops'],
    ['Some 15,000 troops were sent.', 'Some 15,000', 'troops'],
    ['It sent over 15,000 containers of weapons since 2023.', 'over 15,000', 'containers of weapons'],
    ['North Korea provided millions of artillery shells.', 'millions', 'artillery shells'],
    ['60% of artillery shells fired by Russian forces were North Korean.', '60%', 'artillery shells'],
    ['Kyiv paraded two North Korean soldiers its forces had captured.', 'two', 'North Korean soldiers'],
    ['An additional 2,000 heavily armed troops arrived.', 'An additional 2,000'.replace('An additional ', ''), 'heavily armed troops'],
  ])('%s', (text, figure, counted) => {
    expect(claim(text, figure).counted).toBe(counted);
  });

  it('takes an elided counted thing from the figure it refers to', () => {
    const text = 'North Korea has sent 14,000 troops, including 3,000 dispatched earlier this year.';
    expect(claim(text, '3,000')).toMatchObject({ counted: 'troops', unit: 'person', measure: 'deployed' });
    const parts = 'Around 4,000 of the original 11,000 North Korean soldiers were killed or injured.';
    expect(claim(parts, 'Around 4,000')).toMatchObject({ counted: 'North Korean soldiers', measure: 'casualties' });
    expect(claim(parts, '11,000')).toMatchObject({ counted: 'North Korean soldiers', measure: 'deployed' });
    const figure = 'While Pyongyang has acknowledged just over 100 casualties, lawmakers have claimed a figure close to 600.';
    expect(claim(figure, 'close to 600')).toMatchObject({ counted: 'casualties', measure: 'casualties' });
    const more = 'Around 600 soldiers have been killed and thousands more wounded.';
    expect(claim(more, 'thousands')).toMatchObject({ counted: 'soldiers', measure: 'wounded' });
  });

  it('links a part to the whole it follows ("including", "among them", "of whom"), not across units', () => {
    const text = 'North Korea has sent 14,000 troops, including 3,000 dispatched earlier this year.';
    expect(claim(text, '3,000').partOf).toBe('14,000');
    expect(claim(text, '14,000').partOf).toBeNull();
    expect(claim('The strike killed 300 people, among them 40 children.', '40').partOf).toBe('300');
    expect(claim('Police held 1,200 protesters, of whom 70 were later freed.', '70').partOf).toBe('1,200');
    expect(claim(parts(), 'Around 4,000').partOf).toBe('11,000');
    // "9 million shells" is no part of "15,000 containers"
    expect(claim('It sent over 15,000 containers of weapons, with shipments including 9 million shells.', '9 million').partOf).toBeNull();
    // nor is a figure that merely follows another
    expect(claim('Russia sent 5,000 troops and Belarus sent 2,000 troops.', '2,000').partOf).toBeNull();
  });
});

function parts(): string {
  return 'Around 4,000 of the original 11,000 North Korean soldiers were killed or injured.';
}

describe('measures', () => {
  it.each([
    ['Some 6,000 soldiers died fighting.', 'Some 6,000', 'killed'],
    ['As many as 4,000 troops have been killed or wounded.', 'As many as 4,000', 'casualties'],
    ['Pyongyang acknowledged just over 100 casualties.', 'just over 100', 'casualties'],
    ['Officials said 300 people were injured.', '300', 'wounded'],
    ['North Korea has sent 14,000 troops.', '14,000', 'deployed'],
    ['North Korea sent over 15,000 containers of weapons.', 'over 15,000', 'supplied'],
    ['Police arrested 120 protesters.', '120', 'captured'],
    ['The flood displaced 20,000 residents.', '20,000', 'displaced'],
    ['Some 50,000 people marched in the capital.', 'Some 50,000', 'protesters'],
    ['Officials confirmed 500 new cases.', '500', 'cases'],
    ['Russia says it destroyed 12 tanks.', '12', 'destroyed'],
    ['Troops seized 40 rifles.', '40', 'seized'],
    ['North Korea receives approximately $200 million.', 'approximately $200 million', 'money'],
    ['60% of the shells were North Korean.', '60%', 'share'],
    ['Their sheer numbers, around 11,000 to 12,000 troops, are a problem.', 'around 11,000 to 12,000', 'deployed'],
    ['It shipped 9 million shells, hundreds of launchers and missiles.', 'hundreds', 'supplied'],
  ])('%s', (text, figure, measure) => {
    expect(claim(text, figure).measure).toBe(measure);
  });
});

describe('change and modality', () => {
  it('tells changes from levels', () => {
    expect(claim('Healthcare dropped 1.61%.', '1.61%').change).toBe('down');
    expect(claim('The index was up about 19 per cent.', 'about 19 per cent').change).toBe('up');
    expect(claim('There was a 5% rise in prices.', '5%').change).toBe('up');
    expect(claim('Dow +0.2% on Friday.', '+0.2%').change).toBe('up');
    expect(claim('The defense gave up 517 rushing yards.', '517').change).toBeNull();
    expect(claim('Russia has lost 5,000 troops.', '5,000')).toMatchObject({ change: null, measure: 'casualties' });
  });

  it('keeps the word that says a figure changed', () => {
    expect(claim('Healthcare dropped 1.61%.', '1.61%').changeCue).toBe('dropped (verb)');
    expect(claim('There was a 5% rise in prices.', '5%').changeCue).toBe('rise (noun)');
    expect(claim('Jobs saw an increase of 60,600.', '60,600').changeCue).toBe('increase (noun)');
    expect(claim('Dow +0.2% on Friday.', '+0.2%').changeCue).toBe('+ (sign)');
    expect(claim('The population is 5,000.', '5,000').changeCue).toBeNull();
  });

  it.each([
    ['The brand is expected to grow sales by 35 per cent.', '35 per cent', 'up', null],
    ['Operating profit was revised upward by $40 billion.', '$40 billion', 'up', null],
    ['The index lost 1.1% to end at 1,334.20.', '1,334.20', null, 'down'],
    ['Wuliangye rose 8.1 percent to 99.20 yuan.', '99.20 yuan', null, 'up'],
    ['Nintendo plunged 4.28 percent to Y=28,030.', 'Y=28,030', null, 'down'],
  ])('%s', (text, figure, change, trend) => {
    expect(claim(text, figure)).toMatchObject({ change, trend });
  });

  it('reads "Y=" as the yen sign of ASCII wire copy', () => {
    expect(claim('Sony expects a net profit of Y=590 billion.', 'Y=590 billion')).toMatchObject({ unit: 'JPY', low: 590e9 });
  });

  it('gives every conversion in the brackets the qualifier it converts', () => {
    expect(claim('It makes just under 296 hp (224 kW / 300 PS).', '300').qualifier).toBe('less_than');
  });

  it.each([
    ['North Korea plans to send an additional 25,000 to 30,000 troops.', '25,000 to 30,000', 'planned'],
    ['The war could kill 10,000 people.', '10,000', 'possible'],
    ['Moscow denied sending 5,000 troops.', '5,000', 'denied'],
    ['An estimated 5,000 people fled.', 'An estimated 5,000', 'estimated'],
    ['It supplied some 15,000 troops, according to South Korean estimates.', 'some 15,000', 'estimated'],
    ['North Korea has sent 14,000 troops.', '14,000', 'asserted'],
  ])('%s', (text, figure, modality) => {
    expect(claim(text, figure).modality).toBe(modality);
  });
});

describe('time scope, restatements, and what a figure is about', () => {
  it('ties a duration to the claim in its clause, and keeps it out of the claims', () => {
    const figures = figuresOf('At least 1,000 soldiers died within three months of fighting.');
    expect(figures.map((f) => [f.text, f.role])).toEqual([
      ['At least 1,000', 'claim'],
      ['three months', 'time'],
    ]);
    expect(figures[0]!.time).toBe('within three months');
  });

  it('gives a conversion and a restatement the qualifier and change they restate', () => {
    expect(claim('Moths fly more than 100 kilometers (60 miles).', '60 miles')).toMatchObject({ qualifier: 'more_than', low: 60, high: null });
    expect(claim('The Dow lost 190 points, or 0.6%.', '0.6%').change).toBe('down');
  });

  it('finds what a figure is about', () => {
    expect(claim('The Dow Jones Industrial Average lost 190 points.', '190 points').about).toBe('Dow Jones Industrial Average');
    expect(claim('It will boost the driving range by about 35 miles.', 'about 35 miles').about).toBe('driving range');
    expect(claim('It is powered by a 6kW electric motor.', '6kW').about).toBe('electric motor');
    expect(claim('Revenue in the quarter rose to $7.36 billion.', '$7.36 billion').about).toBe('Revenue in the quarter');
  });

  it.each([
    // the noun an amount modifies
    ['It is hard to find 50 foot building lots in Pickering.', '50 foot', 'building lots'],
    ['Apple One comes with 50GB storage.', '50GB', 'storage'],
    ['They enjoy the 640bhp 5.2 litre V10 engine all the more.', '640bhp', 'V10 engine'],
    ['Lenders offer 95 per cent loan-to-value mortgages.', '95 per cent', 'loan-to-value mortgages'],
    ['It took a five-year, 1.8 billion-mile (2.8bn km) journey from Earth.', '1.8 billion-mile', 'journey'],
    ['Chipmakers produce sub-7 nanometer ICs.', 'sub-7 nanometer', 'ICs'],
    ['The US approved $200 million in military aid.', '$200 million', 'military aid'],
    ['A Louisville defense that gave up 517 rushing yards fared badly.', '517', 'Louisville defense'],
    ['The Japanese yen also saw further strengthening to trade at 132.86.', '132.86', 'Japanese yen'],
    ["London's blue chip index has lost 162.31 points, or 2.14%, to fall to 7,425.81.", '7,425.81', "London's blue chip index"],
    ['The Samsung phone has a larger battery than the iPhone 12 Pro Max with 3687 mAh.', '3687 mAh', 'iPhone 12 Pro Max'],
    ['He was traveling at a speed of 15-22 miles per hour.', '15-22 miles per hour', 'speed'],
    // not a time, a size adjective, a name or a clause after the figure
    ['Healthcare dropped 1.61% Tuesday.', '1.61%', 'Healthcare'],
    ['The small country is about 90 miles wide.', 'about 90 miles', 'small country'],
    ['The December gold contract was up $31.20 US.', '$31.20', 'December gold contract'],
    ['Samples came in below the guideline of 15 ppb requiring action.', '15 ppb', 'guideline'],
    // a change is about what changed
    ['There was a 60 basis point improvement in its retail gross margins.', '60 basis point', 'retail gross margins'],
    // the whole of a share or a measure
    ['The lobby group found 81% of manufacturers reported difficulties.', '81%', 'manufacturers'],
    ['Add 50mL of concentrated sulfuric acid.', '50mL', 'concentrated sulfuric acid'],
    // the subject, through a chain of verbs, an aside or a placeholder
    ['Pension Credit was set to rise by 10.1 percent next year.', '10.1 percent', 'Pension Credit'],
    ['Growth across EM has been forecast to slow slightly to 4.7 percent.', '4.7 percent', 'Growth across EM'],
    ['Healthcare fell 2%, while energy rose 0.94% to 5.1%.', '5.1%', 'energy'],
    ['Global debt, excluding financial institutions, was about $113 trillion.', 'about $113 trillion', 'Global debt'],
    ['The new launches will offer a combined 435 homes.', '435', 'new launches'],
    ['Those passengers paid a total of $216,925 for flights.', '$216,925', 'passengers'],
    ['The set will cost $200.', '$200', 'set'],
    ['Half the condos, which range from $800,000 to $1.3 million, have sold.', 'from $800,000 to $1.3 million', 'condos'],
    ['The TA-125 lost 1.1% to end at 1,334.20.', '1.1%', 'TA-125'],
    ['The blue-chip TA-35 index gained 1% to close at 1,478 points.', '1,478 points', 'blue-chip TA-35 index'],
    ['The EcoBoost engine was tuned by M-Sport to produce just under 296 hp.', 'just under 296 hp', 'EcoBoost engine'],
    // the name a bracket follows, or an equals sign
    ['Key players: G Hunter Maldonado (15.3 ppg, 7.4 rpg).', '7.4 rpg', 'G Hunter Maldonado'],
    ['The floor area ≈ 32m2.', '32m2', 'floor area'],
    // a noun phrase before "at"
    ['Unemployment at 5% is near a record low.', '5%', 'Unemployment'],
    ['Readings showed ozone levels at 90 parts per billion.', '90 parts per billion', 'ozone levels'],
    // a pronoun subject stands for the noun phrase that opens the sentence
    ['Toyota said on Monday that it would cut 5,000 jobs.', '5,000', 'Toyota'],
    ['But Netflix is growing fast: it is thought to have 20m subscribers in Asia.', '20m', 'Netflix'],
    // a pronoun that a preposition takes
    ['The temperature inside it was 40 degrees Celsius.', '40 degrees Celsius', 'temperature inside it'],
    // a name as the whole of a share, a change noun's modifier, an -ing verb's object before "by"
    ['The fund bought 8% of Tesla last year.', '8%', 'Tesla'],
    ['Commuters face a 4% fare increase.', '4%', 'fare'],
    ['The landlord is accused of hiking rents by up to $200.', 'up to $200', 'rents'],
    // past auxiliaries and adverbs to the main verb, past a time phrase to the subject
    ['The update will also raise the top speed by 10 mph.', '10 mph', 'top speed'],
    ['Sales in 2018 rose 12%.', '12%', 'Sales'],
    // what money is paid for, when nothing else says
    ['Prices: from $12,000 for the base model.', '$12,000', 'base model'],
    ['Engineers used a 5W laser for heating.', '5W', 'laser'],
  ])('%s → %s is about %s', (text, figure, about) => {
    expect(claim(text, figure).about).toBe(about);
  });

  it('finds nothing rather than a function word, a time or another figure', () => {
    expect(claim('With eight more picks the team went all over the map.', 'eight').about).toBeNull();
    expect(claim('Among his approximately 300 recorded songs were hits.', 'approximately 300').about).toBeNull();
    expect(claim("However, I'm sure it cost $5 million.", '$5 million').about).toBeNull();
    expect(claim('The goalie was strong again with 26 saves.', '26').about).toBe('goalie');
    expect(claim('The price rose 5% next year.', '5%').about).toBe('price');
    // a verb, not a noun: after a pronoun, before a determiner, after "to" or a plural, in "in order to"
    expect(claim('I make $15, work 40 hours a week.', '40 hours a week').about).toBeNull();
    expect(claim('Only 3 percent see the plan working.', '3 percent').about).toBeNull();
    expect(claim('The index rose to close at 1,478 points.', '1,478 points').about).toBe('index');
    expect(claim('Prices start at $25,000.', '$25,000').about).not.toBe('Prices start');
    expect(claim('We traded down in order to add another pick or two.', 'two').about).toBeNull();
  });

  it('gives a figure that continues another what that one is about', () => {
    const profit = figuresOf('Sony expects an operating profit of $8 billion, up $1 billion from its last forecast.');
    expect(profit.map((f) => f.about)).toEqual(['operating profit', 'operating profit']);
    const guidance = figuresOf('It cut its revenue forecast to $84 billion, down from the $89 to $93 billion it had projected.');
    expect(guidance.map((f) => f.about)).toEqual(['revenue forecast', 'revenue forecast']);
    const rent = figuresOf('The council cut the rent by $100 - from $900 to $800.');
    expect(rent.map((f) => f.about)).toEqual(['rent', 'rent']);
    // another noun between them: the second is about its own thing
    const two = figuresOf('Oil rose 2% to $80, while gold fell 1% to $1,900.');
    expect(two.map((f) => f.about)).toEqual(['Oil', 'Oil', 'gold', 'gold']);
  });

  it('gives the figures of clauses that leave out their verb what those in the first clause are about', () => {
    const homes = figuresOf('Homes under $500,000 sold in 20 days on average; $500,000 to $1 million, 35 days; and over $1 million, 60 days.');
    expect(homes.map((f) => [f.text, f.about])).toEqual([
      ['under $500,000', 'Homes'],
      ['20 days', 'Homes'],
      ['$500,000 to $1 million', 'Homes'],
      ['35 days', 'Homes'],
      ['over $1 million', 'Homes'],
      ['60 days', 'Homes'],
    ]);
    // a clause that names its own subject keeps it
    expect(claim('Apples cost $2; pears, $3.', '$3').about).not.toBe('Apples');
  });

  it('gives a conversion what the figure it converts is about', () => {
    expect(claim('Shares went to the offer of C $6 (US $4.46) per share.', 'US $4.46').about).toBe(claim('Shares went to the offer of C $6 (US $4.46) per share.', 'C $6').about);
  });
});
