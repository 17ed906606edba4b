import { api, setCsrf } from '../api.js';
import { field, formatDate, guarded, h, status } from '../dom.js';
import { refreshConsent } from '../cookies.js';
import { t } from '../i18n.js';
import { session } from '../app.js';
import { problemText } from './signin.js';

export async function privacyPage() {
  const [consents, history, policy, messages, requests, staff, sessions, devices, age, background, jobs] =
    await Promise.all([
      api('GET', '/me/consents'), api('GET', '/me/consents/history'), api('GET', '/me/policy'),
      api('GET', '/me/messages'), api('GET', '/me/requests'), api('GET', '/me/staff-accesses'),
      api('GET', '/me/sessions'), api('GET', '/me/devices'), api('GET', '/me/age'),
      api('GET', '/me/background').catch(() => null), api('GET', '/jobs')]);
  return h('div', { class: 'privacy' },
    h('h1', {}, t('privacy.title')),
    h('p', { class: 'lead' }, t('privacy.lead')),
    h('nav', { 'aria-label': t('privacy.title'), class: 'toc' }, h('ul', {},
      ['consents', 'policy', 'messages', 'data', 'profile', 'background', 'age', 'requests', 'staff', 'devices',
        'cancel']
        .map((s) => h('li', {}, h('a', { href: `#/privacy`, 'data-section': s, onclick: (e) => {
          e.preventDefault();
          document.getElementById(`h-${s}`).focus();
        } }, sectionTitle(s)))))),
    consentSection(consents, history),
    policySection(policy, await api('GET', `/policies/${policy.region}`).catch(() => null)),
    messageSection(messages),
    dataSection(),
    profileSection(),
    backgroundSection(background, jobs.jobs),
    ageSection(age),
    requestSection(requests),
    staffSection(staff),
    deviceSection(sessions, devices),
    cancelSection());
}

function sectionTitle(s) {
  return {
    consents: t('privacy.consents'), policy: t('privacy.policy'), messages: t('privacy.messages'),
    data: t('privacy.export'), profile: t('privacy.profile'), requests: t('privacy.requests'),
    staff: t('privacy.staff'), devices: t('privacy.devices'), cancel: t('privacy.cancel'),
    background: t('privacy.background'), age: t('privacy.age'),
  }[s];
}

function section(key, ...content) {
  return h('section', { class: 'card', 'aria-labelledby': `h-${key}` },
    h('h2', { id: `h-${key}`, tabindex: '-1' }, sectionTitle(key)),
    ...content);
}

