import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutsideScreen } from './OutsideScreen';

afterEach(cleanup);

describe('[RB4] OutsideScreen', () => {
  it('a host that did not answer in time can be asked again', () => {
    const onRetry = vi.fn();
    render(<OutsideScreen locale="en-US" reason="noAnswer" onRetry={onRetry} />);
    fireEvent.click(screen.getByTestId('outside-retry'));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('outside-reload')).toBeNull();
  });

  it('an SDK that did not load offers a reload, not "open me inside a Base"', () => {
    render(<OutsideScreen locale="en-US" reason="sdkFailed" onRetry={() => undefined} />);
    expect(screen.getByTestId('outside-reload')).toBeTruthy();
    expect(screen.getByTestId('outside').textContent).not.toContain('Open me inside a Base');
  });

  it('a page opened on its own says where to open it, with nothing to retry', () => {
    render(<OutsideScreen locale="en-US" reason="notFramed" onRetry={() => undefined} />);
    expect(screen.getByTestId('outside').textContent).toContain('Open me inside a Base');
    expect(screen.queryByTestId('outside-retry')).toBeNull();
  });
});
