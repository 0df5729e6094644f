/**
 * [RB8] The view API the installer uses: a grid's filter, grouping and sort, saved with `applySetting`, show
 * in the view's meta as the SDK's IGridViewProperty (filterInfo, groupInfo, sortInfo).
 */
import { describe, expect } from 'vitest';
import { FieldType, ViewType, type ViewSettingsProperty } from '../../src/port/bitableBase';
import { NAME, options, select, type ContractScope } from './portContractKit';

export const VIEW_SETTINGS_POINT = "a grid view's filter, grouping and sort, applied, show in its meta";
export const VIEW_SETTERS_POINT =
  'a grid view has the filter, group and sort setters; a form view none of them';

export function describeViewsContract({ newTable, point }: ContractScope): void {
  describe('[RB8] view settings', () => {
    point(VIEW_SETTINGS_POINT, async () => {
      const { table, id } = await newTable([NAME, select(FieldType.SingleSelect, 'Kind', 'A', 'B')]);
      const [a] = options((await table.getFieldMetaList()).find((f) => f.id === id('Kind'))!.property);
      const { viewId } = await table.addView({ name: 'Only A', type: ViewType.Grid });
      const view = await table.getViewById!(viewId);
      await view.addFilterCondition!({ fieldId: id('Kind'), operator: 'is', value: a!.id });
      await view.setGroupInfo!([{ fieldId: id('Kind'), desc: false }]);
      await view.setSortInfo!([{ fieldId: id('Name'), desc: true }]);
      await view.applySetting();
      const meta = (await table.getViewMetaList()).find((v) => v.id === viewId)!;
      const property = meta.property as ViewSettingsProperty;
      expect(property.filterInfo?.conditions).toEqual([
        expect.objectContaining({ fieldId: id('Kind'), operator: 'is' }),
      ]);
      expect(property.groupInfo).toEqual([{ fieldId: id('Kind'), desc: false }]);
      expect(property.sortInfo).toEqual([{ fieldId: id('Name'), desc: true }]);
      expect((await view.getMeta()).id).toBe(viewId);
    });

    point(VIEW_SETTERS_POINT, async () => {
      const { table } = await newTable([NAME]);
      const grid = await table.getViewById!((await table.addView({ name: 'G', type: ViewType.Grid })).viewId);
      const setters = (v: object) =>
        ['addFilterCondition', 'setGroupInfo', 'setSortInfo'].map(
          (m) => typeof (v as Record<string, unknown>)[m],
        );
      expect(setters(grid)).toEqual(['function', 'function', 'function']);
      const form = await table.getViewById!((await table.addView({ name: 'F', type: ViewType.Form })).viewId);
      expect(setters(form)).toEqual(['undefined', 'undefined', 'undefined']);
    });
  });
}
