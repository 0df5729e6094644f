import { useEffect, useState } from 'react';
import type { FieldMeta } from '../port/bitableBase';
import { editorKind, editorValue, type Choice } from './cellEdit';
import type { WorkerBase } from './workerHost';

interface Props {
  base: WorkerBase;
  tableId: string;
  /** A row just added may not have its id yet: the edit waits for it. */
  recordId: Promise<string>;
  field: FieldMeta;
  cell: unknown;
  onDone: () => void;
}

/** Edits one cell as a person would in Bitable's grid: the write goes to the Base, not through the plugin. */
export function CellEditor({ base, tableId, recordId, field, cell, onDone }: Props) {
  const [text, setText] = useState(() => editorValue(field, cell));
  const kind = editorKind(field);
  const options = useChoices(base, tableId, field, kind === 'choice');
  const save = (value: string) => {
    void recordId.then((id) => base.control('editText', tableId, id, field.id, value)).catch(() => {});
    onDone();
  };
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
        {options.map((c) => (
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

/** A choice editor's options (select options, people, linked records), asked of the worker once. */
function useChoices(base: WorkerBase, tableId: string, field: FieldMeta, wanted: boolean): Choice[] {
  const [options, setOptions] = useState<Choice[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void base.control('choices', tableId, field.id).then((list) => live && setOptions(list));
    return () => {
      live = false;
    };
  }, [base, tableId, field.id, wanted]);
  return options;
}
