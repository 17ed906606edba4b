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
    await toolsFor(me, token),
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
  const select = h('select', { 'aria-label': t('staff.categoryFor', { id: c.id }) },
    CATEGORIES.map((k) => h('option', { value: k, selected: k === c.categories[0] }, k)));
  return h('li', { class: 'case', 'data-case': c.id },
    h('h3', {}, `${c.kind} ${c.reference}`),
    h('p', { class: 'hint' }, t('staff.caseLine', { state: c.open ? t('staff.open') : t('staff.closed'),
      date: formatDate(c.openedAt), categories: c.categories.join(', ') })),
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
      } }, t('staff.read'))),
    c.open && c.kind !== 'incident' && c.categories.includes('requests') ? replyForm(c, token) : null);
}

function replyForm(c, token) {
  const text = h('textarea', { rows: 3, name: 'reply' });
  const close = h('input', { type: 'checkbox', id: `close-${c.id}` });
  const out = h('div', {});
  return h('form', { class: 'reply', onsubmit: async (e) => {
    e.preventDefault();
    try {
      await api('POST', `/admin/requests/${c.reference}/replies`, { text: text.value, close: close.checked },
        { bearer: token });
      text.value = '';
      out.replaceChildren(status(t('staff.replied')));
    } catch (err) {
      out.replaceChildren(status(problemText(err), 'error'));
    }
  } }, field(t('staff.reply'), text), h('p', {}, close, ' ', h('label', { for: close.id }, t('staff.replyClose'))),
  h('button', { type: 'submit' }, t('staff.replySend')), out);
}

/** The tools of my roles: the request queue and opening cases, incidents and their clocks, holds, policies. */
async function toolsFor(me, token) {
  const roles = new Set(me.roles);
  const parts = [];
  const call = (method, path, body) => api(method, path, body, { bearer: token });
  if (roles.has('support') || roles.has('privacy-officer')) {
    const queue = await call('GET', '/admin/requests');
    const colleagues = roles.has('privacy-officer') ? (await call('GET', '/staff/colleagues')).staff : [];
    parts.push(h('section', { class: 'card', id: 'request-queue' }, h('h2', {}, t('staff.queue')),
      h('p', { class: 'hint' }, t('staff.queueLead', { overdue: queue.overdue })),
      h('ul', { class: 'plain' }, queue.requests.map((r) => h('li', {},
        h('p', {}, `${r.kind} ${r.id}`, r.overdue ? h('strong', { class: 'overdue' }, ` — ${t('staff.overdue')}`) : '',
          h('span', { class: 'hint' }, ` · ${t('staff.due', { date: formatDate(r.dueAt) })}`)),
        roles.has('privacy-officer') ? openCaseForm(call, r, colleagues) : null)))));
  }
  if (roles.has('security-officer')) {
    const { incidents } = await call('GET', '/admin/incidents');
    parts.push(h('section', { class: 'card', id: 'incidents' }, h('h2', {}, t('staff.incidents')),
      incidents.length ? h('ul', { class: 'plain' }, incidents.map((i) => h('li', {},
        h('h3', {}, i.nature), h('p', { class: 'hint' }, `${i.status} · ${t('staff.aware', { date: formatDate(i.awareAt) })}`),
        h('ul', {}, (i.clocks || []).map((c) => h('li', { class: `clock clock-${c.state}` },
          t('staff.clock', { regime: c.regime, state: c.state, date: formatDate(c.dueAt) })))))))
        : h('p', {}, t('staff.noIncidents'))));
  }
  if (roles.has('privacy-officer')) {
    parts.push(holdForm(call), policyForm(call));
  }
  return h('div', {}, parts);
}

function openCaseForm(call, request, colleagues) {
  const kind = request.kind === 'complaint' ? 'complaint' : 'privacy-request';
  const assignee = h('select', {}, colleagues.map((c) => h('option', { value: c.id },
    `${c.displayName} (${c.roles.join(', ')})`)));
  const boxes = (kind === 'complaint' ? ['profile', 'requests', 'inbox'] : ['profile', 'background', 'consents',
    'requests', 'inbox']).map((c) => h('input', { type: 'checkbox', value: c, id: `cat-${request.id}-${c}`,
    checked: c === 'requests' }));
  const out = h('div', {});
  return h('form', { class: 'open-case', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const opened = await call('POST', '/staff/cases', { kind, reference: request.id, assignee: assignee.value,
        categories: boxes.filter((b) => b.checked).map((b) => b.value) });
      out.replaceChildren(status(`${t('staff.caseOpened')} ${opened.id}`));
    } catch (err) {
      out.replaceChildren(status(problemText(err), 'error'));
    }
  } }, field(t('staff.assignee'), assignee),
  h('fieldset', {}, h('legend', {}, t('staff.categories')),
    boxes.map((b) => h('span', { class: 'choice' }, b, ' ', h('label', { for: b.id }, b.value), ' '))),
  h('button', { type: 'submit' }, t('staff.openCase')), out);
}

function holdForm(call) {
  const account = h('input', { type: 'text', name: 'accountId' });
  const reason = h('input', { type: 'text', name: 'reason' });
  const placedBy = h('input', { type: 'text', name: 'placedBy' });
  const out = h('div', {});
  return h('section', { class: 'card' }, h('h2', {}, t('staff.hold')),
    h('form', { onsubmit: async (e) => {
      e.preventDefault();
      try {
        const hold = await call('POST', '/admin/legal-holds', { accountId: account.value.trim(), reason: reason.value,
          placedBy: placedBy.value });
        out.replaceChildren(status(`✓ ${hold.id}`));
      } catch (err) {
        out.replaceChildren(status(problemText(err), 'error'));
      }
    } }, field(t('staff.holdAccount'), account), field(t('staff.holdReason'), reason),
    field(t('staff.holdBy'), placedBy), h('button', { type: 'submit' }, t('staff.holdPlace')), out));
}

function policyForm(call) {
  const region = h('select', {}, ['GLOBAL', 'EU', 'CN'].map((r) => h('option', { value: r }, r)));
  const version = h('input', { type: 'number', min: 1, name: 'version' });
  const effective = h('input', { type: 'date', name: 'effectiveFrom' });
  const summary = h('input', { type: 'text', name: 'summary' });
  const text = h('textarea', { rows: 6, name: 'text' });
  const out = h('div', {});
  return h('section', { class: 'card' }, h('h2', {}, t('staff.policy')),
    h('form', { onsubmit: async (e) => {
      e.preventDefault();
      try {
        const published = await call('POST', '/admin/policies', { region: region.value, version: Number(version.value),
          effectiveFrom: effective.value, summary: summary.value, text: text.value, changedPurposes: [] });
        out.replaceChildren(status(`✓ ${published.region} v${published.version}`));
      } catch (err) {
        out.replaceChildren(status(problemText(err), 'error'));
      }
    } }, field(t('staff.policyRegion'), region), field(t('staff.policyVersion'), version),
    field(t('staff.policyEffective'), effective), field(t('staff.policySummary'), summary),
    field(t('staff.policyText'), text), h('button', { type: 'submit' }, t('staff.policyPublish')), out));
}
