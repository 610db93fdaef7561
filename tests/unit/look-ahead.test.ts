// The search's look-ahead (src/search/look-ahead.ts) with stand-in volumes: the next volume is
// started, and its first results loaded, exactly when the one asked for cannot fill the screen,
// never more than one volume ahead, and a failed look-ahead is tried again when asked for.
import { describe, expect, it } from 'vitest';
import { lookAhead } from '../../src/search/look-ahead.ts';

interface Volume {
  index: number;
  slices: [number, number][];
  slice(from: number, size: number): Promise<unknown>;
}

/** Volumes whose counts and answers the test releases by hand; records what was started and loaded. */
function volumes(count: number, failFirst: number[] = []) {
  const started: number[] = [];
  const counters = new Map<number, (found: number) => void>();
  const resolvers = new Map<number, (v: Volume) => void>();
  const made = new Map<number, Volume>();
  const failing = new Set(failFirst);
  const search = (index: number, counted: (found: number) => void) => {
    started.push(index);
    counters.set(index, counted);
    if (failing.delete(index)) return Promise.reject(new Error(`volume ${index} failed`));
    return new Promise<Volume>((resolve) => resolvers.set(index, resolve));
  };
  /** Volume `index`'s index answers with `found` results; then its answer arrives. */
  const answer = async (index: number, found: number) => {
    counters.get(index)!(found);
    const volume: Volume = { index, slices: [], slice: async (from, size) => void volume.slices.push([from, size]) };
    made.set(index, volume);
    resolvers.get(index)?.(volume);
    await new Promise((r) => setTimeout(r));
  };
  return { answers: lookAhead(count, search), started, answer, made };
}

describe('looking ahead to the next volume', () => {
  it('starts the next volume, and loads its first results, when the one asked for cannot fill the screen', async () => {
    const v = volumes(4);
    const first = v.answers(0, 10);
    expect(v.started).toEqual([0]);
    await v.answer(0, 3);
    expect(v.started).toEqual([0, 1]);
    await v.answer(1, 20);
    expect(v.made.get(1)!.slices).toEqual([[0, 7]]);
    expect((await first).index).toBe(0);
    // Asked for later, the volume already started is the one given.
    expect(v.answers(1, 7)).toBe(v.answers(1, 7));
    expect(v.started).toEqual([0, 1]);
  });

  it('does not when the volume asked for fills the screen', async () => {
    const v = volumes(3);
    void v.answers(0, 10);
    await v.answer(0, 10);
    expect(v.started).toEqual([0]);
  });

  it('runs at most one volume ahead of what was asked for', async () => {
    const v = volumes(4);
    void v.answers(0, 10);
    await v.answer(0, 0);
    await v.answer(1, 0);
    expect(v.started).toEqual([0, 1]);
    // Asking for volume 1, which is known to give nothing, starts volume 2 at once.
    void v.answers(1, 10);
    expect(v.started).toEqual([0, 1, 2]);
  });

  it('uses the exact count still needed once a started volume is asked for', async () => {
    const v = volumes(3);
    void v.answers(0, 10);
    await v.answer(0, 4);
    await v.answer(1, 7);
    // The look-ahead assumed at least 6 still needed, which 7 covers; facet choices left only 2
    // of volume 0's 4 on screen, so the screen asks for 8, and 7 < 8 starts volume 2.
    expect(v.started).toEqual([0, 1]);
    void v.answers(1, 8);
    expect(v.started).toEqual([0, 1, 2]);
  });

  it('loads no results ahead when every volume is counted (infinitely many wanted)', async () => {
    const v = volumes(3);
    void v.answers(0, Infinity);
    await v.answer(0, 40);
    expect(v.started).toEqual([0, 1]);
    await v.answer(1, 40);
    expect(v.made.get(1)!.slices).toEqual([]);
  });

  it('stops at the last volume', async () => {
    const v = volumes(2);
    void v.answers(0, 10);
    await v.answer(0, 0);
    void v.answers(1, 10);
    await v.answer(1, 0);
    expect(v.started).toEqual([0, 1]);
  });

  it('starts a look-ahead that failed again when its volume is asked for', async () => {
    const v = volumes(3, [1]);
    void v.answers(0, 10);
    await v.answer(0, 2);
    expect(v.started).toEqual([0, 1]);
    const again = v.answers(1, 8);
    expect(v.started).toEqual([0, 1, 1]);
    await v.answer(1, 8);
    expect((await again).index).toBe(1);
  });

  it('reports the failure of a volume that was asked for', async () => {
    const v = volumes(2, [0]);
    await expect(v.answers(0, 10)).rejects.toThrow('volume 0 failed');
  });
});
