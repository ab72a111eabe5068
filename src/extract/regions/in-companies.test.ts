import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../index.ts';
import type { DocMeta } from '../../analysis/schema.ts';

const META: DocMeta = { title: null, outlet: null, reporters: [], published: null, dateline: null, extra: {} };
const codes = (text: string) => extract(text, META).regions.map((r) => `${r.name} ${r.code}`);

test('should drop places inside a company name but keep a company that starts with its place', () => {
  assert.deepEqual(codes('合肥市引进银河航天(北京)网络技术有限公司。'), ['合肥市 340100', '安徽省 340000']);
  assert.deepEqual(codes('石嘴山市宝马兴庆特种合金有限公司投产。'), ['石嘴山市 640200', '宁夏回族自治区 640000']);
  assert.deepEqual(codes('江西鼎峰电子科技有限公司投产。'), ['江西省 360000']);
});

test('should leave regions alone when there is no company', () => {
  assert.deepEqual(codes('北京市朝阳区召开大会。'), ['朝阳区 110105', '北京市 110000']);
});

test('should drop places inside a person name and the parents they alone brought', () => {
  assert.deepEqual(codes('株洲市召开推进会，市领导黄建新、谢玉林参加。'), ['株洲市 430200', '湖南省 430000']);
  assert.deepEqual(codes('株洲市召开推进会，市领导黄建新、谢玉林参加。会后赴玉林市考察。'),
    ['玉林市 450900', '株洲市 430200', '广西壮族自治区 450000', '湖南省 430000']);
});

test('should drop the city that starts a university name, but keep it when the story names it too', () => {
  assert.deepEqual(codes('长垣市检验检测中心与郑州大学共建实验室。'), ['长垣市 410783', '新乡市 410700', '河南省 410000']);
  assert.deepEqual(codes('郑州市企业与郑州大学共建实验室。'), ['郑州市 410100', '河南省 410000']);
  // A university's institute elsewhere: 兰州大学金昌研究院 is in 金昌.
  assert.deepEqual(codes('金昌市与兰州大学金昌研究院合作。'), ['金昌市 620300', '甘肃省 620000']);
});

test('should drop a county short name opening a company name (a brand), keep a full name or a city there', () => {
  assert.deepEqual(codes('金昌市推动金川集团股份有限公司延伸产业链。'), ['金昌市 620300', '甘肃省 620000']);
  assert.deepEqual(codes('平江县卫龙食品有限公司投产。'), ['平江县 430626', '岳阳市 430600', '湖南省 430000']);
});
