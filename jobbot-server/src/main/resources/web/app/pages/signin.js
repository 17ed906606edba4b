import { api, ApiError, setCsrf } from '../api.js';
import { field, h, status } from '../dom.js';
import { t } from '../i18n.js';
import { go, refreshSession } from '../app.js';

export function signInPage() {
  const box = h('section', { class: 'card narrow' });
  emailStep(box);
  return box;
}

function emailStep(box, message) {
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'email', required: true });
  const out = h('div', {});
  const form = h('form', { onsubmit: async (e) => {
    e.preventDefault();
    out.replaceChildren();
    try {
      const sent = await api('POST', '/auth/codes', { email: email.value });
      codeStep(box, email.value, sent);
    } catch (err) {
      out.replaceChildren(status(problemText(err), 'error'));
    }
  } }, field(t('signIn.email'), email), h('button', { type: 'submit' }, t('signIn.send')), out);
  box.replaceChildren(h('h1', {}, t('signIn.title')), h('p', {}, t('signIn.lead')), message || null, form);
  email.focus();
}

function codeStep(box, email, sent) {
  let flowId = sent.flowId;
  const code = h('input', { type: 'text', name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code',
    pattern: '[0-9]{6}', maxlength: 6, required: true });
  const adult = h('input', { type: 'radio', name: 'age', id: 'age-adult', value: 'adult', checked: true });
  const minor = h('input', { type: 'radio', name: 'age', id: 'age-minor', value: 'minor' });
  const birth = h('input', { type: 'date', name: 'birthDate', id: 'birth-date' });
  const birthField = field(t('signIn.birthDate'), birth);
  birthField.hidden = true;
  adult.addEventListener('change', () => { birthField.hidden = true; });
  minor.addEventListener('change', () => { birthField.hidden = false; });
  const out = h('div', {});
  const cooldown = h('p', { class: 'hint', 'aria-live': 'polite' });
  const resend = h('button', { type: 'button', class: 'secondary', disabled: true, onclick: async () => {
    try {
      const again = await api('POST', '/auth/codes', { email, flowId });
      flowId = again.flowId;
      startCooldown(60);
    } catch (err) {
      if (err instanceof ApiError && err.status === 429) startCooldown(err.retryAfter || 60);
      out.replaceChildren(status(problemText(err), 'error'));
    }
  } }, t('signIn.resend'));
  let timer = null;
  function startCooldown(seconds) {
    clearInterval(timer);
    let left = seconds;
    resend.disabled = true;
    cooldown.textContent = t('signIn.resendIn', { seconds: left });
    timer = setInterval(() => {
      left -= 1;
      if (left <= 0) {
        clearInterval(timer);
        resend.disabled = false;
        cooldown.textContent = '';
      } else {
        cooldown.textContent = t('signIn.resendIn', { seconds: left });
      }
    }, 1000);
  }
  const form = h('form', { onsubmit: async (e) => {
    e.preventDefault();
    out.replaceChildren();
    const body = { flowId, email, code: code.value.trim() };
    if (minor.checked) body.birthDate = birth.value; else body.adult = true;
    try {
      const signedIn = await api('POST', '/auth/sessions', body);
      clearInterval(timer);
      setCsrf(signedIn.csrfToken);
      await refreshSession();
      go('#/jobs');
    } catch (err) {
      out.replaceChildren(status(problemText(err), 'error'));
    }
  } },
  field(t('signIn.code'), code),
  h('fieldset', {}, h('legend', {}, t('signIn.age')),
    h('p', {}, adult, ' ', h('label', { for: 'age-adult' }, t('signIn.adult'))),
    h('p', {}, minor, ' ', h('label', { for: 'age-minor' }, t('signIn.minor'))),
    birthField),
  h('div', { class: 'button-row' }, h('button', { type: 'submit' }, t('signIn.submit')), resend),
  cooldown, out);
  const outboxHint = h('p', { class: 'hint', id: 'outbox-hint' });
  fetch('/app/site.json').then((r) => r.json()).then((site) => {
    if (site.mailOutbox) outboxHint.textContent = t('signIn.outbox', { folder: site.mailOutbox });
  }).catch(() => null);
  box.replaceChildren(h('h1', {}, t('signIn.title')),
    status(t('signIn.codeSent', { email, minutes: Math.round((sent.expiresInSeconds || 600) / 60) })), outboxHint,
    form);
  startCooldown(60);
  code.focus();
}

export function problemText(err) {
  if (err instanceof ApiError) {
    if (err.status === 0) return t('error.network');
    const fields = (err.problem.errors || []).map((f) => `${f.field}: ${f.message}`).join('; ');
    return fields || err.problem.detail || err.message;
  }
  return String(err.message || err);
}
