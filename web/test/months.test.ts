import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillMonths } from '../src/months.ts';

describe('fillMonths', () => {
  it('should fill the months between points with zero, across a year end', () => {
    assert.deepEqual(fillMonths([{ month: '2024-11', documents: 2 }, { month: '2025-02', documents: 1 }]), [
      { month: '2024-11', documents: 2 }, { month: '2024-12', documents: 0 }, { month: '2025-01', documents: 0 }, { month: '2025-02', documents: 1 },
    ]);
  });
  it('should leave empty, single and consecutive inputs as they are', () => {
    assert.deepEqual(fillMonths([]), []);
    assert.deepEqual(fillMonths([{ month: '2024-01', documents: 3 }]), [{ month: '2024-01', documents: 3 }]);
    assert.equal(fillMonths([{ month: '2024-01', documents: 1 }, { month: '2024-02', documents: 1 }]).length, 2);
  });
  it('should draw a 16-year span month by month but leave malformed or absurd spans as given', () => {
    assert.equal(fillMonths([{ month: '2008-11', documents: 1 }, { month: '2024-10', documents: 1 }]).length, 192);
    const odd = [{ month: '0024-10', documents: 1 }, { month: '2024-10', documents: 1 }];
    assert.deepEqual(fillMonths(odd), odd);
    const bad = [{ month: '2024', documents: 1 }, { month: '2024-10', documents: 1 }];
    assert.deepEqual(fillMonths(bad), bad);
  });
});
