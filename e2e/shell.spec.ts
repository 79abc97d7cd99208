import { test, expect } from '@playwright/test';

const places = [
  { link: 'Simulator', hash: '#/simulator', text: /one message from Alice/ },
  { link: 'Playground', hash: '#/playground', text: /encoded-words/ },
  { link: 'Lessons', hash: '#/lessons', text: /guided scenarios/ },
];

test('the header names the product and links to every place', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'SMTP Lab home' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const p of places) await expect(nav.getByRole('link', { name: p.link })).toBeVisible();
});

for (const p of places) {
  test(`the ${p.link} link opens its own URL and says what will be there`, async ({ page }) => {
    await page.goto('./');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: p.link }).click();
    await expect(page).toHaveURL(new RegExp(`${p.hash.replace('/', '\\/')}$`));
    await expect(page.getByRole('heading', { level: 1, name: p.link })).toBeVisible();
    await expect(page.getByText(p.text)).toBeVisible();
    await expect(page.getByRole('link', { name: p.link })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(`${p.link} · SMTP Lab`);
  });

  test(`${p.hash} opened directly shows ${p.link}`, async ({ page }) => {
    await page.goto(`./${p.hash}`);
    await expect(page.getByRole('heading', { level: 1, name: p.link })).toBeVisible();
  });
}
