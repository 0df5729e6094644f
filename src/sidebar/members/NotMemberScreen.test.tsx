import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyBase, TEST_NOW } from '../../../test/support/baseFixture';
import { App } from '../App';

afterEach(cleanup);

describe('first run', () => {
  it('[EV16] after install the installer is welcomed and offered to register as the boss first, not told they are not a member', async () => {
    const local = emptyBase();
    render(<App host={local.host} now={() => TEST_NOW} initialLocale="zh-CN" />);
    fireEvent.click(await screen.findByTestId('install-button'));
    fireEvent.click(await screen.findByTestId('install-continue', {}, { timeout: 5000 }));
    const form = await screen.findByTestId('first-boss', {}, { timeout: 5000 });
    const page = screen.getByTestId('not-member');
    expect(page.textContent).toContain('欢迎使用接棒');
    expect(page.textContent).not.toContain('你不在成员名单中');
    // The form comes before the account ID.
    const id = screen.getByTestId('user-id');
    expect(form.compareDocumentPosition(id) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
