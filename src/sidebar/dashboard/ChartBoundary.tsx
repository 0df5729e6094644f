import { Typography } from '@douyinfe/semi-ui';
import { Component, type ReactNode } from 'react';

interface Props {
  fallback: string;
  children: ReactNode;
}

/** A chart that cannot load or draw (a lost chunk, no canvas) leaves the figures beside it working. */
export class ChartBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed)
      return (
        <Typography.Text type="tertiary" data-testid="dashboard-charts-failed">
          {this.props.fallback}
        </Typography.Text>
      );
    return this.props.children;
  }
}
