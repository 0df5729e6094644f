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
import { diagnoseHostCommand } from './commands/hostCommands';
import {
  addStageCommand,
  claimCommand,
  commentCommand,
  editTaskCommand,
  moveStageCommand,
  respondCommand,
  saveTemplateCommand,
} from './commands/taskCommands';
import {
  manageDriveCommand,
  publishDriveCommand,
  reviewCommand,
  submitFilesCommand,
} from './commands/collectionCommands';
import {
  answerSurveyCommand,
  closeRoundCommand,
  draftCourseCommand,
  importQuestionsCommand,
  openRoundCommand,
  saveCourseCommand,
  submitQuizCommand,
} from './commands/trainingCommands';
import { awardCommand, closePeriodCommand } from './commands/scoringCommands';
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
  diagnoseHost: diagnoseHostCommand,
  editTask: editTaskCommand,
  addStage: addStageCommand,
  comment: commentCommand,
  publishDrive: publishDriveCommand,
  manageDrive: manageDriveCommand,
  submitFiles: submitFilesCommand,
  review: reviewCommand,
  submitQuiz: submitQuizCommand,
  saveCourse: saveCourseCommand,
  importQuestions: importQuestionsCommand,
  openRound: openRoundCommand,
  answerSurvey: answerSurveyCommand,
  closeRound: closeRoundCommand,
  draftCourse: draftCourseCommand,
  moveStage: moveStageCommand,
  closePeriod: closePeriodCommand,
  award: awardCommand,
};

export type Commands = typeof commands;
