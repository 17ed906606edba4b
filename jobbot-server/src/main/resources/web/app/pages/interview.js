import { api } from '../api.js';
import { field, h, status } from '../dom.js';
import { t } from '../i18n.js';
import { go } from '../app.js';
import { problemText } from './signin.js';

export async function interviewPage(id) {
  const interview = await api('GET', `/interviews/${id}`);
  const root = h('div', { class: 'interview' });
  draw(root, interview);
  return root;
}

function draw(root, interview) {
  const mains = interview.questions.filter((q) => !q.followUpOf);
  const byId = Object.fromEntries(interview.questions.map((q) => [q.id, q]));
  const log = h('ol', { class: 'conversation', 'aria-label': 'Conversation' });
  for (const a of interview.attempts) {
    const q = byId[a.questionId];
    log.append(h('li', { class: 'turn' },
      h('p', { class: 'bubble interviewer' }, q ? q.text : ''),
      a.skipped ? h('p', { class: 'bubble you' }, t('interview.skipped'))
        : h('p', { class: 'bubble you' }, a.answer),
      a.feedback ? feedbackView(a.feedback) : null));
  }
  const next = interview.nextQuestion;
  const parts = [h('h1', {}, t('interview.title', { job: interview.jobTitle || '' })), log];
  if (next) {
    parts.push(questionForm(root, interview, next, mains));
  } else if (interview.status !== 'finished') {
    parts.push(h('button', { type: 'button', id: 'finish', onclick: async () => {
      await api('POST', `/interviews/${interview.id}/finish`);
      go(`#/reports/${interview.id}`);
    } }, t('interview.finish')));
  } else {
    parts.push(h('a', { class: 'button', href: `#/reports/${interview.id}` }, t('history.report')));
  }
  root.replaceChildren(...parts);
}

function questionForm(root, interview, q, mains) {
  const number = q.followUpOf ? null : mains.findIndex((m) => m.id === q.id) + 1;
  const answer = h('textarea', { name: 'answer', rows: 8, required: true, maxlength: 10000 });
  const words = h('p', { class: 'hint', 'aria-live': 'polite', id: 'word-count' }, t('interview.words', { count: 0 }));
  answer.addEventListener('input', () => {
    const count = answer.value.trim() ? answer.value.trim().split(/\s+/).length : 0;
    words.textContent = t('interview.words', { count });
  });
  const out = h('div', {});
  const idempotency = crypto.randomUUID();
  const send = async (path, body, key) => {
    out.replaceChildren(status(t('common.loading')));
    try {
      await api('POST', `/interviews/${interview.id}/${path}`, body, { headers: key ? { 'Idempotency-Key': key } : {} });
      const fresh = await api('GET', `/interviews/${interview.id}`);
      draw(root, fresh);
      root.querySelector('.conversation li:last-child .feedback')?.setAttribute('tabindex', '-1');
      (root.querySelector('textarea') || root.querySelector('#finish') || root.querySelector('h1'))?.focus();
    } catch (err) {
      out.replaceChildren(status(problemText(err), 'error'));
    }
  };
  return h('form', { class: 'card question', onsubmit: (e) => {
    e.preventDefault();
    send('answers', { questionId: q.id, text: answer.value }, idempotency);
  } },
  h('p', { class: 'hint' }, q.followUpOf ? t('interview.followUp')
    : t('interview.question', { n: number, total: mains.length })),
  h('h2', { class: 'question-text' }, q.text),
  h('p', {}, h('strong', {}, `${t('interview.probes')}: `), q.probes || q.competency,
    q.skills && q.skills.length ? ` (${q.skills.map((s) => s.name).join(', ')})` : ''),
  field(t('interview.answer'), answer), words,
  h('div', { class: 'button-row' },
    h('button', { type: 'submit', id: 'submit-answer' }, t('interview.submit')),
    h('button', { type: 'button', class: 'secondary', id: 'skip', onclick: () => send('skips', { questionId: q.id }) },
      t('interview.skip'))),
  out);
}

export function feedbackView(f) {
  const remark = (r) => h('li', {},
    r.text,
    r.quote ? h('blockquote', {}, h('span', { class: 'visually-hidden' }, t('interview.youSaid')), ` “${r.quote}”`) : null,
    r.hint ? h('p', { class: 'hint' }, r.hint) : null);
  return h('section', { class: 'feedback', 'aria-label': t('interview.feedback') },
    h('p', { class: 'score' }, t('interview.score', { score: f.scores.overall })),
    f.narrative ? h('p', {}, f.narrative) : null,
    f.strengths.length ? [h('h3', {}, t('interview.strengths')), h('ul', { class: 'strengths' }, f.strengths.map(remark))] : null,
    f.improvements.length ? [h('h3', {}, t('interview.improvements')),
      h('ul', { class: 'improvements' }, f.improvements.map(remark))] : null);
}
