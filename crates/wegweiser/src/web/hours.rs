//! Opening hours as a page, the CLI or a notebook shows them: the state now, and the
//! coming days, as localized text with the instants beside it.

use schemars::JsonSchema;
use serde::Serialize;

/// The state of a service at an instant, in the reader's language: "Jetzt geöffnet, bis
/// 16:00 Uhr", "Heute geschlossen (Pfingstmontag) · öffnet Dienstag um 09:00 Uhr".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct HoursNow {
    /// `open`, `closed`, `by-appointment`, `by-arrangement` or `unknown`.
    pub state: &'static str,
    pub text: String,
    /// The locale of the text (it may be a fallback).
    pub locale: String,
    /// When the current state ends (RFC 3339 with offset), if it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// When it next opens (RFC 3339 with offset), if it is closed and will open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_opening: Option<String>,
    /// Why it is closed today: a holiday's code (`whit-monday`) or `closure:<id>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// One day of the coming week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct HoursDay {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// "Montag, 07.12.2026".
    pub label: String,
    /// "09:00–12:00 Uhr, 13:00–16:00 Uhr", "Pfingstmontag: geschlossen".
    pub hours: String,
    /// The holiday's code, if the day is one (even when the service opens on it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holiday: Option<String>,
    /// The closure's id, if the day is closed by one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closure: Option<String>,
    pub open: bool,
}
