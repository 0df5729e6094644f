import { describe, expect, it } from 'vitest';
import { FieldType, type FieldMeta } from '../../src/port/bitableBase';
import { readCell, readFields, toFieldMeta, writeCell, writeFields } from './openApiCells';

const meta = (type: number, property: unknown = {}, name = `f${type}`): FieldMeta => ({
  id: `fld${type}`,
  name,
  type,
  isPrimary: false,
  property,
});
const status = meta(FieldType.SingleSelect, {
  options: [
    { id: 'opt1', name: '进行中', color: 0 },
    { id: 'opt2', name: '已完成', color: 1 },
  ],
});
const link = toFieldMeta({
  field_id: 'fldL',
  field_name: '前置',
  type: FieldType.DuplexLink,
  property: { table_id: 'tblT' },
});

describe('OpenAPI cells ↔ SDK cells', () => {
  it('reads every documented variant of a text and a link cell', () => {
    const segments = [{ type: 'text', text: '海报' }];
    expect(readCell(meta(FieldType.Text), '海报')).toEqual(segments);
    expect(readCell(meta(FieldType.Text), [{ text: '海报', type: 'text' }])).toEqual(segments);
    const ids = ['rec1', 'rec2'];
    for (const shape of [{ link_record_ids: ids }, [{ record_ids: ids, table_id: 'tblT', text: 'a,b' }], ids])
      expect(readCell(link, shape)).toMatchObject({ recordIds: ids, tableId: 'tblT', record_ids: ids });
  });

  it('reads selects by name into the option ids, users with their names, and dates as numbers', () => {
    expect(readCell(status, '已完成')).toEqual({ id: 'opt2', text: '已完成' });
    expect(readCell(meta(FieldType.MultiSelect, status.property), ['进行中', '已完成'])).toEqual([
      { id: 'opt1', text: '进行中' },
      { id: 'opt2', text: '已完成' },
    ]);
    expect(
      readCell(meta(FieldType.User), [{ id: 'ou_1', name: '郭晓', en_name: 'Guo', avatar_url: 'x' }]),
    ).toEqual([{ id: 'ou_1', name: '郭晓', enName: 'Guo' }]);
    expect(readCell(meta(FieldType.DateTime), 1_700_000_000_000)).toBe(1_700_000_000_000);
    expect(readCell(meta(FieldType.Url), { link: 'https://a.cn', text: 'A' })).toEqual([
      { type: 'url', text: 'A', link: 'https://a.cn' },
    ]);
  });

  it('writes text as a string, selects by their current name, links as ids, users as ids, null as null', () => {
    expect(
      writeCell(meta(FieldType.Text), [
        { type: 'text', text: '海' },
        { type: 'text', text: '报' },
      ]),
    ).toBe('海报');
    // The option was renamed since the cell was read: its id decides.
    expect(writeCell(status, { id: 'opt2', text: '完成' })).toBe('已完成');
    // An option the field does not have would be created by the OpenAPI: refused.
    expect(() => writeCell(status, { id: 'optX', text: '差不多了' })).toThrow('差不多了');
    expect(() => writeCell(status, { id: 'optX', text: '差不多了' })).toThrow(
      expect.objectContaining({ retryable: false }),
    );
    expect(
      writeCell(link, {
        recordIds: ['rec1'],
        tableId: 'tblT',
        text: '',
        type: 'text',
        record_ids: [],
        table_id: '',
      }),
    ).toEqual(['rec1']);
    expect(writeCell(meta(FieldType.User), [{ id: 'ou_1', name: '郭晓' }])).toEqual([{ id: 'ou_1' }]);
    expect(writeCell(meta(FieldType.Number), null)).toBeNull();
  });

  it('keys cells by name for the OpenAPI and by id for the SDK; an unknown field id is an error', () => {
    const metas = [status, link];
    expect(writeFields(metas, { fldL: null, fld3: { id: 'opt1', text: '进行中' } })).toEqual({
      前置: null,
      f3: '进行中',
    });
    expect(readFields(metas, { f3: '进行中', other: 1 })).toEqual({ fld3: { id: 'opt1', text: '进行中' } });
    expect(() => writeFields(metas, { fldGone: 1 })).toThrow('fldGone');
  });
});
