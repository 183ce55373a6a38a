// The demo page for live co-authoring: builds <helhedsplan-editor> with collab-url from the
// page's address, then loads the editor (the attributes must be there when it connects).
const params = new URLSearchParams(location.search);
const server = params.get('server') || 'ws://127.0.0.1:4341';
const room = params.get('room') || 'sag-2026-0417';
const name = params.get('name') || 'Mette Jensen';
const role = params.get('role') || 'citizen';

const editor = document.createElement('helhedsplan-editor');
editor.setAttribute('lang', params.get('lang') || 'da');
editor.setAttribute('author-role', role);
editor.setAttribute('author-name', name);
editor.setAttribute('storage-key', `${room}:${params.get('device') || 'device'}`);
editor.setAttribute('collab-url', `${server.replace(/\/$/, '')}/${encodeURIComponent(room)}`);
if (params.get('token')) editor.setAttribute('collab-token', params.get('token'));
document.getElementById('portal-user').textContent = name;
document.getElementById('editor-frame').append(editor);

await import('/helhedsplan.js');
