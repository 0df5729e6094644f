import { Typography } from '@douyinfe/semi-ui';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  testId: string;
  /** Below the input: an error as text, or the field's own list of issues. */
  error?: string;
  below?: ReactNode;
  children: ReactNode;
}

/** A labelled form field with what is wrong with it underneath. */
export function Field({ label, testId, error, below, children }: Props) {
  return (
    <label className="baton-field" data-testid={`field-${testId}`}>
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
    </label>
  );
}
