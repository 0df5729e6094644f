/**
 * All texts: the shell's dictionaries plus one pair per feature, so features can grow independently. zh-CN
 * must cover every code and en-US every zh-CN key, so both languages say every code.
 */
import type { CoversCodes } from './codes';
import { enUS } from './en-US';
import * as automations from './features/automations';
import * as deliverables from './features/deliverables';
import * as host from './features/host';
import * as collection from './features/collection';
import * as collectionZip from './features/collectionZip';
import * as collectionStage from './features/collectionStage';
import * as collectionFollow from './features/collectionFollow';
import * as home from './features/home';
import * as dashboard from './features/dashboard';
import * as notices from './features/notices';
import * as onboarding from './features/onboarding';
import * as permissions from './features/permissions';
import * as pool from './features/pool';
import * as processTracking from './features/process';
import * as responsibility from './features/responsibility';
import * as stageOrder from './features/stageOrder';
import * as taskEdit from './features/taskEdit';
import * as training from './features/training';
import * as trainingAuthoring from './features/trainingAuthoring';
import * as trainingCsv from './features/trainingCsv';
import * as trainingProgress from './features/trainingProgress';
import * as trainingStageSkills from './features/trainingStageSkills';
import * as scoring from './features/scoring';
import * as scoringRecord from './features/scoringRecord';
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
  ...host.zh,
  ...taskEdit.zh,
  ...onboarding.zh,
  ...collection.zh,
  ...collectionZip.zh,
  ...collectionStage.zh,
  ...collectionFollow.zh,
  ...home.zh,
  ...dashboard.zh,
  ...training.zh,
  ...trainingAuthoring.zh,
  ...trainingCsv.zh,
  ...trainingProgress.zh,
  ...trainingStageSkills.zh,
  ...deliverables.zh,
  ...stageOrder.zh,
  ...scoring.zh,
  ...scoringRecord.zh,
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
  ...host.en,
  ...taskEdit.en,
  ...onboarding.en,
  ...collection.en,
  ...collectionZip.en,
  ...collectionStage.en,
  ...collectionFollow.en,
  ...home.en,
  ...dashboard.en,
  ...training.en,
  ...trainingAuthoring.en,
  ...trainingCsv.en,
  ...trainingProgress.en,
  ...trainingStageSkills.en,
  ...deliverables.en,
  ...stageOrder.en,
  ...scoring.en,
  ...scoringRecord.en,
};
