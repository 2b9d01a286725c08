// Charts with Apache ECharts (served by the gateway from its WebJar). Figures are plotted from the API's decimal
// strings; the tables beside each chart show the strings themselves.
import { h } from './dom.js';

/** The reading of a target as a traffic light: green, yellow, red, grey (and the plan office's words). */
export const STATUS = {
  ACHIEVED: { light: 'green', zh: '已实现目标', color: '#1e8e3e' },
  ON_TRACK: { light: 'green', zh: '进度正常', color: '#34a853' },
  NEEDS_ACCELERATION: { light: 'yellow', zh: '需加快进度', color: '#f9ab00' },
  LAGGING: { light: 'red', zh: '进度滞后', color: '#d93025' },
  DETERIORATING: { light: 'red', zh: '逆向变化', color: '#a50e0e' },
  NOT_ASSESSABLE: { light: 'grey', zh: '无法评估', color: '#9aa0a6' },
};

export const STATUS_ORDER = Object.keys(STATUS);

/** A status as a coloured badge with its Chinese words. */
export function statusBadge(status, words) {
  const known = STATUS[status] || STATUS.NOT_ASSESSABLE;
  return h('span', { class: `badge ${known.light}`, dataset: { status: status || '' } }, words || known.zh);
}

/** A chart in a new box; `option` is an ECharts option. Resizes with the window (1366 px and phone widths). */
export function chart(option, attributes) {
  const box = h('div', { class: 'chart', ...(attributes || {}) });
  requestAnimationFrame(() => {
    const instance = echarts.init(box, null, { renderer: 'svg' });
    instance.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
    new ResizeObserver(() => instance.resize()).observe(box);
  });
  return box;
}

/** Targets by status: one bar per status, in its colour, labelled in Chinese. */
export function statusChart(countsByStatus) {
  const statuses = STATUS_ORDER.filter((s) => countsByStatus[s]);
  return chart({
    grid: { left: 90, right: 30, top: 10, bottom: 20 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: statuses.map((s) => STATUS[s].zh) },
    tooltip: {},
    series: [{
      type: 'bar', label: { show: true, position: 'right' },
      data: statuses.map((s) => ({ value: countsByStatus[s], itemStyle: { color: STATUS[s].color } })),
    }],
  }, { 'aria-label': '指标进度状态分布', dataset: { chart: 'status' } });
}
