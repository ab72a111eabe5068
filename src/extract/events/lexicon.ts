/**
 * extract/events/lexicon: event trigger words → event types (schema `EventType`).
 */
import type { EventType } from '../../analysis/schema.ts';

/** Trigger word → type. Longer words first in the pattern below. */
export const EVENT_TRIGGERS: Readonly<Record<string, EventType>> = {
  座谈会: '座谈会', // symposium
  座谈: '座谈会',
  走访调研: '调研', // visit and inspect
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
  现场会: 'other', // on-site meeting
  交流会: 'other',
  研讨会: 'other',
  发布会: 'other',
  论坛: 'other',
  峰会: 'other',
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

/** A later part of the same day: 当天, 上午, 下午, 会上, 随后. */
export const SAME_DAY = /当天|当日|上午|下午|会上|随后/;

/** A dateline mark: 讯 ends 长沙晚报7月7日讯. */
export const DATELINE_MARK = /讯/;
