// Screenshots for the README: the home page with the map, and an article, in headless
// Debian Chromium (Chinese text needs Debian's fonts-noto-cjk). Run after `npm run build`:
//   npm run screenshots
import { mkdirSync } from 'node:fs';
import { launch } from '../tools/browser.ts';
import { serveDist } from '../tools/server.ts';

const OUT = 'docs/screenshots';
const shots = [
  { file: 'home.png', path: '/', width: 1100, height: 1250 },
  { file: 'article.png', path: '/articles/linli/', width: 1100, height: 1500 },
  { file: 'article-mobile.png', path: '/articles/xiangxiang-qizi/', width: 390, height: 1100 },
];

mkdirSync(OUT, { recursive: true });
const server = await serveDist();
const browser = await launch();
try {
  for (const s of shots) {
    const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
    await page.goto(`${server.origin}${s.path}`);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/${s.file}` });
    console.log(`${OUT}/${s.file}  ${s.path}  ${s.width}×${s.height}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
