import { describe, expect, it } from 'vitest';
import { listTotal } from './paging.ts';

/** A list of `size` records; records how far each count was asked to read. */
function listOf(size: number) {
  const asked: number[] = [];
  return { asked, countUpTo: async (limit: number) => (asked.push(limit), Math.min(size, limit)) };
}

describe('the total of a list', () => {
  it('is told by a page that is not full, without counting', async () => {
    const list = listOf(53);
    expect(await listTotal({ number: 3, size: 25 }, 3, list.countUpTo, 100)).toEqual({ total: 53, totalIsLowerBound: false });
    expect(list.asked).toEqual([]);
  });

  it('is counted exactly when the list ends before the limit', async () => {
    const list = listOf(50);
    expect(await listTotal({ number: 2, size: 25 }, 25, list.countUpTo, 100)).toEqual({ total: 50, totalIsLowerBound: false });
    expect(list.asked).toEqual([101]);
  });

  it('stops at the limit and says "at least"', async () => {
    const list = listOf(1_000_000);
    expect(await listTotal({ number: 1, size: 25 }, 25, list.countUpTo, 100)).toEqual({ total: 100, totalIsLowerBound: true });
    expect(list.asked).toEqual([101]);
  });

  it('counts to the end of a page past the limit, so a next page is offered while one may exist', async () => {
    const list = listOf(1_000_000);
    expect(await listTotal({ number: 8, size: 25 }, 25, list.countUpTo, 100)).toEqual({ total: 200, totalIsLowerBound: true });
  });

  it('counts a page past the end, which is empty but still tells the total', async () => {
    const list = listOf(30);
    expect(await listTotal({ number: 9, size: 25 }, 0, list.countUpTo, 100)).toEqual({ total: 30, totalIsLowerBound: false });
  });
});
