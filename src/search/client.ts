// The search page in the browser: reads the URL, runs the search (engine.ts), renders results
// and facets, and keeps the URL in step so every search can be shared and the back button works.
import { find, PAGE_SIZE, type Answer, type Counts } from './engine.ts';
import { FACET_LABELS, FACETS, type Facet, type SearchDoc } from './record.ts';
import { excerpt, type Selection } from './results.ts';
import { parseQuery } from './tokenize.ts';

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
function offerFacets(answer: Answer, selection: Selection, ticket: number): void {
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

/** Shows the next page of results of the current answer. */
let showMore: (() => Promise<void>) | undefined;
more.addEventListener('click', () => void showMore?.());

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
    more.hidden = true;
    if (terms.length === 0) {
      list.replaceChildren();
      facetGroups.replaceChildren();
      message = punctuationOnly.length ? '查询只含标点符号，请输入要查找的文字或数字。' : '请输入要查找的字词，多个词用空格分开。';
    } else {
      const answer = await find(terms, state.selection);
      if (ticket !== latest) return;
      let shown = 0;
      showMore = async () => {
        const next = await answer.slice(shown, PAGE_SIZE);
        if (ticket !== latest) return;
        renderResults(next, terms, shown > 0);
        shown += next.length;
        more.hidden = shown >= answer.total;
        more.textContent = `显示更多（还有 ${answer.total - shown} 篇）`;
      };
      await showMore();
      if (ticket !== latest) return;
      if (answer.counts) renderFacets(answer.counts, state.selection);
      else offerFacets(answer, state.selection, ticket);
      const narrowed = answer.total !== answer.before ? `（筛选前 ${answer.before} 篇）` : '';
      message = answer.total ? `找到 ${answer.total} 篇文章${narrowed}` : `没有文章同时包含${terms.map((t) => `“${t}”`).join('、')}${narrowed}`;
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
