//! Import through drag-and-drop and the sample menu: bad files are reported in an error
//! summary and leave the plan untouched; good ones replace it (asking first when the
//! current plan has content).

use helhedsplan::format;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::support::*;

/// Drops a file with this content on the editor, as a user dragging it from the desktop.
fn drop_file(root: &web_sys::Element, name: &str, content: &[u8]) {
    drop_bytes(root, name, &js_sys::Uint8Array::from(content));
}

/// Drops a file with these bytes (made in JS, so a large one is not copied from wasm).
fn drop_bytes(root: &web_sys::Element, name: &str, bytes: &js_sys::Uint8Array) {
    let parts = js_sys::Array::of1(bytes);
    let file = web_sys::File::new_with_u8_array_sequence(&parts, name).unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let init = web_sys::DragEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_data_transfer(Some(&transfer));
    let event = web_sys::DragEvent::new_with_event_init_dict("drop", &init).unwrap();
    let target = root.query_selector(".hp-main").unwrap().unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Reading a file is asynchronous: wait until the editor has reacted.
async fn settle() {
    for _ in 0..20 {
        tick().await;
    }
}

#[wasm_bindgen_test]
async fn a_malformed_file_shows_an_error_summary_and_keeps_the_plan() {
    let (el, key) = host("bad-file");
    let handle = mount(&el, &key);
    tick().await;
    type_into(&field_by_label(&el, "Planens titel"), "Min plan");
    tick().await;
    let before = handle.plan_json();

    drop_file(&el, "ødelagt.json", b"{\"schema_version\": 2, \"title\": ");
    settle().await;

    let summary = el
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an error summary");
    let text = summary.text_content().unwrap();
    assert!(text.contains("ødelagt.json"), "{text}");
    assert!(text.contains("ikke gyldig JSON"), "{text}");
    assert_eq!(handle.plan_json(), before, "the plan is untouched");
}

/// How many times the page has started reading a file's content, by any of the browser's
/// ways (FileReader, Blob.arrayBuffer/text/stream). Installs the counter on first use.
fn file_reads() -> f64 {
    js_sys::eval(
        r#"(() => {
            if (!window.__hpFileReads) {
                window.__hpFileReads = { count: 0 };
                const count = (proto, names) => names.forEach((name) => {
                    const original = proto[name];
                    if (typeof original !== "function") return;
                    proto[name] = function (...args) {
                        window.__hpFileReads.count += 1;
                        return original.apply(this, args);
                    };
                });
                count(FileReader.prototype,
                    ["readAsArrayBuffer", "readAsText", "readAsDataURL", "readAsBinaryString"]);
                count(Blob.prototype, ["arrayBuffer", "text", "stream", "bytes"]);
            }
            return window.__hpFileReads.count;
        })()"#,
    )
    .unwrap()
    .as_f64()
    .unwrap()
}

#[wasm_bindgen_test]
async fn a_file_over_the_size_limit_is_refused_unread_and_keeps_the_plan() {
    let (el, key) = host("huge-file");
    let handle = mount(&el, &key);
    tick().await;
    type_into(&field_by_label(&el, "Planens titel"), "Min plan");
    tick().await;
    let before = handle.plan_json();
    let reads = file_reads();

    // One byte over the limit: zeros, made in JS.
    let huge = js_sys::Uint8Array::new_with_length((format::MAX_BYTES + 1) as u32);
    drop_bytes(&el, "kæmpestor.json", &huge);
    settle().await;

    let summary = el
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an error summary");
    let text = summary.text_content().unwrap();
    assert!(text.contains("kæmpestor.json"), "{text}");
    assert!(text.contains("Filen er for stor"), "{text}");
    assert!(
        text.contains("fylder 5 MB (5.242.881 byte)"),
        "the file's size: {text}"
    );
    assert!(
        text.contains("højst fylde 5 MB (5.242.880 byte), så filen er ikke læst"),
        "the limit: {text}"
    );
    assert_eq!(file_reads(), reads, "the file's content was never read");
    assert_eq!(handle.plan_json(), before, "the plan is untouched");

    // The counter does see a read: a small file is read once.
    drop_file(&el, "lille.json", b"{}");
    settle().await;
    assert_eq!(file_reads(), reads + 1.0, "a file under the limit is read");
}

#[wasm_bindgen_test]
async fn a_valid_file_replaces_a_blank_plan_at_once() {
    let (el, key) = host("good-file");
    let handle = mount(&el, &key);
    tick().await;
    let (name, _) = format::samples::list()[0];
    let sample = format::samples::get(name).unwrap();
    let expected = format::import_json(sample).unwrap();

    drop_file(&el, "plan.json", sample.as_bytes());
    settle().await;

    assert_eq!(plan_of(&handle)["title"], expected.title.as_str());
    assert!(el.query_selector(".hp-error-summary").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn loading_a_sample_over_real_work_asks_first() {
    let (el, key) = host("sample");
    let handle = mount(&el, &key);
    tick().await;
    type_into(
        &field_by_label(&el, "Det vigtigste for mig"),
        "At få et arbejde",
    );
    tick().await;

    let (name, _) = format::samples::list()[1];
    choose(&field_by_label(&el, "Eksempel på en plan"), name);
    button_by_text(&el, "Hent eksemplet").click();
    tick().await;
    assert!(el
        .text_content()
        .unwrap()
        .contains("Erstat den plan, du har nu?"));
    assert_eq!(
        plan_of(&handle)["citizen"]["own_words"]["dreams"],
        "At få et arbejde"
    );

    button_by_text(&el, "Ja, erstat planen").click();
    tick().await;
    let expected = format::import_json(format::samples::get(name).unwrap()).unwrap();
    assert_eq!(plan_of(&handle)["title"], expected.title.as_str());
    let _ = el.dyn_ref::<web_sys::HtmlElement>();
}

/// The sample select offers every sample under its title, in the editor's language.
#[wasm_bindgen_test]
async fn the_sample_select_names_every_persona_in_both_languages() {
    let (el, key) = host("sample-titles");
    let _handle = mount(&el, &key);
    tick().await;
    let options = |label: &str| -> Vec<(String, String)> {
        let select = field_by_label(&el, label);
        let list = select.query_selector_all("option").unwrap();
        (0..list.length())
            .filter_map(|n| list.item(n))
            .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
            .map(|o| {
                let value = o.get_attribute("value").unwrap_or_default();
                (value, o.text_content().unwrap_or_default())
            })
            .collect()
    };
    let danish: Vec<(String, String)> = format::samples::list()
        .iter()
        .map(|(name, title)| (name.to_string(), title.to_string()))
        .collect();
    assert_eq!(danish.len(), 6);
    assert_eq!(options("Eksempel på en plan"), danish);

    button_by_text(&el, "English").click();
    tick().await;
    let english = options("Sample plan");
    assert_eq!(english.len(), 6);
    assert!(english.contains(&(
        "aeldre-efter-fald".to_string(),
        "Inger, 82: hip fracture after a fall, wants to stay in her house".to_string()
    )));
    for ((name, da), (value, en)) in danish.iter().zip(&english) {
        assert_eq!(name, value);
        assert_ne!(da, en, "{name} has an English title");
    }
}
