import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDateline } from '../../../core/clean/dateline.ts';

test('each desk form of the dateline', () => {
  assert.equal(renderDateline('{place} ({agency}) - ', 'London', 'ANTARA'), 'London (ANTARA) - ');
  assert.equal(renderDateline('{PLACE}, {agency} - ', 'Jakarta', 'KOMPAS.com'), 'JAKARTA, KOMPAS.com - ');
  assert.equal(renderDateline('{place} - ', 'Bandung', 'ANTARA'), 'Bandung - ');
  assert.equal(renderDateline('{PLACE}, {date} ({AGENCY}) - ', 'Paris', 'afp', '25 Nov'), 'PARIS, 25 Nov (AFP) - ');
});

test('without an agency or date, their brackets and separators go too', () => {
  assert.equal(renderDateline('{place} ({agency}) - ', 'Kairo', null), 'Kairo - ');
  assert.equal(renderDateline('{PLACE}, {agency} - ', 'Kairo', null), 'KAIRO - ');
  assert.equal(renderDateline('{PLACE}, {date} ({AGENCY}) - ', 'Paris', null, null), 'PARIS - ');
});
