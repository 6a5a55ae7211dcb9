/**
 * The Workshop tab in a real browser: a deep link with a search term and
 * filters restores the list, and choices made on the page go into the link.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectClean, waitForApp } from './support/app';
import { openPage } from './support/browser';
import { servedSite } from './support/site';

const site = servedSite();

const ideas = (page: Page) => page.locator('.ee-ideas .ee-idea-text').allTextContents();

test('a deep link with a search and filters restores the list, before and after the app takes over', async () => {
  const link = `${site.server.url}workshop/?workshop.q=transport&workshop.actor=combined-authority&workshop.keyTheme=investing-in-infrastructure`;
  const opened = await openPage(site.browser, link, { width: 1280, height: 800 });
  try {
    const { page } = opened;
    await waitForApp(page);
    await expect
      .poll(() => ideas(page))
      .toEqual([
        'Develop plan for workplace parking charge to fund mass transport including: new highways, electric charge infrastructure and more automation in network.',
        'Regenerate Bristol city centre hub with subsidised transport links in Bristol and the wider WECA area (Invest in integration).',
      ]);
    expect(await page.getByRole('searchbox').inputValue()).toBe('transport');
    expect(await page.locator('.ee-ws-group li').count()).toBe(2);
    // Typing narrows the list and goes into the address.
    await page.getByRole('searchbox').fill('universal basic income');
    await expect.poll(() => ideas(page)).toEqual([]);
    await page.locator('.ee-ws-explore select').nth(0).selectOption('');
    await page.locator('.ee-ws-explore select').nth(1).selectOption('');
    await expect.poll(() => ideas(page)).toEqual(['Trial universal basic income.']);
    await expect.poll(() => new URL(page.url()).search).toBe('?workshop.q=universal%20basic%20income');
    expectClean(opened);
  } finally {
    await opened.close();
  }
});

test('a theme tab links to the Workshop tab filtered to its theme', async () => {
  const opened = await openPage(site.browser, `${site.server.url}infrastructure/`, { width: 1280, height: 800 });
  try {
    const { page } = opened;
    await waitForApp(page);
    await page.getByRole('link', { name: /All investing in infrastructure challenges and ideas/ }).click();
    await page.waitForSelector('.ee-ideas');
    await expect.poll(() => new URL(page.url()).search).toBe('?workshop.keyTheme=investing-in-infrastructure');
    expect(await page.locator('.ee-ws-group h3').allTextContents()).toEqual(['Investing in infrastructure challenges (8)']);
    expectClean(opened);
  } finally {
    await opened.close();
  }
});
