import { describe, expect, it } from 'vitest';
import { analysed, attributionsOf, claimantsOfClaims } from '../../test-support/attributions.js';

const one = (text: string) => {
  const found = attributionsOf(text);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
};

describe('attribution cues', () => {
  it('reads "X said that …" with the complementiser in the content and the stop left out', () => {
    expect(one('The ministry said that 300 soldiers died.')).toMatchObject({ source: 'The ministry', cue: 'said', content: 'that 300 soldiers died' });
  });

  it('keeps auxiliaries and adverbs in the cue: "has claimed", "previously stated"', () => {
    expect(one('The British defence ministry has claimed that some 6,000 soldiers died.')).toMatchObject({ source: 'The British defence ministry', cue: 'has claimed' });
    expect(one('Western officials previously stated that at least 1,000 soldiers died.')).toMatchObject({ source: 'Western officials', cue: 'previously stated' });
  });

  it('reads the source after the content: "…, a source said." and "…, X told reporters."', () => {
    expect(one('The convoy left at dawn, a source said.')).toMatchObject({ source: 'a source', cue: 'said', content: 'The convoy left at dawn' });
  });

  it('reads an inverted cue: "…, said Mr Kim."', () => {
    expect(one('The ceremony will be held next week, said Mr Kim.')).toMatchObject({ source: 'Mr Kim', cue: 'said', content: 'The ceremony will be held next week' });
  });

  it('reads a cue in the middle of its content as two pieces: "The plan, he said, is …"', () => {
    expect(one('The plan, he said, is to leave by Friday.')).toMatchObject({ source: 'he', content: 'The plan … is to leave by Friday' });
  });

  it('reads "according to X" before, after and inside its content', () => {
    expect(one('According to state news agency KCNA, the troops returned home.')).toMatchObject({ source: 'state news agency KCNA', cue: 'According to', content: 'the troops returned home' });
    expect(one('North Korea has sent 14,000 troops, according to South Korean officials.')).toMatchObject({ source: 'South Korean officials', content: 'North Korea has sent 14,000 troops' });
    expect(one('It supplied some 15,000 troops, according to South Korean estimates, to aid the war effort.')).toMatchObject({ source: 'South Korean estimates', content: 'It supplied some 15,000 troops … to aid the war effort' });
  });

  it('reads "citing X" and "per X", but not "per cent"', () => {
    expect(one('The talks collapsed, citing two diplomats.')).toMatchObject({ source: 'two diplomats', cue: 'citing' });
    expect(one('Casualties rose sharply, per Ukrainian officials.')).toMatchObject({ source: 'Ukrainian officials', cue: 'per' });
    expect(attributionsOf('Prices rose 4 per cent in May.')).toEqual([]);
  });

  it('reads noun cues: "X reports indicate …", "X estimates indicate …"', () => {
    expect(one('Ukrainian intelligence reports indicate around 4,000 soldiers were killed.')).toMatchObject({ source: 'Ukrainian intelligence', cue: 'reports indicate', content: 'around 4,000 soldiers were killed' });
    expect(one('South Korean estimates indicate North Korea sent over 15,000 containers.')).toMatchObject({ source: 'South Korean', cue: 'estimates indicate' });
  });

  it('takes the channel into the cue and skips the addressee of "told"', () => {
    expect(one('The company said in a statement that it would appeal.')).toMatchObject({ cue: 'said in a statement', content: 'that it would appeal' });
    expect(one('A spokesman told Reuters that the base was hit.')).toMatchObject({ source: 'A spokesman', cue: 'told', content: 'that the base was hit' });
    // who is told is never who speaks, even where the speaker before "told" is not found
    expect(attributionsOf('“We are leaving,” the director of the small but busy clinic on the corner of Main Street, told The Herald.').map((a) => a.source)).not.toContain('The Herald');
  });

  it('keeps an apposition or a relative clause with its name: "X, a former commander, said"; "X, which …, said"', () => {
    expect(one('Colonel Hamish de Bretton-Gordon, a former British Army tank commander, said the troops struggle.')).toMatchObject({
      source: 'Colonel Hamish de Bretton-Gordon, a former British Army tank commander,',
      who: 'Hamish de Bretton-Gordon',
    });
    expect(one('The Kyiv School of Economics, which tracks the losses, said the line held.')).toMatchObject({ who: 'Kyiv School of Economics', content: 'the line held' });
  });

  it('keeps a list of names in one source: "Officials from South Korea, Ukraine and the United States have said"', () => {
    expect(one('Officials from South Korea, Ukraine and the United States have said as many as 4,000 troops were hurt.')).toMatchObject({
      source: 'Officials from South Korea, Ukraine and the United States',
      cue: 'have said',
    });
  });

  it('gives a participle cue the source of the clause before it: "…,” he said, adding that …"', () => {
    const found = attributionsOf('Mr Kim said the bond would last, adding that the relationship was at its peak.');
    expect(found.map((a) => [a.source, a.cue, a.content])).toEqual([
      ['Mr Kim', 'said', 'the bond would last'],
      ['Mr Kim', 'adding', 'that the relationship was at its peak'],
    ]);
  });

  it('reads a transcript speaker and a dash signature', () => {
    expect(one('WALLACE: Governor, what is your answer?')).toMatchObject({ source: 'WALLACE', cue: ':', content: 'Governor, what is your answer?' });
    expect(one('"WALLACE: Governor, what is your answer?')).toMatchObject({ source: 'WALLACE', cue: ':' });
    expect(one('“We matter too.” ― Carla Sanchez')).toMatchObject({ source: 'Carla Sanchez', cue: '―', content: '“We matter too.”' });
  });

  it('reads a quotation before "X told Y", "X said sarcastically" and "X recalled of …" as the content', () => {
    expect(one('“We were there under legitimate pretenses,” Figueroa told USA Today.')).toMatchObject({ source: 'Figueroa', cue: 'told', content: '“We were there under legitimate pretenses,”' });
    expect(one('"God forbid we ask the FBI anything," Gowdy said sarcastically.')).toMatchObject({ source: 'Gowdy', content: '"God forbid we ask the FBI anything,"' });
    expect(one('“It amazed me,” Mr. Clarke recalled of the proceedings.')).toMatchObject({ source: 'Mr. Clarke', cue: 'recalled', content: '“It amazed me,”' });
  });

  it('goes on with the quotation after the person addressed: "“…,” he told the host, “…”"', () => {
    expect(one('“Now that I am free,” he told the host, “it was hard to work there.”')).toMatchObject({ source: 'he', cue: 'told', content: '“Now that I am free,” … “it was hard to work there.”' });
  });

  it('reads a question or exclamation that ends its sentence before the source: "“…?” Graham asked."', () => {
    const found = attributionsOf('“Does anybody know what the platform is?” Graham asked.');
    expect(found).toMatchObject([{ source: 'Graham', cue: 'asked', content: '“Does anybody know what the platform is?”' }]);
  });

  it('reads an inverted source with its party, its apposition or a phrase after it', () => {
    expect(one('“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus.')).toMatchObject({ source: 'Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus', cue: 'said' });
    expect(one('“They are in a frenzy,” said one Democratic source on the panel.')).toMatchObject({ source: 'one Democratic source', cue: 'said' });
    expect(one('“To be frank, it will never go back,” said the Rev. Peter Wherry.')).toMatchObject({ source: 'the Rev. Peter Wherry' });
  });

  it('keeps a state, a party or an aside with the name before the cue', () => {
    expect(one('“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.')).toMatchObject({ source: 'Senate Majority Leader Mitch McConnell, R-Ky.,', cue: 'said Tuesday' });
    expect(one('“They would not get a deal,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said.')).toMatchObject({ source: 'Rep. Jim Jordan (R-Ohio), an oversight panel member,' });
    expect(one('Hillary Clinton, at a later press gaggle, said, “I have been briefed.”')).toMatchObject({ source: 'Hillary Clinton', content: '“I have been briefed.”' });
  });

  it('reads "the mother of three replied, “…”" with the quotation after the cue as the content', () => {
    expect(one('When pressed on the plan, the 34-year-old mother of three replied, "It is meant to help mothers."')).toMatchObject({ source: 'the 34-year-old mother of three', cue: 'replied', content: '"It is meant to help mothers."' });
  });

  it('keeps a manner adverb in the cue and gives a relative pronoun\'s cue the name it stands for', () => {
    expect(one('Marc H. Morial, who leads the League, forcefully told a young woman that "this is not the first generation."')).toMatchObject({ cue: 'forcefully told', who: 'Marc H. Morial' });
    const found = attributionsOf('The officers were met by Ms Ditto, who said the claims were false.');
    expect(found).toMatchObject([{ source: 'Ms Ditto', cue: 'said' }]);
  });

  it('takes "demanded" and "reads" as cues only right after a quotation', () => {
    expect(one('“Why is this not proof?” Vitter demanded.')).toMatchObject({ source: 'Vitter', cue: 'demanded' });
    expect(one('“We see schools offering hope,” the letter reads.')).toMatchObject({ source: 'the letter', cue: 'reads' });
    expect(attributionsOf('The protests demand that all Americans listen.')).toEqual([]);
    expect(attributionsOf('She reads the papers every morning.')).toEqual([]);
  });

  it('gives a quotation in a sentence with no cue to its named subject, and a participle with no cue before it the same', () => {
    expect(one('In an August speech, Trump attacked “the hateful ideology of radical Islam.”')).toMatchObject({ source: 'Trump', cue: 'attacked', content: '“the hateful ideology of radical Islam.”', rule: 'subject-quote' });
    expect(one('During a speech, Trump attacked Clinton for her vote, saying, "She is trigger-happy."')).toMatchObject({ source: 'Trump', cue: 'saying' });
    expect(attributionsOf('The complaint is based on standards that prohibit lawyers who “participated personally.”')).toEqual([]);
  });

  it('reads an inverted cue that opens its sentence: "Said Ellis: “…”"', () => {
    expect(one('Said Ellis: “I don’t get the sense she is interested in reform.”')).toMatchObject({ source: 'Ellis', cue: 'Said', content: '“I don’t get the sense she is interested in reform.”' });
  });

  it('gives a cue coordinated with an earlier verb the subject of the sentence', () => {
    expect(one('Donald Trump, her Republican opponent, bemoaned the unrest and said he thought that drugs were a factor.')).toMatchObject({
      source: 'Donald Trump, her Republican opponent,',
      cue: 'said',
      content: 'he thought that drugs were a factor',
    });
  });

  it('gives a participle with no cue before it a pronoun subject, and keeps a relative clause inside an apposition', () => {
    expect(one('He then defended the remark, saying, “I don’t think this is a ridiculous idea.”')).toMatchObject({ source: 'He', cue: 'saying' });
    expect(one('Douglas Brinkley, a historian who attended the session, recalled, "Out of nowhere, it was over."')).toMatchObject({ source: 'Douglas Brinkley, a historian who attended the session,', cue: 'recalled' });
  });

  it('keeps the spans of a subject-quote attribution on the source text', () => {
    const source = 'Headline\r\n\r\nIn an August speech, Trump attacked “the hateful ideology of radical Islam.”\r\n';
    const { analysis } = analysed(source);
    const [a] = analysis.attributions;
    const map = analysis.doc.map;
    expect(a?.rule).toBe('subject-quote');
    expect(source.slice(map.spanToSource(a!.source!).start, map.spanToSource(a!.source!).end)).toBe('Trump');
    expect(a!.content.map((c) => source.slice(map.spanToSource(c).start, map.spanToSource(c).end))).toEqual(['“the hateful ideology of radical Islam.”']);
  });

  it('keeps the spans of "as X put it", a fronted participle, ", per the X", a colon and an opening subject on the source text', () => {
    const source = [
      'Headline',
      'The fund needed “a miracle,”\r\nas one trader put it.',
      'After saying the vote was “rigged,” Jones left the hall.',
      'Members may not vote by proxy “to fill a vacancy,” per the party’s bylaws.',
      'The report used a line from the memo as its title: “Nobody is in charge here.”',
      'In March, three local unions rejected the offer, saying the raise was “an insult.”',
    ].join('\r\n\r\n');
    const { analysis } = analysed(source);
    const map = analysis.doc.map;
    const read = (s: { start: number; end: number }) => {
      const at = map.spanToSource(s);
      return source.slice(at.start, at.end);
    };
    const found = analysis.attributions.map((a) => [a.rule, read(a.source!), read(a.cue)]);
    expect(found).toEqual([
      ['as-put-it', 'one trader', 'put it'],
      ['participle', 'Jones', 'saying'],
      ['according-to', 'the party’s bylaws', 'per'],
      ['subject-quote', 'The report', ':'],
      ['participle', 'three local unions', 'saying'],
    ]);
    // every piece of content reads, on the source, what the clean text holds
    for (const a of analysis.attributions) for (const c of a.content) expect(read(c)).toBe(analysis.doc.text.slice(c.start, c.end));
  });

  it('runs a colon cue on into the quotation of the next paragraph', () => {
    const a = one('Caddell continued:\n“The numbers are very bad for her.”');
    expect(a).toMatchObject({ source: 'Caddell', cue: 'continued:', content: '“The numbers are very bad for her.”' });
  });

  it('reads singing, chanting, agreeing and branding as cues', () => {
    expect(one('The choir sang “We shall overcome” at the gates.')).toMatchObject({ source: 'The choir', cue: 'sang' });
    expect(one('Most economists agreed that the rally was “overdone.”')).toMatchObject({ source: 'Most economists', cue: 'agreed', content: 'that the rally was “overdone.”' });
    expect(one('Seoul branded the launch a “grave provocation.”')).toMatchObject({ source: 'Seoul', cue: 'branded' });
  });

  it('gives a participle the unnamed noun phrase or pronoun that opens its sentence', () => {
    expect(one('In March, three local unions rejected the offer, saying the raise was “an insult.”')).toMatchObject({ source: 'three local unions', cue: 'saying' });
    expect(one('Later, it attacked the plan, saying the costs were “out of control.”')).toMatchObject({ source: 'it', cue: 'saying' });
  });

  it('reads a fronted participle: "After saying …, she …"', () => {
    expect(one('After saying the vote was “rigged,” Jones left the hall.')).toMatchObject({ source: 'Jones', cue: 'saying', content: 'the vote was “rigged,”' });
    expect(attributionsOf('After saying goodbye, the team left.')).toEqual([]);
  });

  it('gives an -ing cue after "despite" the subject before it', () => {
    expect(one('Senator Maria Lopez, D-N.M., despite conceding that the bill had “serious flaws,” voted for it.')).toMatchObject({ source: 'Senator Maria Lopez, D-N.M.,', cue: 'conceding' });
  });

  it('skips a participle phrase inside the subject: "Fans waiting outside the stadium chanted …"', () => {
    expect(one('Fans waiting outside the stadium chanted “Bring him back!” for an hour.')).toMatchObject({ source: 'Fans', cue: 'chanted' });
  });

  it('gives what a statement says to whoever issued it', () => {
    expect(one('The ministry issued a statement calling the strike “a grave breach.”')).toMatchObject({ source: 'The ministry', cue: 'calling' });
  });

  it('reads ", per the X" and ", as X put it" after their content', () => {
    expect(one('Members may not vote by proxy “to fill a vacancy,” per the party’s bylaws.')).toMatchObject({ source: 'the party’s bylaws', cue: 'per', content: 'Members may not vote by proxy “to fill a vacancy,”' });
    expect(attributionsOf('She earns $20, per hour.')).toEqual([]);
    expect(one('The fund needed “a miracle,” as one trader put it.')).toMatchObject({ source: 'one trader', cue: 'put it', content: 'The fund needed “a miracle,”' });
    expect(one('As one aide put it, the campaign was “in free fall.”')).toMatchObject({ source: 'one aide', content: 'the campaign was “in free fall.”' });
  });

  it('gives a quotation that a colon introduces to the sentence\'s subject, after a dated opening too', () => {
    expect(one('The report used a line from the memo as its title: “Nobody is in charge here.”')).toMatchObject({ source: 'The report', cue: ':', content: '“Nobody is in charge here.”' });
    expect(one('On March 3, 2019, Warren made the following remark: “The system is rigged against working people.”')).toMatchObject({ source: 'Warren' });
  });
});

