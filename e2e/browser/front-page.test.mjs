// The web front page in a real browser: Debian's headless Chromium driven by playwright-core against a running
// Plan Monitor (the seed dataset, plus the made-up records WebPageEndToEndTest adds). Every page must load without
// console errors and show what the API says; a filter changes what is shown; an accept on the review screen writes
// through. Screenshots of each page go to $PLANMONITOR_SCREENSHOTS for a person to look at.
//
// Run by WebPageEndToEndTest (e2e/, part of the test command); by hand against scripts/run.sh:
//   PLANMONITOR_URL=http://localhost:8080 PLANMONITOR_EDITOR_TOKEN=$(scripts/dev-token.sh --role editor --region 410184) \
//   PLANMONITOR_DOCUMENT=<a submitted document's id> PLANMONITOR_PROJECT=<a project id> node --test e2e/browser/
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const BASE = process.env.PLANMONITOR_URL || 'http://localhost:8080';
const TOKEN = process.env.PLANMONITOR_EDITOR_TOKEN || '';
const DOCUMENT = process.env.PLANMONITOR_DOCUMENT || '';
const PROJECT = process.env.PLANMONITOR_PROJECT || '';
const SHOTS = process.env.PLANMONITOR_SCREENSHOTS || 'target/screenshots';
const XINZHENG_PLAN = 'xinzheng-14th-fyp-outline';
const AS_OF = '2024-12-31';

let browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // The flags keep Chromium off the network it cannot reach here (background and component updates).
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
});

async function api(path) {
  const response = await fetch(BASE + path);
  assert.equal(response.status, 200, `GET ${path}`);
  return response.json();
}

