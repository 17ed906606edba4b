import { api } from '../api.js';
import { field, guarded, h, status } from '../dom.js';
import { t } from '../i18n.js';
import { go } from '../app.js';
import { problemText } from './signin.js';

export async function jobsPage() {
  const { jobs } = await api('GET', '/jobs');
  const title = h('input', { type: 'text', name: 'title', maxlength: 200, autocomplete: 'organization-title' });
  const link = h('input', { type: 'url', name: 'link', placeholder: 'https://' });
  const text = h('textarea', { name: 'description', rows: 6 });
  const out = h('div', {});
  const list = h('ul', { class: 'cards', id: 'job-list' });
  const form = h('form', { class: 'card', onsubmit: async (e) => {
    e.preventDefault();
    out.replaceChildren();
    const body = {};
    if (title.value.trim()) body.title = title.value.trim();
    if (link.value.trim()) body.link = link.value.trim();
    if (text.value.trim()) body.description = text.value.trim();
    try {
      const job = await api('POST', '/jobs', body);
      title.value = ''; link.value = ''; text.value = '';
      list.prepend(jobCard(job));
      list.querySelector('.empty')?.remove();
      list.querySelector('h3')?.focus();
    } catch (err) {
      out.replaceChildren(status(problemText(err), 'error'));
    }
  } },
  h('h2', {}, t('jobs.add')),
  field(t('jobs.byTitle'), title),
  field(t('jobs.byLink'), link),
  field(t('jobs.byText'), text),
  h('button', { type: 'submit', id: 'add-job' }, t('jobs.addButton')), out);
  if (jobs.length === 0) list.append(h('li', { class: 'empty' }, t('jobs.none')));
  jobs.forEach((job) => list.append(jobCard(job)));
  return h('div', {}, h('h1', {}, t('jobs.title')), form, h('h2', {}, t('nav.jobs')), list);
}

function jobCard(job) {
  const out = h('div', {});
  const card = h('li', { class: 'card job', 'data-job': job.id },
    h('h3', { tabindex: '-1' }, job.title, job.company ? ` — ${job.company}` : ''),
    h('p', { class: 'hint' }, t('jobs.skills')),
    job.skills && job.skills.length
      ? h('ul', { class: 'chips' }, job.skills.map((s) => h('li', {}, s.name)))
      : h('p', {}, t('jobs.noSkills')),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'practise', onclick: async () => {
        try {
          const interview = await api('POST', '/interviews', { jobId: job.id });
          go(`#/interviews/${interview.id}`);
        } catch (err) {
          out.replaceChildren(status(problemText(err), 'error'));
        }
      } }, t('jobs.practise')),
      h('button', { type: 'button', class: 'secondary', onclick: guarded(out, async () => {
        await api('DELETE', `/jobs/${job.id}`);
        const done = h('li', { class: 'card', tabindex: '-1' }, status(t('jobs.deleted')));
        card.replaceWith(done);
        done.focus();
      }) }, t('jobs.delete'), h('span', { class: 'visually-hidden' }, `: ${job.title}`))),
    skillEditor(job, (fixed) => {
      const replacement = jobCard(fixed);
      card.replaceWith(replacement);
      replacement.querySelector('h3').focus();
    }),
    h('p', {}, h('a', { href: '#/privacy' }, t('jobs.claim'), h('span', { class: 'visually-hidden' }, ` (${job.title})`))),
    out);
  return card;
}

/** Correcting the skills Jobbot recognised: untick the wrong ones, add missing ones from the taxonomy. */
function skillEditor(job, done) {
  const chosen = new Map((job.skills || []).map((s) => [s.id, s.name]));
  const list = h('ul', { class: 'plain' });
  const drawList = () => list.replaceChildren(...[...chosen.entries()].map(([id, name]) => {
    const box = h('input', { type: 'checkbox', id: `js-${job.id}-${id}`, checked: true,
      onchange: (e) => { if (!e.target.checked) chosen.delete(id); else chosen.set(id, name); } });
    return h('li', {}, box, ' ', h('label', { for: box.id }, name));
  }));
  drawList();
  const listId = `skill-options-${job.id}`;
  const options = h('datalist', { id: listId });
  const search = h('input', { type: 'text', list: listId, autocomplete: 'off', name: 'skill-search' });
  search.addEventListener('input', () => {
    const q = search.value.trim();
    if (q.length < 2) return;
    api('GET', `/skills?q=${encodeURIComponent(q)}`).then(({ skills }) => {
      if (search.value.trim() === q) options.replaceChildren(...skills.map((s) => h('option', { value: s.name })));
    }).catch(() => null);
  });
  const out = h('div', {});
  const add = h('button', { type: 'button', class: 'secondary', onclick: guarded(out, async () => {
    // Search for exactly what is typed now, and add only a skill of that name.
    const name = search.value.trim();
    if (!name) return;
    const { skills } = await api('GET', `/skills?q=${encodeURIComponent(name)}`);
    const match = skills.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (match) {
      chosen.set(match.id, match.name);
      search.value = '';
      out.replaceChildren();
      drawList();
    } else {
      out.replaceChildren(status(t('jobs.unknownSkill'), 'error'));
    }
  }) }, t('jobs.addSkill'));
  const editor = h('div', { class: 'skill-editor', hidden: true },
    list, field(t('jobs.findSkill'), search), options,
    h('div', { class: 'button-row' }, add,
      h('button', { type: 'button', class: 'save-skills', onclick: async () => {
        try {
          done(await api('PUT', `/jobs/${job.id}/skills`, { skills: [...chosen.keys()] }));
        } catch (err) {
          out.replaceChildren(status(problemText(err), 'error'));
        }
      } }, t('jobs.saveSkills'))), out);
  const toggle = h('button', { type: 'button', class: 'link-button correct-skills', 'aria-expanded': 'false',
    onclick: () => { editor.hidden = !editor.hidden; toggle.setAttribute('aria-expanded', String(!editor.hidden)); } },
  t('jobs.correct'), h('span', { class: 'visually-hidden' }, ` (${job.title})`));
  return h('div', {}, toggle, editor);
}
