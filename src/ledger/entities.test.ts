import { describe, expect, it } from 'vitest';
import { createDoc } from '../core/doc.js';
import { defaultConfiguration } from '../pipeline/configuration.js';
import { processDoc } from '../pipeline/process-doc.js';
import { EntityRegistry, keptMentions, mergeEntities } from './entities.js';

const config = defaultConfiguration();
const analysed = (id: string, source: string) => processDoc(createDoc({ id, input: `${id}.txt`, kind: 'text', sha256: '', encoding: 'utf-8', source }), config);

const entitiesOf = (...texts: string[]) => mergeEntities(texts.map((t, i) => analysed(`d${i}`, t))).entities;

describe('mergeEntities across reports', () => {
  it('one person whatever the spelling, middle initial or title, with the reason for each merge', () => {
    const entities = entitiesOf(
      'Kim Jong-un spoke on Monday. Mr. Kim said the troops fought well.',
      'Leader Kim Jong Un attended. Mr Kim said nothing more.',
      'Kim Jon Un was there, state media said.',
      'Vladimir V. Putin wrote a letter. Putin praised the troops.',
      'Vladimir Putin hailed the troops.',
    );
    const kim = entities.filter((e) => e.aliases.some((a) => a.startsWith('Kim')));
    expect(kim).toHaveLength(1);
    expect(kim[0]!.aliases).toEqual(expect.arrayContaining(['Kim Jong-un', 'Kim Jong Un', 'Kim Jon Un']));
    expect(kim[0]!.merged).toEqual([{ alias: 'Kim Jon Un', reason: 'one letter off Kim Jong-un' }]);
    const putin = entities.filter((e) => e.aliases.some((a) => a.includes('Putin')));
    expect(putin).toHaveLength(1);
    expect(putin[0]!.merged).toEqual([{ alias: 'Vladimir Putin', reason: 'Vladimir V. Putin with or without a middle initial' }]);
  });

  it('an acronym is the organisation whose initials it spells, either way round', () => {
    const entities = entitiesOf('The Korean Central News Agency reported the visit.', 'KCNA said the talks went well.');
    const agency = entities.filter((e) => e.type === 'organization');
    expect(agency).toHaveLength(1);
    expect(agency[0]!.merged).toEqual([{ alias: 'KCNA', reason: 'the initials of Korean Central News Agency' }]);
  });

  it('keeps apart people who share only a family name, and acronyms that spell something else', () => {
    const entities = entitiesOf('Kim Jong Un met his sister.', 'Kim Yo Jong issued a statement.', 'The Korean Central Army moved.', 'KCNA reported it.');
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Kim Jong Un', 'Kim Yo Jong']);
    expect(entities.filter((e) => e.type === 'organization').length).toBe(2);
  });

  it('a registry that forgets the documents it resolved keeps their entities for later ones', () => {
    const registry = new EntityRegistry();
    const first = analysed('d1', 'Kim Jong Un spoke on Monday.');
    registry.add(first);
    const key = keptMentions(first).find((m) => m.name === 'Kim Jong Un')!.key;
    const kim = registry.idOfKey('d1', key);
    expect(kim).not.toBeNull();
    registry.forgetDocuments();
    expect(registry.idOfKey('d1', key)).toBeNull();
    registry.add(analysed('d2', 'Kim Jong Un attended the parade.'));
    expect(registry.idOfKey('d2', key)).toBe(kim);
    expect(registry.entities.filter((e) => e.name === 'Kim Jong Un')).toHaveLength(1);
  });
});
