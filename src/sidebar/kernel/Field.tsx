import { Typography } from '@douyinfe/semi-ui';
import type { ReactNode } from 'react';

interface Props {
  /** A label focuses its one input when clicked; a field holding several controls is a plain block. */
  as?: 'label' | 'div';
  label: string;
  testId: string;
  /** Below the input: an error as text, or the field's own list of issues. */
  error?: string;
  below?: ReactNode;
  children: ReactNode;
}

/** A labelled form field with what is wrong with it underneath. */
export function Field({ as: Element = 'label', label, testId, error, below, children }: Props) {
  return (
    <Element className="baton-field" data-testid={`field-${testId}`}>
      <Typography.Text strong size="small">
        {label}
      </Typography.Text>
      {children}
      {error && (
        <Typography.Text type="danger" size="small" data-testid={`error-${testId}`}>
          {error}
        </Typography.Text>
      )}
      {below}
    </Element>
  );
}
