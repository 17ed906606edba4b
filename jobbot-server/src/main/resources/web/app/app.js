import { api, ApiError, ensureCsrf, setCsrf } from './api.js';
import { h, status } from './dom.js';
import { loadMessages, t } from './i18n.js';
import { initCookieBanner, pageViewed, preferencesAllowed } from './cookies.js';
import { signInPage } from './pages/signin.js';
import { jobsPage } from './pages/jobs.js';
import { interviewPage } from './pages/interview.js';
import { reportPage } from './pages/report.js';
import { historyPage } from './pages/history.js';
import { privacyPage } from './pages/privacy.js';
import { staffPage } from './pages/staff.js';

/** Who is signed in (null when nobody), shared by the pages. */
export const session = { me: null };

const routes = [
  [/^#?\/?$/, homePage, false],
  [/^#\/sign-in$/, signInPage, false],
  [/^#\/jobs$/, jobsPage, true],
  [/^#\/interviews\/([0-9a-f-]+)$/, interviewPage, true],
  [/^#\/reports\/([0-9a-f-]+)$/, reportPage, true],
  [/^#\/history$/, historyPage, true],
  [/^#\/privacy$/, privacyPage, true],
  [/^#\/staff$/, staffPage, false],
];

export function go(hash) {
  if (location.hash === hash) render(); else location.hash = hash;
}

export async function refreshSession() {
  try {
    session.me = await api('GET', '/me');
    await ensureCsrf();
  } catch (e) {
    session.me = null;
    setCsrf(null);
  }
  renderNav();
}

function renderNav() {
  const nav = document.getElementById('nav');
  const link = (hash, label) => h('a', { href: hash, 'aria-current': location.hash === hash ? 'page' : null }, label);
  nav.replaceChildren(session.me
    ? h('ul', {}, h('li', {}, link('#/jobs', t('nav.jobs'))), h('li', {}, link('#/history', t('nav.history'))),
      h('li', {}, link('#/privacy', t('nav.privacy'))),
      h('li', {}, h('button', { type: 'button', class: 'link-button', onclick: signOut }, t('nav.signOut'))))
    : h('ul', {}, h('li', {}, link('#/sign-in', t('nav.signIn')))));
}

async function signOut() {
  try {
    await api('DELETE', '/auth/sessions/current');
  } finally {
    setCsrf(null);
    session.me = null;
    renderNav();
    go('#/');
  }
}

function homePage() {
  return h('section', { class: 'hero' },
    h('h1', {}, t('home.title')),
    h('p', { class: 'lead' }, t('home.lead')),
    session.me ? h('a', { class: 'button', href: '#/jobs' }, t('nav.jobs'))
      : h('a', { class: 'button', href: '#/sign-in' }, t('home.start')));
}

let leftPageAt = performance.now();
let currentPage = null;
let renderCount = 0;

async function render() {
  const mine = ++renderCount;
  const hash = location.hash || '#/';
  if (currentPage) pageViewed(currentPage, performance.now() - leftPageAt);
  leftPageAt = performance.now();
  currentPage = hash.replace(/^#/, '') || '/';
  const main = document.getElementById('main');
  const match = routes.map(([re, page, needsSession]) => [hash.match(re), page, needsSession]).find(([m]) => m);
  renderNav();
  if (!match) {
    main.replaceChildren(h('h1', {}, t('common.notFound')), h('p', {}, h('a', { href: '#/' }, 'Jobbot')));
    return;
  }
  const [m, page, needsSession] = match;
  if (needsSession && !session.me) {
    go('#/sign-in');
    return;
  }
  main.replaceChildren(h('p', {}, t('common.loading')));
  let content;
  try {
    content = await page(...m.slice(1));
  } catch (e) {
    content = errorView(e);
  }
  // A slower page must not overwrite the one asked for after it.
  if (mine !== renderCount) return;
  main.replaceChildren(content);
  const heading = main.querySelector('h1');
  if (heading) document.title = `${heading.textContent} — Jobbot`;
  // After a navigation, focus moves to the new content; on the first load it stays at the start of
  // the document, so the cookie banner (first in the tab order) is reached first.
  if (mine > 1) main.focus({ preventScroll: true });
}

export function errorView(e) {
  if (e instanceof ApiError && e.status === 401) {
    session.me = null;
    renderNav();
    return h('div', {}, h('h1', {}, t('signIn.title')), h('p', {}, h('a', { href: '#/sign-in' }, t('home.start'))));
  }
  const detail = e instanceof ApiError && e.status === 0 ? t('error.network') : t('error.generic', { detail: e.message });
  return h('div', {}, h('h1', {}, 'Jobbot'), status(detail, 'error'));
}

const LANGUAGE = 'jobbot.language';

async function boot() {
  await initCookieBanner();
  // The remembered language counts only while preferences are agreed to.
  await loadMessages(preferencesAllowed() ? localStorage.getItem(LANGUAGE) : null);
  await refreshSession();
  const select = document.getElementById('language');
  select.value = document.documentElement.lang;
  select.addEventListener('change', async () => {
    // Remembered across visits only with consent to preferences; otherwise for this page only.
    if (preferencesAllowed()) localStorage.setItem(LANGUAGE, select.value); else localStorage.removeItem(LANGUAGE);
    await loadMessages(select.value);
    await render();
  });
  window.addEventListener('hashchange', render);
  window.addEventListener('pagehide', () => { if (currentPage) pageViewed(currentPage, performance.now() - leftPageAt); });
  await render();
}

boot();
