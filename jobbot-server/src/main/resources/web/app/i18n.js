// Message bundles: English is complete; another language is one more file in messages/.
let messages = {};
export let language = 'en';

export async function loadMessages(preferred) {
  const wanted = (preferred || navigator.language || 'en').slice(0, 2).toLowerCase();
  for (const lang of [wanted, 'en']) {
    try {
      const res = await fetch(`/app/messages/${lang}.json`);
      if (res.ok) {
        messages = await res.json();
        language = lang;
        document.documentElement.lang = lang;
        return;
      }
    } catch (e) {
      // fall through to English
    }
  }
}

export function t(key, params = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? `{${name}}`));
}
