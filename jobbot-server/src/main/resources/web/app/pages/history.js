import { api } from '../api.js';
import { formatDate, guarded, h, status } from '../dom.js';
import { t } from '../i18n.js';

export async function historyPage() {
  const { interviews } = await api('GET', '/interviews');
  const list = h('ul', { class: 'cards', id: 'interview-list' });
  if (!interviews.length) list.append(h('li', {}, t('history.none')));
  for (const i of interviews) {
    const out = h('div', {});
    const card = h('li', { class: 'card' },
      h('h2', {}, i.jobTitle),
      h('p', { class: 'hint' }, formatDate(i.startedAt), ' · ', i.status,
        i.overall !== null && i.overall !== undefined ? ` · ${i.overall} / 100` : ''),
      h('div', { class: 'button-row' },
        h('a', { class: 'button', href: `#/interviews/${i.id}` }, t('history.open'),
          h('span', { class: 'visually-hidden' }, `: ${i.jobTitle}`)),
        i.status === 'finished' ? h('a', { class: 'button secondary', href: `#/reports/${i.id}` }, t('history.report'),
          h('span', { class: 'visually-hidden' }, `: ${i.jobTitle}`)) : null,
        h('button', { type: 'button', class: 'secondary', onclick: guarded(out, async () => {
          await api('DELETE', `/interviews/${i.id}`);
          const done = status(t('history.deleted'));
          done.tabIndex = -1;
          card.replaceChildren(done);
          done.focus();
        }) }, t('history.delete'), h('span', { class: 'visually-hidden' }, `: ${i.jobTitle}`))), out);
    list.append(card);
  }
  return h('div', {}, h('h1', {}, t('history.title')), list);
}
