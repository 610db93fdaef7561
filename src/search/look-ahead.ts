// Which volume a search answers next, and when to start one before it is asked for. Pure apart
// from the searching it is given; unit-tested with stand-in volumes.

/**
 * Searches volume `index`. `counted` is told, before any fragment loads, at most how many
 * results the volume gives.
 */
export type SearchVolume<T> = (index: number, counted: (found: number) => void) => Promise<T>;

interface Started<T> {
  answer: Promise<T>;
  /** Results still wanted from this volume on: exact once it is asked for, a lower bound before. */
  needed: number;
  /** The search has asked for this volume. */
  asked: boolean;
  /** At most how many results the volume gives, once its index has answered. */
  found?: number;
}

/**
 * Answers `count` volumes, each started at most once. When a volume that was asked for cannot
 * give the results still needed, the next one is started at once, its first `needed` results
 * loaded through `slice`, while this one's results load: the screen would search it next anyway,
 * so this costs no bytes. It never runs more than one volume ahead of what was asked for, so a
 * search the reader left costs at most one volume more. Asking with `needed` infinite counts
 * every volume: the next is started, but none of its results loaded.
 */
export function lookAhead<T extends { slice(from: number, size: number): Promise<unknown> }>(count: number, search: SearchVolume<T>) {
  const started: (Started<T> | undefined)[] = [];
  const ahead = (index: number) => {
    const at = started[index];
    if (!at?.asked || at.found === undefined || at.found >= at.needed || index + 1 >= count || started[index + 1]) return;
    const needed = at.needed - at.found;
    const next = start(index + 1, needed).answer;
    // Infinitely many wanted is a count over every volume: nothing more will be shown.
    // A failure here is met again, and reported, when the volume is asked for.
    if (Number.isFinite(needed)) next.then((a) => a.slice(0, needed)).catch(() => undefined);
  };
  const start = (index: number, needed: number): Started<T> => {
    const known: Omit<Started<T>, 'answer'> = { needed, asked: false };
    const at: Started<T> = Object.assign(known, {
      answer: search(index, (found) => {
        known.found = found;
        ahead(index);
      }),
    });
    // A look-ahead that failed before it was asked for is started again when it is.
    at.answer.catch(() => started[index] === at && !at.asked && (started[index] = undefined));
    started[index] = at;
    return at;
  };
  /** Volume `index`'s answer, asked for with `needed` results still wanted. */
  return (index: number, needed: number): Promise<T> => {
    const at = started[index] ?? start(index, needed);
    at.asked = true;
    at.needed = needed;
    ahead(index);
    return at.answer;
  };
}
