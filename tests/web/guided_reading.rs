//! Guided mode's reading aids, mounted on their own: the text size stays in 100–200 % and
//! is announced, "Stærke farver" is a pressed button that puts the strong colours on the
//! root, the choices are kept on this device, and "Læs op" uses a local voice of the
//! editor's language (the browser's speech synthesis is replaced by a recording fake).

use helhedsplan::i18n::Lang;
use helhedsplan::model::{Actor, Plan, Role};
use helhedsplan::platform::reading::{parse_choice, DeviceReading};
use helhedsplan::ui::guided::read_aloud::ReadAloud;
use helhedsplan::ui::guided::reading::{
    ReadingChoice, ReadingControls, ReadingPrefs, ReadingStore,
};
use helhedsplan::ui::EditorState;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

use crate::support::*;

/// The reading aids in a root that applies the prefs as the guided view does, in Danish,
/// with their store under `key` when given. Dropping the handle unmounts them.
fn mount_reading(
    host: &HtmlElement,
    key: Option<String>,
    text: RwSignal<String>,
) -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    mount_to(host.clone(), move || {
        helhedsplan::platform::reading::provide(key.as_deref());
        let state = EditorState::new(Plan::new(""), Actor::new(Role::Citizen, ""), Lang::Da);
        state.provide();
        let prefs = ReadingPrefs::new();
        provide_context(prefs);
        view! {
            <div
                class=move || format!("hp-guided {}", prefs.contrast_class())
                style=move || prefs.scale_style()
            >
                <ReadingControls />
                <p>{move || text.get()}</p>
                <ReadAloud text=text />
            </div>
        }
    })
}

fn root(host: &HtmlElement) -> Element {
    host.query_selector(".hp-guided")
        .unwrap()
        .expect("the root")
}

fn size_now(host: &HtmlElement) -> String {
    text(
        &host
            .query_selector("[role=status]")
            .unwrap()
            .expect("the size now"),
    )
    .trim()
    .to_string()
}

