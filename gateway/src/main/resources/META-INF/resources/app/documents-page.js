// 文件审核: the documents submitted, a form to submit one, and the review screen — each candidate with its quote
// highlighted in the text, accepted, corrected or rejected one by one or all of a kind at once.
import { all, ApiProblem, get, identity, patch, post, regions, withQuery } from './api.js';
import { field, h, select, show } from './dom.js';
import { idOf, orDash, today, yi } from './format.js';

const KINDS = [['STATISTICAL_BULLETIN', '统计公报'], ['GOVERNMENT_WORK_REPORT', '政府工作报告'], ['ANNUAL_PLAN', '年度计划'],
  ['FIVE_YEAR_PLAN_OUTLINE', '五年规划纲要'], ['FIVE_YEAR_PLAN_RECOMMENDATION', '五年规划建议']];
const CANDIDATE_KINDS = [['TARGET', '目标'], ['OBSERVATION', '实际值'], ['PROJECT', '项目'], ['PROGRAMME_TOTAL', '项目总量']];
const STATES = [['PENDING', '待审核'], ['ACCEPTED', '已接受'], ['REJECTED', '已驳回']];
const KIND_ZH = Object.fromEntries(CANDIDATE_KINDS);
const STATE_ZH = Object.fromEntries(STATES);

export async function documentsPage(parameters, navigate) {
  const [page, regionList] = await Promise.all([get(withQuery('/api/v1/documents', { pageSize: 100 })), regions()]);
  const message = h('p', { class: 'message', role: 'status' });
  const form = h('form', { class: 'submit-document', onsubmit: async (e) => {
    e.preventDefault();
    const data = new FormData(e.target);
    const file = data.get('file');
    const body = { title: data.get('title'), regionCode: data.get('regionCode'), kind: data.get('kind'),
      startYear: Number(data.get('startYear')) };
    if (file && file.size) {
      body.content = await base64(file);
      body.fileName = file.name;
    } else {
      body.text = data.get('text');
    }
    try {
      const submitted = await post('/api/v1/documents', body);
      navigate(`document/${idOf(submitted.document.name)}`, {});
    } catch (error) {
      message.textContent = error instanceof ApiProblem ? error.describe() : String(error);
      message.className = 'message problem';
    }
  } },
  field('标题', h('input', { name: 'title', required: true, size: 40 })),
  field('地区', select('regionCode', regionList.map((r) => [idOf(r.name), r.displayName]), '410100')),
  field('类型', select('kind', KINDS, 'STATISTICAL_BULLETIN')),
  field('年份', h('input', { name: 'startYear', type: 'number', value: Number(today().slice(0, 4)) - 1, min: 1990, max: 2100 })),
  field('文件（.txt .docx .pdf）', h('input', { name: 'file', type: 'file', accept: '.txt,.docx,.pdf,text/plain' })),
  field('或粘贴正文', h('textarea', { name: 'text', rows: 4, cols: 60 })),
  h('button', { type: 'submit', disabled: !identity() }, identity() ? '提交并识别' : '请先登录后提交'));

  show(h('h1', {}, '文件审核'),
    page.documents.length ? h('ul', { class: 'documents' }, page.documents.map((d) => h('li', {},
      h('a', { href: `#/document/${idOf(d.name)}` }, d.title),
      h('span', { class: 'note' }, ` ${d.kindZh || d.kind} · ${d.regionCode} · 待审核 ${d.pendingCount ?? 0}、已接受 ${d.acceptedCount ?? 0}、`
        + `已驳回 ${d.rejectedCount ?? 0}`)))) : h('p', { class: 'empty' }, '尚未提交文件'),
    h('section', { class: 'panel' }, h('h2', {}, '提交文件'), form, message));
}

