//! WebAssembly binding of wegweiser. It converts between JavaScript values and the core's
//! types and nothing more: every rule lives in the `wegweiser` crate.
//!
//! Results are plain JavaScript objects (JSON-compatible: maps become objects). Errors
//! are `Error` objects with a `code` (see `wegweiser::Error::code`) and, for invalid
//! data, the `problems` with file, line and column. The package's `index.js` wraps this
//! module; use that.

use std::cell::RefCell;
use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wegweiser::{Directory, Filter, Kind, Locale, SearchRequest, SourceFiles, UiArg, WebManifest};

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps the message of a panic, so that the JavaScript side can turn the trap that
/// follows into an `Error` with code `internal` that says what happened.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        LAST_PANIC.with(|last| *last.borrow_mut() = Some(message));
    }));
}

/// The message of the last panic, if any (read by `index.js` after a trap).
#[wasm_bindgen(js_name = lastPanic)]
pub fn last_panic() -> Option<String> {
    LAST_PANIC.with(|last| last.borrow().clone())
}

fn js_error(code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name("WegweiserError");
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    error.into()
}

fn core_error(error: wegweiser::Error) -> JsValue {
    let js = js_error(error.code(), &error.to_string());
    if let wegweiser::Error::Invalid { problems } = &error {
        if let Ok(problems) = to_js(problems) {
            let _ = js_sys::Reflect::set(&js, &"problems".into(), &problems);
        }
    }
    js
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error("internal", &format!("cannot convert a result: {e}")))
}

fn from_js<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsValue> {
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| js_error("invalid-argument", &format!("{what}: {e}")))
}

/// A JavaScript time (milliseconds since 1970) as an instant.
fn instant(ms: f64) -> Result<jiff::Timestamp, JsValue> {
    if !ms.is_finite() {
        return Err(js_error(
            "invalid-argument",
            &format!("time: {ms} is not a time in milliseconds"),
        ));
    }
    // jiff's error is not formatted: its messages would add kilobytes to the download.
    jiff::Timestamp::from_millisecond(ms as i64).map_err(|_| {
        js_error(
            "invalid-argument",
            &format!("time: {ms} ms is outside the years -9999 to 9999"),
        )
    })
}

#[derive(Serialize)]
struct HoursOf<'a> {
    id: &'a str,
    #[serde(flatten)]
    now: wegweiser::HoursNow,
}

fn kind(name: &str) -> Result<Kind, JsValue> {
    name.parse::<Kind>()
        .map_err(|e: wegweiser::Error| core_error(e))
}

/// Which locales a reader asking for `requested` (best first, e.g. `navigator.languages`)
/// needs from a web bundle, and the files to fetch for them: `{ locales, files }`.
#[wasm_bindgen(js_name = bundleFilesFor)]
pub fn bundle_files_for(manifest_json: &str, requested: Vec<String>) -> Result<JsValue, JsValue> {
    let manifest = WebManifest::from_json(manifest_json).map_err(core_error)?;
    let locales = manifest.locales_for(&requested);
    let files = manifest.files_for(&locales);
    #[derive(Serialize)]
    struct Needed {
        locales: Vec<String>,
        files: Vec<String>,
    }
    to_js(&Needed { locales, files })
}

/// A directory in the page's memory.
#[wasm_bindgen(js_name = WasmDirectory)]
pub struct WasmDirectory {
    inner: Directory,
}

#[wasm_bindgen(js_class = WasmDirectory)]
impl WasmDirectory {
    /// Reads files keyed by path (`directory.json`, `locales/<locale>/<name>.ftl`), as
    /// `wegweiser export --format web` writes them.
    #[wasm_bindgen(js_name = fromFiles)]
    pub fn from_files(files: JsValue) -> Result<WasmDirectory, JsValue> {
        let files: BTreeMap<String, String> = from_js(files, "files (path → text)")?;
        let sources = SourceFiles::from_map(files).map_err(core_error)?;
        let inner = Directory::from_sources(sources).map_err(core_error)?;
        Ok(WasmDirectory { inner })
    }

