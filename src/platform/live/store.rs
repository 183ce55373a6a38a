//! The shared document kept on this device, for offline work and reloads: in IndexedDB
//! (bytes as they are, and room for a large plan: 300 goals and 2,000 interventions are
//! ~3 MB as a document, which does not fit in `localStorage` beside the plan's JSON
//! autosave), else in `localStorage` as base64 (a browser without IndexedDB, or one that
//! refuses it, as some private modes do). One record per room URL.

use base64::Engine;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "helhedsplan-live";
const STORE: &str = "documents";

/// What is kept for one room.
pub struct Stored {
    pub doc: Vec<u8>,
    /// This device's changes not yet in step with the server.
    pub waiting: u32,
    /// Which document: the room's, or a local one (see `Inner::adopt_room`).
    pub epoch: String,
}

/// The record kept under `key`: IndexedDB first, then an older `localStorage` one. A record
/// that does not read is left where it is (and not used).
pub async fn load(key: &str) -> Option<Stored> {
    if let Some(found) = load_idb(key).await {
        return Some(found);
    }
    load_local(key)
}

/// Keeps `stored` under `key`; whether it was kept.
pub async fn save(key: &str, stored: &Stored) -> bool {
    if save_idb(key, stored).await {
        // An older copy in localStorage would be read if IndexedDB went away.
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(key);
        }
        return true;
    }
    save_local(key, stored)
}

thread_local! {
    /// The open database, kept for the page's life: a save every pause in typing need not
    /// open it again. Dropped when a transaction on it fails (then opened anew).
    static OPEN: std::cell::RefCell<Option<IdbDatabase>> = const { std::cell::RefCell::new(None) };
}

async fn database() -> Option<IdbDatabase> {
    if let Some(open) = OPEN.with(|open| open.borrow().clone()) {
        return Some(open);
    }
    let database = open_database().await?;
    OPEN.with(|open| *open.borrow_mut() = Some(database.clone()));
    Some(database)
}

fn forget_database() {
    OPEN.with(|open| *open.borrow_mut() = None);
}

async fn open_database() -> Option<IdbDatabase> {
    let factory = web_sys::window()?.indexed_db().ok()??;
    let open = factory.open_with_u32(DATABASE, 1).ok()?;
    let upgrade = Closure::once_into_js(move |event: web_sys::Event| {
        let database = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            let _ = database.create_object_store(STORE);
        }
    });
    open.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    done(&open).await?;
    open.result().ok()?.dyn_into::<IdbDatabase>().ok()
}

/// Waits for a request; its result, or `None` when it failed.
async fn done(request: &IdbRequest) -> Option<JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await.ok()?;
    request.result().ok()
}

async fn load_idb(key: &str) -> Option<Stored> {
    let database = database().await?;
    let Ok(transaction) = database.transaction_with_str(STORE) else {
        forget_database();
        return None;
    };
    let request = transaction
        .object_store(STORE)
        .ok()?
        .get(&key.into())
        .ok()?;
    let record = done(&request).await?;
    let doc = js_sys::Reflect::get(&record, &"doc".into()).ok()?;
    let doc = doc.dyn_into::<js_sys::Uint8Array>().ok()?.to_vec();
    let waiting = js_sys::Reflect::get(&record, &"waiting".into())
        .ok()
        .and_then(|w| w.as_f64())
        .map_or(0, |w| w.clamp(0.0, f64::from(u32::MAX)) as u32);
    let epoch = js_sys::Reflect::get(&record, &"epoch".into())
        .ok()
        .and_then(|e| e.as_string())?;
    Some(Stored {
        doc,
        waiting,
        epoch,
    })
}

async fn save_idb(key: &str, stored: &Stored) -> bool {
    let Some(database) = database().await else {
        return false;
    };
    let record = js_sys::Object::new();
    let doc = js_sys::Uint8Array::from(stored.doc.as_slice());
    let fields: [(&str, JsValue); 4] = [
        ("v", 1.into()),
        ("epoch", stored.epoch.as_str().into()),
        ("waiting", stored.waiting.into()),
        ("doc", doc.into()),
    ];
    for (name, value) in fields {
        if js_sys::Reflect::set(&record, &name.into(), &value).is_err() {
            return false;
        }
    }
    let Ok(transaction) =
        database.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
    else {
        forget_database();
        return false;
    };
    let Some(request) = transaction
        .object_store(STORE)
        .ok()
        .and_then(|store| store.put_with_key(&record, &key.into()).ok())
    else {
        return false;
    };
    done(&request).await.is_some()
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load_local(key: &str) -> Option<Stored> {
    let text = local_storage()?.get_item(key).ok().flatten()?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    let doc = base64::engine::general_purpose::STANDARD
        .decode(value.get("doc")?.as_str()?)
        .ok()?;
    let waiting = value
        .get("waiting")
        .and_then(serde_json::Value::as_u64)
        .map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX));
    let epoch = value
        .get("epoch")
        .and_then(serde_json::Value::as_str)
        .unwrap_or(super::ROOM)
        .to_string();
    Some(Stored {
        doc,
        waiting,
        epoch,
    })
}

fn save_local(key: &str, stored: &Stored) -> bool {
    let text = serde_json::json!({
        "v": 1,
        "epoch": stored.epoch,
        "waiting": stored.waiting,
        "doc": base64::engine::general_purpose::STANDARD.encode(&stored.doc),
    })
    .to_string();
    local_storage().is_some_and(|storage| storage.set_item(key, &text).is_ok())
}
