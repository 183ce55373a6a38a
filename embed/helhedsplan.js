// helhedsplan.js — the one script a portal includes:
//   <script type="module" src="/path/to/helhedsplan.js"></script>
// It loads the editor's wasm from the same folder and defines <helhedsplan-editor>.
// See docs/embedding.md for the element's attributes, properties, methods and events.
import init from './helhedsplan-web.js';

if (!customElements.get('helhedsplan-editor')) {
  // The wasm file sits next to this script, wherever the portal serves it from.
  await init({ module_or_path: new URL('helhedsplan-web_bg.wasm', import.meta.url) });
}
