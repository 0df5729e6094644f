import { describe, expect, it } from 'vitest';
import type { FieldMeta } from '../port/bitableBase';
import { emptyInstallMap } from './installMap';
import { resolveSchema, type ActualTable } from './resolveSchema';
import { FIELD_TYPE_OF } from './fieldKinds';
import { TABLES } from './tables';

/** A Base with every table as the schema names them in Chinese, but 课程 · 类别 with the options given. */
function baseWithCategories(names: string[]): ActualTable[] {
  return TABLES.map((spec) => ({
    id: `tbl_${spec.key}`,
    name: spec.names.zh,
    views: [],
    fields: spec.fields.map((f, i): FieldMeta => {
      const options =
        spec.key === 'courses' && f.key === 'category'
          ? names.map((name, n) => ({ id: `opt_${n}`, name, color: 0 }))
          : f.options?.map((o) => ({ id: `opt_${f.key}_${o.key}`, name: o.names.zh, color: 0 }));
      const property =
        f.kind === 'link'
          ? { tableId: `tbl_${f.linkTo}`, multiple: !!f.multiple }
          : options
            ? { options }
            : null;
      return {
        id: `fld_${spec.key}_${f.key}`,
        name: f.names.zh,
        type: FIELD_TYPE_OF[f.kind],
        isPrimary: i === 0,
        property,
      };
    }),
  }));
}

const categoryOf = (names: string[]) => {
  const { schema, problems } = resolveSchema(baseWithCategories(names), emptyInstallMap());
  return {
    options: schema.courses!.fields.category!.options,
    missing: problems.filter((p) => p.kind === 'missingOption'),
  };
};

describe('课程 · 类别 options', () => {
  it('[TR27] a new install names them as the 学习 tab does: 全局观, 专项技能, 激励', () => {
    const spec = TABLES.find((t) => t.key === 'courses')!.fields.find((f) => f.key === 'category')!;
    expect(spec.options!.map((o) => o.names.zh)).toEqual(['全局观', '专项技能', '激励']);
    expect(categoryOf(['全局观', '专项技能', '激励']).missing).toEqual([]);
  });

  it('[TR27] a Base installed under the first names is found by them, with nothing missing to add', () => {
    const { options, missing } = categoryOf(['全局认知', '技能', '激励']);
    expect(missing).toEqual([]);
    expect(options).toEqual({
      big_picture: { id: 'opt_0', name: '全局认知' },
      skill: { id: 'opt_1', name: '技能' },
      incentive: { id: 'opt_2', name: '激励' },
    });
  });
});
