/**
 * Questions from a CSV file into a course: the sidebar parses the file (papaparse, loaded only when someone
 * imports) and hands over its cells; every row is checked and only a file without errors is written ([TR18]).
 * Keys per import and row make a retry add nothing.
 */
import { questionsFromCells, type CsvResult } from '../../core/training/questionCsv';
import { authorRefusal } from '../../core/training/trainingPermissions';
import { toQuestion } from '../../schema/trainingEntities';
import type { BatonStore, CoreData } from '../../store/batonStore';
import { questionRows } from './authoring';
import { readCourse } from './trainingData';
import { refused, type TrainingResult } from './trainingResult';

export type ImportRefusal = 'courseGone' | 'csvInvalid';

export async function importQuestions(
  store: BatonStore,
  data: CoreData,
  userId: string,
  input: { courseId: string; importKey: string; cells: string[][] },
): Promise<TrainingResult<{ added: number }, ImportRefusal> & { csv?: CsvResult }> {
  const permission = authorRefusal(data, userId);
  if (permission) return refused(permission);
  const csv = questionsFromCells(input.cells);
  if (!csv.ok) return { ...refused('csvInvalid'), csv };
  const [course, existing] = await Promise.all([
    readCourse(store, input.courseId),
    store.readWhere('questions', 'course', input.courseId),
  ]);
  if (!course) return refused('courseGone');
  const start = existing.map(toQuestion).reduce((max, q) => Math.max(max, q.position + 1), 0);
  const rows = questionRows(
    input.courseId,
    csv.drafts.map((draft, i) => ({ draft, position: start + i, key: `import/${input.importKey}/${i}` })),
  );
  store.checkWrites([{ table: 'questions', keyField: 'key', rows }]);
  await store.addKeyed('questions', 'key', rows, true);
  return { ok: true, value: { added: rows.length } };
}
