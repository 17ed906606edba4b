// The cookie banner: nothing but strictly necessary storage before a choice; accept, reject and
// customise are equally easy; the choice can be changed from the footer; GPC is respected.
import { api, csrfToken } from './api.js';
import { guarded, h } from './dom.js';
import { t } from './i18n.js';

let state = null;

export async function initCookieBanner() {
  try {
    state = await api('GET', '/cookie-consent');
  } catch (e) {
    state = null;
  }
  document.getElementById('cookie-settings').addEventListener('click', () => showBanner(true));
  if (state && !state.choice) showBanner(false);
}

/** Whether remembering preferences (such as the language) across visits was agreed to. */
export function preferencesAllowed() {
  return Boolean(state && state.choice && state.choice.preferences);
}

function analyticsAllowed() {
  return Boolean(state && state.choice && state.choice.analytics && !state.globalPrivacyControl);
}

/** Sends the page and time on it, only with analytics consent and without GPC. */
export function pageViewed(page, dwellMs) {
  if (!analyticsAllowed()) return;
  const pattern = page.replace(/[0-9a-f]{8}-[0-9a-f-]{27,}/g, ':id');
  const body = JSON.stringify({ page: pattern, dwellMs: Math.max(0, Math.min(Math.round(dwellMs), 4 * 3600 * 1000)) });
  // A beacon that outlives the page (keepalive), with the CSRF token, so that a signed-in person's
  // consent in the ledger decides, not only the banner's cookie.
  const headers = { 'Content-Type': 'application/json' };
  if (csrfToken()) headers['X-CSRF-Token'] = csrfToken();
  fetch('/api/v1/analytics/page-views', { method: 'POST', body, headers, keepalive: true, credentials: 'same-origin' })
    .catch(() => null);
}

/** Reads the choice again (after the person changed consents in the privacy center, say). */
export async function refreshConsent() {
  try {
    state = await api('GET', '/cookie-consent');
  } catch (e) {
    // keep the last known state
  }
  if (!preferencesAllowed()) localStorage.removeItem('jobbot.language');
}

async function choose(preferences, analytics, fromFooter) {
  await api('PUT', '/cookie-consent', { preferences, analytics });
  await refreshConsent();
  document.getElementById('banner').replaceChildren();
  (fromFooter ? document.getElementById('cookie-settings') : document.getElementById('main')).focus();
}

function showBanner(fromFooter) {
  const gpc = Boolean(state && state.globalPrivacyControl);
  const out = h('div', {});
  const current = (state && state.choice) || { preferences: false, analytics: false };
  const prefs = h('input', { type: 'checkbox', id: 'cookie-preferences', checked: current.preferences });
  const analytics = h('input', { type: 'checkbox', id: 'cookie-analytics', checked: current.analytics && !gpc, disabled: gpc });
  const describe = (key) => (state?.categories || []).find((c) => c.key === key)?.description || key;
  const custom = h('fieldset', { class: 'cookie-custom', hidden: true },
    h('legend', {}, t('cookie.customise')),
    h('p', {}, h('input', { type: 'checkbox', id: 'cookie-necessary', checked: true, disabled: true }), ' ',
      h('label', { for: 'cookie-necessary' }, t('cookie.necessary'))),
    h('p', {}, prefs, ' ', h('label', { for: 'cookie-preferences' }, describe('preferences'))),
    h('p', {}, analytics, ' ', h('label', { for: 'cookie-analytics' }, describe('analytics'))),
    h('button', { type: 'button', id: 'cookie-save', onclick: guarded(out, () => choose(prefs.checked,
      analytics.checked && !gpc, fromFooter)) },
      t('cookie.save')));
  const dialog = h('section', { class: 'cookie-banner', role: 'dialog', 'aria-modal': 'false',
    'aria-labelledby': 'cookie-title' },
  h('h2', { id: 'cookie-title' }, t('cookie.title')),
  h('p', {}, t('cookie.lead')),
  gpc ? h('p', { class: 'hint' }, t('cookie.gpc')) : null,
  h('div', { class: 'button-row' },
    h('button', { type: 'button', id: 'cookie-accept', onclick: guarded(out, () => choose(true, !gpc, fromFooter)) },
      t('cookie.accept')),
    h('button', { type: 'button', id: 'cookie-reject', onclick: guarded(out, () => choose(false, false, fromFooter)) },
      t('cookie.reject')),
    h('button', { type: 'button', id: 'cookie-customise', 'aria-expanded': String(!custom.hidden),
      onclick: (e) => { custom.hidden = !custom.hidden; e.target.setAttribute('aria-expanded', String(!custom.hidden)); } },
    t('cookie.customise'))),
  custom, out);
  document.getElementById('banner').replaceChildren(dialog);
  if (fromFooter) dialog.querySelector('button').focus();
}
