// The page's router: #/page/id?parameters → the page's function; sign-in with a bearer token for writes.
import { ApiProblem, identity, signIn, signOut } from './api.js';
import { documentPage, documentsPage } from './documents-page.js';
import { h, show } from './dom.js';
import { evaluationPage } from './evaluation-page.js';
import { methodPage } from './method-page.js';
import { planPage, plansPage } from './plan-page.js';
import { projectPage } from './project-page.js';
import { projectsPage } from './projects-page.js';
import { regionPage } from './region-page.js';

const ROUTES = {
  '': regionPage,
  region: regionPage,
  plans: plansPage,
  plan: planPage,
  projects: projectsPage,
  project: projectPage,
  documents: documentsPage,
  document: documentPage,
  method: methodPage,
  evaluation: evaluationPage,
};

/** Goes to a page: the address changes, so the back button and a bookmark work. */
export function navigate(page, parameters) {
  const query = new URLSearchParams(Object.entries(parameters || {}).filter(([, v]) => v !== '' && v !== undefined));
  const target = `#/${page}${query.toString() ? `?${query}` : ''}`;
  if (location.hash === target) render();
  else location.hash = target;
}

async function render() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const [page, ...rest] = path.split('/');
  const route = ROUTES[page] || regionPage;
  const parameters = Object.fromEntries(new URLSearchParams(query || ''));
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('current',
    a.dataset.pages.split(' ').includes(page || 'region')));
  document.body.dataset.page = page || 'region';
  document.body.removeAttribute('data-ready');
  show(h('p', { class: 'note' }, '读取中…'));
  try {
    await route(parameters, navigate, rest.map(decodeURIComponent).join('/'));
  } catch (error) {
    show(h('h1', {}, '无法读取'), h('p', { class: 'problem' },
      error instanceof ApiProblem ? error.describe() : String(error)));
  }
  document.body.dataset.ready = 'true';
}

function renderIdentity() {
  const box = document.getElementById('identity');
  const who = identity();
  if (who) {
    box.replaceChildren(h('span', { class: 'who' }, `${who.subject}（${who.roles.join('、') || '无角色'}`
      + `${who.regions.length ? ` · ${who.regions.join('、')}` : ''}）`),
    h('button', { type: 'button', onclick: () => { signOut(); renderIdentity(); render(); } }, '退出'));
    return;
  }
  const input = h('input', { name: 'token', type: 'password', placeholder: '粘贴令牌（scripts/dev-token.sh）', autocomplete: 'off' });
  box.replaceChildren(h('form', { class: 'sign-in', onsubmit: (e) => {
    e.preventDefault();
    if (input.value.trim()) {
      signIn(input.value);
      renderIdentity();
      render();
    }
  } }, input, h('button', { type: 'submit' }, '登录')));
}

window.addEventListener('hashchange', render);
renderIdentity();
render();
