/** Debian's Chromium, headless: the same browser and flags as the end-to-end tests. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from '../../e2e/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM, headless: true });
}
