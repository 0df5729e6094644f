/**
 * All texts: the shell's dictionaries plus one pair per feature, so features can grow independently. zh-CN
 * must cover every code and en-US every zh-CN key, so both languages say every code.
 */
import type { CoversCodes } from './codes';
import { enUS } from './en-US';
import * as automations from './features/automations';
import * as notices from './features/notices';
import * as permissions from './features/permissions';
import * as pool from './features/pool';
import * as processTracking from './features/process';
import * as responsibility from './features/responsibility';
import * as scoring from './features/scoring';
import * as wizard from './features/wizard';
import { zhCN } from './zh-CN';

export const ZH = {
  ...zhCN,
  ...wizard.zh,
  ...responsibility.zh,
  ...pool.zh,
  ...notices.zh,
  ...processTracking.zh,
  ...automations.zh,
  ...permissions.zh,
  ...scoring.zh,
} as const satisfies CoversCodes;
export type MessageKey = keyof typeof ZH;

export const EN: Record<MessageKey, string> = {
  ...enUS,
  ...wizard.en,
  ...responsibility.en,
  ...pool.en,
  ...notices.en,
  ...processTracking.en,
  ...automations.en,
  ...permissions.en,
  ...scoring.en,
};
