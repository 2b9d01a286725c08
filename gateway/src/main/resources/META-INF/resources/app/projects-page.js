// 重点项目: the list with the API's filters (region, plan, sector, level, stage), one page at a time.
import { get, plans, regions, withQuery } from './api.js';
import { field, h, select, show, table } from './dom.js';
import { idOf, today, yi } from './format.js';

export const STAGES = [['PLANNED', '谋划'], ['PREPARING', '前期'], ['SIGNED', '签约'], ['STARTED', '开工'],
  ['CONTINUING', '续建'], ['COMPLETED', '竣工'], ['IN_OPERATION', '投产运营'], ['SUSPENDED', '暂停'], ['CANCELLED', '取消']];
const LEVELS = [['NATIONAL', '国家重点'], ['PROVINCIAL', '省重点'], ['MUNICIPAL', '市重点'], ['DISTRICT', '区县重点']];
const FILTERS = ['regionCode', 'plan', 'sector', 'level', 'stage'];

export async function projectsPage(parameters, navigate) {
  const filter = Object.fromEntries(FILTERS.map((key) => [key, parameters[key] || '']));
  const year = today().slice(0, 4);
  const [regionList, planList, sectors, page] = await Promise.all([regions(), plans(),
    get(withQuery('/api/v1/project-summaries', { groupBy: 'SECTOR', year, plan: filter.plan, regionCode: filter.regionCode })),
    get(withQuery('/api/v1/projects', { ...filter, pageSize: 50,
      pageToken: parameters.pageToken, includeSubregions: filter.regionCode ? 'true' : '' }))]);
  const go = (change) => navigate('projects', { ...filter, ...change, pageToken: change.pageToken || '' });
  const regionName = new Map(regionList.map((r) => [idOf(r.name), r.displayName]));

  show(
    h('h1', {}, '重点项目'),
    h('form', { class: 'controls', onsubmit: (e) => e.preventDefault() },
      field('地区', select('regionCode', [['', '全部'], ...regionList.map((r) => [idOf(r.name), r.displayName])],
        filter.regionCode, (e) => go({ regionCode: e.target.value }))),
      field('规划', select('plan', [['', '全部'], ...planList.map((p) => [idOf(p.name), p.displayName])], filter.plan,
        (e) => go({ plan: e.target.value }))),
      field('行业', select('sector', [['', '全部'], ...sectors.map((g) => [g.key, `${g.key || '（未分）'} ${g.projectCount}`])],
        filter.sector, (e) => go({ sector: e.target.value }))),
      field('级别', select('level', [['', '全部'], ...LEVELS], filter.level, (e) => go({ level: e.target.value }))),
      field('阶段', select('stage', [['', '全部'], ...STAGES], filter.stage, (e) => go({ stage: e.target.value })))),
    h('p', { class: 'note', id: 'project-count' }, `共 ${page.totalSize ?? page.projects.length} 个项目`),
    h('div', { class: 'scroll' }, table(['项目', '地区', '行业', '阶段', '总投资（亿元）', '出处'], page.projects, (p) => [
      h('a', { href: `#/project/${idOf(p.name)}` }, p.displayName), regionName.get(p.regionCode) || p.regionCode,
      p.sector || '', p.stageZh || p.stage, p.totalInvestment ? yi(p.totalInvestment) : '—',
      p.provenance ? p.provenance.document : ''], { class: 'rows projects' })),
    page.nextPageToken ? h('button', { type: 'button', onclick: () => go({ pageToken: page.nextPageToken }) }, '下一页') : null);
}
