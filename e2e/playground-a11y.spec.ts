import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

// `shared`: the link holds another input than a first visit's, so it opens beside it, under the banner that says so (checked too).
const VIEWS = [
  { name: 'overview', hash: '#/playground' },
  { name: 'base64', hash: '#/playground/base64?in=VXNlcm5hbWU6', hover: '.pg-steps li >> nth=0' },
  { name: 'base64-hex', hash: '#/playground/base64?in=iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk%2BM9QDwADhgGAWjR9awAAAABJRU5ErkJggg%3D%3D', hover: '.pg-steps li >> nth=2', shared: true },
  { name: 'quoted-printable', hash: '#/playground/quoted-printable?in=Caf%3DE9+cr%3DE8me%3D%0Abr%3DFBl%3DE9e%3DZZ&cs=iso-8859-1', hover: '.pg-steps li >> nth=3', shared: true },
  { name: 'encoded-words', hash: '#/playground/encoded-words?in=Subject%3A+%3D%3FUTF-8%3FB%3FQ2Fmw6k%3D%3F%3D+%3D%3FISO-8859-1%3FQ%3Fcr%3DE8me%3F%3D', hover: '.pg-steps li >> nth=0', shared: true },
  { name: 'mime', hash: '#/playground/mime?sample=alternative-html.eml', click: '.pg-tree ul button >> nth=1' },
  { name: 'mime-build', hash: '#/playground/mime?dir=encode' },
  { name: 'received', hash: '#/playground/received', click: 'text=Load an example', hover: 'li.pg-hop >> nth=2' },
];

mkdirSync('/tmp/shots', { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  for (const v of VIEWS) {
    test(`${v.name} (${scheme}) has no serious or critical accessibility violations`, async ({ page }) => {
      await page.setViewportSize({ width: 1400, height: 1000 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`./${v.hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.shared-banner')).toHaveCount(v.shared ? 1 : 0);
      if (v.click) await page.locator(v.click).click();
      if (v.name.startsWith('mime') && !v.hash.includes('encode')) await expect(page.locator('iframe.pg-html')).toBeVisible();
      if (v.hover) await page.locator(v.hover).hover();
      const results = await new AxeBuilder({ page }).exclude('iframe.pg-html').analyze();
      const bad = results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical');
      expect(bad.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: `/tmp/shots/${v.name}-${scheme}.png`, fullPage: true });
    });
  }
}
