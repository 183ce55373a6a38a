//! The one `fetch` wrapper of the embedded editor (`save-url`, `plan-src`, `catalogue-src`).
//!
//! Answers are read with a cap: a body announced larger than [`format::MAX_BYTES`] by its
//! `Content-Length` is not read at all, and a body without one is read chunk by chunk from
//! its stream and dropped as soon as it passes the cap. A host's server (or a proxy's error
//! page) can then never make a tab hold hundreds of megabytes.
//!
//! The stream is read through `js_sys::Reflect` (`body.getReader().read()`) rather than
//! web-sys' `ReadableStream` types, which would need four more web-sys features for the
//! same three calls.

use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, RequestInit, Response};

use crate::format;

/// Browsers refuse `keepalive` requests whose bodies together pass 64 KiB; we stay below.
pub const KEEPALIVE_MAX_BYTES: usize = 60 * 1024;

/// One HTTP answer.
pub struct Reply {
    pub status: u16,
    pub etag: Option<String>,
    /// The raw `Retry-After` header (seconds or an HTTP date), see [`retry_after_ms`].
    pub retry_after: Option<String>,
    /// The body as text (lossy UTF-8, as `Response.text()` decodes); empty unless asked for.
    pub body: String,
}

/// Why there is no usable answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// No answer at all (network, CORS, the server went away).
    Network,
    /// The body is larger than [`format::MAX_BYTES`]; it was not read (whole).
    TooLarge,
}

/// What to send.
pub struct Call<'a> {
    pub method: &'a str,
    pub url: &'a str,
    pub body: Option<&'a str>,
    pub precondition: Option<(&'a str, &'a str)>,
    /// Read the answer's body (a `PUT`'s answer body is never needed).
    pub read_body: bool,
    /// Let the request outlive the page (only for small bodies, see [`KEEPALIVE_MAX_BYTES`]).
    pub keepalive: bool,
}

impl<'a> Call<'a> {
    pub fn get(url: &'a str) -> Self {
        Call {
            method: "GET",
            url,
            body: None,
            precondition: None,
            read_body: true,
            keepalive: false,
        }
    }
}

/// `GET url`, reading the body with the cap.
pub async fn get(url: &str) -> Result<Reply, Fault> {
    send(Call::get(url)).await
}

pub async fn send(call: Call<'_>) -> Result<Reply, Fault> {
    let window = web_sys::window().ok_or(Fault::Network)?;
    let init = RequestInit::new();
    init.set_method(call.method);
    let headers = Headers::new().map_err(|_| Fault::Network)?;
    headers
        .set("Accept", "application/json")
        .map_err(|_| Fault::Network)?;
    if let Some(body) = call.body {
        headers
            .set("Content-Type", "application/json")
            .map_err(|_| Fault::Network)?;
        init.set_body(&body.into());
    }
    if let Some((name, value)) = call.precondition {
        headers.set(name, value).map_err(|_| Fault::Network)?;
    }
    init.set_headers(&headers);
    init.set_cache(web_sys::RequestCache::NoStore);
    if call.keepalive {
        // web-sys 0.3 has no setter for `keepalive`.
        let _ = Reflect::set(&init, &"keepalive".into(), &JsValue::TRUE);
    }
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(call.url, &init))
        .await
        .map_err(|_| Fault::Network)?
        .dyn_into()
        .map_err(|_| Fault::Network)?;
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let etag = header("ETag");
    let retry_after = header("Retry-After");
    let body = if call.read_body {
        let announced = header("Content-Length").and_then(|v| v.trim().parse::<u64>().ok());
        if announced.is_some_and(|n| n > format::MAX_BYTES as u64) {
            cancel_body(&response);
            return Err(Fault::TooLarge);
        }
        let bytes = read_capped(&response, format::MAX_BYTES).await?;
        String::from_utf8_lossy(&bytes).into_owned()
    } else {
        // Nobody reads it: let the browser drop it instead of buffering it.
        cancel_body(&response);
        String::new()
    };
    Ok(Reply {
        status: response.status(),
        etag,
        retry_after,
        body,
    })
}

/// Calls `target[name]()`.
fn call_method(target: &JsValue, name: &str) -> Option<JsValue> {
    let f: Function = Reflect::get(target, &name.into()).ok()?.dyn_into().ok()?;
    f.call0(target).ok()
}

fn cancel_body(response: &Response) {
    if let Ok(body) = Reflect::get(response, &"body".into()) {
        if !body.is_null() && !body.is_undefined() {
            let _ = call_method(&body, "cancel");
        }
    }
}

/// Reads the body chunk by chunk; gives up (and cancels the stream) past `max` bytes.
async fn read_capped(response: &Response, max: usize) -> Result<Vec<u8>, Fault> {
    let body = Reflect::get(response, &"body".into()).map_err(|_| Fault::Network)?;
    if body.is_null() || body.is_undefined() {
        return Ok(Vec::new());
    }
    let reader = call_method(&body, "getReader").ok_or(Fault::Network)?;
    let mut bytes = Vec::new();
    loop {
        let promise: Promise = call_method(&reader, "read")
            .and_then(|p| p.dyn_into().ok())
            .ok_or(Fault::Network)?;
        let chunk = JsFuture::from(promise).await.map_err(|_| Fault::Network)?;
        let done = Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(bytes);
        }
        let Some(value) = Reflect::get(&chunk, &"value".into())
            .ok()
            .and_then(|v| v.dyn_into::<Uint8Array>().ok())
        else {
            return Err(Fault::Network);
        };
        let length = value.length() as usize;
        if bytes.len().saturating_add(length) > max {
            let _ = call_method(&reader, "cancel");
            return Err(Fault::TooLarge);
        }
        let start = bytes.len();
        bytes.resize(start + length, 0);
        value.copy_to(&mut bytes[start..]);
    }
}

/// The longest wait a `Retry-After` may ask for; a longer one is cut to this (the editor
/// keeps the plan on this device meanwhile, and the user may be about to leave).
pub const MAX_RETRY_AFTER_MS: u64 = 5 * 60 * 1000;

/// `Retry-After` in milliseconds from now: whole seconds (`120`) or an HTTP date
/// (`Wed, 21 Oct 2026 07:28:00 GMT`). `None` when absent or unreadable; capped at
/// [`MAX_RETRY_AFTER_MS`]; a date in the past is 0.
pub fn retry_after_ms(value: &str, now_ms: f64) -> Option<u64> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Too many digits to parse is "very long": the cap.
        let seconds = value.parse::<u64>().unwrap_or(u64::MAX);
        return Some(seconds.saturating_mul(1000).min(MAX_RETRY_AFTER_MS));
    }
    let at = js_sys::Date::parse(value);
    if !at.is_finite() {
        return None;
    }
    let wait = (at - now_ms).max(0.0).min(MAX_RETRY_AFTER_MS as f64);
    // Finite and within 0..=MAX_RETRY_AFTER_MS: the conversion is exact enough.
    Some(wait as u64)
}
