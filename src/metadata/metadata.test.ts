import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMetadata } from './metadata.ts';
import { bracketCredits, datelineOutlet, reportedFromCredit, researchOutlet } from './credits.ts';

test('should read outlet, reporters and a month-day from a dateline paragraph', () => {
  const meta = extractMetadata('摘要:某市推进新材料产业\n打造千亿级集群\n某市晚报5月8日讯(全媒体记者 王强 李丽 通讯员 赵六)8日下午,市长主持召开新材料产业座谈会。');
  assert.deepEqual(meta, {
    title: '某市推进新材料产业',
    outlet: '某市晚报',
    reporters: ['王强', '李丽'],
    published: null,
    dateline: '--05-08',
    extra: { 通讯员: '赵六' },
  });
});

test('should use info-bar fields for published, outlet and reporters', () => {
  const meta = extractMetadata('某县调研储能产业\n本报讯:昨日,县委书记在园区调研储能产业发展情况,走访了多家企业。', {
    fields: { 发布时间: '2025-03-02 09:15', 来源: '某县融媒体中心', 记者: '王强' },
  });
  assert.equal(meta.title, '某县调研储能产业');
  assert.equal(meta.outlet, '某县融媒体中心');
  assert.deepEqual(meta.reporters, ['王强']);
  assert.equal(meta.published, '2025-03-02T09:15:00+08:00');
  assert.equal(meta.dateline, '2025-03-01');
  assert.deepEqual(meta.extra, { 发布时间: '2025-03-02 09:15', 来源: '某县融媒体中心', 记者: '王强' });
});

test('should take no outlet from a 来源 field of one character (the rest lost to mojibake)', () => {
  const meta = extractMetadata('某市招商引资工作情况通报\n5月份,全市新签约项目32个,总投资186亿元。', { fields: { 来源: '站' } });
  assert.equal(meta.outlet, null);
});

test('should take the headline over a damaged labelled copy of it, and keep a labelled headline of its own', () => {
  const body = '某市日报讯(记者 王某)7月15日,某市轴承产业发展推进会召开。';
  assert.equal(extractMetadata(`摘要:某市召开轴挟a业发展推进会\n某市召开轴承产业发展推进会\n${body}`).title, '某市召开轴承产业发展推进会');
  assert.equal(extractMetadata(`摘要:某市召开轴承产业发展推进会\n${body}`).title, '某市召开轴承产业发展推进会');
  assert.equal(extractMetadata(`摘要:某市推进新材料产业\n全市新签约项目32个\n${body}`).title, '某市推进新材料产业');
});

test('should prefer the hint title and published time', () => {
  const meta = extractMetadata('正文第一行,没有标题,讲述园区建设情况。', { title: '园区建设提速', published: '2025-01-05 08:00' });
  assert.equal(meta.title, '园区建设提速');
  assert.equal(meta.published, '2025-01-05T08:00:00+08:00');
});

test('should fall back to a research-outlet lead', () => {
  const meta = extractMetadata('标题一行\n某产业研究院了解到,某省储能产业规模持续扩大,已形成完整产业链。');
  assert.equal(meta.outlet, '某产业研究院');
});

test('should read wire datelines and skip 本报', () => {
  assert.deepEqual(datelineOutlet('新华社北京3月5日电 记者从会上获悉,'), { outlet: '新华社', month: 3, day: 5 });
  assert.deepEqual(datelineOutlet('本报讯 日前,'), { outlet: null });
  assert.equal(datelineOutlet('会议指出,要加强产业链建设。'), null);
  assert.equal(researchOutlet('会上,专家作了报告。'), null);
});

test('should skip photo credits in brackets', () => {
  assert.deepEqual(bracketCredits('(5月8日,市长调研园区。某市晚报记者 张三 摄)'), { reporters: [], correspondents: [] });
  assert.deepEqual(bracketCredits('某市日报讯(全媒记者王强)'), { reporters: ['王强'], correspondents: [] });
});

test('should give empty metadata for empty text', () => {
  assert.deepEqual(extractMetadata(''), { title: null, outlet: null, reporters: [], published: null, dateline: null, extra: {} });
});

