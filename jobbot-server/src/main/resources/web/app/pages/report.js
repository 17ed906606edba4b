import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { lineChart, radarChart } from '../charts.js';

export async function reportPage(id) {
  const interview = await api('GET', `/interviews/${id}`);
  if (!interview.report) {
    return h('div', {}, h('h1', {}, t('report.title', { job: interview.jobTitle || '' })),
      h('p', {}, t('report.notFinished')), h('a', { class: 'button', href: `#/interviews/${id}` }, t('history.open')));
  }
  const report = interview.report;
  const [progress, recs] = await Promise.all([
    api('GET', '/progress'),
    api('GET', `/recommendations?jobId=${encodeURIComponent(interview.jobId)}&max=5`).catch(() => null),
  ]);
  const points = progress.overall?.points || [];
  return h('div', { class: 'report' },
    h('h1', {}, t('report.title', { job: interview.jobTitle || '' })),
    h('p', { class: 'score big' }, t('report.overall', { score: report.overall })),
    report.summary ? h('p', { class: 'lead' }, report.summary) : null,
    h('div', { class: 'charts' },
      radarChart(report.competencies, t('report.competencies')),
      points.length ? lineChart(points, t('report.progress')) : null),
    h('div', { class: 'columns' },
      h('section', {}, h('h2', {}, t('report.covered')),
        h('ul', { class: 'covered' }, (report.requirementsCovered || []).map((r) => h('li', {}, r)))),
      h('section', {}, h('h2', {}, t('report.missing')),
        h('ul', { class: 'missing' }, (report.requirementsMissing || []).map((r) => h('li', {}, r))))),
    h('section', {}, h('h2', {}, t('report.practice')),
      h('ol', { class: 'practice' }, (report.practice || []).map((p) => h('li', {}, p)))),
    h('section', {}, h('h2', {}, t('report.recommendations')),
      recs && recs.recommendations.length
        ? h('ul', { class: 'cards recommendations' }, recs.recommendations.map((r) => h('li', { class: 'card' },
          h('h3', {}, r.item.url ? h('a', { href: r.item.url, rel: 'noopener noreferrer' }, r.item.title) : r.item.title),
          h('p', { class: 'hint' }, [r.item.type, r.item.provider, r.item.duration].filter(Boolean).join(' · ')),
          h('p', {}, t('report.why', { reason: r.reason })))))
        : h('p', {}, t('report.noRecommendations'))));
}
