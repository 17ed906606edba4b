// A tiny DOM builder: text goes in as text (never as HTML), so nothing a user or the server
// says can become markup.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

let counter = 0;
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A labelled form field: the label is tied to the control, hints and errors are announced. */
export function field(label, control, hint) {
  const id = control.id || uid('f');
  control.id = id;
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), hintEl, control);
}

export function status(message, kind = 'info') {
  return h('p', { class: `status status-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
}

export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Runs an action from a button, showing any failure in {@code out} (announced) instead of leaving
 * the page stuck; the button is disabled while it runs.
 */
export function guarded(out, action) {
  return async (e) => {
    const button = e?.currentTarget;
    if (button) button.disabled = true;
    try {
      await action(e);
    } catch (err) {
      const detail = err?.problem?.errors?.length
        ? err.problem.errors.map((f) => `${f.field}: ${f.message}`).join('; ')
        : (err?.status === 0 ? 'The server did not answer. Check your connection and try again.' : err?.message);
      out.replaceChildren(status(String(detail || err), 'error'));
    } finally {
      if (button && button.isConnected) button.disabled = false;
    }
  };
}
