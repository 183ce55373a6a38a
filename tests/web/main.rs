//! Browser tests: mount the editor into a real DOM and act on it through events.
//! Run with `cargo test --target wasm32-unknown-unknown --test web` (headless Chromium).
#![cfg(target_arch = "wasm32")]

mod support;

mod approval;
mod coherence;
mod consents;
mod decision;
mod files;
mod first_screen;
mod follow_ups;
mod goals;
mod guided_reading;
mod interventions;
mod life_areas;
mod merge_notices;
mod overview;
mod people;
mod size_warning;
mod storage;
mod timeline;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
