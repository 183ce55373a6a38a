//! The citizen's reading choices in guided mode: text size (100–200 %) and high contrast.
//! The flow provides [`ReadingPrefs`] as a context on its root and places
//! [`ReadingControls`] on every screen; `style/sections/guided-reading.css` does the rest
//! (text scaled by `--hp-text-scale`, the strong colours under `.hp-high-contrast`).
//!
//! The choices are kept per device, not in the plan: they belong to the person at the
//! screen, not to the plan. The UI never touches storage: the platform provides a
//! [`ReadingStore`] (key `<namespace>:reading`) and [`ReadingPrefs::new`] reads and writes
//! through it.

use std::rc::Rc;

use leptos::prelude::*;

use crate::ui::state::use_editor;

/// The sizes the buttons step through, in percent.
pub const TEXT_SIZES: [u16; 5] = [100, 125, 150, 175, 200];
pub const MIN_TEXT_SIZE: u16 = 100;
pub const MAX_TEXT_SIZE: u16 = 200;

/// One set of reading choices, as kept on a device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingChoice {
    /// Percent; [`ReadingChoice::clamped`] keeps it in 100..=200.
    pub text_size: u16,
    pub high_contrast: bool,
}

impl Default for ReadingChoice {
    fn default() -> Self {
        ReadingChoice {
            text_size: MIN_TEXT_SIZE,
            high_contrast: false,
        }
    }
}

impl ReadingChoice {
    /// The same choice with the size inside 100..=200 (storage may hold anything).
    pub fn clamped(self) -> Self {
        ReadingChoice {
            text_size: self.text_size.clamp(MIN_TEXT_SIZE, MAX_TEXT_SIZE),
            ..self
        }
    }
}

/// Where reading choices are kept on this device. `ui` defines it and the platform
/// implements it, so `ui` never names the platform (docs/architecture.md).
pub trait ReadingStore {
    fn load(&self) -> Option<ReadingChoice>;
    fn save(&self, choice: ReadingChoice);
}

/// The platform's [`ReadingStore`] for this editor, provided as a context at mount time
/// (absent when the editor keeps nothing on the device).
#[derive(Clone, Copy)]
pub struct ReadingStoreContext(StoredValue<Rc<dyn ReadingStore>, LocalStorage>);

impl ReadingStoreContext {
    /// Provides `store` to the editor being built (call inside its owner).
    pub fn provide(store: Rc<dyn ReadingStore>) {
        provide_context(ReadingStoreContext(StoredValue::new_local(store)));
    }
}

/// How the citizen wants to read: provided as a context by [`super::GuidedView`]; its
/// root element applies them ([`ReadingPrefs::scale_style`] as its `style`,
/// [`ReadingPrefs::contrast_class`] in its `class`).
#[derive(Clone, Copy)]
pub struct ReadingPrefs {
    /// Text size in percent, 100..=200 (read it through [`ReadingPrefs::size`], which
    /// clamps, since the signal is public).
    pub text_size: RwSignal<u16>,
    pub high_contrast: RwSignal<bool>,
}

impl ReadingPrefs {
    /// The choices kept on this device (when the platform provided a [`ReadingStore`]),
    /// else the defaults; every change is kept from then on. Call inside a component.
    pub fn new() -> Self {
        let store = use_context::<ReadingStoreContext>();
        let kept = store
            .and_then(|s| s.0.try_with_value(|store| store.load()).flatten())
            .unwrap_or_default()
            .clamped();
        let prefs = ReadingPrefs::with(kept);
        if let Some(store) = store {
            // Writes only what changed after the start, so opening guided mode writes nothing.
            Effect::new(move |before: Option<ReadingChoice>| {
                let now = prefs.choice();
                if before.is_some_and(|before| before != now) {
                    store.0.with_value(|store| store.save(now));
                }
                now
            });
        }
        prefs
    }

    /// Prefs starting from `choice`, kept nowhere.
    pub fn with(choice: ReadingChoice) -> Self {
        let choice = choice.clamped();
        ReadingPrefs {
            text_size: RwSignal::new(choice.text_size),
            high_contrast: RwSignal::new(choice.high_contrast),
        }
    }

