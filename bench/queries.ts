// Sample queries from a generated corpus, and the number formats the reports share.
import type { GeneratedArticle } from './corpus.ts';
import type { Query } from './measure.ts';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
export const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
export const s1 = (n: number) => n.toFixed(1);

/** A seeded pick of sample queries from the generated text. */
export function sampleQueries(articles: GeneratedArticle[]): { cost: Query[]; quality: Query[] } {
  let seed = 7;
  const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
  /** A stretch of real text (so it occurs at least once), starting and ending on a Han character. */
  const substring = (min: number, max: number): string => {
    const text = pick(articles).parts[2]!;
    const len = min + Math.floor(next() * (max - min + 1));
    const at = Math.floor(next() * Math.max(1, text.length - len));
    const s = text.slice(at, at + len);
    return /^\p{Script=Han}.*\p{Script=Han}$/u.test(s) ? s : substring(min, max);
  };
  const county = () => pick(articles).county;
  const quality: Query[] = [
    ...Array.from({ length: 15 }, () => ({ kind: 'county', q: county() })),
    ...Array.from({ length: 20 }, () => ({ kind: 'substring', q: substring(2, 6) })),
    ...Array.from({ length: 10 }, () => ({ kind: 'multi', q: `${substring(2, 2)} ${substring(2, 3)}` })),
    ...['妇联', '执委', '巾帼', '党建带妇建', '由妇联主席负责'].map((q) => ({ kind: 'frequent', q })),
    ...['妇执委', '上海', '9999', '执委妇联'].map((q) => ({ kind: 'none', q })),
  ];
  const cost: Query[] = [
    ...[county(), county(), county()].map((q) => ({ kind: '县名', q })),
    ...['妇联', '执委', '巾帼'].map((q) => ({ kind: '高频词', q })),
    ...[substring(6, 8), substring(6, 8), '由妇联主席负责'].map((q) => ({ kind: '少见短语', q })),
    ...['妇联 执委', '党建 巾帼', `${county()} 执委`].map((q) => ({ kind: '多词', q })),
  ];
  return { cost, quality };
}
