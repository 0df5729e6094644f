import type { SelectProps } from '@douyinfe/semi-ui/lib/es/select';
import { useI18n } from '../shared/i18nContext';
import { InstantSelect } from './InstantSelect';

export interface Person {
  value: string;
  label: string;
  /** Marked as the head of the department in question. */
  isHead?: boolean;
}

/** Picks one person, searchable by name; heads of the department in question are marked. */
export function PersonSelect({ people, ...props }: Omit<SelectProps, 'optionList'> & { people: Person[] }) {
  const { t } = useI18n();
  const optionList = people.map((p) => ({
    value: p.value,
    label: p.isHead ? `${p.label} · ${t('newTask.headBadge')}` : p.label,
  }));
  return <InstantSelect filter {...props} optionList={optionList} />;
}
