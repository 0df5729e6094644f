/** [DB11]–[DB13] The measure rows of collection, training and contribution, in the order the dashboard shows them. */
import { collectDays, collectionRate, firstTryCompliance } from './collectionMeasures';
import { pointsFrom, pointsMedian, pointsTopShare, pointsTotal } from './contributionMeasures';
import type { FactSource } from './facts';
import type { Measure } from './measure';
import { firstAttemptPass, surveyParticipation, trainingOnTime } from './trainingMeasures';

const COLLECTION: FactSource[] = ['collections', 'submissions', 'members'];
const LEARNING: FactSource[] = ['learning', 'members'];
const LEDGER: FactSource[] = ['contributions', 'members'];

export const PILLAR_MEASURES = [
  {
    id: 'collectionRate',
    spec: 'DB11',
    group: 'collection',
    unit: 'share',
    better: 'higher',
    reads: COLLECTION,
    reference: { kind: 'absolute', before: 0.6, after: 0.9 },
    compute: collectionRate,
  },
  {
    id: 'collectDays',
    spec: 'DB11',
    group: 'collection',
    unit: 'days',
    better: 'lower',
    reads: COLLECTION,
    reference: { kind: 'absolute', before: 5, after: 3 },
    compute: collectDays,
  },
  {
    id: 'firstTryCompliance',
    spec: 'DB11',
    group: 'collection',
    unit: 'share',
    better: 'higher',
    reads: COLLECTION,
    reference: { kind: 'absolute', before: 0, after: 1 },
    compute: firstTryCompliance,
  },
  {
    id: 'trainingOnTime',
    spec: 'DB12',
    group: 'training',
    unit: 'share',
    better: 'higher',
    reads: LEARNING,
    compute: trainingOnTime,
  },
  {
    id: 'firstAttemptPass',
    spec: 'DB12',
    group: 'training',
    unit: 'share',
    better: 'higher',
    reads: LEARNING,
    compute: firstAttemptPass,
  },
  {
    id: 'surveyParticipation',
    spec: 'DB12',
    group: 'training',
    unit: 'share',
    better: 'higher',
    reads: ['surveys', 'members'],
    compute: surveyParticipation,
  },
  {
    id: 'pointsTotal',
    spec: 'DB13',
    group: 'contribution',
    unit: 'count',
    better: 'higher',
    reads: LEDGER,
    compute: pointsTotal,
  },
  {
    id: 'pointsTask',
    spec: 'DB13',
    group: 'contribution',
    unit: 'count',
    better: 'higher',
    reads: LEDGER,
    compute: pointsFrom('task'),
  },
  {
    id: 'pointsSubmission',
    spec: 'DB13',
    group: 'contribution',
    unit: 'count',
    better: 'higher',
    reads: LEDGER,
    compute: pointsFrom('collection'),
  },
  {
    id: 'pointsCourse',
    spec: 'DB13',
    group: 'contribution',
    unit: 'count',
    better: 'higher',
    reads: LEDGER,
    compute: pointsFrom('course'),
  },
  {
    id: 'pointsAward',
    spec: 'DB13',
    group: 'contribution',
    unit: 'count',
    better: 'higher',
    reads: LEDGER,
    compute: pointsFrom('award'),
  },
  {
    id: 'pointsTopShare',
    spec: 'DB13',
    group: 'contribution',
    unit: 'share',
    better: 'lower',
    reads: LEDGER,
    compute: pointsTopShare,
  },
  {
    id: 'pointsMedian',
    spec: 'DB13',
    group: 'contribution',
    unit: 'count',
    better: 'higher',
    reads: LEDGER,
    compute: pointsMedian,
  },
] as const satisfies readonly Measure[];
