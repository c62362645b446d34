import { chromium, type LaunchOptions } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Chromium 156 still preloads the address bar's popups (two WebUI pages, each a
 * renderer process of its own) for every window, and every browser context is a window:
 * 0.8 CPU-seconds a context, measured, for nothing a test can see.
 */
const OURS_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Debian's Chromium, with `featuresOff` (from `chromiumFeaturesOff`) disabled. */
export function chromiumLaunchOptions(featuresOff: string[]): LaunchOptions {
  return {
    executablePath: '/usr/bin/chromium',
    args: featuresOff.length ? [...ARGS, `--disable-features=${featuresOff.join(',')}`] : ARGS,
  };
}

/**
 * The features to turn off: Playwright's own and ours. Chromium heeds only the last of repeated
 * switches, so a `--disable-features` of ours must repeat Playwright's list, which it does not
 * publish: read here from the command line it gives a browser, as chrome://version shows it
 * (once a run, by the set-up).
 */
export async function chromiumFeaturesOff(): Promise<string[]> {
  const browser = await chromium.launch(chromiumLaunchOptions([]));
  try {
    const page = await browser.newPage();
    await page.goto('chrome://version');
    const commandLine = (await page.locator('#command_line').textContent()) ?? '';
    const playwrights = commandLine
      .split(/\s+/)
      .filter((arg) => arg.startsWith('--disable-features='))
      .flatMap((arg) => arg.slice('--disable-features='.length).split(','));
    return [...new Set([...playwrights, ...OURS_OFF])].filter(Boolean);
  } finally {
    await browser.close();
  }
}
