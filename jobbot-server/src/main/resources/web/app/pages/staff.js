// The staff console: sign-in with an email code and an authenticator (TOTP), the cases assigned
// to me, and reading a person's data through a case, one category at a time (need-to-know).
import { api, ApiError } from '../api.js';
import { field, formatDate, h, status } from '../dom.js';
import { t } from '../i18n.js';
import { problemText } from './signin.js';

const TOKEN = 'jobbot.staff';
const CATEGORIES = ['profile', 'background', 'jobs', 'interviews', 'consents', 'sessions', 'requests', 'inbox'];

export async function staffPage() {
  const root = h('div', { class: 'staff' });
  const token = sessionStorage.getItem(TOKEN);
  if (token) {
    try {
      const me = await api('GET', '/staff/me', null, { bearer: token });
      await consoleView(root, token, me);
      return root;
    } catch (e) {
      sessionStorage.removeItem(TOKEN);
    }
  }
  signIn(root);
  return root;
}

function signIn(root, message) {
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'username', required: true });
  const out = h('div', {});
  root.replaceChildren(h('h1', {}, t('staff.title')), h('p', {}, t('staff.lead')), message || null,
    h('form', { class: 'card narrow', onsubmit: async (e) => {
      e.preventDefault();
      try {
        const sent = await api('POST', '/staff/auth/codes', { email: email.value });
        codeStep(root, email.value, sent.flowId);
      } catch (err) {
        out.replaceChildren(status(problemText(err), 'error'));
      }
    } }, field(t('signIn.email'), email), h('button', { type: 'submit' }, t('signIn.send')), out));
}

function codeStep(root, email, flowId) {
  const code = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6,
    required: true, name: 'code' });
  const totp = h('input', { type: 'text', inputmode: 'numeric', maxlength: 6, name: 'totp' });
  const out = h('div', {});
  root.replaceChildren(h('h1', {}, t('staff.title')), status(t('signIn.codeSent', { email, minutes: 10 })),
    h('form', { class: 'card narrow', onsubmit: async (e) => {
      e.preventDefault();
      const body = { flowId, email, code: code.value.trim() };
      if (totp.value.trim()) body.totp = totp.value.trim();
      try {
        const answer = await api('POST', '/staff/auth/sessions', body);
        if (answer.enrolment) {
          signIn(root, h('div', { class: 'card', id: 'enrolment' }, h('p', {}, t('staff.enrol')),
            h('p', {}, h('strong', {}, `${t('staff.secret')}: `), h('code', { id: 'totp-secret' }, answer.enrolment.secret)),
            h('p', {}, h('a', { href: answer.enrolment.otpauthUri }, answer.enrolment.otpauthUri)),
            h('h2', {}, t('staff.recoveryCodes')),
            h('ul', { class: 'plain' }, answer.enrolment.recoveryCodes.map((c) => h('li', {}, h('code', {}, c))))));
          return;
        }
        sessionStorage.setItem(TOKEN, answer.token);
        await consoleView(root, answer.token, answer.staff);
      } catch (err) {
        out.replaceChildren(status(problemText(err), 'error'));
      }
    } }, field(t('signIn.code'), code), field(t('staff.totp'), totp),
    h('button', { type: 'submit' }, t('signIn.submit')), out));
  code.focus();
}

async function consoleView(root, token, me) {
  const { cases } = await api('GET', '/staff/cases', null, { bearer: token });
  const reader = h('div', { id: 'case-data', 'aria-live': 'polite' });
  const audit = h('div', {});
  root.replaceChildren(
    h('h1', {}, t('staff.title')),
    h('p', {}, `${me.displayName} (${me.roles.join(', ')})`, ' ',
      h('button', { type: 'button', class: 'link-button', onclick: async () => {
        await api('DELETE', '/staff/auth/session', null, { bearer: token }).catch(() => null);
        sessionStorage.removeItem(TOKEN);
        signIn(root);
      } }, t('nav.signOut'))),
    h('section', { class: 'card' }, h('h2', {}, t('staff.cases')),
      cases.length ? h('ul', { class: 'plain cases' }, cases.map((c) => caseItem(c, token, reader)))
        : h('p', {}, t('staff.noCases'))),
    reader,
    h('section', { class: 'card' }, h('h2', {}, t('staff.audit')),
      h('button', { type: 'button', class: 'secondary', onclick: async () => {
        try {
          const check = await api('GET', '/admin/audit/verification', null, { bearer: token });
          audit.replaceChildren(status(`${check.intact ? '✓' : '✗'} ${check.finding} (${check.entriesChecked})`));
        } catch (err) {
          audit.replaceChildren(status(problemText(err), 'error'));
        }
      } }, t('staff.audit')), audit));
}

function caseItem(c, token, reader) {
  const select = h('select', { 'aria-label': `Category for case ${c.id}` },
    CATEGORIES.map((k) => h('option', { value: k, selected: k === c.categories[0] }, k)));
  return h('li', { class: 'case', 'data-case': c.id },
    h('h3', {}, `${c.kind} ${c.reference}`),
    h('p', { class: 'hint' }, `${c.open ? 'open' : 'closed'} · ${formatDate(c.openedAt)} · allows ${c.categories.join(', ')}`),
    h('div', { class: 'button-row' }, select,
      h('button', { type: 'button', class: 'read-data', onclick: async () => {
        try {
          const data = await api('GET', `/staff/accounts/${c.accountId}/data/${select.value}?case=${c.id}`, null,
            { bearer: token });
          reader.replaceChildren(h('section', { class: 'card' }, h('h2', {}, `${select.value}`),
            h('pre', { class: 'data' }, JSON.stringify(data.data, null, 2))));
        } catch (err) {
          reader.replaceChildren(status(t('staff.refused', { reason: err instanceof ApiError ? err.problem.detail
            : err.message }), 'error'));
        }
      } }, t('staff.read'))));
}
