// What most end-to-end suites need: the built reference server, Chromium and one page whose console
// errors are collected — started before the suite's tests, stopped after them.
import { after, before } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, recordProblems } from './browser.js';
import { plainPage, serveHostPage, type HostPage } from './portal-page.js';
import { startServer, type RunningServer } from './server.js';

export interface Session {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly page: Page;
  /** The page's uncaught and console errors; a suite's last test expects none. */
  readonly problems: string[];
}

/** Call inside `describe`; the fields are there once the suite's `before` hook has run. */
export function useSession(options: { page?: BrowserContextOptions; ignore?: RegExp } = {}): Session {
  return open(options, false);
}

/** A session whose page is the embedding guide's plain-HTML page, served from an origin of its own. */
export interface GuideSession extends Session {
  /** Serves `html` (the guide's page pointed at the server); the server allows its origin (CORS). */
  readonly host: HostPage;
  readonly html: string;
}

export function useGuideSession(): GuideSession {
  return open({}, true) as GuideSession;
}

function open(options: { page?: BrowserContextOptions; ignore?: RegExp }, guide: boolean): Session {
  const session = { problems: [] as string[], html: '' } as { -readonly [K in keyof GuideSession]: GuideSession[K] };
  before(async () => {
    if (guide) session.host = await serveHostPage(() => session.html);
    session.server = await startServer(guide ? { DVC_CORS_ORIGINS: session.host.origin } : {});
    if (guide) session.html = plainPage(session.server.url);
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage(options.page);
    recordProblems(session.page, session.problems, options.ignore);
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.stop();
    await session.host?.stop();
  });
  return session;
}
