import { describe, expect, it } from 'vitest';
import { prepared } from '../../test-support/docs.js';
import { extractEntities } from './index.js';

const entities = (text: string) => extractEntities(prepared(text)).map((m) => ({ name: m.name, type: m.type, ...(m.title ? { title: m.title } : {}) }));

describe('entity mentions', () => {
  it('splits titles from names and types people, places and organisations', () => {
    expect(entities("Ukraine's General Oleksandr Syrskyi met officials of the Korean Central News Agency in Kyiv.")).toEqual([
      { name: 'Ukraine', type: 'place' },
      { name: 'Oleksandr Syrskyi', type: 'person', title: 'General' },
      { name: 'Korean Central News Agency', type: 'organization' },
      { name: 'Kyiv', type: 'place' },
    ]);
  });

  it('keeps particles and initials inside names, and capital acronyms as organisations', () => {
    expect(entities('Colonel Hamish de Bretton-Gordon read a note from Vladimir V. Putin to KCNA.')).toEqual([
      { name: 'Hamish de Bretton-Gordon', type: 'person', title: 'Colonel' },
      { name: 'Vladimir V. Putin', type: 'person' },
      { name: 'KCNA', type: 'organization' },
    ]);
  });

  it('does not take "Un" of a Korean name for the UN', () => {
    expect(entities('The letter went to Kim Jong Un.')).toEqual([{ name: 'Kim Jong Un', type: 'person' }]);
  });

  it('links short forms to the full name written in the same document', () => {
    expect(entities('Kim Jong Un visited. Mr Kim said little. Later Kim left.').map((m) => m.name)).toEqual(['Kim Jong Un', 'Kim Jong Un', 'Kim Jong Un']);
  });

  it('leaves out words capitalised only because they open the sentence, days and months', () => {
    expect(entities('Despite the rain, officials met on Monday in April.')).toEqual([]);
  });
});
