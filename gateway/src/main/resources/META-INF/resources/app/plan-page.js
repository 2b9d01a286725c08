// 规划指标表: a plan's indicator table in the document's order, each row with its latest value and reading; a row
// opens a chart of the indicator's observed values against the target's path.
import { all, get, plans, regions, withQuery } from './api.js';
import { chart, readingBadge } from './charts.js';
import { field, h, select, show } from './dom.js';
import { idOf, orDash, today } from './format.js';

const KIND_ZH = {
  FIVE_YEAR_PLAN_OUTLINE: '五年规划纲要', FIVE_YEAR_PLAN_RECOMMENDATION: '五年规划建议', ANNUAL_PLAN: '年度计划',
  GOVERNMENT_WORK_REPORT: '政府工作报告', STATISTICAL_BULLETIN: '统计公报',
};
const STATUS_ZH = { PRELIMINARY: '初步核算', ESTIMATED: '预计', FINAL: '最终核实' };
const GROWTH_FORMS = new Set(['AVERAGE_ANNUAL_GROWTH', 'ANNUAL_GROWTH']);

export async function plansPage() {
  const [planList, regionList] = await Promise.all([plans(), regions()]);
  const regionName = new Map(regionList.map((r) => [r.name, r.displayName]));
  show(h('h1', {}, '规划与计划'),
    h('ul', { class: 'plans' }, planList.map((p) => h('li', {},
      h('a', { href: `#/plan/${idOf(p.name)}` }, p.displayName),
      h('span', { class: 'note' }, ` ${regionName.get(p.region) || ''} · ${KIND_ZH[p.kind] || p.kind} · ${p.startYear}–${p.endYear}`)))));
}

export async function planPage(parameters, navigate, planId) {
  const asOf = parameters.asOf || today();
  const section = parameters.section || '';
  const [full, dashboard] = await Promise.all([
    get(withQuery(`/api/v1/dashboards/plans/${planId}`, { asOf })),
    section ? get(withQuery(`/api/v1/dashboards/plans/${planId}`, { asOf, section })) : null]);
  const shown = dashboard || full;
  const sections = [...new Set(full.rows.map((r) => sectionOf(r.location)).filter(Boolean))];
  const regionCode = idOf(full.plan.region);
  const go = (change) => navigate(`plan/${planId}`, { asOf, section, ...change });

  const body = h('tbody', {});
  for (const row of shown.rows) {
    const tr = h('tr', { class: 'row', tabindex: 0, dataset: { target: idOf(row.target) } },
      h('td', { class: 'n' }, String(row.number)),
      h('td', {}, row.indicatorName, row.indicatorEnglishName ? h('div', { class: 'en' }, row.indicatorEnglishName) : null),
      h('td', {}, row.unit),
      h('td', { class: 'n' }, row.baselineValue ? `${row.baselineValue}（${row.baselineYear}）` : '#'),
      h('td', { class: 'n' }, targetText(row)),
      h('td', { class: 'n' }, orDash(row.averageGrowth)),
      h('td', { class: 'nowrap' }, row.attributeZh || ''),
      h('td', { class: 'n' }, row.latestValue ? `${row.latestValue}（${row.latestYear}）` : '—',
        row.latestSource ? h('div', { class: 'source', title: row.latestSource.quote || '' }, sourceText(row.latestSource)) : null),
      h('td', {}, readingBadge(row.reading, row.readingZh), row.bindingReadingZh ? ` ${row.bindingReadingZh}` : '',
        row.staleZh ? [' ', h('span', { class: 'badge grey stale', title: row.staleZh }, '逾期未报')] : null,
        h('div', { class: 'explanation' }, orDash(row.explanationZh))));
    const open = () => toggleChart(tr, row, regionCode);
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
    body.append(tr);
  }
  show(
    h('h1', {}, full.plan.displayName, h('small', {}, `截至 ${shown.asOf}`)),
    h('form', { class: 'controls', onsubmit: (e) => e.preventDefault() },
      field('日期', h('input', { type: 'date', name: 'asOf', value: asOf, onchange: (e) => go({ asOf: e.target.value }) })),
      field('栏目', select('section', [['', '全部'], ...sections.map((s) => [s, s])], section,
        (e) => go({ section: e.target.value }))),
      h('a', { class: 'button', href: withQuery(`/api/v1/exports/plans/${planId}/targets.xlsx`, { asOf, section }) }, '导出 Excel'),
      h('a', { class: 'button', href: `#/evaluation/${planId}?asOf=${asOf}` }, '填写评估意见'),
      h('a', { class: 'button', href: withQuery(`/api/v1/reports/plans/${planId}/evaluation.docx`, { asOf }) }, '评估报告 Word'),
      h('a', { class: 'button', href: withQuery(`/api/v1/reports/plans/${planId}/evaluation.xlsx`, { asOf }) }, '评估报告 Excel')),
    h('p', { class: 'note' }, `${shown.rows.length} 项指标，其中 ${shown.rows.filter((r) => r.staleZh).length} 项应报数据逾期未报；`
      + '点击一行查看指标实际值与目标路径。'),
    h('div', { class: 'scroll' }, h('table', { class: 'rows plan-table' },
      h('thead', {}, h('tr', {}, ['序号', '指标', '单位', '基期', '目标', '年均增长', '属性', '最新值', '评估']
        .map((t) => h('th', {}, t)))), body)));
}

