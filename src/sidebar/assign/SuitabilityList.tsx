/** Who in the primary department is suitable: workload, due this week, on-time record, skills. */
import { Button, Tag, Typography } from '@douyinfe/semi-ui';
import { PersonName } from '../kernel/PersonName';
import { useI18n } from '../shared/i18nContext';
import type { SuitabilityRow } from './wizardView';

export function SuitabilityList({
  rows,
  onPick,
}: {
  rows: SuitabilityRow[];
  onPick: (memberId: string) => void;
}) {
  const { t } = useI18n();
  if (rows.length === 0) return null;
  return (
    <div className="baton-card" data-testid="suitability">
      <Typography.Text type="tertiary" size="small">
        {t('wizard.suitability.title')}
      </Typography.Text>
      {rows.map((row) => (
        <div key={row.memberId} className="baton-row" data-testid="suitability-row">
          <div className="baton-row-title">
            <Typography.Text strong>
              <PersonName memberId={row.memberId} />{' '}
              {row.isHead && (
                <Tag size="small" color="blue">
                  {t('wizard.headBadge')}
                </Tag>
              )}
            </Typography.Text>
            <Button
              size="small"
              theme={row.chosen ? 'solid' : 'light'}
              disabled={row.chosen}
              onClick={() => onPick(row.memberId)}
              data-testid="wizard-pick"
            >
              {row.chosen ? t('wizard.suitability.chosen') : t('wizard.suitability.pick')}
            </Button>
          </div>
          <Typography.Text type="tertiary" size="small">
            {t('wizard.suitability.load', {
              open: row.openTasks,
              week: row.dueThisWeek,
              onTime: row.onTime,
            })}
          </Typography.Text>
          {row.skills.length > 0 && (
            <div>
              {row.skills.map((skill) => (
                <Tag key={skill} size="small">
                  {skill}
                </Tag>
              ))}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
