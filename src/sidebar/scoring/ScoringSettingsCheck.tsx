import { Banner } from '@douyinfe/semi-ui';
import { parseScoringSettings, SCORING_SETTING } from '../../core/scoring/settings';
import { useSession } from '../kernel/session';
import { useI18n } from '../shared/i18nContext';

/** [SC1] On the Check page: a 设置 `scoring` that fell back to defaults, and which values. Nothing when it is fine. */
export function ScoringSettingsCheck() {
  const { t } = useI18n();
  const session = useSession();
  const { problems } = parseScoringSettings(session.store.setting(SCORING_SETTING));
  if (problems.length === 0) return null;
  const lines = problems.map((p) => t(`scoring.problem.${p.problem}`, { setting: p.setting }));
  return (
    <Banner
      type="warning"
      description={lines.join(' ')}
      closeIcon={null}
      data-testid="scoring-settings-check"
    />
  );
}