function consentSection(consents, history) {
  const boxes = [];
  const out = h('div', {});
  const rows = consents.purposes.filter((p) => p.withdrawable || p.state !== 'not-needed').map((p) => {
    const id = `consent-${p.key.replace(/[^a-z0-9]/g, '-')}`;
    const box = h('input', { type: 'checkbox', id, 'data-purpose': p.key, checked: p.state === 'granted',
      disabled: !p.withdrawable && p.state === 'not-needed' });
    if (p.withdrawable || p.state !== 'not-needed') boxes.push(box);
    return h('li', {}, box, ' ', h('label', { for: id }, p.description), ' ',
      h('span', { class: 'hint' }, `(${p.state.replace('-', ' ')})`));
  });
  const form = h('form', { onsubmit: async (e) => {
    e.preventDefault();
    const changes = Object.fromEntries(boxes.filter((b) => !b.disabled).map((b) => [b.dataset.purpose, b.checked]));
    try {
      await api('PUT', '/me/consents', changes);
      await refreshConsent();
      out.replaceChildren(status(t('privacy.saved')));
    } catch (err) {
      out.replaceChildren(status(problemText(err), 'error'));
    }
  } }, h('ul', { class: 'plain' }, rows), h('button', { type: 'submit', id: 'save-consents' }, t('privacy.save')), out);
  const table = h('table', {},
    h('caption', {}, t('privacy.consentHistory')),
    h('thead', {}, h('tr', {}, [t('privacy.colPurpose'), t('privacy.colChoice'), t('privacy.colHow'),
      t('privacy.colWhen'), t('privacy.colPolicy'), t('privacy.receipt')].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, history.records.slice().reverse().map((r) => h('tr', {},
      h('td', {}, r.purpose), h('td', {}, r.choice), h('td', {}, r.method), h('td', {}, formatDate(r.at)),
      h('td', {}, `${r.region} v${r.policyVersion}`),
      h('td', {}, h('a', { href: `/api/v1/me/consents/receipts/${r.id}` }, t('privacy.receipt'),
        h('span', { class: 'visually-hidden' }, ` ${r.purpose} ${formatDate(r.at)}`)))))));
  return section('consents', form, h('div', { class: 'table-scroll' }, table));
}

function policySection(policy, versions) {
  const out = h('div', {});
  const current = policy.current;
  return section('policy',
    versions && versions.versions.length ? h('ul', { class: 'plain', id: 'policy-versions' },
      versions.versions.slice().reverse().map((v) => h('li', {},
        h('a', { href: `/api/v1/policies/${policy.region}/${v.version}` }, t('privacy.policyVersionItem',
          { version: v.version, date: v.effectiveFrom })), ` — ${v.summary}`))) : null,
    current ? h('p', {}, t('privacy.policyVersion', { region: policy.region, version: current.version,
      date: current.effectiveFrom }), ' ', h('a', { href: '/privacy' }, current.summary || t('privacy.readPolicy'))) : null,
    policy.needsAcknowledgement ? h('button', { type: 'button', onclick: guarded(out, async () => {
      await api('POST', '/me/policy/acknowledgements', { version: current.version });
      out.replaceChildren(status(t('privacy.saved')));
    }) }, t('privacy.acknowledge')) : null, out);
}

function messageSection(messages) {
  if (!messages.messages.length) return section('messages', h('p', {}, t('privacy.noMessages')));
  return section('messages', h('ul', { class: 'plain messages' }, messages.messages.map((m) => {
    const problem = h('div', {});
    const mark = m.read ? null : h('button', { type: 'button', class: 'secondary', onclick: guarded(problem, async (e) => {
      const button = e.currentTarget;
      await api('POST', `/me/messages/${m.id}/read`);
      const done = h('span', { class: 'hint', tabindex: '-1' }, '✓');
      button.replaceWith(done);
      done.focus();
    }) }, t('privacy.markRead'), h('span', { class: 'visually-hidden' }, `: ${m.subject}`));
    return h('li', { class: m.read ? 'read' : 'unread' },
      h('h3', {}, m.subject), h('p', { class: 'hint' }, formatDate(m.createdAt)), h('p', {}, m.body), mark, problem);
  })));
}

function dataSection() {
  return section('data', h('p', {}, t('privacy.exportLead')),
    h('div', { class: 'button-row' },
      h('a', { class: 'button', id: 'export-json', href: '/api/v1/me/export', download: 'jobbot-export.json' },
        t('privacy.exportJson')),
      h('a', { class: 'button secondary', href: '/api/v1/me/export?format=html', target: '_blank', rel: 'noopener' },
        t('privacy.exportHtml'))));
}

function profileSection() {
  const me = session.me || {};
  const name = h('input', { type: 'text', name: 'displayName', value: me.displayName || '', maxlength: 100,
    autocomplete: 'name' });
  const country = h('input', { type: 'text', name: 'country', value: me.country || '', maxlength: 2,
    autocomplete: 'country' });
  const language = h('input', { type: 'text', name: 'language', value: me.language || '', maxlength: 35 });
  const photo = h('input', { type: 'file', accept: 'image/png,image/jpeg' });
  const out = h('div', {});
  return section('profile',
    h('form', { onsubmit: async (e) => {
      e.preventDefault();
      try {
        session.me = await api('PATCH', '/me', { displayName: name.value.trim() || null,
          country: country.value.trim().toUpperCase() || null, language: language.value.trim() || null });
        out.replaceChildren(status(t('privacy.saved')));
      } catch (err) {
        out.replaceChildren(status(problemText(err), 'error'));
      }
    } }, field(t('privacy.displayName'), name), field(t('privacy.country'), country),
    field(t('privacy.language'), language), h('button', { type: 'submit' }, t('privacy.saveProfile'))),
    h('h3', {}, t('privacy.avatar')),
    me.avatarUrl ? h('img', { src: me.avatarUrl, alt: t('privacy.avatar'), class: 'avatar' }) : null,
    field(t('privacy.avatarUpload'), photo),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'secondary', onclick: async () => {
        if (!photo.files[0]) return;
        try {
          session.me = await api('PUT', '/me/avatar', photo.files[0]);
          out.replaceChildren(status(t('privacy.saved')));
        } catch (err) {
          out.replaceChildren(status(problemText(err), 'error'));
        }
      } }, t('privacy.avatarUpload')),
      me.avatarUrl ? h('button', { type: 'button', class: 'secondary', onclick: guarded(out, async () => {
        await api('DELETE', '/me/avatar');
        out.replaceChildren(status(t('privacy.saved')));
      }) }, t('privacy.avatarRemove')) : null),
    out);
}

