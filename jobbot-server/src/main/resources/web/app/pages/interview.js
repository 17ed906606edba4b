import { api, ApiError } from '../api.js';
import { field, guarded, h, status } from '../dom.js';
import { t } from '../i18n.js';
import { go } from '../app.js';
import { problemText } from './signin.js';

export async function interviewPage(id) {
  const interview = await api('GET', `/interviews/${id}`);
  const root = h('div', { class: 'interview' });
  draw(root, interview);
  return root;
}

function draw(root, interview, retryOf) {
  const mains = interview.questions.filter((q) => !q.followUpOf);
  const byId = Object.fromEntries(interview.questions.map((q) => [q.id, q]));
  const log = h('ol', { class: 'conversation', 'aria-label': t('interview.conversation') });
  for (const a of interview.attempts) {
    const q = byId[a.questionId];
    log.append(h('li', { class: 'turn' },
      h('p', { class: 'bubble interviewer' }, q ? q.text : ''),
      a.skipped ? h('p', { class: 'bubble you' }, t('interview.skipped'))
        : h('p', { class: 'bubble you' }, a.answer),
      a.feedback ? feedbackView(a.feedback) : pendingView(root, interview, a),
      !a.skipped && interview.status !== 'finished' ? h('button', { type: 'button', class: 'secondary retry',
        onclick: () => draw(root, interview, q) }, t('interview.retry'),
      h('span', { class: 'visually-hidden' }, `: ${q ? q.text : ''}`)) : null));
  }
  const next = retryOf || interview.nextQuestion;
  const parts = [h('h1', {}, t('interview.title', { job: interview.jobTitle || '' })), log];
  if (next) {
    parts.push(questionForm(root, interview, next, mains));
  } else if (interview.status !== 'finished') {
    const out = h('div', {});
    parts.push(h('button', { type: 'button', id: 'finish', onclick: guarded(out, async () => {
      await api('POST', `/interviews/${interview.id}/finish`);
      go(`#/reports/${interview.id}`);
    }) }, t('interview.finish')), out);
  } else {
    parts.push(h('a', { class: 'button', href: `#/reports/${interview.id}` }, t('history.report')));
  }
  root.replaceChildren(...parts);
}

function questionForm(root, interview, q, mains) {
  const number = q.followUpOf ? null : mains.findIndex((m) => m.id === q.id) + 1;
  const answer = h('textarea', { name: 'answer', rows: 8, required: true, maxlength: 10000 });
  // Shown as one types, not announced on every key: a screen reader reads it with the field.
  const words = h('p', { class: 'hint', id: 'word-count' }, t('interview.words', { count: 0 }));
  answer.setAttribute('aria-describedby', 'word-count');
  let idempotency = crypto.randomUUID();
  answer.addEventListener('input', () => {
    const count = answer.value.trim() ? answer.value.trim().split(/\s+/).length : 0;
    words.textContent = t('interview.words', { count });
    // A changed answer is a new submission, not a retry of the one that failed.
    idempotency = crypto.randomUUID();
  });
  const out = h('div', {});
  const live = h('div', { class: 'feedback live', 'aria-busy': 'true' });
  const send = async (path, body, key) => {
    out.replaceChildren(status(t('common.loading')), live);
    try {
      if (path === 'answers') {
        await streamAnswer(interview.id, body, key, (chunk) => { live.textContent += chunk; });
      } else {
        await api('POST', `/interviews/${interview.id}/${path}`, body);
      }
      const fresh = await api('GET', `/interviews/${interview.id}`);
      draw(root, fresh);
      // Focus goes to the new feedback, which a screen reader then reads; the next question follows it.
      const feedback = root.querySelector('.conversation li:last-child .feedback');
      if (feedback) {
        feedback.setAttribute('tabindex', '-1');
        feedback.focus();
      } else {
        (root.querySelector('textarea') || root.querySelector('#finish') || root.querySelector('h1'))?.focus();
      }
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

/**
 * Sends an answer asking for the feedback as a stream (server-sent events over the POST): the
 * narrative appears as the interviewer writes it when a model is configured, at once otherwise.
 */
async function streamAnswer(interviewId, body, key, onChunk) {
  const res = await fetch(`/api/v1/interviews/${interviewId}/answers`, {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', 'Idempotency-Key': key,
      'X-CSRF-Token': sessionStorage.getItem('jobbot.csrf') || '' },
    body: JSON.stringify(body),
  });
  if (!res.ok || !(res.headers.get('Content-Type') || '').includes('text/event-stream')) {
    const text = await res.text();
    const problem = text ? JSON.parse(text) : {};
    if (!res.ok) throw new ApiError(res.status, problem);
    return problem;
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let result = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = (block.match(/^event: ?(.*)$/m) || [])[1] || 'message';
      const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.replace(/^data: ?/, '')).join('\n');
      const payload = data ? JSON.parse(data) : null;
      if (event === 'narrative') onChunk(payload.text);
      if (event === 'result') result = payload;
      if (event === 'problem') throw new ApiError(payload.status || 500, payload);
    }
  }
  return result;
}

function pendingView(root, interview, a) {
  if (a.skipped) return null;
  const out = h('span', {});
  return h('p', { class: 'hint' }, t('interview.feedbackPending'), ' ',
    h('button', { type: 'button', class: 'secondary', onclick: guarded(out, async () => {
      await api('POST', `/interviews/${interview.id}/feedback`, { questionId: a.questionId, attempt: a.attempt });
      draw(root, await api('GET', `/interviews/${interview.id}`));
    }) }, t('interview.retryFeedback')), out);
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
