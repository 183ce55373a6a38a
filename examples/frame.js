// The page inside the iframe (shown by iframe.html) passes the editor's events on to the
// page around it with postMessage, as plain data: { source: 'helhedsplan', type, detail }.
// Only to a parent of the origin named here (this example: the same origin). A real portal
// puts the portal's origin here, and its page checks event.origin and event.source.
const PARENT_ORIGIN = window.location.origin;
const editor = document.querySelector('helhedsplan-editor');

if (editor && window.parent !== window) {
  const post = (type, detail) =>
    window.parent.postMessage({ source: 'helhedsplan', type, detail }, PARENT_ORIGIN);
  editor.addEventListener('ready', (e) => post('ready', { plan: e.detail.plan }));
  editor.addEventListener('plan-change', (e) =>
    post('plan-change', { plan: e.detail.plan, edit: e.detail.edit }));
  editor.addEventListener('plan-approved', (e) =>
    post('plan-approved', { plan: e.detail.plan, version: e.detail.version }));
  editor.addEventListener('plan-error', (e) => post('plan-error', { message: e.detail.message }));
}
