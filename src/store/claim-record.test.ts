import { describe, expect, it } from 'vitest';
import { claimOfRow } from './claim-record.js';

describe('claimOfRow', () => {
  it('takes the group from the column, in the place the record gives the field', () => {
    const record = JSON.stringify({ id: 'd1:c1', group: null, text: '11,000 troops' });
    expect(JSON.stringify(claimOfRow({ grp: 'g3', record }))).toBe('{"id":"d1:c1","group":"g3","text":"11,000 troops"}');
  });

  it('an ungrouped claim has no group, whatever its record was written with', () => {
    const record = JSON.stringify({ id: 'd1:c1', group: 'g9', text: '11,000 troops' });
    expect(claimOfRow({ grp: null, record }).group).toBeNull();
  });
});
