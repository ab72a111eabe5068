import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeNames, parseFields } from './fields.ts';

test('should parse a publish bar into date and count fields', () => {
  assert.deepEqual(parseFields('发布时间: 2025-03-02 09:15  关注度:57评 论  转 发'), { 发布时间: '2025-03-02 09:15', 关注度: '57' });
});

test('should parse spaced credit labels and join spaced names', () => {
  assert.deepEqual(parseFields('■记 者 王 强'), { 记者: '王强' });
  assert.deepEqual(parseFields('本报记者 李明 赵小红 通讯员 孙伟'), { 记者: '李明、赵小红', 通讯员: '孙伟' });
});

test('should fold 责编 into 责任编辑 and skip font switches', () => {
  assert.deepEqual(parseFields('【字体:大 中 小】(责编:周 敏)'), { 责任编辑: '周敏' });
});

test('should normalize name lists', () => {
  assert.equal(normalizeNames('张 三 李四'), '张三、李四');
  assert.equal(normalizeNames(''), '');
});

test('should read a bar\'s unlabelled date-time as its publish time', () => {
  assert.deepEqual(parseFields('来源:某某日报  2025-02-11 08:05'), { 来源: '某某日报', 时间: '2025-02-11 08:05' });
  assert.deepEqual(parseFields('来源:某某日报  发布时间:2025-02-11'), { 来源: '某某日报', 发布时间: '2025-02-11' });
  assert.deepEqual(parseFields('2025-02-11 08:05'), {});
});
