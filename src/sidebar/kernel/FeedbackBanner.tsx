import { Banner } from '@douyinfe/semi-ui';
import type { Feedback } from './commandState';

/** What the last action said: done, refused or failed. Nothing until something was tried. */
export function FeedbackBanner({ feedback, testId }: { feedback?: Feedback; testId: string }) {
  if (!feedback) return null;
  return <Banner type={feedback.type} description={feedback.text} closeIcon={null} data-testid={testId} />;
}
