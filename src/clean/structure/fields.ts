/**
 * clean/structure/fields: parse info bars and credit lines into fields before they are removed
 * (`发布时间: 2026-01-25 13:43  关注度:216` → {发布时间: '2026-01-25 13:43', 关注度: '216'};
 * `■记 者 叶 列` → {记者: '叶列'}).
 */
import { COUNT_LABELS, CREDIT_LABELS, DATE_VALUE, INFO_LABELS } from './constants.ts';

/** Labels whose value is not worth keeping (font-size switches). */
const SKIP_LABELS = new Set(['字体', '字号']);
/** Labels whose value is a date-time. */
const DATE_LABELS = /时间|日期/;
/** Synonyms folded to one key. */
const KEY_ALIASES: Readonly<Record<string, string>> = { 责编: '责任编辑', 文章来源: '来源', 信息来源: '来源' };
const CREDIT_SET = new Set<string>(CREDIT_LABELS);

// Every label, longest first, characters joined by optional spaces (`记 者`); info labels need a
// colon, credit labels may be followed by a space instead (`记者 叶列`).
const spaced = (l: string) => [...l].join('\\s*');
const byLength = (a: string, b: string) => b.length - a.length;
const LABEL_RE = new RegExp(
  `(${[...INFO_LABELS].sort(byLength).map(spaced).join('|')})\\s*[:：]\\s*|(${[...CREDIT_LABELS].sort(byLength).map(spaced).join('|')})\\s*(?:[:：]\\s*|(?=\\s)|(?=[\\u4e00-\\u9fa5]))`,
  'g',
);

/** Tail words after credited names: 摄 (photo by), 报道 (reports), 文 (text by). */
const CREDIT_TAIL = /\s*(?:摄影?|报道|文|供图)\s*$/;

/**
 * Normalize a list of names: brackets and separators dropped, runs of single characters split by
 * spaces joined (`叶 列` → `叶列`), names joined by `、`.
 * @example normalizeNames('凌晴 陈登辉') // '凌晴、陈登辉'
 */
export function normalizeNames(value: string): string {
  const clean = value.replace(/[()（）\[\]【】■●]/g, ' ').replace(CREDIT_TAIL, '');
  const tokens = clean.split(/[\s、,，/|:：]+/).filter(Boolean);
  const names: string[] = [];
  let run = '';
  for (const t of tokens) {
    if ([...t].length === 1) {
      run += t;
      continue;
    }
    if (run) names.push(run);
    run = '';
    names.push(t);
  }
  if (run) names.push(run);
  return names.join('、');
}

/** Clean one raw field value by the kind of its label. */
function cleanValue(key: string, raw: string): string {
  const value = raw.split(/\s{2,}|\|/)[0].trim();
  if (COUNT_LABELS.test(key)) return /^\d+/.exec(value)?.[0] ?? '';
  if (DATE_LABELS.test(key)) return DATE_VALUE.exec(raw)?.[0].replace(/\s+(?=\d{1,2}:)/, ' ').trim() ?? '';
  if (CREDIT_SET.has(key) || key === '作者') return normalizeNames(raw.split(/\s{2,}/)[0]);
  if (key === '来源') return value.split(/\s/)[0].replace(/[)）\]】]+$/, '');
  return value;
}

/**
 * Parse `label: value` pairs of an info bar or credit line.
 * @returns fields keyed by label (spaces removed, 责编 → 责任编辑); empty values are dropped.
 * @example parseFields('发布时间: 2026-01-25 13:43  关注度:216') // {发布时间: '2026-01-25 13:43', 关注度: '216'}
 */
export function parseFields(line: string): Record<string, string> {
  const out: Record<string, string> = {};
  const matches = [...line.matchAll(LABEL_RE)];
  matches.forEach((m, i) => {
    const label = (m[1] ?? m[2]).replace(/\s+/g, '');
    if (SKIP_LABELS.has(label)) return;
    const key = KEY_ALIASES[label] ?? label;
    const from = m.index! + m[0].length;
    const to = i + 1 < matches.length ? matches[i + 1].index! : line.length;
    const value = cleanValue(key, line.slice(from, to).replace(/^[\s)）\]】]+|[\s(（\[【]+$/g, ''));
    if (value && !(key in out)) out[key] = value;
  });
  // `来源:新华日报  2025-02-11 08:05`: a bar's unlabelled date-time is its publish time (read as 时间).
  if (matches.length > 0 && !Object.keys(out).some((k) => DATE_LABELS.test(k))) {
    const date = DATE_VALUE.exec(line)?.[0].replace(/\s+(?=\d{1,2}:)/, ' ').trim();
    if (date) out['时间'] = date;
  }
  return out;
}