function requestSection(requests) {
  const kind = h('select', { name: 'kind' }, ['complaint', 'question', 'objection', 'correction']
    .map((k) => h('option', { value: k }, t(`privacy.kind.${k}`))));
  const subject = h('input', { type: 'text', name: 'subject', maxlength: 200, required: true });
  const body = h('textarea', { name: 'body', rows: 4, required: true, maxlength: 10000 });
  const list = h('ul', { class: 'plain requests' }, requests.requests.map(requestItem));
  const out = h('div', {});
  return section('requests',
    h('form', { onsubmit: async (e) => {
      e.preventDefault();
      try {
        const filed = await api('POST', '/me/requests', { kind: kind.value, subject: subject.value, body: body.value });
        list.prepend(requestItem(filed));
        subject.value = ''; body.value = '';
        out.replaceChildren(status(t('privacy.saved')));
      } catch (err) {
        out.replaceChildren(status(problemText(err), 'error'));
      }
    } }, field(t('privacy.requestKind'), kind), field(t('privacy.requestSubject'), subject),
    field(t('privacy.requestBody'), body), h('button', { type: 'submit' }, t('privacy.requestSend')), out),
    list);
}

function requestItem(r) {
  return h('li', {}, h('h3', {}, `${r.subject} (${r.kind}, ${r.status})`),
    h('p', { class: 'hint' }, t('privacy.requestDates', { filed: formatDate(r.filedAt), due: formatDate(r.dueAt) })),
    h('ul', {}, (r.history || []).map((e) => h('li', {}, h('strong', {}, `${e.from}: `), e.text))));
}

