// Astro glue. Before anything is rendered, the whole archive goes through the same validator as
// `npm run check`, so the build refuses exactly what the check refuses. Valid redirects become
// Astro redirects straight to their final page; after the build every published URL and every
// redirect target must exist in the output. dist/ is kept between builds (out-dir.ts): what this
// build did not make is pruned from it.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_ADDRESS } from '../lib/site-url.ts';
import { withBase } from '../lib/urls.ts';
import { archiveInputs, loadDataKeys, saveDataKeys, writeDataFiles } from './data-files.ts';
import { CONTENT } from './paths.ts';
import { checkCache, checkContext } from './check-cache.ts';
import { readContentFiles } from './files.ts';
import { openedOnUse, parseCache } from './parse-cache.ts';
import { incrementalManifest, listOutDir, madeFiles, markComplete, markRendered, prepareOutDir, pruneOutDir, type BuildRecords } from './out-dir.ts';
import { buildCache } from '../lib/build-cache.ts';
import { isSystemError } from '../lib/system-error.ts';
import { ContentError, OutputError, type Problem } from './problems.ts';
import { fileForPath, missingUrls, unrecorded } from './published.ts';
import { validateProject } from './validate.ts';

/** `write`'s result; a fault of the machine (disk, permissions, a folder in the way) as a message, not a stack trace. */
function writtenOrExplained<T>(outDir: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!isSystemError(error)) throw error;
    throw new OutputError(`数据文件未能写入输出目录 ${outDir}：${error.message}。请检查磁盘空间、权限，或删去挡路的文件夹后重新构建`);
  }
}

export function archiveContent(): AstroIntegration {
  let validation: ReturnType<typeof validateProject> | undefined;
  let address = DEFAULT_ADDRESS;
  let root = '';
  let outDir = '';
  let publicDir = '';
  let cacheDir = '';
  /** dist/ as the last complete build left it, so its article files need writing only where they changed. */
  let keptOutDir = false;
  const records = (): BuildRecords => {
    const cache = buildCache(root);
    return { complete: cache.completeBuild, rendered: cache.pagesRendered, manifest: incrementalManifest(cacheDir) };
  };
  return {
    name: 'archive-content',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        // Results and parses kept between builds: a rebuild reads and checks only the files that changed.
        const projectRoot = fileURLToPath(config.root);
        const cache = buildCache(projectRoot);
        const checks = checkCache(cache.checks, checkContext(readContentFiles('.').text(CONTENT.vocabulary), projectRoot));
        const parses = openedOnUse(() => parseCache(cache.parses, projectRoot));
        validation = validateProject('.', parses, checks);
        checks.save();
        parses.save();
        if (validation.problems.length) {
          // The dev server still starts, so an editor can look while fixing; builds refuse.
          if (command !== 'dev') throw new ContentError(validation.problems);
          logger.warn(new ContentError(validation.problems).message);
        }
        const { archive } = validation;
        if (!validation.problems.length) logger.info(`内容检查通过：${archive.articles.length} 篇文章、${archive.pages.length} 个版面`);
        // Redirect pages point at the final page's link, base path included.
        const redirects = [...archive.redirectTargets].map(([from, to]) => [from, withBase(to, config.base)]);
        updateConfig({ redirects: Object.fromEntries(redirects) });
      },
      'astro:config:done': ({ config }) => {
        address = { site: new URL(config.site ?? address.site).origin, base: config.base.replace(/\/?$/, '/') };
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        const prepared = prepareOutDir(outDir, records());
        if (prepared.renderAll) logger.info('上次构建没有生成完页面（或没有记录）：所有页面重新生成');
        keptOutDir = prepared.outDir === 'kept';
        if (keptOutDir) logger.info('沿用上次完整构建的输出目录：未变的页面留在原处');
        if (prepared.outDir === 'emptied') logger.info('输出目录已清空：它不是上次完整构建的输出');
      },
      'astro:build:done': ({ assets, logger }) => {
        if (!validation) return;
        markRendered(records());
        // dist/ listed once: at 100,000 articles its articles/ folder alone has 600,000 entries.
        const listed = listOutDir(outDir);
        const started = performance.now();
        const { dataKeys } = buildCache(root);
        const kept = keptOutDir ? { keys: loadDataKeys(dataKeys), files: new Set(listed) } : undefined;
        const data = writtenOrExplained(outDir, () => writeDataFiles(outDir, archiveInputs(validation!.archive, address), kept, root));
        saveDataKeys(dataKeys, data.keys);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`数据与引文文件 ${data.paths.length} 个，写入 ${data.written} 个（其余未变），用时 ${seconds} 秒`);
        const made = madeFiles(outDir, [...assets.values()].flat().map((url) => fileURLToPath(url)), data.paths, publicDir);
        const before = [...new Set([...listed, ...data.paths.map((p) => p.slice(1))])];
        const remain = pruneOutDir(outDir, before, made);
        if (remain.length < before.length) logger.info(`已删除 ${before.length - remain.length} 个本次构建不再生成的文件`);
        const files = remain.map((f) => `/${f}`);
        const built = new Set(files);
        const published = validation.archive.published.map((p) => p.url);
        const lost: Problem[] = validation.archive.published
          .filter((p) => missingUrls([p.url], built).length)
          .map(({ url, line }) => ({
            file: CONTENT.published,
            line,
            field: url,
            message: `已发布的网址在本次构建中消失了：已发布的网址不能失效，请恢复该页面，或在 ${CONTENT.redirects} 中加一条重定向（- from: ${url}  to: <现在的网址>）`,
            rule: 'published-url',
          }));
        const unreached: Problem[] = validation.archive.redirects
          .filter((r) => validation!.archive.redirectTargets.has(r.from) && !built.has(fileForPath(validation!.archive.redirectTargets.get(r.from)!)))
          .map((r) => ({ file: CONTENT.redirects, line: r.line, field: r.from, message: `重定向的目标页面 ${validation!.archive.redirectTargets.get(r.from)} 没有生成：请指向一个现有页面`, rule: 'redirect' }));
        if (lost.length || unreached.length) throw new ContentError([...lost, ...unreached]);
        const fresh = unrecorded(published, files);
        logger.info(`${published.length} 个已发布网址全部存在${fresh.length ? `；${fresh.length} 个新网址尚未登记，运行 npm run urls:record` : ''}`);
        markComplete(outDir, records());
      },
    },
  };
}
