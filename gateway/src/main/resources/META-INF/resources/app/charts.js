// Charts with Apache ECharts (served by the gateway from its WebJar). Figures are plotted from the API's decimal
// strings; the tables beside each chart show the strings themselves.
import { h } from './dom.js';

/**
 * The reading of a target in the plan office's words (China's plan evaluations: 提前实现 / 快于预期 / 基本符合预期 /
 * 滞后, and 已完成 / 未完成 once the target year's value is in) as a traffic light: green, red, grey.
 */
export const READING = {
  EARLY_ACHIEVED: { light: 'green', zh: '提前实现', color: '#1e8e3e' },
  AHEAD: { light: 'green', zh: '快于预期', color: '#34a853' },
  AS_EXPECTED: { light: 'green', zh: '基本符合预期', color: '#81c995' },
  BEHIND: { light: 'red', zh: '滞后', color: '#d93025' },
  COMPLETED: { light: 'green', zh: '已完成', color: '#188038' },
  NOT_COMPLETED: { light: 'red', zh: '未完成', color: '#a50e0e' },
  NOT_ASSESSABLE: { light: 'grey', zh: '无法评估', color: '#9aa0a6' },
};

export const READING_ORDER = Object.keys(READING);

/** A reading as a coloured badge with its Chinese words. */
export function readingBadge(reading, words) {
  const known = READING[reading] || READING.NOT_ASSESSABLE;
  return h('span', { class: `badge ${known.light}`, dataset: { reading: reading || '' } }, words || known.zh);
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

/** Targets by reading: one bar per reading, in its colour, labelled in Chinese. */
export function readingChart(countsByReading) {
  const readings = READING_ORDER.filter((r) => countsByReading[r]);
  return chart({
    grid: { left: 100, right: 30, top: 10, bottom: 20 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: readings.map((r) => READING[r].zh) },
    tooltip: {},
    series: [{
      type: 'bar', label: { show: true, position: 'right' },
      data: readings.map((r) => ({ value: countsByReading[r], itemStyle: { color: READING[r].color } })),
    }],
  }, { 'aria-label': '指标评估结果分布', dataset: { chart: 'status' } });
}
