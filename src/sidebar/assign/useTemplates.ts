/** The templates to start from: the built-in ones at once, those saved in the Base once read. */
import { useEffect, useState } from 'react';
import { BUILT_IN_TEMPLATES, templateIn, type TaskTemplate } from '../../core/templates';
import { listTemplates } from '../../services/templates';
import type { BatonStore } from '../../store/batonStore';
import { useI18n } from '../shared/i18nContext';

export function useTemplates(store: BatonStore): TaskTemplate[] {
  const { locale } = useI18n();
  const [templates, setTemplates] = useState<TaskTemplate[]>(BUILT_IN_TEMPLATES);
  useEffect(() => {
    let current = true;
    listTemplates(store)
      .then((all) => current && setTemplates(all))
      // Saved templates are a convenience: if they cannot be read, the built-in ones still work.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [store]);
  return templates.map((x) => templateIn(x, locale === 'en-US' ? 'en' : 'zh'));
}
