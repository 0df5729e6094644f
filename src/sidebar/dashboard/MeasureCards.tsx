import { Button, Card, Tooltip, Typography } from '@douyinfe/semi-ui';
import type { MeasureId } from '../../core/dashboard/measures';
import type { CardView, GroupView } from './dashboardModel';

interface Props {
  groups: GroupView[];
  onDrill: (id: MeasureId) => void;
  /** Groups side by side where two fit (720 px and more). */
  wide?: boolean;
}

const WIDE = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))',
  gap: 12,
} as const;

/** Each group of measures as a card; a figure opens the list behind it, the "?" holds its definition. */
export function MeasureCards({ groups, onDrill, wide }: Props) {
  return (
    <div className="baton-stack" style={wide ? WIDE : undefined} data-testid="dashboard-groups">
      {groups.map((group) => (
        <Card
          key={group.group}
          title={group.title}
          bodyStyle={{ padding: 12 }}
          data-testid={`dashboard-group-${group.group}`}
        >
          {group.cards.map((card) => (
            <MeasureRow key={card.id} card={card} onDrill={() => onDrill(card.id)} />
          ))}
        </Card>
      ))}
    </div>
  );
}

function MeasureRow({ card, onDrill }: { card: CardView; onDrill: () => void }) {
  return (
    <div className="baton-row" data-testid={`measure-${card.id}`} data-state={card.state}>
      <div className="baton-row-title">
        <Typography.Text>
          {card.title}{' '}
          <Tooltip content={card.definition} position="bottomLeft">
            <span
              style={{ cursor: 'help', color: 'var(--semi-color-text-2)' }}
              role="img"
              tabIndex={0}
              aria-label={card.definition}
              data-testid={`measure-${card.id}-help`}
            >
              ⓘ
            </span>
          </Tooltip>
        </Typography.Text>
        {card.state === 'ok' ? (
          <Button theme="borderless" size="small" onClick={onDrill} data-testid={`measure-${card.id}-value`}>
            <Typography.Text strong>{card.valueText}</Typography.Text>
          </Button>
        ) : null}
      </div>
      {card.state !== 'ok' && (
        <Typography.Text type="tertiary" size="small" data-testid={`measure-${card.id}-empty`}>
          {card.valueText}
        </Typography.Text>
      )}
      {(card.sampleText || card.referenceText) && (
        <Typography.Text type="tertiary" size="small">
          {[card.sampleText, card.referenceText].filter(Boolean).join(' · ')}
        </Typography.Text>
      )}
      {card.notes.map((note) => (
        <Typography.Text key={note} type="warning" size="small" data-testid={`measure-${card.id}-note`}>
          {note}
        </Typography.Text>
      ))}
    </div>
  );
}
