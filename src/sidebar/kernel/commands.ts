/**
 * Every sidebar action, declared once: its core check, its service call and its words. A new action is one
 * entry here (and its service); `useCommands(commands)` runs any of them the same way.
 */
import {
  createTaskCommand,
  rollBackCommand,
  rollBackUnfinishedCommand,
  sendAssignmentCommand,
} from './commands/createCommands';
import { awardCommand, closePeriodCommand } from './commands/scoringCommands';
import { claimCommand, respondCommand, saveTemplateCommand } from './commands/taskCommands';
import { markReadCommand, registerBossCommand } from './commands/viewerCommands';
import { nudgeCommand, stageWorkCommand } from './commands/workCommands';

export const commands = {
  respond: respondCommand,
  claim: claimCommand,
  saveTemplate: saveTemplateCommand,
  markRead: markReadCommand,
  registerBoss: registerBossCommand,
  stageWork: stageWorkCommand,
  nudge: nudgeCommand,
  createTask: createTaskCommand,
  sendAssignment: sendAssignmentCommand,
  rollBack: rollBackCommand,
  rollBackUnfinished: rollBackUnfinishedCommand,
  closePeriod: closePeriodCommand,
  award: awardCommand,
};

export type Commands = typeof commands;
