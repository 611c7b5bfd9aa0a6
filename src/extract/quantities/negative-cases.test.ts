/**
 * Numbers that are not claims. Every false positive found goes here, with the
 * sentence it was found in (or one like it) and why it is not a claim.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../test-support/figures.js';

const CASES: readonly [sentence: string, figure: string, reason: string][] = [
  // model and product names
  ['Russia agreed to provide MiG-29 and Su-27 fighter jets to North Korea.', '29', 'identifier'],
  ['Russia agreed to provide MiG-29 and Su-27 fighter jets to North Korea.', '27', 'identifier'],
  ['It fired KN-23 ballistic missiles.', '23', 'identifier'],
  ['Covid-19 cases fell sharply.', '19', 'identifier'],
  ['The Airbus A320 landed safely.', '320', 'identifier'],
  ['Leaders met at the G7 summit.', '7', 'identifier'],
  ['The iPhone 11 sold well.', '11', 'identifier'],
  ['The Boeing 737 MAX was grounded.', '737', 'identifier'],
  ['Another aim is to make 5G available to more users.', '5', 'identifier'],
  ['The car passed the ISO 3888-2 test.', '3888', 'identifier'],
  ['The car passed the ISO 3888-2 test.', '2', 'identifier'],
  ['Fans remember the Kick Six win over Alabama.', 'Six', 'identifier'],
  // numbered things and markers
  ['See page 5 of the report.', '5', 'identifier'],
  ['Nato invoked Article 5 for the first time.', '5', 'identifier'],
  ['Passengers boarded flight 370 in Kuala Lumpur.', '370', 'identifier'],
  ['Reasons: (1) the cost and (2) the risk.', '1', 'list-marker'],
  ['Code 09 was used.', '09', 'identifier'],
  ['He owns a house at 49 Zorro Ranch Road in New Mexico.', '49', 'address'],
  ['Properties include 9 E 71st St in Manhattan.', '9', 'address'],
  // years, dates, times of day
  ['They were sent to Kursk in 2024.', '2024', 'year'],
  ['The deal was signed in June 2024.', '2024', 'year'],
  ['Keytruda’s 2018 sales jumped.', '2018', 'year'],
  ['This was the first time since 2021.', '2021', 'year'],
  ['Music of the 1990s returned.', '1990', 'year'],
  ['The temple was built between A.D. 1000 and 1260.', '1000', 'year'],
  ['The temple was built between A.D. 1000 and 1260.', '1260', 'year'],
  ['The strike came on April 27, 2025.', '27', 'date'],
  ['The year ended Oct. 31 with a loss.', '31', 'date'],
  ['The vote is on the 27th of May.', '27', 'ordinal'],
  ['Posted 2019-09-01T10:38:07.190Z by staff.', '2019', 'date'],
  ['Updated at 5:55 a.m. ET on Monday.', '5', 'time-of-day'],
  ['Updated at 5:55 a.m. ET on Monday.', '55', 'time-of-day'],
  ['Trading closed at 1.05am.', '1.05', 'time-of-day'],
  ['The session opens at 10.30 BST.', '10.30', 'time-of-day'],
  // phone numbers
  ['Call +44 20 7946 0958 for details.', '+44', 'phone-number'],
  ['Call 555-123-4567 for details.', '555', 'phone-number'],
  // idioms and references
  ['He is one of the richest men in Russia.', 'one', 'idiom'],
  ['No one was hurt.', 'one', 'idiom'],
  ['The leaders of the two countries met.', 'two', 'referring'],
  ['Sanctions hit Russia’s two largest oil companies.', 'two', 'referring'],
  ['The production-four-door lap record stands.', 'four', 'compound'],
  ['The 2014-15 Highlander offered more options.', '2014', 'year'],
  ['The 2014-15 Highlander offered more options.', '15', 'year'],
  ['It had a six-speed automatic transmission.', 'six', 'compound'],
  ['It has a 5-door body.', '5', 'compound'],
  ['Sea levels could rise 11 feet by 2120.', '2120', 'year'],
  ['An office at 16-18 Industrial Avenue was leased.', '16', 'address'],
  // scores
  ['Bristol City beat Charlton 2-1 on Saturday.', '2', 'score'],
  ['Thompson tied Game 7 at 89-89.', '89', 'score'],
];

describe('not claims', () => {
  it.each(CASES)('%s → %s is not a claim (%s)', (sentence, figure, reason) => {
    const found = figuresOf(sentence).filter((f) => f.text === figure || f.text.replace(/^[-+]/, '') === figure.replace(/^[-+]/, '') || f.text.startsWith(figure));
    expect(found.length, JSON.stringify(figuresOf(sentence).map((f) => f.text))).toBeGreaterThan(0);
    for (const f of found) expect([f.role, f.reason]).toEqual(['excluded', reason]);
  });

  it.each([
    ['They died within three months of fighting.', 'three months', 'time'],
    ['One day the war will end.', 'One day', 'time'],
    ['It was Russia’s more than three-year war in Ukraine.', 'more than three-year', 'time'],
    ['Putin’s letter came three days ahead of the summit.', 'three days', 'time'],
    ['A 25-year-old man was arrested.', '25-year-old', 'age'],
    ['She had sex with the 15 year-old students.', '15 year-old', 'age'],
    ['Men aged 18 to 34 were drafted.', '18 to 34', 'age'],
    ['Senard, 65, now faces the task.', '65', 'age'],
    ['5 million children under the age of 5 years died.', 'under the age of 5 years', 'age'],
  ])('%s → %s is a %s, not a claim', (sentence, figure, role) => {
    const f = figuresOf(sentence).find((x) => x.text === figure);
    expect(f?.role, JSON.stringify(figuresOf(sentence).map((x) => [x.text, x.role]))).toBe(role);
  });
});