test('should read a byline line under the headline', () => {
  const meta = extractMetadata('产业观察:某市储能版图\n某产业观察网 研究员 王小明\n近年来,某市储能产业快速发展,已形成完整产业链。');
  assert.equal(meta.outlet, '某产业观察网');
  assert.deepEqual(meta.reporters, ['王小明']);
});

test('should credit interns with reporters and read 融媒 datelines', () => {
  const meta = extractMetadata('标题\n某区融媒讯(记者 李丽 实习生 王强)5月16日,某区举行产业园区观摩会,区领导参加。');
  assert.equal(meta.outlet, '某区融媒');
  assert.deepEqual(meta.reporters, ['李丽', '王强']);
});

test('should date an official notice by its signature', () => {
  const meta = extractMetadata('某局关于开展项目申报工作的通知\n各有关单位:现就项目申报工作通知如下。\n某局\n2024年4月15日');
  assert.equal(meta.dateline, '2024-04-15');
});

test('should read the reporter of an unbracketed credit without the place reported from', () => {
  const text = '标题\n【某报讯】记者何某仪东莞报道:12月20日,东莞市公布了全年产值数据,同比增长较快。';
  assert.deepEqual(extractMetadata(text).reporters, ['何某仪']);
  assert.deepEqual(reportedFromCredit('【某报讯】记者 李长春报道:全市产值增长。', '【某报讯】记者 李长春报道:全市产值增长。'), ['李长春']);
  assert.deepEqual(reportedFromCredit('全市产值增长。', '全市产值增长。'), []);
});

test('should read an agency credit (中央社记者某某厦门9日专电) as the outlet and its reporters', () => {
  const meta = extractMetadata('某区产业聚落成形\n(中央社记者陈某豪厦门9日专电)位于福建省厦门市的投资区,近年形成以面板为主的产业聚落。', {
    published: '2025-04-09 18:20',
  });
  assert.equal(meta.outlet, '中央社');
  assert.deepEqual(meta.reporters, ['陈某豪']);
  assert.equal(meta.dateline, '2025-04-09');
});

test('should read the publish time of a share page byline (outlet, date and time, 发表于 a province)', () => {
  const meta = extractMetadata('某区家具产业集群总产值突破2600亿元\n某南日报  2025-07-15 08:30  发表于江西\n打开APP 阅读更多精彩内容\n某南日报讯(记者 钟某)7月14日,某区家具产业发展推进会召开,记者从会上获悉产值增长。');
  assert.equal(meta.published, '2025-07-15T08:30:00+08:00');
  assert.equal(meta.outlet, '某南日报');
  assert.equal(meta.dateline, '2025-07-14');
  assert.equal(extractMetadata('标题\n某某网 2025-07-15\n正文很长很长,很长很长很长很长很长很长很长很长很长很长很长很长。').published, null);
});

test('should date a yearless dateline by the same day written with its year elsewhere, never by another year', () => {
  const lead = '某市日报讯(记者 李四)5月20日,某市召开新材料产业发展座谈会,市长张三主持会议。';
  assert.equal(extractMetadata(`某市召开座谈会\n${lead}\n会议回顾了2024年5月20日以来的工作。`).dateline, '2024-05-20');
  assert.equal(extractMetadata(`某市召开座谈会\n${lead}\n2024年全市新材料产业产值增长10%。`).dateline, '--05-20');
});

test('should read the reporters of a transcript from its closing credit, without the station', () => {
  const meta = extractMetadata('【视频】某市:重型装备订单排到明年\n【解说】10月27日,车间里一台反应器正在进行最后的焊接检测,订单已经排到了明年。\n(记者 赵某婷 杨某 齐齐哈尔台报道)');
  assert.deepEqual(meta.reporters, ['赵某婷', '杨某']);
  assert.deepEqual(extractMetadata('某市召开会议\n10月27日,某市召开会议,研究部署下一阶段重点工作任务。\n(记者 刘某 摄)').reporters, []);
});
