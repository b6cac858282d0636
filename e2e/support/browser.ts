// Debian's Chromium driven by playwright-core (which never downloads a browser).
import { chromium, type Browser, type Page } from 'playwright-core';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
}

/** Collects a page's uncaught errors and console errors into `problems`, which a test expects empty. */
export function recordProblems(page: Page, problems: string[], ignore?: RegExp): void {
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    const text = `${message.text()} ${message.location().url}`;
    if (message.type() === 'error' && !ignore?.test(text)) problems.push(text);
  });
}
