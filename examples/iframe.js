// The portal page around the iframe listens to what frame.js passes on (no inline script:
// the page runs under a strict CSP). Only messages from its own frame and origin count.
const frame = document.querySelector('iframe.portal-iframe');
const out = document.getElementById('last-change');
const FRAME_ORIGIN = window.location.origin;

window.addEventListener('message', (event) => {
  if (event.origin !== FRAME_ORIGIN || event.source !== frame.contentWindow) return;
  const message = event.data;
  if (!message || message.source !== 'helhedsplan') return;
  const { type, detail } = message;
  if (type === 'ready') {
    out.textContent = `Editoren er klar: ${detail.plan.title || 'planen har ingen titel endnu'}.`;
  } else if (type === 'plan-change') {
    const { who, what, when } = detail.edit;
    out.textContent = `${new Date(when).toLocaleTimeString('da-DK')}: ${who.name || who.role} — ${what.summary}`;
  } else if (type === 'plan-approved') {
    out.textContent = `Version ${detail.version} er godkendt af begge.`;
  } else if (type === 'plan-error') {
    out.textContent = `Fejl: ${detail.message}`;
  }
});