    /// Reads the whole JSON document `wegweiser export --format json` writes.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(text: &str) -> Result<WasmDirectory, JsValue> {
        let inner = Directory::from_json(text).map_err(core_error)?;
        Ok(WasmDirectory { inner })
    }

    /// Warnings found while reading (errors make loading fail).
    pub fn problems(&self) -> Result<JsValue, JsValue> {
        to_js(self.inner.problems())
    }

    /// The locales with texts: `[{ tag, name, direction }]`, names in their own language.
    pub fn locales(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.locale_infos())
    }

    /// Negotiates `requested` (best first): `{ locale, chain, ui_locale, direction }`.
    pub fn negotiate(&self, requested: Vec<String>) -> Result<JsValue, JsValue> {
        to_js(&self.locale(&requested).describe())
    }

    /// The directory's metadata with its title, region and notices in the reader's locale.
    pub fn metadata(&self, lang: Vec<String>) -> Result<JsValue, JsValue> {
        to_js(&self.inner.localized_metadata(&self.locale(&lang)))
    }

    /// Entities of a kind with their texts, filtered like `wegweiser list`.
    pub fn list(
        &self,
        kind_name: &str,
        filter: JsValue,
        lang: Vec<String>,
    ) -> Result<JsValue, JsValue> {
        let filter: Filter = if filter.is_undefined() || filter.is_null() {
            Filter::default()
        } else {
            from_js(filter, "filter")?
        };
        let locale = self.locale(&lang);
        let items = self
            .inner
            .list_json(&locale, kind(kind_name)?, &filter)
            .map_err(core_error)?;
        to_js(&items)
    }

    /// One entity (`"service:integration-course-forst"`) with its texts and references.
    pub fn get(&self, reference: &str, lang: Vec<String>) -> Result<JsValue, JsValue> {
        let locale = self.locale(&lang);
        let (kind, index) = self.inner.find(reference).map_err(core_error)?;
        to_js(&self.inner.entity_json(&locale, kind, index))
    }

    /// What a result card shows of an entity: texts, places, safe links, hours, languages.
    pub fn card(&self, kind_name: &str, id: &str, lang: Vec<String>) -> Result<JsValue, JsValue> {
        let locale = self.locale(&lang);
        let card = self
            .inner
            .card(&locale, kind(kind_name)?, id)
            .map_err(core_error)?;
        to_js(&card)
    }

    /// Searches (see `SearchRequest`: `{ query, locales, kinds, field, municipality,
    /// offered_in, target_group, free, open_at, near, within_km, limit, offset }`).
    pub fn search(&self, request: JsValue) -> Result<JsValue, JsValue> {
        let request: SearchRequest = from_js(request, "search request")?;
        let results = self.inner.search(&request).map_err(core_error)?;
        to_js(&results)
    }

    /// The state of each service at `now_ms` (milliseconds since 1970: `Date.now()`, or a
    /// page's test clock) in the reader's language: `[{ id, state, text, locale, until?,
    /// next_opening?, reason? }]`.
    #[wasm_bindgen(js_name = hoursNow)]
    pub fn hours_now(
        &self,
        ids: Vec<String>,
        now_ms: f64,
        lang: Vec<String>,
    ) -> Result<JsValue, JsValue> {
        let instant = instant(now_ms)?;
        let locale = self.locale(&lang);
        let mut states = Vec::with_capacity(ids.len());
        for id in &ids {
            let now = self
                .inner
                .hours_now(&locale, id, instant)
                .map_err(core_error)?;
            states.push(HoursOf { id, now });
        }
        to_js(&states)
    }

    /// Seven days of hours of a service from the day `now_ms` falls on: `[{ date, label,
    /// hours, open, holiday?, closure? }]`.
    pub fn week(&self, id: &str, now_ms: f64, lang: Vec<String>) -> Result<JsValue, JsValue> {
        let today = self
            .inner
            .local_date(instant(now_ms)?)
            .map_err(core_error)?;
        let week = self
            .inner
            .hours_week(&self.locale(&lang), id, today)
            .map_err(core_error)?;
        to_js(&week)
    }

    /// Builds the search index now instead of on the first search.
    #[wasm_bindgen(js_name = prepareSearch)]
    pub fn prepare_search(&self) -> Result<(), JsValue> {
        self.inner.prepare_search().map_err(core_error)
    }

    /// The choices of the search filters with labels in the reader's locale.
    #[wasm_bindgen(js_name = filterOptions)]
    pub fn filter_options(&self, lang: Vec<String>) -> Result<JsValue, JsValue> {
        let locale = self.locale(&lang);
        to_js(&self.inner.filter_options(&locale))
    }

    /// One of the library's UI strings (`count-results` with `{ count: 3 }`).
    pub fn ui(&self, id: &str, args: JsValue, lang: Vec<String>) -> Result<JsValue, JsValue> {
        let locale = self.locale(&lang);
        let args: BTreeMap<String, serde_json::Value> = if args.is_undefined() || args.is_null() {
            BTreeMap::new()
        } else {
            from_js(args, "arguments")?
        };
        let ui_args: Vec<(&str, UiArg<'_>)> = args
            .iter()
            .filter_map(|(key, value)| match value {
                serde_json::Value::Number(n) => {
                    n.as_f64().map(|n| (key.as_str(), UiArg::Number(n)))
                }
                serde_json::Value::String(text) => Some((key.as_str(), UiArg::Text(text))),
                _ => None,
            })
            .collect();
        to_js(&self.inner.ui(&locale, id, &ui_args))
    }
}

impl WasmDirectory {
    /// Entries that are not language tags (browsers and page authors send some) are skipped.
    fn locale(&self, requested: &[String]) -> Locale {
        self.inner.locale_skipping_invalid(requested)
    }
}
