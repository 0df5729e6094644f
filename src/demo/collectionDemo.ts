/**
 * The demo's collection drive: 人事部 collects competition entries from 设计部 and 市场部, published two days
 * ago and due in six, with a few versions already in (one compliant, one fixed after a disguised PNG, one
 * accepted), so the 收集 tab and the organizer's page have something to show.
 */
import { driveDefaults, type FileFacts, type Submission } from '../core/collection/drive';
import { DAY, HOUR } from '../core/time';
import { fromDrive, fromSubmission } from '../schema/collectionEntities';
import type { BatonStore } from '../store/batonStore';
import { DEMO_PEOPLE } from './demoCompany';

const userOf = (name: string) => DEMO_PEOPLE.find((p) => p.name === name)!.userId;

const pdf = (name: string, hash: string): FileFacts => ({ name, size: 1_800_000, detected: 'pdf', hash });

export async function addCollectionDemo(
  store: BatonStore,
  departmentIds: Map<string, string>,
  todayStart: number,
): Promise<void> {
  const published = todayStart - 2 * DAY + 10 * HOUR;
  const [driveId] = await store.addAll('collections', [
    fromDrive({
      ...driveDefaults({
        title: '年度设计大赛参赛作品',
        requirements: '近三个月的设计作品，每人 1–3 份，PDF 格式。',
        formats: ['pdf'],
        maxSizeMb: 50,
        maxFiles: 3,
        namingRule: '{部门}-{姓名}-{标题}',
        needsReview: true,
        points: 5,
      }),
      deadline: todayStart + 6 * DAY + 18 * HOUR,
      departmentIds: ['设计部', '市场部'].map((n) => departmentIds.get(n)!),
      organizerUserIds: [userOf('程英')],
      status: 'open',
      publishedAt: published,
      key: 'demo-drive-competition',
    }),
  ]);
  const members = (await store.readAll('members')).map((r) => ({ id: r.id, name: String(r.values.name) }));
  const memberId = (name: string) => members.find((m) => m.name === name)!.id;
  const version = (
    name: string,
    v: number,
    at: number,
    rest: Partial<Submission>,
  ): Omit<Submission, 'id'> => ({
    driveId,
    memberId: memberId(name),
    title: '海报',
    files: [pdf(`设计部-${name}-海报.pdf`, `demo-${name}-${v}`)],
    submittedAt: at,
    compliant: true,
    problems: '',
    review: 'pending',
    reviewReason: '',
    version: v,
    late: false,
    checkedAt: at,
    key: `collect:${driveId}:${memberId(name)}:v${v}`,
    ...rest,
  });
  await store.addAll(
    'submissions',
    [
      version('何平', 1, published + 3 * HOUR, {}),
      version('林峰', 1, published + 5 * HOUR, {
        compliant: false,
        files: [{ name: '设计部-林峰-海报.pdf', size: 420_000, detected: 'png', hash: 'demo-lin-1' }],
        problems:
          '「设计部-林峰-海报.pdf」的扩展名是 .PDF，但内容其实是 PNG，不是 PDF 文件。请另存为真正的 PDF 再提交。',
      }),
      version('林峰', 2, published + DAY, {}),
      version('罗佳', 1, published + DAY + 2 * HOUR, { review: 'accepted' }),
    ].map(fromSubmission),
  );
}
