//! The citizen's reading choices in guided mode (text size, strong colours), kept on this
//! device under `<namespace>:reading` as `{"text_size":150,"high_contrast":true}`.
//! They belong to the person at this screen, not to the plan, so they are never exported;
//! "Fjern planen fra denne enhed" removes them with the namespace's other keys.

use std::rc::Rc;

use serde_json::{json, Value};

use super::storage::PlanStore;
use crate::ui::guided::reading::{ReadingChoice, ReadingStore, ReadingStoreContext};

/// The reading choices of one storage namespace, a note (`<namespace>:reading`) beside the
/// plan.
pub struct DeviceReading {
    store: PlanStore,
}

impl DeviceReading {
    pub fn new(namespace: &str) -> Self {
        DeviceReading {
            store: PlanStore::new(namespace),
        }
    }
}

/// Reads a kept choice leniently: a size outside 100–200 (or not a number) is brought
/// inside, a missing contrast is off; text that is not a JSON object gives `None`.
pub fn parse_choice(text: &str) -> Option<ReadingChoice> {
    let value: Value = serde_json::from_str(text).ok()?;
    let object = value.as_object()?;
    let size = object
        .get("text_size")
        .and_then(Value::as_f64)
        .filter(|size| size.is_finite())
        // `as` saturates (and turns NaN into 0); `clamped` then brings it into range.
        .map_or(ReadingChoice::default().text_size, |size| {
            size.round() as u16
        });
    let high_contrast = object
        .get("high_contrast")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    Some(
        ReadingChoice {
            text_size: size,
            high_contrast,
        }
        .clamped(),
    )
}

pub fn choice_text(choice: ReadingChoice) -> String {
    json!({ "text_size": choice.text_size, "high_contrast": choice.high_contrast }).to_string()
}

impl ReadingStore for DeviceReading {
    fn load(&self) -> Option<ReadingChoice> {
        parse_choice(&self.store.note("reading")?)
    }

    /// A refused write (storage full or blocked) only means the choice is not kept.
    fn save(&self, choice: ReadingChoice) {
        self.store.set_note("reading", Some(&choice_text(choice)));
    }
}

/// Gives the editor being built its reading store (inside its owner, at mount time);
/// `None` (autosave off) keeps the choices for this visit only.
pub fn provide(namespace: Option<&str>) {
    if let Some(namespace) = namespace {
        ReadingStoreContext::provide(Rc::new(DeviceReading::new(namespace)));
    }
}
