import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLine, classifyLineUngated, endsSentence, lineInfo } from './classify.ts';
import * as C from './constants.ts';
import { compactLength, lineSignals, SIG, signalBits, signalDigits, signalPunctuation } from './signals.ts';
import { lineSpans } from '../../text/edits.ts';
import { generateDocuments } from '../../corpus/large.ts';
import { loadCleanCorpus } from '../../corpus/source.ts';

test('should pack the trigger bits, digit and punctuation counts of a line', () => {
  const s = lineSignals('发布时间: 2025-03-02,来源。');
  assert.equal(signalBits(s), SIG.infoLabel | SIG.colon);
  assert.equal(signalDigits(s), 8);
  assert.equal(signalPunctuation(s), 2);
  assert.equal(lineSignals(''), 0);
  assert.equal(signalDigits(lineSignals('1'.repeat(40))), 15);
  assert.equal(compactLength(' 分享 \u3000微信\t', lineSignals(' 分享 \u3000微信\t')), 4);
  assert.equal(compactLength(' '.repeat(600), lineSignals(' '.repeat(600))), undefined);
});

test('should tell a sentence end exactly as SENTENCE_END does', () => {
  for (const s of ['', ' ', '好。', '好。 \u3000', '好!', '好?\t', '好,', '。好', '!', 'a?b', '好。\u00a0'])
    assert.equal(endsSentence(s), C.SENTENCE_END.test(s), JSON.stringify(s));
});

/** Every run of two or more Han characters in the lexicon patterns (their words and word parts). */
function lexiconWords(): string[] {
  const sources = [
    C.BREADCRUMB_HEAD, C.COMMENT_LINE, C.COMMENT_DISCLAIMER, C.DISCLAIMER_STRONG, C.DISCLAIMER_HEAD, C.DISCLAIMER_WEAK,
    C.COPYRIGHT, C.CONTACT_LABEL, C.CREDIT_LINE, C.NAVIGATION, C.RELATED_HEADER, C.SHARE_WORDS,
  ].map((r) => r.source.replace(/\\s\*/g, ''));
  sources.push(...C.INFO_LABELS, ...C.CREDIT_LABELS);
  return [...new Set(sources.flatMap((s) => s.match(/[\u4e00-\u9fa5]{2,}/g) ?? []))];
}

/** Lines made from the lexicon words in the places boilerplate puts them. */
function craftedLines(): string[] {
  const out: string[] = [];
  for (const w of lexiconWords()) {
    out.push(w, `${w}:`, `【${w}】`, `${w}: 2025-03-02 09:15 来源: 某市日报`, `${w} 张三 李四`, `(${w}:王五)`,
      `${w}:010-66668888 邮箱:news@example.org`, `${w}>新闻>本地`, `本站${w},请联系删除。`, `网友评论${w}并不表明本站同意其观点`,
      `${w} 微信 微博 QQ空间`, `12条${w}`, `已有 3 人${w}`, `※${w}声明:本文仅代表作者观点`);
  }
  out.push('首页 > 新闻 > 本地', '当前位置: 首页 » 要闻', 'Copyright © 2025 example.com', '京ICP备12345678号', '(c) 2024 site',
    '请遵守国家法律法规', '文明上网 理性发言', '0评论', '评论(3)', '上一篇:某某', '更多>>', '热线: 400-123-4567', '13812345678', '联系 0731-86969961', 'news@example.org');
  return out;
}

test('should classify every line as if every scorer ran (the gates only skip scorers that cannot fire)', () => {
  const lines: string[] = craftedLines();
  let n = 0;
  for (const d of generateDocuments(loadCleanCorpus(), 'signals-test')) {
    if (n++ >= 300) break;
    lines.push(...lineSpans(d.text).map((l) => l.text));
  }
  let boilerplate = 0;
  for (const text of lines) {
    // First, middle and last line of a document: some scores depend on the position.
    for (const index of [0, 5, 10]) {
      const l = lineInfo(0, text.length, text, index, 11);
      const got = classifyLine(l);
      assert.equal(got, classifyLineUngated(l), text);
      if (got) boilerplate++;
    }
  }
  assert.ok(boilerplate > 1000, `only ${boilerplate} boilerplate classifications: the test lost its lines`);
});
