/**
 * metadata/credits: the outlet (dateline, 来源 field, research-outlet lead) and the reporters
 * (bracketed credits such as `(全媒体记者 凌晴 陈登辉)`, credit fields such as 记者: 叶列).
 * 通讯员 (correspondents) and photographers are kept apart from reporters.
 */
import {
  AGENCY_CREDIT, BRACKET_CREDIT, CREDIT_ROLE, OUTLET_DATELINE, PERSON_NAME, REPORTER_ROLES, RESEARCH_OUTLET, SELF_OUTLET,
} from './constants.ts';

/** The outlet named by a dateline at the start of `line` (`长沙晚报7月7日讯` → 长沙晚报), or null. */
export function datelineOutlet(line: string): { outlet: string | null; month?: number; day?: number } | null {
  const m = OUTLET_DATELINE.exec(line);
  if (!m?.groups) return null;
  const outlet = SELF_OUTLET.test(m.groups.outlet) ? null : m.groups.outlet;
  return m.groups.month ? { outlet, month: +m.groups.month, day: +m.groups.day } : { outlet };
}

/** A news agency's credit at the start of `line` (`(中央社记者陈某豪厦门9日专电)` → 中央社, [陈某豪]), or null. */
export function agencyCredit(line: string): { outlet: string; reporters: string[] } | null {
  const g = AGENCY_CREDIT.exec(line)?.groups;
  return g ? { outlet: g.outlet!, reporters: g.names!.split('、').filter((n) => PERSON_NAME.test(n)) } : null;
}

/** A research/consulting outlet leading a sentence (`前瞻产业研究院了解到`), or null. */
export function researchOutlet(text: string): string | null {
  return RESEARCH_OUTLET.exec(text)?.groups?.outlet ?? null;
}

/**
 * Split a list of names (`凌晴 陈登辉`, `包东流`, `叶列、王五`) keeping only plausible names; runs of
 * single characters split by spaces are one name (`王 强` → 王强), as pages space out short names.
 * @example splitNames('王 强 李丽') // ['王强', '李丽']
 */
export function splitNames(value: string): string[] {
  const names: string[] = [];
  let run = '';
  for (const token of value.split(/[\s、,，/|:：]+/).filter(Boolean)) {
    if ([...token].length === 1) {
      run += token;
      continue;
    }
    if (run) names.push(run);
    run = '';
    names.push(token);
  }
  if (run) names.push(run);
  return names.filter((s) => PERSON_NAME.test(s));
}

/** Credits found in brackets: reporters and correspondents (photo credits, ending in 摄, skipped). */
export function bracketCredits(text: string): { reporters: string[]; correspondents: string[] } {
  const reporters: string[] = [];
  const correspondents: string[] = [];
  for (const m of text.matchAll(BRACKET_CREDIT)) {
    const inner = m[1];
    if (/摄\s*$|摄影\s*$/.test(inner)) continue;
    const parts = inner.split(CREDIT_ROLE);
    // parts: [prefix, role, names, role, names, ...]
    for (let i = 1; i + 1 < parts.length; i += 2) {
      const names = splitNames(parts[i + 1]);
      if (REPORTER_ROLES.has(parts[i])) reporters.push(...names);
      else if (parts[i] === '通讯员') correspondents.push(...names);
    }
    if (reporters.length > 0) break;
  }
  return { reporters, correspondents };
}

/** How many last non-blank lines a closing credit is looked for in. */
const CLOSING_LINES = 5;

/**
 * The reporters of a closing credit, the way a broadcast transcript ends: `(记者 赵某婷 杨某 某台报道)` — a
 * bracketed line naming 记者 among the last lines (the station's 报道 is no name).
 */
export function closingCredit(text: string, bracketedLine: RegExp): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(-CLOSING_LINES).reverse();
  for (const line of lines) {
    if (!bracketedLine.test(line) || !line.includes('记者')) continue;
    const names = bracketCredits(line).reporters.filter((n) => !/报道?$/.test(n));
    if (names.length > 0) return names;
  }
  return [];
}

/** An unbracketed credit with the place reported from: 【某报讯】记者王某某东莞报道 (names and place, then 报道). */
const REPORTED_FROM_CREDIT = /(?:讯|电)[】\]]?\s*[:：]?\s*记者\s*([\u4e00-\u9fa5][\u4e00-\u9fa5\s]{1,10}?)\s*报道/u;

/**
 * The reporter of an unbracketed credit (`记者何某某东莞报道` → 何某某): the place before 报道 is the
 * longest tail of two to four characters that the text writes elsewhere too, leaving a name of two to
 * four characters; without such a tail the whole credit is the name (记者 李长春报道).
 */
export function reportedFromCredit(line: string, text: string): string[] {
  const m = REPORTED_FROM_CREDIT.exec(line);
  if (!m) return [];
  const credit = m[1]!.replace(/\s+/g, '');
  const at = text.indexOf(m[0]);
  const elsewhere = (s: string) => text.indexOf(s) !== at + m[0].indexOf(s) || text.indexOf(s, at + m[0].length) >= 0;
  for (let k = Math.min(4, credit.length - 2); k >= 2; k--) {
    const name = credit.slice(0, -k);
    if (elsewhere(credit.slice(-k)) && PERSON_NAME.test(name)) return [name];
  }
  return PERSON_NAME.test(credit) ? [credit] : [];
}