describe('not attributions', () => {
  it.each([
    ['a cue word used as a noun', 'Initial reports about the deployment surfaced in October.'],
    ['a cue word in a compound noun', 'North Korean state media carried the letter.'],
    ['a passive participle', 'The heroism shown by the troops was praised.'],
    ['a cue with no one saying it', 'It was reported that the bridge fell.'],
    ['a cue inside a quotation', 'The banner read “They say we lost, but we won.”'],
    ['"state" before a title', 'Scott’s niece, state Del. Marcia Price, waved to the crowd.'],
    ['an agreement to act', 'Russia has also agreed to provide fighter jets, agreeing to closer cooperation.'],
  ])('%s', (_, text) => {
    expect(attributionsOf(text)).toEqual([]);
  });
});

describe('who the source is', () => {
  it('resolves "he" to the person named before it, and "they" to the group', () => {
    const found = attributionsOf("Ukraine's General Oleksandr Syrskyi stated that the fighters are motivated. He added that 11,000 troops are there.");
    expect(found.map((a) => a.who)).toEqual(['Oleksandr Syrskyi', 'Oleksandr Syrskyi']);
    const group = attributionsOf('Officials in Pyongyang stressed that the alliance held. They also promised deeper cooperation.');
    expect(group.map((a) => a.who)).toEqual(['Officials in Pyongyang', 'Officials in Pyongyang']);
  });

  it('resolves a short form to the full name and "the agency" to the agency named before', () => {
    const found = attributionsOf('Kim Jong Un visited the site. Mr Kim said the memorial was a symbol. KCNA reported the visit. According to the agency, the works began.');
    expect(found.map((a) => a.who)).toEqual(['Kim Jong Un', 'KCNA', 'KCNA']);
  });
});

