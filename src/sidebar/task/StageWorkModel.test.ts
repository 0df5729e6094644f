import { describe, expect, it } from 'vitest';
import type { Task } from '../../core/model';
import { aDepartment, aMember, aStage, aTask, TODAY_START } from '../../core/testBuilders';
import type { WorkViewer } from '../kernel/workContext';
import { fileLabel, stageActions } from './StageWorkModel';
import { DAY } from '../../core/time';

const market = aDepartment({ name: '市场部', headUserIds: ['ou_zhang'] });
const design = aDepartment({ name: '设计部', headUserIds: ['ou_guo'] });
const members = [
  aMember({ name: '王总', userIds: ['ou_boss'], role: 'boss' }),
  aMember({ name: '张伟', userIds: ['ou_zhang'], role: 'manager', departmentId: market.id }),
  aMember({ name: '郭晓', userIds: ['ou_guo'], role: 'manager', departmentId: design.id }),
  aMember({ name: '何平', userIds: ['ou_he'], departmentId: design.id }),
];
const special = aTask({ title: '直播', responsibleUserIds: ['ou_zhang'], primaryDepartmentId: market.id });

function actions(poster: Partial<Task>, userId: string, canEdit = true) {
  const stage = aStage(special, {
    title: '海报设计',
    primaryDepartmentId: design.id,
    responsibleUserIds: ['ou_guo'],
    due: TODAY_START + 4 * DAY,
    ...poster,
  });
  const viewer: WorkViewer = {
    departments: [market, design],
    members,
    tasks: [special, stage],
    userId,
    canEdit,
    now: TODAY_START,
    todayStart: TODAY_START,
  };
  const all = stageActions(stage, viewer);
  return Object.keys(all).filter((k) => all[k as keyof typeof all]);
}

describe('stageActions', () => {
  it('[W2] the owner starts a ready stage, uploads to it, or submits it at once', () => {
    expect(actions({ status: 'ready' }, 'ou_guo')).toEqual(['start', 'upload', 'submit']);
  });

  it('[W2] the owner of a stage in progress uploads and submits; others see nothing to do', () => {
    expect(actions({ status: 'in_progress' }, 'ou_guo')).toEqual(['upload', 'submit']);
    expect(actions({ status: 'in_progress' }, 'ou_he')).toEqual([]);
  });

  it('[W3][W4] the accountable person accepts or sends back a stage in review; its owner cannot', () => {
    expect(actions({ status: 'in_review' }, 'ou_zhang')).toEqual(['accept', 'sendBack']);
    // [W5] The item now waits for its reviewer (张伟): others may nudge him, the owner included.
    expect(actions({ status: 'in_review' }, 'ou_boss')).toEqual(['accept', 'sendBack', 'nudge']);
    expect(actions({ status: 'in_review' }, 'ou_guo')).toEqual(['nudge']);
  });

  it('[W5] anyone may nudge the owner of a ready or overdue stage, except the owner', () => {
    expect(actions({ status: 'ready' }, 'ou_zhang')).toEqual(['nudge']);
    expect(actions({ status: 'in_progress', due: TODAY_START - DAY }, 'ou_he')).toEqual(['nudge']);
    expect(actions({ status: 'in_progress' }, 'ou_zhang')).toEqual([]);
  });

  it('a read-only viewer can do nothing', () => {
    expect(actions({ status: 'ready' }, 'ou_guo', false)).toEqual([]);
    expect(actions({ status: 'in_review' }, 'ou_boss', false)).toEqual([]);
  });
});

describe('deliverable labels', () => {
  it('name a file with its size', () => {
    expect(fileLabel({ name: '方案.pdf', size: 2048 })).toBe('方案.pdf (2 KB)');
    expect(fileLabel({ name: '视频.mp4', size: 5 * 1024 * 1024 })).toBe('视频.mp4 (5.0 MB)');
    expect(fileLabel({ name: 'x.txt', size: 10 })).toBe('x.txt (1 KB)');
    expect(fileLabel({ name: 'y.txt' })).toBe('y.txt');
  });
});
