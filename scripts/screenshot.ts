/**
 * Look at a built page as a reader would: `node scripts/screenshot.ts /h200/specs/ out.png 390 dark`.
 * Arguments: site path, output PNG, viewport width (default 1280), theme light|dark (default dark),
 * full page 1|0 (default 1). Serves DIST_DIR (default dist/), scrolls through so charts render.
 */
import { launchBrowser } from '../tools/browser.ts';
import { serveStatic } from '../tools/static-server.ts';

const [path = '/', out = 'screenshot.png', width = '1280', theme = 'dark', full = '1'] = process.argv.slice(2);
const server = await serveStatic(process.env['DIST_DIR'] ?? 'dist');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
for (let y = 0; y < 20_000; y += 600) {
	await page.mouse.wheel(0, 600);
	await page.waitForTimeout(120);
}
await page.waitForTimeout(800);
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
await server.close();
console.log(`${out}: ${path} at ${width}px, ${theme}`);