describe('claimants', () => {
  it('is the source whose content holds the claim; the outer ones are "via"', () => {
    expect(claimantsOfClaims('Ukrainian intelligence reports indicate around 4,000 soldiers were killed, according to Western officials.')).toEqual([
      { claim: 'around 4,000', claimant: 'Ukrainian intelligence', via: ['Western officials'] },
    ]);
  });

  it('is null for a figure the outlet states itself, even next to an attributed one', () => {
    expect(claimantsOfClaims('Seoul said 600 soldiers died. The army sent 3,000 more troops in March.')).toEqual([
      { claim: '600', claimant: 'Seoul', via: [] },
      { claim: '3,000', claimant: null, via: [] },
    ]);
  });

  it('keeps a claim in a clause of its own out of the attribution before it', () => {
    expect(claimantsOfClaims('While Pyongyang has publicly acknowledged just over 100 casualties, South Korean lawmakers have claimed a figure close to 600.')).toEqual([
      { claim: 'just over 100', claimant: 'Pyongyang', via: [] },
      { claim: 'close to 600', claimant: 'South Korean lawmakers', via: [] },
    ]);
  });

  it("is the speaker of an uncued quotation that follows the speaker's quotation", () => {
    expect(claimantsOfClaims('“We sent them,” he said. “All 2,000 came back.”')).toEqual([{ claim: '2,000', claimant: 'he', via: [] }]);
  });
});