function base64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1]);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export async function documentPage(parameters, navigate, documentId) {
  const kind = parameters.kind || '';
  const state = parameters.state || 'PENDING';
  const path = `/api/v1/documents/${documentId}`;
  const [document, candidates] = await Promise.all([get(withQuery(path, { view: 'FULL' })),
    all(`${path}/candidates`, 'candidates', { kind, state })]);
  const go = (change) => navigate(`document/${documentId}`, { kind, state, ...change });
  const text = document.text || '';
  const textPanel = h('pre', { class: 'document-text', id: 'document-text' }, text);
  const message = h('p', { class: 'message', role: 'status' });
  const report = (error) => {
    message.textContent = error instanceof ApiProblem ? error.describe() : String(error);
    message.className = 'message problem';
  };

  const highlight = (candidate) => {
    const mark = h('mark', {}, text.slice(candidate.startOffset, candidate.endOffset));
    textPanel.replaceChildren(text.slice(0, candidate.startOffset), mark, text.slice(candidate.endOffset));
    mark.scrollIntoView({ block: 'center' });
  };

  const cards = candidates.map((c) => candidateCard(c, {
    highlight,
    accept: () => post(`/api/v1/${c.name}/accept`, undefined, { 'If-Match': `"${c.etag}"` })
      .then(() => go({}), report),
    reject: () => post(`/api/v1/${c.name}/reject`, undefined, { 'If-Match': `"${c.etag}"` })
      .then(() => go({}), report),
    save: (body) => patch(`/api/v1/${c.name}`, body, { 'If-Match': `"${c.etag}"` }).then(() => go({}), report),
  }));

  show(
    h('h1', {}, document.title, h('small', {}, `${document.kindZh || document.kind} · ${document.regionCode}`)),
    h('form', { class: 'controls', onsubmit: (e) => e.preventDefault() },
      field('类别', select('kind', [['', '全部'], ...CANDIDATE_KINDS], kind, (e) => go({ kind: e.target.value }))),
      field('状态', select('state', [['', '全部'], ...STATES], state, (e) => go({ state: e.target.value }))),
      state === 'PENDING' && identity() ? h('button', { type: 'button', class: 'accept-all', onclick: () =>
        post(`${path}/reviews`, { action: 'ACCEPT', kind: kind || undefined }).then((outcome) => {
          go({});
          if (outcome.failed) report(`${outcome.succeeded} 条已接受，${outcome.failed} 条未能写入（仍待审核）`);
        }, report) }, kind ? `全部接受（${KIND_ZH[kind]}）` : '全部接受') : null),
    message,
    h('div', { class: 'review' },
      h('ol', { class: 'candidates', id: 'candidates' }, cards.length ? cards : h('li', { class: 'empty' }, '没有符合条件的候选记录')),
      textPanel));
}

function candidateCard(c, actions) {
  const editor = h('div', { class: 'editor', hidden: true });
  const pending = c.state === 'PENDING' && identity();
  const card = h('li', { class: `candidate ${c.state.toLowerCase()}`, dataset: { candidate: idOf(c.name), kind: c.kind } },
    h('div', { class: 'candidate-head' }, h('span', { class: 'kind' }, KIND_ZH[c.kind] || c.kind), ' ', reading(c),
      h('span', { class: 'state' }, STATE_ZH[c.state] || c.state)),
    h('blockquote', { class: 'quote', tabindex: 0, title: '在原文中显示', onclick: () => actions.highlight(c) }, c.quote),
    h('div', { class: 'note' }, `规则 ${c.rule} · ${orDash(c.section)}`),
    c.lastError ? h('div', { class: 'problem' }, `上次写入被拒：${c.lastError}`) : null,
    c.writtenResource ? h('div', { class: 'note' }, `已写入 ${c.writtenResource}`) : null,
    pending ? h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'accept', onclick: actions.accept }, '接受'),
      h('button', { type: 'button', class: 'edit', onclick: () => { editor.hidden = !editor.hidden; } }, '编辑'),
      h('button', { type: 'button', class: 'reject', onclick: actions.reject }, '驳回')) : null,
    editor);
  if (pending) editor.append(editForm(c, actions.save));
  return card;
}

function reading(c) {
  const indicator = (r) => r.indicator?.indicator ? idOf(r.indicator.indicator) : `新指标：${r.indicator?.proposedName || '?'}`;
  if (c.target) return `${indicator(c.target)} ${c.target.targetYear || ''}年 ${orDash(c.target.value)}${c.target.unit || ''}`;
  if (c.observation) return `${indicator(c.observation)} ${c.observation.period} ${c.observation.value}${c.observation.unit || ''}`;
  if (c.project) return `${c.project.displayName}${c.project.investment ? ` 总投资 ${yi(c.project.investment)} 亿元` : ''}`;
  if (c.programmeTotal) {
    const t = c.programmeTotal;
    return `${t.programme || ''} ${t.projectCount ?? ''}个 ${t.totalInvestment ? `总投资 ${t.totalInvestment} 亿元` : ''}`;
  }
  return '';
}

/** The fields a reviewer corrects most: the value and unit (or a project's name), and the indicator. */
function editForm(c, save) {
  const part = c.target ? 'target' : c.observation ? 'observation' : c.project ? 'project' : null;
  if (!part) return h('p', { class: 'note' }, '此类记录不可编辑，可接受或驳回');
  const reading = c[part];
  const inputs = part === 'project'
    ? [field('项目名称', h('input', { name: 'displayName', value: reading.displayName || '' }))]
    : [field('指标', h('input', { name: 'indicator', value: reading.indicator?.indicator || '', placeholder: 'indicators/gdp' })),
      field('数值', h('input', { name: 'value', value: reading.value || '' })),
      field('单位', h('input', { name: 'unit', value: reading.unit || '' }))];
  return h('form', { onsubmit: (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.target));
    const changed = {};
    if (part === 'project') {
      if (data.displayName !== (reading.displayName || '')) changed.displayName = data.displayName;
    } else {
      if (data.value !== (reading.value || '')) changed.value = data.value;
      if (data.unit !== (reading.unit || '')) changed.unit = data.unit;
      if (data.indicator && data.indicator !== (reading.indicator?.indicator || '')) changed.indicator = { indicator: data.indicator };
    }
    save({ [part]: changed });
  } }, inputs, h('button', { type: 'submit' }, '保存修改'));
}
