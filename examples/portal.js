// The portal listens to the editor's events (no inline script: the page runs under a strict CSP).
const editor = document.querySelector('helhedsplan-editor');
const out = document.getElementById('last-change');
editor.addEventListener('plan-change', (event) => {
  const { who, what, when } = event.detail.edit;
  out.textContent = `${new Date(when).toLocaleTimeString('da-DK')}: ${who.name || who.role} — ${what.summary}`;
});
editor.addEventListener('plan-error', (event) => {
  out.textContent = `Fejl: ${event.detail.message}`;
});
