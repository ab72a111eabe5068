import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recoverLostCharacters } from './lost-char.ts';

test('should recover a lost character that forms a word with its neighbour', () => {
  const r = recoverLostCharacters('本市日?(bào)記者');
  assert.equal(r.text, '本市日报記者');
  assert.deepEqual(r.edits, [{ start: 3, end: 9, replacement: '报', reason: 'lost-char' }]);
});

test('should read the syllable without its opening parenthesis', () => {
  assert.equal(recoverLostCharacters('科?jì)創新').text, '科技創新');
});

test('should remove and flag a lost character with no clear candidate', () => {
  const r = recoverLostCharacters('他?(qǐng)?(bào)讯');
  assert.equal(r.text, '他报讯');
  assert.deepEqual(r.edits.map((e) => e.reason), ['lost-char:unrecovered', 'lost-char']);
  assert.equal(r.findings?.[0].rule, 'lost-char:unrecovered');
});

test('should remove bare question marks only in a Chinese context', () => {
  assert.equal(recoverLostCharacters('?衛星產業').text, '衛星產業');
  assert.equal(recoverLostCharacters('規?;?、化').text, '規、化');
  assert.equal(recoverLostCharacters('日內?30天').text, '日內30天');
});

test('should keep real question marks', () => {
  for (const s of ['What? 見 https://a.cn/x.php?id=3', '你好吗?\n好', 'Is 3<5?']) {
    assert.equal(recoverLostCharacters(s).text, s);
  }
});

test('should return text without question marks unchanged', () => {
  assert.deepEqual(recoverLostCharacters('沒有問題'), { text: '沒有問題', edits: [] });
});

test('should recover a lost character read with ü', () => {
  assert.equal(recoverLostCharacters('发展?(lǜ)色化工').text, '发展绿色化工');
});

test('should put back the character the document writes in the same context, in any script', () => {
  // The lexicon alone takes 玮 after 新; the document writes 王新偉 (伟) elsewhere.
  assert.equal(recoverLostCharacters('市長王新?(wěi)調研。王新偉指出').text, '市長王新伟調研。王新偉指出');
  // After the lost character: 出席?(bìng)見證 beside 並見證 elsewhere.
  assert.equal(recoverLostCharacters('市长出席?(bìng)見證。副市长並見證簽約').text, '市长出席并見證。副市长並見證簽約');
});

test('should fall back to the lexicon when the document writes two candidates in the context', () => {
  // 王新偉 and 王新瑋 both: no single vote, so the bigram lexicon decides (玮 after 新).
  assert.equal(recoverLostCharacters('王新?(wěi)調研。王新偉、王新瑋').text, '王新玮調研。王新偉、王新瑋');
});
