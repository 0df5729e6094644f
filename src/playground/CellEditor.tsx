import { useState } from 'react';
import type { LocalHost } from '../local/localHost';
import type { FieldMeta } from '../port/bitableBase';
import { cellFromEditor, choices, editorKind, editorValue } from './cellEdit';

interface Props {
  local: LocalHost;
  tableId: string;
  recordId: string;
  field: FieldMeta;
  cell: unknown;
  onDone: () => void;
}

/** Edits one cell as a person would in Bitable's grid: the write goes to the Base, not through the plugin. */
export function CellEditor({ local, tableId, recordId, field, cell, onDone }: Props) {
  const [text, setText] = useState(() => editorValue(field, cell));
  const save = (value: string) => {
    local.editCell(tableId, recordId, field.id, cellFromEditor(local.state, field, value));
    onDone();
  };
  const kind = editorKind(field);
  if (kind === 'choice')
    return (
      <select
        autoFocus
        value={text}
        onChange={(e) => save(e.target.value)}
        onBlur={onDone}
        data-testid="cell-editor"
      >
        <option value="">—</option>
        {choices(local.state, field).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  return (
    <input
      autoFocus
      type={kind === 'number' ? 'number' : kind === 'date' ? 'date' : 'text'}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => save(text)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save(text);
        if (e.key === 'Escape') onDone();
      }}
      data-testid="cell-editor"
    />
  );
}