function sectionOf(location) {
  return location ? location.replace(/\s*第\d+行$/, '') : '';
}

function targetText(row) {
  if (!row.targetValue) return '#';
  const range = row.upperBound ? `${row.targetValue}–${row.upperBound}` : row.targetValue;
  return `${range}${row.comparatorZh && row.comparatorZh !== '区间' ? ` ${row.comparatorZh}` : ''}（${row.targetYear}）`
    + (row.stretch ? ' 力争' : '');
}

async function toggleChart(tr, row, regionCode) {
  const next = tr.nextElementSibling;
  if (next && next.classList.contains('chart-row')) {
    next.remove();
    return;
  }
  const cell = h('td', { colspan: 9 }, h('p', { class: 'note' }, '读取中…'));
  tr.after(h('tr', { class: 'chart-row' }, cell));
  const observations = await all(`/api/v1/${row.indicator}/observations`, 'observations', { regionCode });
  const yearly = observations.filter((o) => o.period?.kind === 'YEAR')
    .sort((a, b) => a.period.year - b.period.year);
  cell.replaceChildren(...[
    yearly.length ? null : h('p', { class: 'empty' }, '该指标在本地区暂无实际值'),
    chart(targetPathOption(row, yearly), { dataset: { chart: 'target-path' } }),
    yearly.length ? h('ul', { class: 'observations' }, yearly.map((o) => h('li', {},
      `${o.period.year}年 ${o.value}${row.unit}（${STATUS_ZH[o.status] || o.status}） — ${o.source || ''}`
      + (o.quote ? `：“${o.quote}”` : '')))) : null].filter(Boolean));
}

function targetPathOption(row, yearly) {
  const years = [];
  for (let y = row.baselineYear; y <= row.targetYear; y++) years.push(y);
  yearly.forEach((o) => { if (!years.includes(o.period.year)) years.push(o.period.year); });
  years.sort((a, b) => a - b);
  let path = [];
  if (row.targetValue && GROWTH_FORMS.has(row.form)) {
    path = years.filter((y) => y > row.baselineYear).map((y) => [String(y), Number(row.targetValue)]);
  } else if (row.targetValue && row.baselineValue) {
    const start = Number(row.baselineValue);
    const end = Number(row.targetValue);
    const span = row.targetYear - row.baselineYear;
    path = years.filter((y) => y >= row.baselineYear && y <= row.targetYear)
      .map((y) => [String(y), start + ((end - start) * (y - row.baselineYear)) / span]);
  }
  return {
    legend: { data: ['实际值', '目标路径'] },
    tooltip: { trigger: 'axis' },
    grid: { left: 60, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', name: row.unit, scale: true },
    series: [
      { name: '实际值', type: 'line', data: yearly.map((o) => [String(o.period.year), Number(o.value)]), symbolSize: 8 },
      { name: '目标路径', type: 'line', data: path, lineStyle: { type: 'dashed' }, showSymbol: false },
    ],
  };
}

/** Where a latest value comes from, as a reviewer reads it: the document, and whether it is derived or second-hand. */
function sourceText(source) {
  const marks = [source.derivation ? '推算' : null, source.secondary ? '二手汇编' : null].filter(Boolean);
  return `来源：${source.source}${marks.length ? `（${marks.join('，')}）` : ''}`;
}
