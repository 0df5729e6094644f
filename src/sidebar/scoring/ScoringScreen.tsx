import { Banner, Spin, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import { deriveWanted } from '../../core/scoring/rules';
import { InstantSelect } from '../kernel/InstantSelect';
import { useSession } from '../kernel/session';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import { boardRows } from './boardModel';
import { BoardCard } from './BoardCard';
import { BossPanel } from './BossPanel';
import { closablePeriods } from './closeModel';
import { ExportDialog } from './ExportDialog';
import { visibleMembers } from './recordModel';
import { RecordSection } from './RecordSection';
import { useScoring, type ScoringLoad } from './useScoring';

interface Props {
  onOpenTask: (taskId: string) => void;
}

/** 贡献: a person's record (档案), the current leaderboard and, for the boss, close, award and export. */
export function ScoringScreen({ onOpenTask }: Props) {
  const { t, locale } = useI18n();
  const session = useSession();
  const members = visibleMembers(session.data, session.context.userId);
  const [chosen, setChosen] = useState(members[0]?.id);
  const { load, error } = useScoring();
  if (error) return <Banner type="danger" description={errorMessage(error, t, locale)} closeIcon={null} />;
  if (!load) return <Spin data-testid="scoring-loading" />;
  return (
    <div className="baton-stack" data-testid="scoring-screen">
      {members.length > 1 && (
        <InstantSelect
          value={chosen}
          onChange={(v) => setChosen(v as string)}
          optionList={members.map((m) => ({ value: m.id, label: m.name }))}
          filter
          data-testid="scoring-member"
        />
      )}
      <Problems load={load} />
      {chosen && <RecordSection memberId={chosen} onOpenTask={onOpenTask} />}
      <Board load={load} onOpen={setChosen} />
      <BossTools load={load} />
    </div>
  );
}

function Board({ load, onOpen }: { load: ScoringLoad; onOpen: (memberId: string) => void }) {
  const { t } = useI18n();
  const session = useSession();
  const { standing } = load;
  if (!standing) return <Typography.Text type="tertiary">{t('scoring.board.hidden')}</Typography.Text>;
  const viewer = session.viewer.kind === 'member' ? session.viewer : undefined;
  const department = viewer?.department;
  return (
    <BoardCard
      period={standing.period}
      company={boardRows(session.data, standing.entries, standing.period)}
      department={
        department && {
          name: department.name,
          rows: boardRows(session.data, standing.entries, standing.period, department.id),
        }
      }
      onOpen={onOpen}
    />
  );
}

/** Managers see what was not scored and why; the boss also sees settings that fell back to defaults. */
function Problems({ load }: { load: ScoringLoad }) {
  const { t } = useI18n();
  const session = useSession();
  if (!load.standing) return null;
  const { flags } = deriveWanted(session.data, load.state.settings);
  const settings =
    session.viewer.kind === 'member' && session.viewer.role === 'boss' ? load.state.problems : [];
  const lines = [
    ...settings.map((p) => t(`scoring.problem.${p.problem}`, { setting: p.setting })),
    ...flags.map((f) => t(`scoring.flag.${f.problem}`, { title: f.title })),
  ];
  if (lines.length === 0) return null;
  return (
    <Banner type="warning" description={lines.join('；')} closeIcon={null} data-testid="scoring-flags" />
  );
}

function BossTools({ load }: { load: ScoringLoad }) {
  const session = useSession();
  const [exporting, setExporting] = useState(false);
  if (session.viewer.kind !== 'member' || session.viewer.role !== 'boss') return null;
  const { current, closed, settings } = load.state;
  return (
    <>
      <BossPanel closable={closablePeriods(current, closed, settings)} onExport={() => setExporting(true)} />
      {exporting && <ExportDialog state={load.state} onClose={() => setExporting(false)} />}
    </>
  );
}
