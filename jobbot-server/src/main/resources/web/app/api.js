// The JSON API from the browser: the session is the HttpOnly cookie set at sign-in; changes carry
// the CSRF token the sign-in answered (kept in sessionStorage: strictly necessary, this tab only).
const CSRF_KEY = 'jobbot.csrf';

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.retryAfter = retryAfter ? Number(retryAfter) : null;
  }
}

export function csrfToken() {
  return sessionStorage.getItem(CSRF_KEY);
}

export function setCsrf(token) {
  if (token) sessionStorage.setItem(CSRF_KEY, token); else sessionStorage.removeItem(CSRF_KEY);
}

export async function ensureCsrf() {
  if (!sessionStorage.getItem(CSRF_KEY)) {
    const answer = await api('GET', '/auth/csrf');
    setCsrf(answer.csrfToken);
  }
}

export async function api(method, path, body, { headers = {}, raw = false, bearer } = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } };
  if (body !== undefined && body !== null) {
    if (body instanceof Blob) {
      init.body = body;
      init.headers['Content-Type'] = body.type || 'application/octet-stream';
    } else {
      init.body = JSON.stringify(body);
      init.headers['Content-Type'] = 'application/json';
    }
  }
  if (bearer) {
    init.headers.Authorization = `Bearer ${bearer}`;
  } else if (method !== 'GET') {
    const csrf = sessionStorage.getItem(CSRF_KEY);
    if (csrf) init.headers['X-CSRF-Token'] = csrf;
  }
  let res;
  try {
    res = await fetch(`/api/v1${path}`, init);
  } catch (e) {
    throw new ApiError(0, { detail: 'network' });
  }
  if (raw) return res;
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = { detail: `HTTP ${res.status}` };
  }
  if (!res.ok) throw new ApiError(res.status, json, res.headers.get('Retry-After'));
  return json;
}
