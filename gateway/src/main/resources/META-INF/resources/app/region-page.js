// 驾驶舱: a region's front page as of a date — targets by status, binding targets at risk, the lagging list,
// key projects' 完成率 against 序时进度, projects behind pace, the latest 三个一批 batch's conversion, and what is stale
// (数据时效: targets and project reports whose responsible units are late).
import { get, indicatorNames, plans, regions, withQuery } from './api.js';
import { readingBadge, readingChart, READING, READING_ORDER } from './charts.js';
import { field, h, select, show, table } from './dom.js';
import { idOf, orDash, percent, today, yi } from './format.js';

const ROLE_ZH = { SIGN: '签约', START: '开工', OPERATE: '投产' };

export async function regionPage(parameters, navigate) {
  const code = parameters.code || '410100';
  const asOf = parameters.asOf || today();
  const plan = parameters.plan || '';
  const subregions = parameters.subregions === '1';
  const [regionList, planList, catalogue, dashboard] = await Promise.all([regions(), plans(), indicatorNames(),
    get(withQuery(`/api/v1/dashboards/regions/${code}`, { asOf, plan, includeSubregions: subregions }))]);
  const go = (change) => navigate('region', { code, asOf, plan, subregions: subregions ? '1' : '', ...change });

  const controls = h('form', { class: 'controls', onsubmit: (e) => e.preventDefault() },
    field('地区', select('code', regionList.map((r) => [idOf(r.name), indent(r) + r.displayName]), code,
      (e) => go({ code: e.target.value, plan: '' }))),
    field('日期', h('input', { type: 'date', name: 'asOf', value: asOf, onchange: (e) => go({ asOf: e.target.value }) })),
    field('规划', select('plan', [['', '全部规划'], ...planList.filter((p) => p.region === `regions/${code}`)
      .map((p) => [idOf(p.name), p.displayName])], plan, (e) => go({ plan: e.target.value }))),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'subregions', checked: subregions,
      onchange: (e) => go({ subregions: e.target.checked ? '1' : '' }) }), '含下辖区县项目'));

  const indicators = dashboard.indicators;
  const total = Object.values(indicators.countsByReading).reduce((a, b) => a + b, 0);
  const progressRows = (items) => table(['指标', '评估', '基期值', '最新值', '要求年均增速', '实际年均增速', '说明'], items,
    (p) => [h('a', { href: planLink(p.target, asOf) }, catalogue.get(p.indicator)?.displayName || idOf(p.indicator)),
      readingBadge(p.reading, p.bindingReadingZh ? `${p.readingZh}（${p.bindingReadingZh}）` : p.readingZh),
      orDash(p.baselineValue), p.latestValue ? `${p.latestValue}（${p.latestYear}年）` : '—',
      orDash(p.requiredGrowth), orDash(p.observedGrowth), orDash(p.explanationZh)], { class: 'rows' });

  const projects = dashboard.projects;
  const projectNames = await namesOf([...projects.behindPace.map((a) => a.project)]);
  show(
    h('h1', {}, `${dashboard.region.displayName} 规划实施驾驶舱`, h('small', {}, `截至 ${dashboard.asOf}`)),
    controls,
    h('section', { class: 'cards' },
      card('指标目标', String(total), READING_ORDER.filter((r) => indicators.countsByReading[r])
        .map((r) => `${READING[r].zh} ${indicators.countsByReading[r]}`).join(' · ')),
      card('重点项目', String(projects.count), `总投资 ${yi(projects.totalInvestment)} 亿元`),
      card(`${projects.year}年1–${projects.month}月投资完成率`,
        projects.completionRate ? `${percent(projects.completionRate)}%` : '—',
        `序时进度 ${percent(projects.timeElapsed)}%${projects.gap ? ` · ${paceGap(projects.gap)}` : ''}`),
      card(`1–${projects.month}月完成投资`, `${yi(projects.completedInvestment)} 亿元`,
        `年度计划 ${yi(projects.plannedInvestment)} 亿元`),
      card('逾期未报', String(dashboard.freshness.targetsOverdue + dashboard.freshness.projectsOverdue),
        `指标 ${dashboard.freshness.targetsOverdue}/${dashboard.freshness.targetsChecked} · `
        + `项目月报 ${dashboard.freshness.projectsOverdue}/${dashboard.freshness.projectsChecked}`)),
    h('section', { class: 'panel' }, h('h2', {}, '指标进度'),
      total ? readingChart(indicators.countsByReading) : h('p', { class: 'empty' }, '该地区暂无指标目标')),
    h('section', { class: 'panel', id: 'binding-at-risk' }, h('h2', {}, `约束性指标风险（${indicators.bindingAtRisk.length}）`),
      indicators.bindingAtRisk.length ? progressRows(indicators.bindingAtRisk)
        : h('p', { class: 'empty' }, '没有未达标的约束性指标')),
    h('section', { class: 'panel', id: 'behind' }, h('h2', {}, `滞后指标（${indicators.behind.length}）`),
      indicators.behind.length ? progressRows(indicators.behind)
        : h('p', { class: 'empty' }, '没有需加快、滞后或逆向变化的指标')),
    h('section', { class: 'panel', id: 'behind-pace' }, h('h2', {}, `投资进度滞后项目（${projects.behindPace.length}）`),
      projects.behindPace.length ? table(['项目', '说明'], projects.behindPace, (a) => [
        h('a', { href: `#/project/${idOf(a.project)}?year=${asOf.slice(0, 4)}` }, projectNames.get(a.project) || idOf(a.project)),
        a.detail]) : h('p', { class: 'empty' }, '没有低于序时进度的项目')),
    h('section', { class: 'panel', id: 'latest-batch' }, h('h2', {}, '最新一期“三个一批”'),
      dashboard.latestBatch ? batchFigures(dashboard.latestBatch) : h('p', { class: 'empty' }, '暂无批次')),
    stalePanel(dashboard.freshness, catalogue, asOf));
}

