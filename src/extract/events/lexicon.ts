/**
 * extract/events/lexicon: event trigger words → event types (schema `EventType`).
 */
import type { EventType } from '../../analysis/schema.ts';

/** Trigger word → type. Longer words first in the pattern below. */
export const EVENT_TRIGGERS: Readonly<Record<string, EventType>> = {
  座谈会: '座谈会', // symposium
  座谈: '座谈会',
  走访调研: '调研', // visit and inspect
  走访: '调研', // visits (a district head 走访企业: a visit of inspection)
  调研: '调研',
  考察: '调研',
  视察: '调研',
  签约仪式: '签约', // signing
  签约: '签约',
  签订: '签约',
  签署: '签约',
  拉练: '拉练', // cross-site review tour
  观摩: '观摩', // observation visit
  推进大会: '推进会', // progress meeting
  推进会: '推进会',
  调度会: '推进会', // scheduling meeting: a progress meeting that goes through projects one by one
  大会: '大会', // conference
  博览会: '展会', // expo
  展览会: '展会',
  展销会: '展会',
  交易会: '展会',
  展会: '展会',
  揭牌: '揭牌', // plaque unveiling
  开工: '开工', // groundbreaking
  投产: '投产', // start of production
  汇报会: 'other', // report meeting
  人民代表大会: 'other', // a people's congress session (its 政府工作报告): no conference of an industry
  工作会议: 'other', // work conference (全省工业和信息化工作会议): a meeting of no more specific kind
  现场会: '观摩', // on-site meeting: held at and around the sites shown (an observation visit)
  交流会: 'other',
  研讨会: 'other',
  发布会: 'other',
  论坛: 'other',
  峰会: 'other',
  推介会: 'other', // promotion meeting (招商推介会); a signing held at it is the event when the same sentence reports one
};

/** Any trigger word, longest alternative first. */
export const EVENT_TRIGGER = new RegExp(
  Object.keys(EVENT_TRIGGERS)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** A sentence that plans or urges rather than reports: 要 (must), 将 (will), 推动, 加快, 通过举办. */
export const NOT_REPORTED = /要|将|计划|拟|推动|加快|通过|力争|争取/;

/**
 * Right before a trigger: a state reached, not a happening of the story — 已投产, 已经全面投产, 均已正式开工
 * (已 / 已经 "already", then 全面/正式/顺利/陆续/基本 "fully, formally, smoothly, one after another, mostly").
 */
export const ALREADY_BEFORE = /已(?:经)?(?:全面|正式|顺利|陆续|基本)?$/;

/**
 * Before a trigger in its sentence: the event is announced, not reported — 将于 / 将在 (will, on / at),
 * 即将 (about to), 拟 (plans to), 计划 (plans), 将举办 / 将召开 / 将举行 (will hold). Never the main event.
 */
export const PLANNED_BEFORE = /将于|将在|即将|拟于|拟在|拟举办|计划于|计划在|将举办|将召开|将举行|将开展/;

/**
 * A later part of the same event: 当天/当日 (that day), 上午/下午, 会上 (at the meeting), 随后 (then),
 * 现场 (on the spot: 现场签约, 活动现场), 期间 (during), 开幕式后/仪式后/会后 (after the opening,
 * the ceremony, the meeting), 同日 (the same day).
 */
export const SAME_DAY = /当天|当日|上午|下午|会上|随后|现场|期间|开幕式后|仪式后|会后|同日/;

/** After a trigger: the event is the setting of another one — 博览会期间 (during the expo), 之际 (on the occasion of). */
export const CONTEXT_AFTER = /^(?:期间|之际|前夕)/;

/** A sentence at the main meeting itself: 会上 (at the meeting), 会议期间 — what it reports is part of that meeting. */
export const AT_MEETING_START = /^(?:会上|会议期间)/;

/** After a trigger: a count, not a happening — 签约项目18个 (projects signed: a quantity). */
export const COUNT_AFTER = /^项目/;

/** Right before a date: it ends a range (11月26日至28日), so it does not date the event's start. */
export const RANGE_END_BEFORE = /[至到~～—－-]$/;

/**
 * In the clause after the first official named in the lead paragraph: an act of leading the event —
 * 宣布 (announces), 出席 (attends as the guest of honour), 主持 (chairs), 调研/考察/视察/走访/察看
 * (inspects), 深入/来到/前往/赴 (goes to), 揭牌 (unveils), 带队/带领/率 (leads a delegation), 讲话 (speaks),
 * 见证 (witnesses), 启动 (launches), 会见 (meets), 推介 (gives the promotion talk of a 推介会), 作政府工作报告 (delivers
 * the government work report of a people's congress session), 发布(有关/相关)情况 (a press conference's 发布人 gives the
 * information), and
 * 在会上/在签约仪式上 + 说/要求/强调/指出 (addresses the meeting or ceremony itself, as 讲话 does).
 * Not 致辞 (a welcome address), 参加/陪同 (attends, accompanies), 介绍, 表示.
 */
export const EVENT_LEAD_ACT =
  /宣布|出席|主持|调研|考察|视察|走访|察看|深入|来到|前往|赴|揭牌|带队|带领|率|讲话|见证|启动|会见|按下|推介|作政府工作报告|发布(?:有关|相关)?情况|在[^，,。；;]{0,8}[会式]上(?:说|要求|强调|指出)/;

/** Attendance (参加): leads only when the official is the one named in the lead paragraph. */
export const ATTEND_ACT = /^(?:参加|出席)/;

/** Right after an official's name: 宣布 (declares the event open or started) — that official leads it. */
export const DECLARE_ACT = /^宣布/;

/** A sentence that reports what happened at the event of the paragraph before: 当天, 当日, 同日. */
export const SAME_DAY_START = /^(?:当天|当日|同日)/;

/** Where the lead act's clause ends. */
export const LEAD_CLAUSE_END = /[，,。；;！!？?\n]/;

/** A dateline mark: 讯 ends 长沙晚报7月7日讯. */
export const DATELINE_MARK = /讯/;