/** A page at `hash`, its console errors collected; resolves once the page says it has rendered. */
async function open(hash, viewport = { width: 1366, height: 768 }, token = '') {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  if (token) await context.addInitScript((t) => sessionStorage.setItem('planmonitor.token', t), token);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${BASE}/${hash}`);
  await ready(page);
  return { page, errors, close: () => context.close() };
}

async function ready(page) {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
}

async function noProblem(page) {
  assert.equal(await page.locator('main .problem').count(), 0,
    `the page shows a problem: ${await page.locator('main').innerText()}`);
}

test('region front page: targets by status, lagging list and projects as the API gives them', async () => {
  const dashboard = await api(`/api/v1/dashboards/regions/410184?asOf=${AS_OF}`);
  const { page, errors, close } = await open(`#/region?code=410184&asOf=${AS_OF}`);
  await noProblem(page);
  await page.waitForSelector('[data-chart="status"] svg');
  const total = Object.values(dashboard.indicators.countsByReading).reduce((a, b) => a + b, 0);
  assert.equal(await page.locator('.card').first().locator('.figure').innerText(), String(total));
  assert.equal(await page.locator('#behind tbody tr').count(), dashboard.indicators.behind.length);
  assert.ok(dashboard.indicators.behind.length > 0, 'the test data makes at least one target lag');
  assert.equal(await page.locator('#behind-pace tbody tr').count(), dashboard.projects.behindPace.length);
  const statuses = await page.locator('#behind .badge').allInnerTexts();
  dashboard.indicators.behind.forEach((p, i) => assert.ok(statuses[i].startsWith(p.readingZh)));
  // 数据时效: the late count card and one row per responsible unit that is late with anything.
  const freshness = dashboard.freshness;
  assert.equal(await page.locator('.card', { hasText: '逾期未报' }).locator('.figure').innerText(),
    String(freshness.targetsOverdue + freshness.projectsOverdue));
  const units = new Set([...Object.keys(freshness.overdueTargetsByUnit), ...Object.keys(freshness.overdueProjectsByUnit)]);
  assert.ok(units.size > 0, 'the seed dataset reports no 2024 values, so its targets are late');
  assert.equal(await page.locator('#stale table').first().locator('tbody tr').count(), units.size);
  await page.screenshot({ path: `${SHOTS}/region-1366.png`, fullPage: true });
  await close();

  const phone = await open(`#/region?code=410184&asOf=${AS_OF}`, { width: 390, height: 844 });
  const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling on a phone (page is ${width}px wide)`);
  await phone.page.screenshot({ path: `${SHOTS}/region-phone.png`, fullPage: true });
  assert.deepEqual([...errors, ...phone.errors], []);
  await phone.close();
});

test('plan table: the indicator table in the document order; a row opens its chart; the section filter narrows it', async () => {
  const full = await api(`/api/v1/dashboards/plans/${XINZHENG_PLAN}?asOf=${AS_OF}`);
  const box = await api(`/api/v1/dashboards/plans/${XINZHENG_PLAN}?asOf=${AS_OF}&section=${encodeURIComponent('专栏1')}`);
  const { page, errors, close } = await open(`#/plan/${XINZHENG_PLAN}?asOf=${AS_OF}`);
  await noProblem(page);
  assert.equal(await page.locator('.plan-table tbody tr.row').count(), full.rows.length);
  assert.equal(await page.locator('.plan-table .stale').count(), full.rows.filter((r) => r.staleZh).length);
  await page.selectOption('select[name=section]', '专栏1');
  await ready(page);
  const rows = page.locator('.plan-table tbody tr.row');
  assert.equal(await rows.count(), box.rows.length);
  assert.equal(box.rows.length, 25);
  for (const i of [0, 2, 14]) {
    const cells = await rows.nth(i).locator('td').allInnerTexts();
    const row = box.rows[i];
    assert.equal(cells[0], String(row.number));
    assert.ok(cells[1].startsWith(row.indicatorName), cells[1]);
    assert.equal(cells[3], row.baselineValue ? `${row.baselineValue}（${row.baselineYear}）` : '#');
    assert.ok(cells[8].includes(row.readingZh));
  }
  // The evaluation report's links carry the page's date and answer with a Word document.
  const report = await page.locator('a', { hasText: '评估报告 Word' }).getAttribute('href');
  assert.ok(report.includes(`/reports/plans/${XINZHENG_PLAN}/evaluation.docx`) && report.includes(AS_OF), report);
  const docx = await fetch(new URL(report, BASE));
  assert.equal(docx.status, 200);
  assert.ok(docx.headers.get('content-type').includes('wordprocessingml'), docx.headers.get('content-type'));
  await rows.nth(2).click();
  await page.waitForSelector('tr.chart-row [data-chart="target-path"] svg');
  await page.screenshot({ path: `${SHOTS}/plan-table.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await close();
});

test('evaluation method: the page prints the method the API publishes, section by section', async () => {
  const method = await api('/api/v1/evaluation-method');
  const { page, errors, close } = await open('#/method');
  await noProblem(page);
  await page.waitForSelector('.method h2');
  assert.deepEqual(await page.locator('.method h2').allInnerTexts(), method.sections.map((s) => s.heading));
  assert.ok((await page.locator('main').innerText()).includes('基本符合预期'));
  assert.deepEqual(errors, []);
  await close();
});

test('evaluation notes: the staff write 原因分析 for an indicator; the save is a version with its author', { skip: !TOKEN }, async () => {
  const { page, errors, close } = await open(`#/evaluation/${XINZHENG_PLAN}?asOf=${AS_OF}&evaluation=final`, undefined, TOKEN);
  await noProblem(page);
  const table = await api(`/api/v1/dashboards/plans/${XINZHENG_PLAN}?asOf=${AS_OF}`);
  // The plan as a whole, then one form per indicator counted once.
  assert.equal(await page.locator('form.evaluation-note').count(), 1 + table.rows.filter((r) => !r.countedAs).length);
  const form = page.locator('form.evaluation-note').nth(1);
  const subject = await form.getAttribute('data-subject');
  await form.locator('textarea[name=reasonsZh]').fill('浏览器测试填写的原因（API 示例数据）');
  await form.locator('button[type=submit]').click();
  await form.locator('text=已保存').waitFor();
  const notes = await api(`/api/v1/plans/${XINZHENG_PLAN}/evaluations/final/notes`);
  const saved = notes.find((n) => n.subject === subject);
  assert.equal(saved.reasonsZh, '浏览器测试填写的原因（API 示例数据）');
  assert.ok(saved.version >= 1 && saved.author, 'a version with its author');
  await page.screenshot({ path: `${SHOTS}/evaluation-notes.png`, fullPage: false });
  assert.deepEqual(errors, []);
  await close();
});

test('projects: the list follows its filters; a project shows its investment against plan, events and alerts', async () => {
  const all = await api('/api/v1/projects?pageSize=1');
  const culture = await api(`/api/v1/projects?pageSize=1&plan=${XINZHENG_PLAN}&sector=${encodeURIComponent('文化旅游')}`);
  const { page, errors, close } = await open('#/projects');
  await noProblem(page);
  assert.equal(await page.locator('#project-count').innerText(), `共 ${all.totalSize} 个项目`);
  await page.selectOption('select[name=plan]', XINZHENG_PLAN);
  await ready(page);
  await page.selectOption('select[name=sector]', '文化旅游');
  await ready(page);
  assert.equal(await page.locator('#project-count').innerText(), `共 ${culture.totalSize} 个项目`);
  assert.equal(await page.locator('table.projects tbody tr').count(), Math.min(50, culture.totalSize));
  await page.screenshot({ path: `${SHOTS}/projects.png`, fullPage: true });
  await close();

  if (PROJECT) {
    const project = await api(`/api/v1/projects/${PROJECT}`);
    const reports = await api(`/api/v1/projects/${PROJECT}/investment-reports?year=2024`);
    const one = await open(`#/project/${PROJECT}?year=2024`);
    await noProblem(one.page);
    await one.page.waitForSelector('[data-chart="investment"] svg');
    assert.equal(await one.page.locator('h1').evaluate((e) => e.firstChild.textContent), project.displayName);
    assert.equal(await one.page.locator('#investment tbody tr').count(), reports.length);
    assert.ok((await one.page.locator('#events tbody tr').count()) > 0);
    await one.page.screenshot({ path: `${SHOTS}/project.png`, fullPage: true });
    errors.push(...one.errors);
    await one.close();
  }
  assert.deepEqual(errors, []);
});

test('documents: the review screen highlights a quote in the text, an accept writes through, an edit is saved', { skip: !DOCUMENT || !TOKEN }, async () => {
  const pending = await api(`/api/v1/documents/${DOCUMENT}/candidates?state=PENDING&pageSize=1000`);
  assert.ok(pending.candidates.length > 0, 'the document has candidates waiting');
  const { page, errors, close } = await open(`#/document/${DOCUMENT}`, undefined, TOKEN);
  await noProblem(page);
  assert.equal(await page.locator('li.candidate').count(), pending.candidates.length);
  const first = pending.candidates[0];
  const card = page.locator(`li.candidate[data-candidate="${first.name.split('/').pop()}"]`);
  await card.locator('.quote').click();
  assert.equal(await page.locator('#document-text mark').innerText(), first.quote);
  await page.screenshot({ path: `${SHOTS}/document-review.png`, fullPage: true });
  await card.locator('button.accept').click();
  await page.waitForFunction((name) => !document.querySelector(`li.candidate[data-candidate="${name}"]`),
    first.name.split('/').pop(), { timeout: 30000 });
  await ready(page);
  const acceptedList = await api(`/api/v1/documents/${DOCUMENT}/candidates?state=ACCEPTED&pageSize=1000`);
  const accepted = acceptedList.candidates.find((c) => c.name === first.name);
  assert.ok(accepted, 'the API lists the candidate as accepted');
  assert.ok(accepted.writtenResource, 'the accept wrote a record');
  assert.equal(await page.locator('li.candidate').count(), pending.candidates.length - 1);

  // A correction before accepting: the next candidate's value edited on the screen, saved through the API.
  const second = pending.candidates.find((c) => c.observation || c.target);
  if (second && second.name !== first.name) {
    const id = second.name.split('/').pop();
    const next = page.locator(`li.candidate[data-candidate="${id}"]`);
    await next.locator('button.edit').click();
    await next.locator('input[name=value]').fill('7.25');
    await next.locator('.editor button[type=submit]').click();
    await page.waitForFunction((name) => document.querySelector(`li.candidate[data-candidate="${name}"] .candidate-head`)
      ?.textContent.includes('7.25'), id, { timeout: 30000 });
    const edited = (await api(`/api/v1/documents/${DOCUMENT}/candidates?state=PENDING&pageSize=1000`)).candidates
      .find((c) => c.name === second.name);
    assert.equal((edited.observation || edited.target).value, '7.25');
  }
  assert.deepEqual(errors, []);
  await close();
});
