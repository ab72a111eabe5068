import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { repairMojibake } from './mojibake.ts';

/** Simulate a lost first GBK byte: drop it, decode the rest as GBK (re-paired), keep the pinyin. */
function shifted(word: string, pinyin: string): string {
  const bytes = iconv.encode(word, 'gb18030');
  const rest = bytes.subarray(1, bytes.length - 1);
  return `?${iconv.decode(rest, 'gb18030')}(${pinyin})`;
}

test('should re-decode a byte-shifted GBK run using its neighbours and the pinyin after it', () => {
  const noisy = `支持${shifted('科技初創', 'chuàng')}企業`;
  const r = repairMojibake(noisy);
  assert.equal(r.text, '支持科技初創企業');
  assert.equal(r.edits[0].reason, 'mojibake:redecoded');
});

test('should re-decode UTF-8 read as GBK inside a longer run', () => {
  const garbled = iconv.decode(iconv.encode('其他', 'utf-8'), 'gb18030');
  assert.equal(repairMojibake(`研究${garbled}项目`).text, '研究其他项目');
});

test('should remove and flag an unreadable byte-shifted run', () => {
  const r = repairMojibake('研究?鮿鱻靐(zhé)工作');
  assert.equal(r.text, '研究工作');
  assert.equal(r.edits[0].reason, 'mojibake:removed');
  assert.equal(r.findings?.[0].rule, 'mojibake:removed');
});

test('should leave rare characters of real names alone', () => {
  const s = '記者余劭劼攝,王喆參加';
  assert.equal(repairMojibake(s).text, s);
});

test('should return common text unchanged', () => {
  assert.deepEqual(repairMojibake('产业集群发展'), { text: '产业集群发展', edits: [] });
  assert.deepEqual(repairMojibake(''), { text: '', edits: [] });
});

/** The generator's byte shift (src/corpus/noise.ts): a run encoded as GBK, its first byte dropped, decoded alone. */
function gbkShifted(run: string): string {
  return '?' + iconv.decode(iconv.encode(run, 'gbk').subarray(1), 'gbk').replace(/\uFFFD/g, '?');
}

test('should re-decode a shifted run whose last trail byte decoded to an ASCII character', () => {
  // 業 = 98 49: the shift leaves its 49 as `I`, glued before the text after it.
  assert.ok(gbkShifted('工業').endsWith('I'));
  assert.equal(repairMojibake(`全市規模以上${gbkShifted('工業')}企業`).text, '全市規模以上工業企業');
  assert.equal(repairMojibake('會議聽取了?髽I負責人發言').text, '會議聽取了企業負責人發言');
  assert.equal(repairMojibake('加快?ㄔO科技園區').text, '加快建設科技園區');
});

test('should complete the last character of a shifted run closed by a ? from its neighbours', () => {
  const noisy = `加快建设新能${gbkShifted('源汽车')}产业园`;
  assert.ok(noisy.endsWith('?产业园'));
  assert.equal(repairMojibake(noisy).text, '加快建设新能源汽车产业园');
});

test('should leave a shifted run alone when its first character is not clear', () => {
  // 動 + X + 經: 动车 and 数字 both read; nothing is guessed.
  assert.equal(repairMojibake('推動?底?經濟發展').text, '推動?底?經濟發展');
});

test('should leave a question mark before ordinary text alone', () => {
  for (const s of ['怎么办?A股市场', '为什么?发展新能源?', 'index.php?id=3', '日?(bào)訊']) assert.equal(repairMojibake(s).text, s);
});
