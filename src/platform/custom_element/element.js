// The <helhedsplan-editor> element class. Everything it does is delegated to Rust through
// one `dispatch(op, id, a, b)` function (src/platform/custom_element.rs); this file only
// adapts the browser's custom-element callbacks and the element's properties to it.
// Rust answers `{ value }` or `{ error }`; an error is thrown to the caller.

const ATTRIBUTES = [
  'lang', 'role', 'author-role', 'author-name', 'readonly', 'plan-src', 'storage-key',
  'autosave', 'catalogue-src', 'save-url', 'complaint-route', 'heading-level',
  'collab-url', 'collab-token', 'mode',
];

// `plan-change` carries `detail.plan` as a getter: serialising a large plan costs more than
// the rest of a keystroke, so it is done only when a listener reads it, once.
export function hp_lazy_plan(detail, getPlan) {
  let plan;
  let read = false;
  Object.defineProperty(detail, 'plan', {
    enumerable: true,
    configurable: true,
    get() {
      if (!read) {
        plan = getPlan();
        read = true;
        getPlan = null; // lets the Rust side go
      }
      return plan;
    },
  });
}

export function hp_define_element(tag, css, dispatch) {
  if (customElements.get(tag)) return false;
  let sheet = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch (_) {
    sheet = null; // very old browsers: see docs/embedding.md
  }
  let next = 1;

  const call = (el, op, arg) => {
    const out = dispatch(op, el._hp.id, arg === undefined ? null : arg, null);
    if (out && out.error) throw out.error;
    return out ? out.value : undefined;
  };

  class HelhedsplanEditor extends HTMLElement {
    static get observedAttributes() { return ATTRIBUTES; }

    constructor() {
      super();
      this._hp = { id: next++, mounted: false, pending: null };
      const root = this.attachShadow({ mode: 'open' });
      if (sheet) root.adoptedStyleSheets = [sheet];
    }

    connectedCallback() {
      // A property set before the element was defined shadows the accessor: re-set it.
      for (const name of ['plan', 'planJson']) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      }
      if (this._hp.mounted) return; // moved within the page: keep the editor as it is
      this._hp.mounted = true;
      const pending = this._hp.pending;
      this._hp.pending = null;
      dispatch('connect', this._hp.id, this, pending);
    }

    disconnectedCallback() {
      // Moving an element disconnects and reconnects it at once: only tear down when it
      // is still out of the document after the current task.
      queueMicrotask(() => {
        if (!this.isConnected && this._hp.mounted) {
          this._hp.mounted = false;
          dispatch('disconnect', this._hp.id, null, null);
        }
      });
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (this._hp.mounted && oldValue !== newValue) {
        dispatch('attribute', this._hp.id, name, newValue);
      }
    }

    get planJson() {
      return this._hp.mounted ? call(this, 'get-json') : this._hp.pending;
    }

    set planJson(text) {
      if (this._hp.mounted) call(this, 'set-json', String(text));
      else this._hp.pending = String(text);
    }

    get plan() {
      const text = this.planJson;
      return text == null ? null : JSON.parse(text);
    }

    set plan(value) {
      this.planJson = JSON.stringify(value);
    }

    validate() {
      if (!this._hp.mounted) throw new Error('helhedsplan-editor: not connected to a document');
      return call(this, 'validate');
    }

    // Advisory coherence findings (not errors; validate() is for those): see docs/embedding.md.
    findings() {
      if (!this._hp.mounted) throw new Error('helhedsplan-editor: not connected to a document');
      return call(this, 'findings');
    }

    // The one-decision summary (a derived, read-only document): see docs/plan-format.md.
    decisionSummary() {
      if (!this._hp.mounted) throw new Error('helhedsplan-editor: not connected to a document');
      return call(this, 'decisionSummary');
    }

    // The plan as one party may see it by the citizen's consents, with what was left out
    // (docs/embedding.md). Advice for the host: its server must still enforce access.
    exportFor(party) {
      if (!this._hp.mounted) throw new Error('helhedsplan-editor: not connected to a document');
      return call(this, 'exportFor', party);
    }

    undo() { if (this._hp.mounted) call(this, 'undo'); }

    redo() { if (this._hp.mounted) call(this, 'redo'); }

    // Deletes the plan and everything else this editor keeps in this browser; starts empty.
    removeFromDevice() {
      if (!this._hp.mounted) throw new Error('helhedsplan-editor: not connected to a document');
      return call(this, 'removeFromDevice');
    }

    exportJson() { return this.planJson; }
  }

  customElements.define(tag, HelhedsplanEditor);
  return true;
}

