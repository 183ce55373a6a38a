//! Files in and out of the browser: download, clipboard, reading a chosen or dropped file.
//! Nothing here sends data anywhere: downloads and the clipboard stay on the user's machine.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_error)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(js_error)?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_error)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

/// Copies text to the clipboard.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .ok_or("no window")?
        .navigator()
        .clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(js_error)
}

/// Why a chosen or dropped file was not read.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    /// Larger than the caller's limit: refused before a byte was read, so a huge file
    /// never fills the tab's memory. The file's size in bytes.
    TooLarge { size: u64 },
    /// The browser could not read it (removed, no permission, …).
    Failed(String),
}

/// Reads a file the user chose or dropped, if it is at most `max_bytes` long. The size
/// the browser reports is checked first.
pub async fn read_bytes(file: web_sys::File, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    // `File.size` is a whole number of bytes (a double in JS); `as` saturates.
    let size = file.size() as u64;
    if size > max_bytes as u64 {
        return Err(ReadError::TooLarge { size });
    }
    let file = gloo_file::File::from(file);
    gloo_file::futures::read_as_bytes(&file)
        .await
        .map_err(|e| ReadError::Failed(e.to_string()))
}

/// "Min plan for 2027" on 2026-11-22 → "min-plan-for-2027-2026-11-22.json".
/// `exercise_mark` is `Lang::exercise_mark(plan.exercise)`: a workshop plan's files start
/// with it ("oevelse-saras-plan-…"), so they never pass for a real citizen's.
pub fn plan_file_name(title: &str, exercise_mark: Option<&str>, date: chrono::NaiveDate) -> String {
    format!(
        "{}-{}.json",
        plan_stem(title, exercise_mark),
        date.format("%Y-%m-%d")
    )
}

/// A plan title as the start of a file name: "Saras plan" → "saras-plan";
/// "helhedsplan" when the title has no letters or digits; after "oevelse-" for a workshop
/// plan (`exercise_mark`).
pub fn plan_stem(title: &str, exercise_mark: Option<&str>) -> String {
    let slug = match slug(title) {
        slug if slug.is_empty() => "helhedsplan".to_string(),
        slug => slug,
    };
    match exercise_mark {
        Some(mark) => format!("{mark}-{slug}"),
        None => slug,
    }
}

/// Text as a part of a file name: lower case, æ/ø/å spelt out, every other character
/// that is not a letter or digit a single dash, at most 60 characters; "" when nothing
/// is left.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.trim().to_lowercase().chars() {
        let c = match c {
            'æ' => "ae".to_string(),
            'ø' => "oe".to_string(),
            'å' => "aa".to_string(),
            c if c.is_alphanumeric() => c.to_string(),
            _ => "-".to_string(),
        };
        if !(c == "-" && (slug.is_empty() || slug.ends_with('-'))) {
            slug.push_str(&c);
        }
    }
    slug.trim_end_matches('-').chars().take(60).collect()
}

fn js_error(value: wasm_bindgen::JsValue) -> String {
    value.as_string().unwrap_or_else(|| format!("{value:?}"))
}
