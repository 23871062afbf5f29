import { describe, expect, it } from 'vitest';
import { TimeColumn } from './time-column';

describe('TimeColumn', () => {
  it('keeps items in time order, inserting late ones in place', () => {
    const column = new TimeColumn<string>();
    column.insert(10, 'a');
    column.insert(30, 'c');
    column.insert(20, 'b');
    column.insert(20, 'b2');
    const items = [];
    for (let i = column.start; i < column.end; i++) items.push(column.itemAt(i));
    expect(items).toEqual(['a', 'b', 'b2', 'c']);
    expect(column.firstAfter(20) - column.start).toBe(3);
    expect(column.firstAtOrAfter(20) - column.start).toBe(1);
  });

  it('drops items before a time and reclaims their slots', () => {
    const column = new TimeColumn<number>();
    for (let t = 0; t < 1000; t++) column.insert(t, t);
    expect(column.dropBefore(900)).toBe(900);
    expect(column.length).toBe(100);
    expect(column.start).toBe(0);
    expect(column.itemAt(column.start)).toBe(900);
    expect([column.firstTime, column.lastTime]).toEqual([900, 999]);
    expect([new TimeColumn().firstTime, new TimeColumn().lastTime]).toEqual([Infinity, -Infinity]);
  });
});
