import { describe, expect, it } from 'vitest';
import { settingsInPlace, type ViewSettings } from './viewSettings';

const WANTED: ViewSettings = {
  filter: [{ fieldId: 'fKind', operator: 'is', value: 'optSpecial' }],
  group: [{ fieldId: 'fDept', desc: false }],
  sort: [{ fieldId: 'fDue', desc: false }],
};
const condition = (value: unknown) => ({ fieldId: 'fKind', operator: 'is', value, conditionId: 'c1' });

describe('[RB8] whether a view shows its declared settings', () => {
  it('holds when the meta has every condition, group and sort, whatever else a person added', () => {
    const property = {
      filterInfo: { conjunction: 'and', conditions: [condition('optSpecial'), condition('x')] },
      groupInfo: [{ fieldId: 'fDept', desc: false }],
      sortInfo: [
        { fieldId: 'fOther', desc: true },
        { fieldId: 'fDue', desc: false },
      ],
    };
    expect(settingsInPlace(WANTED, property)).toBe(true);
  });

  it('takes a select condition whose value comes back as a list of one option id', () => {
    const property = {
      filterInfo: { conjunction: 'and', conditions: [condition(['optSpecial'])] },
      groupInfo: [{ fieldId: 'fDept', desc: false }],
      sortInfo: [{ fieldId: 'fDue', desc: false }],
    };
    expect(settingsInPlace(WANTED, property)).toBe(true);
  });

  it('fails on a missing filter, another option, a reversed sort or no property at all', () => {
    const base = { groupInfo: WANTED.group, sortInfo: WANTED.sort };
    expect(settingsInPlace(WANTED, base)).toBe(false);
    const other = { ...base, filterInfo: { conjunction: 'and', conditions: [condition('optStage')] } };
    expect(settingsInPlace(WANTED, other)).toBe(false);
    const filterInfo = { conjunction: 'and', conditions: [condition('optSpecial')] };
    expect(
      settingsInPlace(WANTED, { ...base, filterInfo, sortInfo: [{ fieldId: 'fDue', desc: true }] }),
    ).toBe(false);
    expect(settingsInPlace(WANTED, null)).toBe(false);
    expect(settingsInPlace({ filter: [], group: [], sort: [] }, null)).toBe(true);
  });
});
