//! "Læs op": reads a question aloud with the browser's own speech synthesis
//! (`speechSynthesis`), in a voice of the editor's language.
//!
//! **Nothing goes over the network.** Only a voice with `localService` is used: the browser
//! or the operating system speaks it on this device. Some browsers also list network voices
//! (Chrome's "Google dansk" sends the text to a speech service); a question and the
//! citizen's situation must not leave the device that way, so where the language has only
//! network voices the button is hidden, as it is where there is no voice at all.
//!
//! Voices load late in some browsers (Chrome lists none at first), so the button appears
//! when `voiceschanged` brings one. Every call into the speech API goes through
//! [`call`], so a browser without it (older browsers, some sandboxed frames), or one whose
//! API throws, shows no button and never aborts the editor.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::i18n::Lang;
use crate::ui::state::use_editor;

/// A little slower than the default rate, for listeners who read with difficulty.
const RATE: f64 = 0.9;

/// The browser's speech synthesis, or `None` where it has none.
fn synthesis() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    let synth = js_sys::Reflect::get(&window, &JsValue::from_str("speechSynthesis")).ok()?;
    synth.is_object().then(|| synth.unchecked_into())
}

/// Calls `target.name(...args)`; `None` when the method is missing or throws.
fn call(target: &JsValue, name: &str, args: &[&JsValue]) -> Option<JsValue> {
    let method = js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let list: js_sys::Array = args.iter().copied().collect();
    method.apply(target, &list).ok()
}

fn property(target: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// A voice on this device (`localService`) that speaks `lang`; the browser's default
/// voice among them first. Network voices are never chosen (see the module comment).
fn local_voice(synth: &SpeechSynthesis, lang: Lang) -> Option<SpeechSynthesisVoice> {
    let voices = call(synth, "getVoices", &[])?
        .dyn_into::<js_sys::Array>()
        .ok()?;
    let mut chosen: Option<JsValue> = None;
    for voice in voices.iter().filter(JsValue::is_object) {
        let speaks = property(&voice, "lang")
            .as_string()
            .and_then(|tag| Lang::parse(&tag))
            == Some(lang);
        if !speaks || property(&voice, "localService").as_bool() != Some(true) {
            continue;
        }
        let is_default = property(&voice, "default").as_bool() == Some(true);
        if chosen.is_none() || is_default {
            chosen = Some(voice);
        }
        if is_default {
            break;
        }
    }
    chosen.map(JsCast::unchecked_into)
}

/// Stops whatever the browser is reading.
fn cancel() {
    if let Some(synth) = synthesis() {
        call(&synth, "cancel", &[]);
    }
}

/// What is being read now by this button: the utterance and its end handler, kept so the
/// handler lives as long as the utterance and is unhooked before it is dropped.
struct Reading {
    utterance: SpeechSynthesisUtterance,
    _ended: Closure<dyn FnMut(JsValue)>,
}

impl Reading {
    fn unhook(&self) {
        for name in ["onend", "onerror"] {
            let _ = js_sys::Reflect::set(&self.utterance, &JsValue::from_str(name), &JsValue::NULL);
        }
    }
}

/// The "Læs op" button for `text` (the question and its help, as shown). Hidden where the
/// browser has no local voice of the editor's language. While it reads, the button says
/// "Stop" and stops it; a new text (another screen) or unmounting stops it too.
#[component]
pub fn ReadAloud(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let state = use_editor();
    let lang = state.host.lang;
    let has_voice = RwSignal::new(false);
    let speaking = RwSignal::new(false);
    let reading: StoredValue<Option<Reading>, LocalStorage> = StoredValue::new_local(None);
    let voices_changed = Trigger::new();

    // Voices arrive late in some browsers: look again when they change.
    let listener: StoredValue<Option<Closure<dyn FnMut()>>, LocalStorage> =
        StoredValue::new_local(None);
    if let Some(synth) = synthesis() {
        let on_change = Closure::<dyn FnMut()>::new(move || voices_changed.notify());
        let added = synth
            .add_event_listener_with_callback("voiceschanged", on_change.as_ref().unchecked_ref())
            .is_ok();
        if added {
            listener.set_value(Some(on_change));
        }
    }
    Effect::new(move |_| {
        voices_changed.track();
        let lang = lang.get();
        has_voice.set(synthesis().is_some_and(|s| local_voice(&s, lang).is_some()));
    });

    let stop = move || {
        if speaking.get_untracked() {
            reading.update_value(|r| {
                if let Some(r) = r.take() {
                    r.unhook();
                }
            });
            cancel();
            speaking.set(false);
        }
    };

    let speak = move || {
        let Some(synth) = synthesis() else { return };
        let Some(voice) = local_voice(&synth, lang.get_untracked()) else {
            has_voice.set(false);
            return;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text.get_untracked()) else {
            return;
        };
        // Ends, fails or is cancelled: the button says "Læs op" again.
        let ended = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            speaking.try_set(false);
        });
        // Set through `Reflect` (which reports a refusal) rather than the typed setters
        // (which would throw through the editor if a browser refused a voice).
        let lang_tag = property(&voice, "lang");
        for (name, value) in [
            ("lang", &lang_tag),
            ("voice", voice.as_ref()),
            ("rate", &JsValue::from_f64(RATE)),
            ("onend", ended.as_ref()),
            ("onerror", ended.as_ref()),
        ] {
            let _ = js_sys::Reflect::set(&utterance, &JsValue::from_str(name), value);
        }
        // Anything still queued (another editor's button) would otherwise read first.
        call(&synth, "cancel", &[]);
        if call(&synth, "speak", &[&utterance]).is_some() {
            reading.update_value(|r| {
                if let Some(old) = r.replace(Reading {
                    utterance,
                    _ended: ended,
                }) {
                    old.unhook();
                }
            });
            speaking.set(true);
        }
    };

    // Another screen (a new text) or another language stops the reading.
    Effect::new(move |before: Option<(String, Lang)>| {
        let now = (text.get(), lang.get());
        if before.is_some_and(|before| before != now) {
            stop();
        }
        now
    });
    on_cleanup(move || {
        stop();
        listener.update_value(|l| {
            if let (Some(on_change), Some(synth)) = (l.take(), synthesis()) {
                let _ = synth.remove_event_listener_with_callback(
                    "voiceschanged",
                    on_change.as_ref().unchecked_ref(),
                );
            }
        });
    });

    let texts = move || lang.get().guided();
    move || {
        has_voice.get().then(|| {
            view! {
                <button
                    type="button"
                    class="hp-button hp-read-aloud"
                    on:click=move |_| if speaking.get_untracked() { stop() } else { speak() }
                >
                    <svg class="hp-read-aloud-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
                        <path
                            d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12"
                            fill="none"
                            stroke="currentColor"
                            stroke-width="2"
                            stroke-linecap="round"
                        />
                    </svg>
                    <span>
                        {move || {
                            if speaking.get() { texts().reading.stop_reading } else { texts().read_aloud }
                        }}
                    </span>
                </button>
            }
        })
    }
}
