/** A labelled field with its inline messages: errors in red, warnings in amber. */
import { Typography } from '@douyinfe/semi-ui';
import type { ReactNode } from 'react';
import { Field } from '../kernel/Field';
import type { ShownIssue } from './wizardView';

export function IssueList({ issues, testId }: { issues: ShownIssue[]; testId: string }) {
  return (
    <>
      {issues.map((issue, i) => (
        <Typography.Text
          key={i}
          size="small"
          type={issue.severity === 'error' ? 'danger' : 'warning'}
          data-testid={`${testId}-${issue.severity}`}
        >
          {issue.text}
        </Typography.Text>
      ))}
    </>
  );
}

export function WizardField({
  label,
  issues = [],
  testId,
  children,
}: {
  label: string;
  issues?: ShownIssue[];
  testId: string;
  children: ReactNode;
}) {
  return (
    <Field
      as="div"
      label={label}
      testId={testId}
      below={<IssueList issues={issues} testId={`issue-${testId}`} />}
    >
      {children}
    </Field>
  );
}

/** The status of a field for Semi inputs: red while it has an error. */
export const statusOf = (issues: ShownIssue[]) =>
  issues.some((i) => i.severity === 'error') ? ('error' as const) : ('default' as const);
