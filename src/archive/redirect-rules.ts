// Redirects must keep links working, never break them: a redirect may not hide a live page, and
// must end (directly or through other redirects) at a live page, without loops or long chains.
import { CONTENT } from './paths.ts';
import type { Problem } from './problems.ts';
import type { Redirect } from './published.ts';
import { isLaterListPage } from '../lib/urls.ts';

/** Redirects followed at most this many times before a chain counts as too long. */
export const MAX_REDIRECT_HOPS = 3;

export interface RedirectCheck {
  problems: Problem[];
  /** Each valid redirect's `from` → the live page it finally reaches. */
  targets: Map<string, string>;
}

export function checkRedirects(redirects: readonly Redirect[], live: ReadonlySet<string>, file: string = CONTENT.redirects): RedirectCheck {
  const problems: Problem[] = [];
  const targets = new Map<string, string>();
  const next = new Map(redirects.map((r) => [r.from, r.to]));
  // On case-insensitive hosts /Articles/linli/ and /articles/linli/ are one file.
  const liveByCase = new Map([...live].map((path) => [path.toLowerCase(), path]));
  redirects.forEach((r, i) => {
    const at = (field: 'from' | 'to', message: string) => problems.push({ file, line: r.line, field: `[${i}].${field}`, message, rule: 'redirect' });
    if (live.has(r.from)) {
      at('from', `${r.from} 是现有页面，重定向会把它替换掉：请删除这一条（或先把该页面改名，再从旧网址重定向）`);
      return;
    }
    const twin = liveByCase.get(r.from.toLowerCase());
    if (twin) {
      at('from', `${r.from} 与现有页面 ${twin} 只差大小写，在不区分大小写的主机上会把它替换掉：请删除这一条`);
      return;
    }
    const chain = [r.from];
    let end = r.to;
    while (next.has(end) && !chain.includes(end) && chain.length < MAX_REDIRECT_HOPS) {
      chain.push(end);
      end = next.get(end)!;
    }
    const path = [...chain, end].join(' → ');
    if (chain.includes(end)) at('to', `重定向成环：${path}：请让它指向一个现有页面`);
    else if (next.has(end)) at('to', `重定向链太长（超过 ${MAX_REDIRECT_HOPS} 次跳转）：${path}：请直接指向最终页面`);
    else if (isLaterListPage(end)) at('to', `${end} 是列表的后续页，内容会随新报道移动：请指向列表首页或一篇文章（${path}）`);
    else if (!live.has(end)) at('to', `${end} 不是本站现有页面（${path}）：请指向一篇现有文章或页面，例如 /articles/taojiang/`);
    else targets.set(r.from, end);
  });
  return { problems, targets };
}
