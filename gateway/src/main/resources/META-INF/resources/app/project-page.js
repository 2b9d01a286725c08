// A key project: what it is, its lifecycle events, its investment by month against the year's plan (序时进度),
// its milestones and alerts.
import { get, regions, withQuery } from './api.js';
import { chart } from './charts.js';
import { field, h, show, table } from './dom.js';
import { idOf, orDash, percent, today, yi } from './format.js';
import { STAGES } from './projects-page.js';

const STAGE_ZH = Object.fromEntries(STAGES);
const MILESTONE_ZH = { PROJECT_APPROVAL: '立项', FEASIBILITY_STUDY: '可研', LAND_USE: '用地', ENVIRONMENTAL_ASSESSMENT: '环评',
  CONSTRUCTION_PERMIT: '施工许可', OTHER: '其他' };
const ALERT_ZH = { BEHIND_PACE: '低于序时进度', OVERDUE_MILESTONE: '节点逾期', NO_REPORT: '未报进度' };

export async function projectPage(parameters, navigate, projectId) {
  const now = today();
  const year = Number(parameters.year || now.slice(0, 4));
  const month = year < Number(now.slice(0, 4)) ? 12 : Number(now.slice(5, 7));
  const path = `/api/v1/projects/${projectId}`;
  const [project, regionList] = await Promise.all([get(path), regions()]);
  const region = regionList.find((r) => r.name === `regions/${project.regionCode}`);
  const [events, reports, progress, milestones, alerts] = await Promise.all([
    get(`${path}/events`), get(withQuery(`${path}/investment-reports`, { year })),
    get(withQuery(`${path}/investment-progress`, { year, month })), get(`${path}/milestones`),
    get(withQuery('/api/v1/project-alerts', { year, month, regionCode: project.regionCode }))]);
  const own = alerts.filter((a) => a.project === project.name);

  show(
    h('h1', {}, project.displayName, h('small', {}, project.stageZh || project.stage)),
    h('dl', { class: 'facts' },
      fact('地区', region ? region.displayName : project.regionCode), fact('行业', project.sector), fact('级别', project.levelZh || project.level),
      fact('总投资', project.totalInvestment ? `${yi(project.totalInvestment)} 亿元` : '—'),
      fact('规划', project.plan ? h('a', { href: `#/plan/${idOf(project.plan)}` }, idOf(project.plan)) : '—'),
      fact('栏目', project.planSection),
      fact('出处', project.provenance ? `${project.provenance.document}：“${project.provenance.quote}”` : '—')),
    h('section', { class: 'panel', id: 'investment' },
      h('h2', {}, `${year}年投资完成情况`),
      h('form', { class: 'controls', onsubmit: (e) => e.preventDefault() },
        field('年份', h('input', { type: 'number', name: 'year', value: year, min: 2000, max: 2100,
          onchange: (e) => navigate(`project/${projectId}`, { year: e.target.value }) }))),
      h('p', {}, progress.planned ? `年度计划 ${yi(progress.planned)} 亿元，截至${progress.reportedMonth || month}月完成 `
        + `${yi(progress.completed)} 亿元，完成率 ${percent(progress.completionRate)}%，序时进度 ${percent(progress.timeElapsed)}%`
        + (progress.behindPace ? '，低于序时进度' : '') : '本年未设年度计划投资'),
      reports.length || progress.planned ? chart(investmentOption(reports, progress), { dataset: { chart: 'investment' } })
        : h('p', { class: 'empty' }, '本年暂无投资报告'),
      reports.length ? table(['月份', '1–N月累计完成（亿元）', '更正说明'], reports,
        (r) => [`${r.month}月`, yi(r.cumulativeCompleted), orDash(r.correctionReason)]) : null),
    h('section', { class: 'panel', id: 'events' }, h('h2', {}, '生命周期'),
      events.events.length ? table(['日期', '阶段变化', '事由'], events.events,
        (e) => [e.eventDate, `${STAGE_ZH[e.fromStage] || e.fromStage} → ${STAGE_ZH[e.toStage] || e.toStage}`, e.reason])
        : h('p', { class: 'empty' }, '暂无阶段变化记录')),
    h('section', { class: 'panel', id: 'milestones' }, h('h2', {}, '前期节点'),
      milestones.length ? table(['节点', '名称', '计划日期', '完成日期'], milestones,
        (m) => [MILESTONE_ZH[m.kind] || m.kind, orDash(m.title), m.dueDate, orDash(m.actualDate)])
        : h('p', { class: 'empty' }, '暂无节点')),
    h('section', { class: 'panel', id: 'alerts' }, h('h2', {}, `预警（${own.length}）`),
      own.length ? table(['类型', '说明'], own, (a) => [ALERT_ZH[a.kind] || a.kind, a.detail])
        : h('p', { class: 'empty' }, '没有预警')));
}

function fact(term, value) {
  return [h('dt', {}, term), h('dd', {}, value instanceof Node ? value : orDash(value))];
}

/** Cumulative completion by month against the plan spread evenly over the year (序时进度). */
function investmentOption(reports, progress) {
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  const completed = new Map(reports.map((r) => [r.month, Number(yi(r.cumulativeCompleted))]));
  const planned = progress.planned ? Number(yi(progress.planned)) : null;
  return {
    legend: { data: ['累计完成', '序时计划'] },
    tooltip: { trigger: 'axis' },
    grid: { left: 60, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', name: '亿元' },
    series: [
      { name: '累计完成', type: 'bar', data: months.map((_, i) => completed.get(i + 1) ?? null) },
      { name: '序时计划', type: 'line', data: planned === null ? [] : months.map((_, i) => (planned * (i + 1)) / 12),
        lineStyle: { type: 'dashed' } },
    ],
  };
}
