// The search page in the browser: reads the URL, asks Pagefind for candidates one exact phrase
// per term, keeps articles that contain every term, ranks, renders, and keeps the URL in step.
import { FACET_LABELS, FACETS, fromFragment, type Facet, type SearchDoc } from './record.ts';
import { applyFacets, excerpt, facetCounts, rank, type Selection } from './results.ts';
import { parseQuery, toPhrase } from './tokenize.ts';

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#search-form');
const input = $<HTMLInputElement>('#search-input');
const status = $<HTMLElement>('[data-search-status]');
const list = $<HTMLOListElement>('[data-search-results]');
const facetBox = $<HTMLFormElement>('#search-facets');
const facetGroups = $<HTMLDivElement>('#facet-groups');

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`).then(async (m: Pagefind) => {
    await m.init();
    return m;
  });
  return pagefind;
}

const docs = new Map<string, Promise<SearchDoc>>();
const docOf = (r: PagefindResult) => {
  if (!docs.has(r.id)) docs.set(r.id, r.data().then(fromFragment));
  return docs.get(r.id)!;
};

/** Articles containing every term, best first. */
async function find(terms: string[]): Promise<SearchDoc[]> {
  const pf = await loadPagefind();
  const answers = await Promise.all(terms.map((t) => pf.search(toPhrase(t))));
  const [first, ...rest] = answers.map((a) => a?.results ?? []);
  const keep = rest.map((results) => new Set(results.map((r) => r.id)));
  const candidates = (first ?? []).filter((r) => keep.every((ids) => ids.has(r.id)));
  return rank(await Promise.all(candidates.map(docOf)), terms);
}

interface State {
  q: string;
  selection: Selection;
}

function readUrl(): State {
  const params = new URLSearchParams(location.search);
  const selection: Selection = {};
  for (const f of FACETS) if (params.getAll(f).length) selection[f] = params.getAll(f);
  return { q: params.get('q') ?? '', selection };
}

function toUrl(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FACETS) for (const v of state.selection[f] ?? []) params.append(f, v);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** Builds DOM from text only, so nothing a reader types is ever parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** A text fragment link (#:~:text=) scrolls the article to the first hit in browsers that support it. */
const textFragment = (text: string) => `#:~:text=${encodeURIComponent(text).replace(/-/g, '%2D')}`;

function renderResults(results: SearchDoc[], terms: string[]): void {
  list.replaceChildren(
    ...results.map((doc) => {
      const segments = excerpt(doc, terms);
      const firstHit = segments.find((s) => s.mark)?.text;
      const link = el('a', { href: doc.url + (firstHit ? textFragment(firstHit) : '') }, doc.headline);
      const snippet = el('p', { className: 'result-excerpt' }, ...segments.map((s) => (s.mark ? el('mark', {}, s.text) : s.text)));
      const meta = el('p', { className: 'result-meta' }, [doc.region, doc.org].filter(Boolean).join(' · '));
      return el('li', {}, el('h2', { className: 'result-title' }, link), meta, snippet);
    }),
  );
}

function renderFacets(all: SearchDoc[], selection: Selection): void {
  const counts = facetCounts(all, selection);
  facetGroups.replaceChildren(
    ...FACETS.filter((f) => counts[f].length > 0).map((f: Facet) =>
      el(
        'fieldset',
        {},
        el('legend', {}, FACET_LABELS[f]),
        ...counts[f].map(([value, n]) => {
          const box = el('input', { type: 'checkbox', name: f, value, checked: selection[f]?.includes(value) ?? false });
          return el('label', {}, box, ` ${value} `, el('span', { className: 'count' }, `(${n})`));
        }),
      ),
    ),
  );
}

let latest = 0;

async function run(state: State, push: boolean): Promise<void> {
  const ticket = ++latest;
  const url = toUrl(state);
  if (push && url !== `${location.pathname}${location.search}`) {
    history.pushState(null, '', url);
  }
  const { terms, punctuationOnly } = parseQuery(state.q);
  status.dataset.searchStatus = 'loading';
  let message: string;
  try {
    if (terms.length === 0) {
      list.replaceChildren();
      facetGroups.replaceChildren();
      message = punctuationOnly.length ? '查询只含标点符号，请输入要查找的文字或数字。' : '请输入要查找的字词，多个词用空格分开。';
    } else {
      const all = await find(terms);
      if (ticket !== latest) return;
      const shown = applyFacets(all, state.selection);
      renderResults(shown, terms);
      renderFacets(all, state.selection);
      const narrowed = shown.length !== all.length ? `（筛选前 ${all.length} 篇）` : '';
      message = shown.length ? `找到 ${shown.length} 篇文章${narrowed}` : `没有文章同时包含${terms.map((t) => `“${t}”`).join('、')}${narrowed}`;
    }
  } catch (error) {
    if (ticket !== latest) return;
    list.replaceChildren();
    message = '搜索索引加载失败，请稍后重试，或按地区、举措浏览。';
    console.error(error);
  }
  if (ticket !== latest) return;
  status.textContent = message;
  status.dataset.searchStatus = 'done';
}

const selectionFromForm = (): Selection => {
  const data = new FormData(facetBox);
  const selection: Selection = {};
  for (const f of FACETS) if (data.getAll(f).length) selection[f] = data.getAll(f).map(String);
  return selection;
};

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  // A new query starts unfiltered: the old facet choices may not exist for it.
  timer = setTimeout(() => void run({ q: input.value, selection: {} }, true), 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run({ q: input.value, selection: selectionFromForm() }, true);
});
facetBox.addEventListener('change', () => void run({ q: input.value, selection: selectionFromForm() }, true));
facetBox.addEventListener('submit', (event) => {
  event.preventDefault();
  void run({ q: input.value, selection: selectionFromForm() }, true);
});
addEventListener('popstate', () => {
  const state = readUrl();
  input.value = state.q;
  void run(state, false);
});

const initial = readUrl();
input.value = initial.q;
void run(initial, false);