const STALE_SHOWN = 20;

/** 数据时效: late targets and project reports, counted per responsible unit, the first of each listed. */
function stalePanel(freshness, catalogue, asOf) {
  const units = [...new Set([...Object.keys(freshness.overdueTargetsByUnit), ...Object.keys(freshness.overdueProjectsByUnit)])]
    .sort();
  const more = (shown, total) => (total > shown ? h('p', { class: 'note' }, `仅列前 ${shown} 项，共 ${total} 项`) : null);
  return h('section', { class: 'panel', id: 'stale' }, h('h2', {}, '数据时效'),
    units.length === 0 ? h('p', { class: 'empty' }, '没有逾期未报的指标或项目')
      : [table(['责任单位', '逾期指标', '逾期项目月报'], units, (unit) => [unit,
        String(freshness.overdueTargetsByUnit[unit] || 0), String(freshness.overdueProjectsByUnit[unit] || 0)],
      { class: 'rows' }),
      freshness.staleTargets.length ? table(['指标', '责任单位', '应报'], freshness.staleTargets.slice(0, STALE_SHOWN),
        (t) => [h('a', { href: planLink(t.target, asOf) }, catalogue.get(t.indicator)?.displayName || idOf(t.indicator)),
          t.responsibleUnit, t.explanationZh], { class: 'rows' }) : null,
      more(STALE_SHOWN, freshness.staleTargets.length),
      freshness.lateProjects.length ? table(['项目', '责任单位', '应报'], freshness.lateProjects.slice(0, STALE_SHOWN),
        (p) => [h('a', { href: `#/project/${idOf(p.project)}?year=${asOf.slice(0, 4)}` }, p.displayName),
          p.responsibleUnit, p.explanationZh], { class: 'rows' }) : null,
      more(STALE_SHOWN, freshness.lateProjects.length)]);
}

function indent(region) {
  return { PROVINCE: '', PREFECTURE: '　', COUNTY: '　　' }[region.level] ?? '';
}

function planLink(target, asOf) {
  const [, plan] = String(target).split('/');
  return `#/plan/${plan}?asOf=${asOf}`;
}

function card(title, figure, note) {
  return h('div', { class: 'card' }, h('div', { class: 'card-title' }, title), h('div', { class: 'figure' }, figure),
    h('div', { class: 'note' }, note));
}

function batchFigures(conversion) {
  return h('div', {},
    h('p', {}, `${idOf(conversion.batch)}：签约项目已开工 ${conversion.signedNowStarted} 个、已投产 ${conversion.signedNowInOperation} 个；`
      + `开工项目已投产 ${conversion.startedNowInOperation} 个`),
    table(['类别', '项目数', '总投资（亿元）'], conversion.roles,
      (r) => [ROLE_ZH[r.role] || r.role, String(r.projectCount), yi(r.totalInvestment)]));
}

/** Display names of projects (resource names), read one by one: lists of alerts are short. */
async function namesOf(projectNames) {
  const unique = [...new Set(projectNames)].slice(0, 50);
  const found = await Promise.all(unique.map((name) => get(`/api/v1/${name}`).catch(() => null)));
  return new Map(found.filter(Boolean).map((p) => [p.name, p.displayName]));
}

/** The gap to 序时进度 the way offices write it: 超序时进度 3.2 个百分点 / 低于序时进度 4.5 个百分点. */
function paceGap(gap) {
  const behind = gap.startsWith('-');
  const points = percent(behind ? gap.slice(1) : gap);
  return behind ? `低于序时进度 ${points} 个百分点` : `超序时进度 ${points} 个百分点`;
}