    /// The choices now (tracked), the size clamped.
    pub fn choice(&self) -> ReadingChoice {
        ReadingChoice {
            text_size: self.text_size.get(),
            high_contrast: self.high_contrast.get(),
        }
        .clamped()
    }

    /// The text size in percent, 100..=200 (tracked).
    pub fn size(&self) -> u16 {
        self.choice().text_size
    }

    /// Sets the size, kept inside 100..=200.
    pub fn set_size(&self, percent: u16) {
        self.text_size
            .set(percent.clamp(MIN_TEXT_SIZE, MAX_TEXT_SIZE));
    }

    /// One step up (100 → 125 …), or stays at 200.
    pub fn larger(&self) {
        let now = self.choice().text_size;
        let next = TEXT_SIZES.iter().copied().find(|s| *s > now);
        self.set_size(next.unwrap_or(MAX_TEXT_SIZE));
    }

    /// One step down, or stays at 100.
    pub fn smaller(&self) {
        let now = self.choice().text_size;
        let next = TEXT_SIZES.iter().rev().copied().find(|s| *s < now);
        self.set_size(next.unwrap_or(MIN_TEXT_SIZE));
    }

    /// The factor `style/sections/guided-reading.css` scales text by (`--hp-text-scale`
    /// on the guided root), from the clamped size: "1", "1.25" … "2".
    pub fn scale(&self) -> String {
        format!("{}", f64::from(self.size()) / 100.0)
    }

    /// The root's `style` with [`ReadingPrefs::scale`].
    pub fn scale_style(&self) -> String {
        format!("--hp-text-scale: {}", self.scale())
    }

    /// The root's class for the strong colours, if chosen.
    pub fn contrast_class(&self) -> &'static str {
        if self.high_contrast.get() {
            "hp-high-contrast"
        } else {
            ""
        }
    }
}

impl Default for ReadingPrefs {
    fn default() -> Self {
        Self::new()
    }
}

/// The controls for [`ReadingPrefs`], shown on every guided screen: the size now, "Mindre
/// tekst" and "Større tekst" (a group named "Tekststørrelse"), and "Stærke farver", a
/// button that stays pressed. Without a [`ReadingPrefs`] context it shows nothing.
#[component]
pub fn ReadingControls() -> impl IntoView {
    let state = use_editor();
    let prefs = use_context::<ReadingPrefs>()?;
    let label_id = state.dom_id("reading-size-label");
    let now_id = state.dom_id("reading-size-now");
    let group_label = label_id.clone();
    let (smaller_described, larger_described) = (now_id.clone(), now_id.clone());
    let texts = move || state.host.lang.get().guided().reading;
    let at_min = move || prefs.size() <= MIN_TEXT_SIZE;
    let at_max = move || prefs.size() >= MAX_TEXT_SIZE;
    // At either end a button stays focusable and says it does nothing now (aria-disabled),
    // so pressing it up to the end does not throw focus away.
    Some(view! {
        <div class="hp-reading">
            <div class="hp-reading-size" role="group" aria-labelledby=group_label>
                <span class="hp-reading-label" id=label_id>
                    {move || texts().text_size}
                </span>
                <span class="hp-reading-now" id=now_id role="status">
                    {move || (texts().size_now)(prefs.size())}
                </span>
                <button
                    type="button"
                    class="hp-button hp-reading-step"
                    aria-disabled=move || at_min().then_some("true")
                    aria-describedby=smaller_described
                    on:click=move |_| prefs.smaller()
                >
                    {move || texts().smaller}
                </button>
                <button
                    type="button"
                    class="hp-button hp-reading-step"
                    aria-disabled=move || at_max().then_some("true")
                    aria-describedby=larger_described
                    on:click=move |_| prefs.larger()
                >
                    {move || texts().larger}
                </button>
            </div>
            <button
                type="button"
                class="hp-button hp-reading-contrast"
                aria-pressed=move || if prefs.high_contrast.get() { "true" } else { "false" }
                on:click=move |_| prefs.high_contrast.update(|on| *on = !*on)
            >
                {move || texts().high_contrast}
            </button>
        </div>
    })
}