#[wasm_bindgen_test]
fn reading_prefs_stay_between_100_and_200() {
    let prefs = ReadingPrefs::with(ReadingChoice {
        text_size: 300,
        high_contrast: false,
    });
    assert_eq!(prefs.size(), 200);
    prefs.set_size(40);
    assert_eq!(prefs.size(), 100);
    prefs.smaller();
    assert_eq!(prefs.size(), 100);
    prefs.larger();
    assert_eq!(prefs.size(), 125);
    prefs.set_size(180);
    prefs.larger();
    assert_eq!(prefs.size(), 200);
    prefs.larger();
    assert_eq!(prefs.size(), 200);
    // The public signal may be set out of range; reading it clamps.
    prefs.text_size.set(1000);
    assert_eq!(prefs.size(), 200);
    assert_eq!(prefs.scale_style(), "--hp-text-scale: 2");

    // What storage may hold.
    let kept = |size, high_contrast| {
        Some(ReadingChoice {
            text_size: size,
            high_contrast,
        })
    };
    assert_eq!(
        parse_choice(r#"{"text_size":150,"high_contrast":true}"#),
        kept(150, true)
    );
    assert_eq!(parse_choice(r#"{"text_size":1e300}"#), kept(200, false));
    assert_eq!(parse_choice(r#"{"text_size":-5}"#), kept(100, false));
    assert_eq!(parse_choice(r#"{"text_size":"big"}"#), kept(100, false));
    assert_eq!(parse_choice("[]"), None);
    assert_eq!(parse_choice("not json"), None);
}

#[wasm_bindgen_test]
async fn text_size_buttons_step_and_say_the_size() {
    let (host, _) = host("reading-size");
    let handle = mount_reading(&host, None, RwSignal::new("Hvem hjælper dig?".into()));
    tick().await;
    let group = host.query_selector("[role=group]").unwrap().unwrap();
    let label_id = group.get_attribute("aria-labelledby").unwrap();
    let label = host
        .query_selector(&format!("#{label_id}"))
        .unwrap()
        .unwrap();
    assert_eq!(text(&label), "Tekststørrelse");
    assert_eq!(size_now(&host), "100 %");
    let larger = button_by_text(&group, "Større tekst");
    let smaller = button_by_text(&group, "Mindre tekst");
    assert_eq!(
        smaller.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );

    larger.click();
    tick().await;
    assert_eq!(size_now(&host), "125 %");
    assert!(root(&host)
        .get_attribute("style")
        .unwrap_or_default()
        .contains("--hp-text-scale: 1.25"));
    for _ in 0..5 {
        larger.click();
    }
    tick().await;
    assert_eq!(size_now(&host), "200 %");
    assert_eq!(
        larger.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    assert_eq!(smaller.get_attribute("aria-disabled"), None);
    // The buttons name the size now (aria-describedby → the status).
    let described = larger.get_attribute("aria-describedby").unwrap();
    assert_eq!(
        text(
            &host
                .query_selector(&format!("#{described}"))
                .unwrap()
                .unwrap()
        )
        .trim(),
        "200 %"
    );
    smaller.click();
    tick().await;
    assert_eq!(size_now(&host), "175 %");
    drop(handle);
    host.remove();
}

#[wasm_bindgen_test]
async fn strong_colours_are_a_pressed_button_that_marks_the_root() {
    let (host, _) = host("reading-contrast");
    let handle = mount_reading(&host, None, RwSignal::new("Hvem hjælper dig?".into()));
    tick().await;
    let button = button_by_text(&root(&host), "Stærke farver");
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(!root(&host).class_list().contains("hp-high-contrast"));
    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(root(&host).class_list().contains("hp-high-contrast"));
    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(!root(&host).class_list().contains("hp-high-contrast"));
    drop(handle);
    host.remove();
}

#[wasm_bindgen_test]
async fn reading_choices_are_kept_on_this_device() {
    let (host, key) = host("reading-kept");
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let handle = mount_reading(&host, Some(key.clone()), RwSignal::new(String::new()));
    tick().await;
    // Opening writes nothing.
    assert_eq!(storage.get_item(&format!("{key}:reading")).unwrap(), None);
    button_by_text(&root(&host), "Større tekst").click();
    button_by_text(&root(&host), "Større tekst").click();
    button_by_text(&root(&host), "Stærke farver").click();
    tick().await;
    assert_eq!(
        DeviceReading::new(&key).load(),
        Some(ReadingChoice {
            text_size: 150,
            high_contrast: true
        })
    );
    drop(handle);

    // Next time (a reload) starts with them.
    let handle = mount_reading(&host, Some(key.clone()), RwSignal::new(String::new()));
    tick().await;
    assert_eq!(size_now(&host), "150 %");
    assert!(root(&host).class_list().contains("hp-high-contrast"));
    drop(handle);

    // A value written by someone else is brought into range, never a failure.
    storage
        .set_item(&format!("{key}:reading"), r#"{"text_size":99999}"#)
        .unwrap();
    let handle = mount_reading(&host, Some(key.clone()), RwSignal::new(String::new()));
    tick().await;
    assert_eq!(size_now(&host), "200 %");
    assert!(!root(&host).class_list().contains("hp-high-contrast"));
    drop(handle);
    storage.remove_item(&format!("{key}:reading")).unwrap();
    host.remove();
}

// ---- "Læs op" with a fake speech synthesis ----

/// Replaces `speechSynthesis` and `SpeechSynthesisUtterance` with a fake that lists
/// `voices` (JS array literal) and records what it is asked in `window.__hpSpeech`.
/// `voices` = "undefined" removes speech synthesis altogether.
fn fake_speech(voices: &str) {
    let body = format!(
        r#"
        if (!window.__hpRealSpeech) {{
          window.__hpRealSpeech = {{
            synth: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'),
            utterance: window.SpeechSynthesisUtterance,
          }};
        }}
        const voices = {voices};
        const rec = {{ spoken: [], cancelled: 0, listeners: [], current: null }};
        window.__hpSpeech = rec;
        const synth = voices === undefined ? undefined : {{
          voices,
          getVoices() {{ return this.voices.slice(); }},
          speak(u) {{ rec.spoken.push({{ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }}); rec.current = u; }},
          cancel() {{ rec.cancelled += 1; const u = rec.current; rec.current = null; if (u && u.onend) u.onend({{}}); }},
          addEventListener(type, f) {{ if (type === 'voiceschanged') rec.listeners.push(f); }},
          removeEventListener(type, f) {{ rec.listeners = rec.listeners.filter((g) => g !== f); }},
        }};
        Object.defineProperty(window, 'speechSynthesis', {{ value: synth, configurable: true, writable: true }});
        window.SpeechSynthesisUtterance = class {{ constructor(text) {{ this.text = text; }} }};
        "#
    );
    js_sys::Function::new_no_args(&body)
        .call0(&JsValue::NULL)
        .unwrap();
}

fn real_speech() {
    js_sys::Function::new_no_args(
        "const real = window.__hpRealSpeech; if (!real) return;
         if (real.synth) Object.defineProperty(window, 'speechSynthesis', real.synth);
         else delete window.speechSynthesis;
         window.SpeechSynthesisUtterance = real.utterance;",
    )
    .call0(&JsValue::NULL)
    .unwrap();
}

/// Runs JS against the recorder (`rec`) and returns its value.
fn speech(expr: &str) -> JsValue {
    js_sys::Function::new_no_args(&format!("const rec = window.__hpSpeech; return {expr};"))
        .call0(&JsValue::NULL)
        .unwrap()
}

fn read_aloud_button(host: &HtmlElement) -> Option<HtmlElement> {
    all(host, "button")
        .into_iter()
        .map(wasm_bindgen::JsCast::unchecked_into::<HtmlElement>)
        .find(|b| matches!(text(b).trim(), "Læs op" | "Stop"))
}

const DANISH_LOCAL: &str = "{ name: 'Dansk', lang: 'da-DK', localService: true, default: false }";
const DANISH_NETWORK: &str =
    "{ name: 'Google dansk', lang: 'da-DK', localService: false, default: false }";
const ENGLISH_LOCAL: &str = "{ name: 'English', lang: 'en-US', localService: true, default: true }";

#[wasm_bindgen_test]
async fn read_aloud_is_hidden_without_a_local_voice_of_the_language() {
    for voices in [
        "undefined".to_string(),
        "[]".to_string(),
        format!("[{DANISH_NETWORK}]"),
        format!("[{ENGLISH_LOCAL}]"),
    ] {
        fake_speech(&voices);
        let (host, _) = host("read-aloud-none");
        let handle = mount_reading(&host, None, RwSignal::new("Hvem hjælper dig?".into()));
        next_frame().await;
        assert!(
            read_aloud_button(&host).is_none(),
            "a button with voices {voices}"
        );
        drop(handle);
        host.remove();
    }
    real_speech();
}

#[wasm_bindgen_test]
async fn read_aloud_appears_when_a_danish_voice_arrives() {
    fake_speech("[]");
    let (host, _) = host("read-aloud-late");
    let handle = mount_reading(&host, None, RwSignal::new("Hvem hjælper dig?".into()));
    next_frame().await;
    assert!(read_aloud_button(&host).is_none());
    speech(&format!(
        "(window.speechSynthesis.voices = [{ENGLISH_LOCAL}, {DANISH_LOCAL}], rec.listeners.forEach((f) => f(new Event('voiceschanged'))), rec.listeners.length)"
    ));
    assert!(wait_for(|| read_aloud_button(&host).is_some()).await);
    drop(handle);
    // Unmounting stops listening.
    assert_eq!(speech("rec.listeners.length").as_f64(), Some(0.0));
    host.remove();
    real_speech();
}

#[wasm_bindgen_test]
async fn read_aloud_reads_in_a_danish_voice_and_stops() {
    fake_speech(&format!(
        "[{ENGLISH_LOCAL}, {DANISH_NETWORK}, {DANISH_LOCAL}]"
    ));
    let (host, _) = host("read-aloud-speak");
    let question = RwSignal::new("Hvem hjælper dig? Det kan være familie.".to_string());
    let handle = mount_reading(&host, None, question);
    assert!(wait_for(|| read_aloud_button(&host).is_some()).await);
    let button = read_aloud_button(&host).unwrap();
    button.click();
    tick().await;
    assert_eq!(
        speech("JSON.stringify(rec.spoken)").as_string().unwrap(),
        r#"[{"text":"Hvem hjælper dig? Det kan være familie.","lang":"da-DK","voice":"Dansk"}]"#
    );
    assert_eq!(text(&read_aloud_button(&host).unwrap()).trim(), "Stop");

    // "Stop" stops.
    let cancelled = speech("rec.cancelled").as_f64().unwrap();
    read_aloud_button(&host).unwrap().click();
    tick().await;
    assert_eq!(speech("rec.cancelled").as_f64().unwrap(), cancelled + 1.0);
    assert_eq!(text(&read_aloud_button(&host).unwrap()).trim(), "Læs op");

    // The end of the reading gives "Læs op" back.
    read_aloud_button(&host).unwrap().click();
    tick().await;
    speech("rec.current.onend({})");
    tick().await;
    assert_eq!(text(&read_aloud_button(&host).unwrap()).trim(), "Læs op");

    // Another screen (a new text) stops the reading.
    read_aloud_button(&host).unwrap().click();
    tick().await;
    let cancelled = speech("rec.cancelled").as_f64().unwrap();
    question.set("Hvad drømmer du om?".into());
    tick().await;
    assert_eq!(speech("rec.cancelled").as_f64().unwrap(), cancelled + 1.0);
    assert_eq!(text(&read_aloud_button(&host).unwrap()).trim(), "Læs op");

    // So does leaving guided mode (unmounting).
    read_aloud_button(&host).unwrap().click();
    tick().await;
    let cancelled = speech("rec.cancelled").as_f64().unwrap();
    drop(handle);
    assert_eq!(speech("rec.cancelled").as_f64().unwrap(), cancelled + 1.0);
    host.remove();
    real_speech();
}

/// The editor in guided mode, as a host mounts it, with its storage under `key`.
fn mount_guided(host: &HtmlElement, key: &str) -> helhedsplan::platform::EditorHandle {
    helhedsplan::platform::mount_editor(
        host.clone(),
        helhedsplan::platform::EditorOptions {
            storage_key: Some(key.to_string()),
            mode: helhedsplan::ui::Mode::Guided,
            ..Default::default()
        },
    )
}

#[wasm_bindgen_test]
async fn guided_mode_applies_and_keeps_the_reading_choices() {
    let (host, key) = host("reading-guided");
    let handle = mount_guided(&host, &key);
    tick().await;
    let guided = root(&host);
    assert!(!guided.class_list().contains("hp-high-contrast"));
    button_by_text(&guided, "Stærke farver").click();
    button_by_text(&guided, "Større tekst").click();
    tick().await;
    assert!(root(&host).class_list().contains("hp-high-contrast"));
    assert!(root(&host)
        .get_attribute("style")
        .unwrap_or_default()
        .contains("1.25"));
    drop(handle);
    host.set_inner_html("");

    // The next visit on this device starts with them.
    let handle = mount_guided(&host, &key);
    tick().await;
    assert!(root(&host).class_list().contains("hp-high-contrast"));
    assert_eq!(size_now(&host), "125 %");
    drop(handle);
    host.remove();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    for name in ["plan", "rev", "writer", "reading", "guided"] {
        let _ = storage.remove_item(&format!("{key}:{name}"));
    }
}
