/** Journeys about how the sidebar reads: text contrast (WCAG AA) in both themes, and English throughout. */
import { afterEach, describe, expect, it } from 'vitest';
import { openPlayground, type Playground } from './browser';
import { openWizard } from './journeys';

let pg: Playground;
afterEach(async () => pg?.close());

type Rgb = [number, number, number];

function parse(color: string): Rgb {
  const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  // A see-through fill would show what is behind it; these are all meant to be solid.
  if (r === undefined || g === undefined || b === undefined || a < 1) throw new Error(`not solid: ${color}`);
  return [r, g, b];
}

const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG contrast ratio of text on its background. */
export function contrast(text: string, background: string): number {
  const [hi, lo] = [luminance(parse(text)), luminance(parse(background))].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The text and fill colours the browser computed for the wizard's solid Next button, its active step number,
 * and a solid danger button (Semi's own classes, as the send-back confirmation renders them).
 */
async function colours(pg: Playground) {
  return pg.sidebar.locator('body').evaluate((body) => {
    const probe = document.createElement('button');
    probe.className = 'semi-button semi-button-danger semi-button-solid';
    probe.textContent = '退回';
    body.appendChild(probe);
    const pick = (el: Element | null) => {
      if (!el) throw new Error('missing element');
      const style = getComputedStyle(el);
      return { text: style.color, fill: style.backgroundColor };
    };
    const found = {
      primary: pick(body.querySelector('[data-testid=wizard-next]')),
      step: pick(body.querySelector('.semi-steps-item-process .semi-steps-item-number-icon')),
      danger: pick(probe),
    };
    probe.remove();
    return found;
  });
}

async function ratios(pg: Playground) {
  const found = await colours(pg);
  return Object.fromEntries(
    Object.entries(found).map(([name, c]) => [name, Math.round(contrast(c.text, c.fill) * 100) / 100]),
  );
}

describe('reading the sidebar', () => {
  it('white on solid buttons and the active step number reaches 4.5:1 in the light and the dark theme', async () => {
    pg = await openPlayground();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await openWizard(pg);
    const light = await ratios(pg);
    await pg.page.getByTestId('pg-theme').click();
    await pg.page.getByRole('option', { name: /Dark/ }).click();
    await expect.poll(() => pg.sidebar.locator('body').getAttribute('theme-mode')).toBe('dark');
    const dark = await ratios(pg);
    const all = { ...prefixed('light', light), ...prefixed('dark', dark) };
    expect(Object.keys(all)).toHaveLength(6);
    expect(Object.entries(all).filter(([, ratio]) => ratio < 4.5)).toEqual([]);
  });

  it('[P4] in English the built-in templates are offered in English and every wizard step reads whole', async () => {
    pg = await openPlayground();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await pg.page.getByTestId('pg-language').click();
    await pg.page.getByRole('option', { name: 'English' }).click();
    await pg.sidebar.getByRole('tab', { name: 'Assign' }).click();
    await pg.sidebar.getByTestId('assign-wizard').waitFor();
    const cut = await pg.sidebar
      .locator('.semi-steps-item-title-text')
      .evaluateAll((titles) =>
        titles.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent),
      );
    expect(cut).toEqual([]);
    await pg.sidebar.getByTestId('wizard-template').click();
    const options = await pg.sidebar.locator('.semi-select-option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Live class', 'Contest entries', 'Brand campaign']));
    expect(options.filter((o) => /[\u4e00-\u9fff]/.test(o))).toEqual([]);
  });
});

const prefixed = (theme: string, values: Record<string, number>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [`${theme} ${k}`, v]));
