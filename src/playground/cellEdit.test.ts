import { describe, expect, it } from 'vitest';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import { FieldType } from '../port/bitableBase';
import { cellFromEditor, choices, editorKind, editorValue } from './cellEdit';

async function base() {
  const local = new LocalHost({ state: emptyState([{ id: 'ou_a', name: '甲' }]) });
  const { tableId } = await local.host.base.addTable({
    name: 'T',
    fields: [
      { type: FieldType.Text, name: 'title' },
      { type: FieldType.SingleSelect, name: 'status', property: { options: [{ name: '进行中' }] } },
      { type: FieldType.DateTime, name: 'due' },
      { type: FieldType.User, name: 'owner' },
      { type: FieldType.Attachment, name: 'files' },
    ],
  });
  const table = local.tableState(tableId);
  const field = (name: string) => table.fields.find((f) => f.name === name)!;
  return { local, table, field };
}

describe('playground cell editing', () => {
  it('writes each type in the SDK shape the local Base accepts, and reads it back', async () => {
    const { local, table, field } = await base();
    const recordId = local.addRow(table.id);
    const status = choices(local.state, field('status'))[0]!;
    local.editCell(
      table.id,
      recordId,
      field('title').id,
      cellFromEditor(local.state, field('title'), '海报'),
    );
    local.editCell(
      table.id,
      recordId,
      field('status').id,
      cellFromEditor(local.state, field('status'), status.value),
    );
    local.editCell(
      table.id,
      recordId,
      field('due').id,
      cellFromEditor(local.state, field('due'), '2026-12-01'),
    );
    local.editCell(
      table.id,
      recordId,
      field('owner').id,
      cellFromEditor(local.state, field('owner'), 'ou_a'),
    );
    const cells = table.records[0]!.fields;
    expect(editorValue(field('title'), cells[field('title').id])).toBe('海报');
    expect(editorValue(field('status'), cells[field('status').id])).toBe(status.value);
    expect(editorValue(field('due'), cells[field('due').id])).toBe('2026-12-01');
    expect(editorValue(field('owner'), cells[field('owner').id])).toBe('ou_a');
  });

  it('clears a cell on empty text and leaves attachments read-only', async () => {
    const { local, field } = await base();
    expect(cellFromEditor(local.state, field('title'), '')).toBeNull();
    expect(editorKind(field('files'))).toBe('readonly');
    expect(editorKind(field('status'))).toBe('choice');
  });
});
