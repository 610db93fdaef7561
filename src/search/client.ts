// The search page in the browser: reads the URL, runs the search (engine.ts), renders results
// and facets, and keeps the URL in step so every search can be shared and the back button works.
import { find, PAGE_SIZE, type Counts, type Search } from './engine.ts';
import { FACET_LABELS, FACETS, type Facet, type SearchDoc } from './record.ts';
import { excerpt, type Selection } from './results.ts';
import { parseQuery } from './tokenize.ts';
import { yearsLabel } from '../lib/volume.ts';

/** Keystrokes closer together than this are one burst, searched when it pauses. */
const TYPING_PAUSE_MS = 80;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#search-form');
const input = $<HTMLInputElement>('#search-input');
const status = $<HTMLElement>('[data-search-status]');
const list = $<HTMLOListElement>('[data-search-results]');
const facetBox = $<HTMLFormElement>('#search-facets');
const facetGroups = $<HTMLDivElement>('#facet-groups');
const more = $<HTMLButtonElement>('#search-more');
const allYears = $<HTMLButtonElement>('#search-all-years');

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

function renderResults(results: SearchDoc[], terms: string[], append: boolean): void {
  const items = results.map((doc) => {
    const segments = excerpt(doc, terms);
    const firstHit = segments.find((s) => s.mark)?.text;
    const link = el('a', { href: doc.url + (firstHit ? textFragment(firstHit) : '') }, doc.headline);
    const snippet = el('p', { className: 'result-excerpt' }, ...segments.map((s) => (s.mark ? el('mark', {}, s.text) : s.text)));
    const meta = el('p', { className: 'result-meta' }, [doc.region, doc.organisation].filter(Boolean).join(' · '));
    return el('li', {}, el('h2', { className: 'result-title' }, link), meta, snippet);
  });
  if (append) list.append(...items);
  else list.replaceChildren(...items);
}

function renderFacets(counts: Counts, selection: Selection): void {
  facetGroups.replaceChildren(
    ...FACETS.filter((f) => counts[f].length > 0).map((f: Facet) =>
      el(
        'fieldset',
        {},
        el('legend', {}, FACET_LABELS[f]),
        ...counts[f].map(([value, n]) => {
          const box = el('input', { type: 'checkbox', name: f, value, checked: selection[f]?.includes(value) ?? false });
          return el('label', {}, box, ` ${value} `, ...(n === null ? [] : [el('span', { className: 'count' }, `(${n})`)]));
        }),
      ),
    ),
  );
}

/** Large result sets: the facets cost a download of their own, made when the reader asks. */
function offerFacets(answer: Search, selection: Selection, ticket: number): void {
  const button = el('button', { type: 'button', className: 'more' }, '按市州、县市区、举措筛选');
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = '正在统计……';
    try {
      const counts = await answer.loadCounts();
      if (ticket !== latest) return;
      renderFacets(counts, selection);
      facetGroups.querySelector('input')?.focus();
    } catch (error) {
      button.disabled = false;
      button.textContent = '筛选项加载失败，点此重试';
      console.error(error);
    }
  });
  facetGroups.replaceChildren(button);
}

/** Shows the next page of results of the current search. */
let showMore: (() => Promise<void>) | undefined;
/** Searches every year not yet searched, for the full count (and facets) without paging through. */
let searchAll: (() => Promise<void>) | undefined;
const failed = (error: unknown) => {
  status.textContent = '搜索索引加载失败，请稍后重试。';
  status.dataset.searchStatus = 'done';
  console.error(error);
};
more.addEventListener('click', () => void showMore?.().catch(failed));
allYears.addEventListener('click', () => void searchAll?.().catch(failed));

let latest = 0;

/** What the search has found so far, and in which years; “找到 N 篇文章” once every volume is searched. */
function progress(search: Search, terms: string[]): string {
  const narrowed = search.total !== search.before ? `（筛选前 ${search.before} 篇）` : '';
  const searched = search.searched.map((v) => v.key);
  const found = search.total ? `找到 ${search.total} 篇文章${narrowed}` : `没有文章同时包含${terms.map((t) => `“${t}”`).join('、')}${narrowed}`;
  if (search.done) return search.keys.length > 1 ? `${found}（已检索全部年份）` : found;
  return `已检索 ${yearsLabel(searched)}，${found}；更早的 ${yearsLabel(search.keys.slice(searched.length))}尚未检索`;
}

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
    more.hidden = true;
    allYears.hidden = true;
    if (terms.length === 0) {
      list.replaceChildren();
      facetGroups.replaceChildren();
      message = punctuationOnly.length ? '查询只含标点符号，请输入要查找的文字或数字。' : '请输入要查找的字词，多个词用空格分开。';
    } else {
      const search = await find(terms, state.selection);
      if (ticket !== latest) return;
      let shown = 0;
      const settle = () => {
        if (search.counts) renderFacets(search.counts, state.selection);
        else offerFacets(search, state.selection, ticket);
        status.textContent = progress(search, terms);
        const left = search.total - shown;
        more.hidden = left <= 0 && search.done;
        // Older years are searched when the reader asks: each costs its own index download.
        const older = yearsLabel(search.keys.slice(search.searched.length));
        more.textContent = left > 0 ? `显示更多（还有 ${left} 篇）` : `继续检索更早的年份（${older}）`;
        allYears.hidden = search.done;
        allYears.textContent = `检索全部年份（还有 ${older}）`;
        status.dataset.searchStatus = 'done';
      };
      searchAll = async () => {
        status.dataset.searchStatus = 'loading';
        while (!search.done) {
          await search.next(Infinity);
          if (ticket !== latest) return;
          status.textContent = progress(search, terms);
        }
        settle();
      };
      // Volumes newest first, until a screen is full; results show as each volume answers.
      showMore = async () => {
        status.dataset.searchStatus = 'loading';
        const wanted = shown + PAGE_SIZE;
        do {
          if (search.total < wanted && !search.done) await search.next(wanted);
          if (ticket !== latest) return;
          const next = await search.slice(shown, wanted - shown);
          if (ticket !== latest) return;
          if (next.length || shown === 0) renderResults(next, terms, shown > 0);
          shown += next.length;
          if (!search.done) status.textContent = progress(search, terms);
        } while (shown < wanted && !search.done);
        settle();
      };
      await showMore();
      if (ticket !== latest) return;
      message = progress(search, terms);
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
let lastInput = -Infinity;
/** The first input after a pause is searched at once; a burst of keystrokes when it pauses. */
function typed(): void {
  clearTimeout(timer);
  // A new query starts unfiltered: the old facet choices may not exist for it.
  const go = () => void run({ q: input.value, selection: {} }, true);
  const now = performance.now();
  if (now - lastInput > TYPING_PAUSE_MS) go();
  else timer = setTimeout(go, TYPING_PAUSE_MS);
  lastInput = now;
}
// While an input method is composing (pinyin letters before the characters are chosen), wait
// for the characters it commits.
input.addEventListener('input', (event) => (event as InputEvent).isComposing || typed());
input.addEventListener('compositionend', typed);
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
