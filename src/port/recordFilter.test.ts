import { describe, expect, it } from 'vitest';
import { matchesFilter } from './recordFilter';

const link = (recordIds: string[]) => ({
  recordIds,
  tableId: 't',
  text: '',
  type: 'text',
  record_ids: recordIds,
  table_id: 't',
});
const where = (operator: string, value?: unknown) => ({
  conjunction: 'and',
  conditions: [{ fieldId: 'f', operator, value }],
});

describe('matchesFilter', () => {
  it('a link cell is empty only without records, and "is" matches one of its record ids', () => {
    expect(matchesFilter({ f: link(['rec1']) }, where('isEmpty'))).toBe(false);
    expect(matchesFilter({ f: link([]) }, where('isEmpty'))).toBe(true);
    expect(matchesFilter({ f: link(['rec1', 'rec2']) }, where('is', ['rec2']))).toBe(true);
    expect(matchesFilter({ f: link(['rec1']) }, where('isNotEmpty'))).toBe(true);
  });

  it('text, users and an OR of conditions', () => {
    const fields = { f: [{ type: 'text', text: 'k1' }], u: [{ id: 'ou_1' }] };
    const or = {
      conjunction: 'or',
      conditions: [
        { fieldId: 'f', operator: 'is', value: 'k2' },
        { fieldId: 'u', operator: 'is', value: ['ou_1'] },
      ],
    };
    expect(matchesFilter(fields, or)).toBe(true);
    expect(matchesFilter(fields, { ...or, conjunction: 'and' })).toBe(false);
  });
});
