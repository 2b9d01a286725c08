// The gateway's REST API, from the page: reads open (or with the signed-in token when reads need a role), writes
// with the bearer token the user signed in with (scripts/dev-token.sh makes one locally).

const TOKEN_KEY = 'planmonitor.token';

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

export function signIn(value) {
  sessionStorage.setItem(TOKEN_KEY, value.trim());
}

export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** Who the token says the user is (shown only; the gateway and the services verify it). */
export function identity() {
  const jwt = token();
  if (!jwt) return null;
  try {
    const payload = JSON.parse(decodeBase64Url(jwt.split('.')[1]));
    return { subject: payload.upn || payload.sub || '?', roles: payload.groups || [], regions: payload.regions || [],
      expires: payload.exp ? new Date(payload.exp * 1000) : null };
  } catch (e) {
    return { subject: '（无法读取的令牌）', roles: [], regions: [] };
  }
}

function decodeBase64Url(part) {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** A refused call: the problem document's title, detail and the fields it names. */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  describe() {
    const fields = (this.problem.errors || []).map((e) => `${e.field || e.column || ''}: ${e.reason || e.message || ''}`);
    return [`${this.status} ${this.problem.title || ''}`.trim(), this.problem.detail, ...fields].filter(Boolean).join(' — ');
  }
}

async function call(method, path, body, headers) {
  const request = { method, headers: { Accept: 'application/json', ...(headers || {}) } };
  if (token()) request.headers.Authorization = `Bearer ${token()}`;
  if (body !== undefined) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(body);
  }
  const response = await fetch(path, request);
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiProblem(response.status, json || {});
  return json;
}

export const get = (path) => call('GET', path);
export const post = (path, body, headers) => call('POST', path, body, headers);
export const patch = (path, body, headers) => call('PATCH', path, body, headers);
export const put = (path, body, headers) => call('PUT', path, body, headers);

/** A path with its query parameters, empty ones left out. */
export function withQuery(path, parameters) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters || {})) {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Every item of a paged list (`key` names the array in each page). */
export async function all(path, key, parameters) {
  const items = [];
  let pageToken = '';
  do {
    const page = await get(withQuery(path, { ...parameters, pageSize: 1000, pageToken }));
    items.push(...(page[key] || []));
    pageToken = page.nextPageToken || '';
  } while (pageToken);
  return items;
}

const cache = new Map();

/** A read that does not change while the page is open (regions, the indicator catalogue, plans). */
export function cached(key, load) {
  if (!cache.has(key)) cache.set(key, load().catch((e) => { cache.delete(key); throw e; }));
  return cache.get(key);
}

export const regions = () => cached('regions', () => all('/api/v1/regions', 'items'));
export const plans = () => cached('plans', () => all('/api/v1/plans', 'items'));
export const indicatorNames = () => cached('indicators', async () =>
  new Map((await all('/api/v1/indicators', 'indicators')).map((i) => [i.name, i])));
