// 评估意见: the staff's 原因分析 and 下一步措施 for a plan's 中期评估 or 总结评估, on the plan as a whole and on each
// indicator; each save is a new version with its author, and the Word report prints the latest.
import { get, put, withQuery } from './api.js';
import { readingBadge } from './charts.js';
import { field, h, select, show } from './dom.js';
import { today } from './format.js';

export async function evaluationPage(parameters, navigate, planId) {
  const asOf = parameters.asOf || today();
  const evaluation = parameters.evaluation || 'mid-term';
  const notesPath = `/api/v1/plans/${planId}/evaluations/${evaluation}/notes`;
  const [table, notes] = await Promise.all([
    get(withQuery(`/api/v1/dashboards/plans/${planId}`, { asOf })), get(notesPath)]);
  const bySubject = new Map(notes.map((n) => [n.subject, n]));
  const go = (change) => navigate(`evaluation/${planId}`, { asOf, evaluation, ...change });
  const subjects = [{ subject: 'overall', title: '总体评价', row: null },
    ...table.rows.filter((r) => !r.countedAs).map((r) => ({ subject: r.target.split('/').pop(), title: r.indicatorName, row: r }))];
  show(
    h('h1', {}, `${table.plan.displayName} 评估意见`, h('small', {}, `截至 ${table.asOf}`)),
    h('form', { class: 'controls', onsubmit: (e) => e.preventDefault() },
      field('评估', select('evaluation', [['mid-term', '中期评估'], ['final', '总结评估']], evaluation,
        (e) => go({ evaluation: e.target.value }))),
      field('日期', h('input', { type: 'date', name: 'asOf', value: asOf, onchange: (e) => go({ asOf: e.target.value }) })),
      h('a', { class: 'button', href: withQuery(`/api/v1/reports/plans/${planId}/evaluation.docx`, { asOf, kind: evaluation }) },
        '生成评估报告 Word')),
    h('p', { class: 'note' }, '每次保存为一个新版本并记录填写人；他人已先保存时，本次保存会被拒绝，请刷新后再改。'),
    ...subjects.map((s) => noteForm(notesPath, s, bySubject.get(s.subject))));
}

/** One subject's two texts with its save button and the version it was read at. */
function noteForm(notesPath, { subject, title, row }, note) {
  let version = note ? note.version : 0;
  const reasons = h('textarea', { name: 'reasonsZh', rows: 3, maxlength: 4000 }, note ? note.reasonsZh || '' : '');
  const measures = h('textarea', { name: 'measuresZh', rows: 3, maxlength: 4000 }, note ? note.measuresZh || '' : '');
  const status = h('span', { class: 'note' }, versionText(note));
  const save = async (e) => {
    e.preventDefault();
    try {
      const written = await put(`${notesPath}/${subject}`, { reasonsZh: reasons.value, measuresZh: measures.value },
        { 'If-Match': `"${version}"` });
      version = written.version;
      status.textContent = `已保存。${versionText(written)}`;
    } catch (error) {
      status.textContent = error.status === 412 ? '他人已保存了新版本，请刷新页面后再修改。'
        : `未保存：${error.describe ? error.describe() : error}`;
    }
  };
  return h('form', { class: 'panel evaluation-note', dataset: { subject }, onsubmit: save },
    h('h2', {}, title, row ? [' ', readingBadge(row.reading, row.readingZh)] : null),
    row ? h('p', { class: 'explanation' }, row.explanationZh || '') : null,
    field('原因分析', reasons), field('下一步措施', measures),
    h('button', { type: 'submit' }, '保存'), ' ', status);
}

function versionText(note) {
  return note ? `第${note.version}版，${note.author}，${note.writeTime.replace('T', ' ').slice(0, 16)}` : '尚未填写';
}