function staffSection(staff) {
  if (!staff.accesses.length) return section('staff', h('p', { id: 'no-staff-access' }, t('privacy.noStaff')));
  return section('staff', h('div', { class: 'table-scroll' }, h('table', { id: 'staff-accesses' },
    h('thead', {}, h('tr', {}, [t('privacy.colWho'), t('privacy.colWhat'), t('privacy.colWhy'), t('privacy.colWhen')]
      .map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, staff.accesses.map((a) => h('tr', {}, h('td', {}, a.who), h('td', {}, a.what),
      h('td', {}, a.why), h('td', {}, formatDate(a.at))))))));
}

function deviceSection(sessions, devices) {
  const out = h('div', {});
  return section('devices',
    h('ul', { class: 'plain' }, sessions.sessions.map((s) => h('li', {},
      t('privacy.device', { browser: s.browser, os: s.operatingSystem }), s.current ? ` ${t('privacy.thisSession')}` : '',
      h('span', { class: 'hint' }, ` — ${t('privacy.sessionTimes', { since: formatDate(s.createdAt),
        seen: formatDate(s.lastSeenAt) })}`)))),
    h('button', { type: 'button', class: 'secondary', onclick: guarded(out, async () => {
      const done = await api('DELETE', '/me/sessions');
      out.replaceChildren(status(`${done.revoked} ✓`));
    }) }, t('privacy.signOutOthers')), out,
    h('h3', {}, t('privacy.knownDevices')),
    h('ul', { class: 'plain' }, devices.devices.map((d) => h('li', {},
      t('privacy.device', { browser: d.browser, os: d.operatingSystem })))));
}

function cancelSection() {
  const out = h('div', {});
  return section('cancel', h('p', {}, t('privacy.cancelLead', { days: 14 })),
    h('button', { type: 'button', class: 'danger', id: 'cancel-account', onclick: async () => {
      if (!window.confirm(t('privacy.cancelConfirm'))) return;
      try {
        const cancelled = await api('DELETE', '/me');
        setCsrf(null);
        session.me = null;
        document.getElementById('main').replaceChildren(h('div', {}, h('h1', {}, t('privacy.cancel')),
          status(t('privacy.cancelled', { date: formatDate(cancelled.eraseAfter) })),
          h('p', {}, h('a', { href: '#/sign-in' }, t('nav.signIn')))));
      } catch (err) {
        out.replaceChildren(status(problemText(err), 'error'));
      }
    } }, t('privacy.cancelButton')), out);
}

function backgroundSection(background, jobs) {
  const b = background || { yearsOfExperience: null, roles: [], claimedSkills: [], education: [] };
  const years = h('input', { type: 'number', min: 0, max: 70, name: 'years', value: b.yearsOfExperience ?? '' });
  const roles = h('textarea', { rows: 3, name: 'roles' }, (b.roles || []).join('\n'));
  const education = h('textarea', { rows: 3, name: 'education' }, (b.education || []).join('\n'));
  const known = new Map();
  (b.claimedSkills || []).forEach((s) => known.set(s.id, s.name));
  jobs.forEach((j) => (j.skills || []).forEach((s) => known.set(s.id, s.name)));
  const claimed = new Set((b.claimedSkills || []).map((s) => s.id));
  const boxes = [...known.entries()].map(([id, name]) => h('span', { class: 'choice' },
    h('input', { type: 'checkbox', id: `skill-${id}`, value: id, checked: claimed.has(id) }), ' ',
    h('label', { for: `skill-${id}` }, name), ' '));
  const out = h('div', {});
  const lines = (el) => el.value.split('\n').map((l) => l.trim()).filter(Boolean);
  return section('background', h('p', { class: 'hint' }, t('privacy.backgroundLead')),
    h('form', { onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api('PUT', '/me/background', {
          yearsOfExperience: years.value === '' ? null : Number(years.value), roles: lines(roles),
          education: lines(education),
          claimedSkills: boxes.map((x) => x.querySelector('input')).filter((i) => i.checked).map((i) => i.value) });
        out.replaceChildren(status(t('privacy.saved')));
      } catch (err) {
        out.replaceChildren(status(problemText(err), 'error'));
      }
    } }, field(t('privacy.years'), years), field(t('privacy.roles'), roles), field(t('privacy.education'), education),
    h('fieldset', { id: 'claimed-skills' }, h('legend', {}, t('privacy.skills')), boxes.length ? boxes
      : h('p', { class: 'hint' }, t('jobs.noSkills'))),
    h('button', { type: 'submit' }, t('privacy.saveBackground')), out));
}

function ageSection(age) {
  const out = h('div', {});
  const parts = [h('p', {}, age.declared ? t(`privacy.band.${age.band}`) : t('privacy.ageUndeclared'))];
  if (age.supervised) {
    parts.push(h('p', {}, t('privacy.guardianState', { state: age.guardian })));
    const email = h('input', { type: 'email', name: 'guardian', autocomplete: 'off' });
    parts.push(h('form', { onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api('POST', '/me/guardian', { email: email.value });
        out.replaceChildren(status(t('privacy.guardianAsked')));
      } catch (err) {
        out.replaceChildren(status(problemText(err), 'error'));
      }
    } }, field(t('privacy.guardianEmail'), email), h('button', { type: 'submit' }, t('privacy.guardianAsk')), out));
  }
  return section('age', ...parts);
}
