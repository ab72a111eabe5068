import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindLabel, vocab } from '../src/vocab.ts';

describe('vocab', () => {
  it('should name schema ids in Chinese and English', () => {
    assert.equal(vocab('kind', 'company', 'zh'), '企业');
    assert.equal(vocab('kind', 'research', 'en'), 'research institute');
    assert.equal(vocab('role', 'journalist', 'zh'), '记者');
    assert.equal(vocab('factType', 'quantity', 'zh'), '数据');
    assert.equal(vocab('entityType', 'person', 'en'), 'person');
  });
  it('should translate Chinese event types into English and keep them in Chinese', () => {
    assert.equal(vocab('eventType', '调研', 'en'), 'inspection');
    assert.equal(vocab('eventType', '调研', 'zh'), '调研');
    assert.equal(vocab('eventType', 'other', 'zh'), '其他');
  });
  it('should name a person\'s kind as a role and an organization\'s as a kind', () => {
    assert.equal(kindLabel('person', 'lead', 'zh'), '带队/主持');
    assert.equal(kindLabel('person', 'lead', 'en'), 'lead');
    assert.equal(kindLabel('organization', 'park', 'zh'), '园区');
    assert.equal(kindLabel('person', null, 'zh'), '');
  });
  it('should give unknown values as given and empty for null', () => {
    assert.equal(vocab('kind', 'cooperative', 'zh'), 'cooperative');
    assert.equal(vocab('kind', 'constructor', 'zh'), 'constructor');
    assert.equal(vocab('role', null, 'en'), '');
    assert.equal(vocab('role', '', 'zh'), '');
  });
});
