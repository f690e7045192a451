import { describe, expect, it } from 'vitest';
import {
  forgetSeat,
  memorySmallStorage,
  readInstructorKey,
  readSeat,
  saveInstructorKey,
  saveSeat,
} from '../../src/store/remoteKeys.ts';
import type { SmallStorage } from '../../src/store/remoteKeys.ts';

const seat = { code: 'HKMPQR', party: 'commission', name: 'Ana', seatKey: 'k-123' };

describe('what a device remembers of the classroom', () => {
  it('keeps a seat per table and forgets it on request', () => {
    const s = memorySmallStorage();
    saveSeat(s, seat);
    expect(readSeat(s, 'HKMPQR')).toEqual(seat);
    expect(readSeat(s, 'ABCDEF')).toBeNull();
    forgetSeat(s, 'HKMPQR');
    expect(readSeat(s, 'HKMPQR')).toBeNull();
  });

  it('ignores a stored seat that is not one (tampered or from an older version)', () => {
    const s = memorySmallStorage();
    s.setItem('accord.classroom.seat.HKMPQR', '{not json');
    expect(readSeat(s, 'HKMPQR')).toBeNull();
    s.setItem('accord.classroom.seat.HKMPQR', JSON.stringify({ ...seat, seatKey: 3 }));
    expect(readSeat(s, 'HKMPQR')).toBeNull();
    s.setItem('accord.classroom.seat.HKMPQR', JSON.stringify({ ...seat, code: 'ABCDEF' }));
    expect(readSeat(s, 'HKMPQR')).toBeNull();
  });

  it('keeps the instructor key, and survives storage that throws', () => {
    const s = memorySmallStorage();
    expect(readInstructorKey(s)).toBeNull();
    saveInstructorKey(s, 'secret');
    expect(readInstructorKey(s)).toBe('secret');
    const blocked: SmallStorage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(() => saveSeat(blocked, seat)).not.toThrow();
    expect(readSeat(blocked, 'HKMPQR')).toBeNull();
    expect(readInstructorKey(blocked)).toBeNull();
  });
});
