//! The structure of a directory, as stored in `directory.toml` (and in JSON).
//!
//! These types hold no human-readable prose: names, descriptions and notes are Fluent
//! messages, see [`crate::l10n`]. Ids of other entities are plain strings here; whether
//! they exist is checked by validation, which reports every dangling reference.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The whole of `directory.toml`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DirectoryData {
    pub directory: Metadata,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub principles: Vec<Principle>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<TargetGroup>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldOfAction>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recommendations: Vec<Recommendation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<Measure>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub municipalities: Vec<Municipality>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organizations: Vec<Organization>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Service>,
    /// Words that mean the same to a searcher, per locale.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub synonyms: Vec<SynonymSet>,
}

/// Words search treats as the same (`Deutschkurs`, `Sprachkurs`, `Integrationskurs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SynonymSet {
    pub locale: String,
    pub words: Vec<String>,
}

/// Facts about the directory as a whole. Its title, region name and description are the
/// Fluent message `directory`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Metadata {
    pub id: String,
    /// The locale every text is written in first; all others are translations.
    #[serde(default = "default_source_locale")]
    pub source_locale: String,
    /// The locales the directory ships texts for.
    pub locales: Vec<String>,
    /// "Stand": the date the content was last checked as a whole.
    pub status_as_of: Date,
    pub version: String,
    /// Demo data: contacts, phones and e-mails are fictional.
    #[serde(default)]
    pub demo: bool,
    /// Calling code (without `+`) used to turn national phone numbers into E.164.
    #[serde(default = "default_country_code")]
    pub country_code: String,
    /// Country of the addresses (ISO 3166-1 alpha-2, `DE`), for exports such as HSDS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// State of the addresses (`Brandenburg`), for exports such as HSDS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_province: Option<String>,
    /// The IANA time zone all opening hours are local time of.
    #[serde(default = "default_time_zone")]
    pub time_zone: String,
    /// Whose public holidays close offices: an ISO 3166-2 code (`DE-BB` for Brandenburg,
    /// `DE` for the nationwide ones). None: holidays are not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holidays: Option<String>,
}

impl Default for Metadata {
    fn default() -> Self {
        Metadata {
            id: String::new(),
            source_locale: default_source_locale(),
            locales: vec![default_source_locale()],
            status_as_of: Date::default(),
            version: String::new(),
            demo: false,
            country_code: default_country_code(),
            country: None,
            state_province: None,
            time_zone: default_time_zone(),
            holidays: None,
        }
    }
}

fn default_source_locale() -> String {
    crate::l10n::SOURCE_LOCALE.to_owned()
}

fn default_country_code() -> String {
    "49".to_owned()
}

fn default_time_zone() -> String {
    "Europe/Berlin".to_owned()
}

/// One point of the district's definition of integration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    #[serde(default)]
    pub order: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TargetGroup {
    pub id: String,
}

/// A field of action (Handlungsfeld) of the integration concept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct FieldOfAction {
    pub id: String,
    /// Its number in the concept.
    pub number: u32,
}

/// A goal (Ziel) within a field of action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Goal {
    pub id: String,
    pub field: String,
}

/// A recommendation for action (Handlungsempfehlung) within a field of action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Recommendation {
    pub id: String,
    pub field: String,
}

/// How far a measure has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MeasureStatus {
    Planned,
    InProgress,
    Ongoing,
    Done,
    Dropped,
}

impl MeasureStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MeasureStatus::Planned => "planned",
            MeasureStatus::InProgress => "in-progress",
            MeasureStatus::Ongoing => "ongoing",
            MeasureStatus::Done => "done",
            MeasureStatus::Dropped => "dropped",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TimeFrame {
    pub start: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
}

/// A measure (Maßnahme): what is done to reach the goals of a field of action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Measure {
    pub id: String,
    pub field: String,
    pub status: MeasureStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_frame: Option<TimeFrame>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recommendations: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsible_contacts: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsible_organizations: Vec<String>,
    /// Organizations that take part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    /// Services that carry the measure out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MunicipalityKind {
    Town,
    Municipality,
    Amt,
}

impl MunicipalityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MunicipalityKind::Town => "town",
            MunicipalityKind::Municipality => "municipality",
            MunicipalityKind::Amt => "amt",
        }
    }
}

/// A town, municipality or Amt, with its official German and Lower Sorbian names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Municipality {
    pub id: String,
    pub name_de: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_dsb: Option<String>,
    /// False where the Sorbian spelling has not been checked against an official source.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub name_dsb_verified: bool,
    pub kind: MunicipalityKind,
    /// The Amt it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amt: Option<String>,
    /// Its centre, for "near Grodk" and for places known only by municipality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
}

fn yes() -> bool {
    true
}

fn is_true(value: &bool) -> bool {
    *value
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Organization {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Municipality of its seat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
}

/// Whether a place can be reached without steps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum StepFree {
    Yes,
    No,
    #[default]
    Unknown,
}

impl StepFree {
    pub fn as_str(self) -> &'static str {
        match self {
            StepFree::Yes => "yes",
            StepFree::No => "no",
            StepFree::Unknown => "unknown",
        }
    }

    fn is_unknown(&self) -> bool {
        *self == StepFree::Unknown
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

/// A postal address where services happen or contacts sit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Location {
    pub id: String,
    pub street: String,
    pub postal_code: String,
    /// The municipality of the directory's region it lies in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// The town's name, for an address outside the region (for example Cottbus).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
    #[serde(default, skip_serializing_if = "StepFree::is_unknown")]
    pub step_free: StepFree,
}

/// Who may see a contact. Internal contacts never go into a public export.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    #[default]
    Public,
    Internal,
}

impl Visibility {
    fn is_public(&self) -> bool {
        *self == Visibility::Public
    }
}

/// A contact: a role ("Integrationsbeauftragte des Landkreises"), optionally a person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Contact {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// As written: national (`03562 0123-45`) or international (`+49 …`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Languages spoken (BCP 47 tags).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Visibility::is_public")]
    pub visibility: Visibility,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub office_hours: Vec<OpeningHours>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mo,
    Tu,
    We,
    Th,
    Fr,
    Sa,
    Su,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mo,
        Weekday::Tu,
        Weekday::We,
        Weekday::Th,
        Weekday::Fr,
        Weekday::Sa,
        Weekday::Su,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Weekday::Mo => "mo",
            Weekday::Tu => "tu",
            Weekday::We => "we",
            Weekday::Th => "th",
            Weekday::Fr => "fr",
            Weekday::Sa => "sa",
            Weekday::Su => "su",
        }
    }
}

/// Opening hours after schema.org's OpeningHoursSpecification: one period on the given
/// weekdays (a day with a lunch break has two). A note on them is the Fluent attribute
/// `.hours-note` (services) or `.office-hours-note` (contacts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct OpeningHours {
    pub days: Vec<Weekday>,
    pub opens: Time,
    /// `24:00` for the end of the day.
    pub closes: Time,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_through: Option<Date>,
    /// In these hours one is seen only with an appointment made beforehand: shown as
    /// "by appointment", never as closed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub appointment_only: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// Whether the opening hours hold on public holidays.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum OnHolidays {
    /// Closed on the directory's public holidays, as public offices are.
    #[default]
    Closed,
    Open,
}

impl OnHolidays {
    fn is_closed(&self) -> bool {
        *self == OnHolidays::Closed
    }
}

/// Days on which a service is closed whatever its hours say (summer break, a move). Its
/// reason for readers is the Fluent attribute `.closure-<id>` of the service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Closure {
    /// Unique within the service, for example `summer-2026`.
    pub id: String,
    pub from: Date,
    /// The last closed day; none: closed until further notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub through: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Cost {
    pub free: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Appointment {
    Required,
    Recommended,
    NotNeeded,
}

impl Appointment {
    pub fn as_str(self) -> &'static str {
        match self {
            Appointment::Required => "required",
            Appointment::Recommended => "recommended",
            Appointment::NotNeeded => "not-needed",
        }
    }
}

/// A service (Angebot): something a newcomer can go to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    /// Fields of action it serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    /// The organization that offers it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<String>,
    /// Languages the service is offered in (BCP 47 tags).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Cost>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointment: Option<Appointment>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opening_hours: Vec<OpeningHours>,
    #[serde(default, skip_serializing_if = "OnHolidays::is_closed")]
    pub on_public_holidays: OnHolidays,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closures: Vec<Closure>,
    /// Times are agreed with each person: there are no regular hours.
    #[serde(default, skip_serializing_if = "is_false")]
    pub by_arrangement: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// An address to write to about the service itself (contacts have their own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The youngest age the service is for, in years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<u8>,
    /// The oldest age the service is for, in years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_age: Option<u8>,
    #[serde(default, skip_serializing_if = "StepFree::is_unknown")]
    pub step_free: StepFree,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_reviewed: Option<Date>,
}

/// A calendar date, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        let date = jiff::civil::Date::new(year as i16, month as i8, day as i8).ok()?;
        Some(Date::from_civil(date))
    }

    /// The same day as jiff's civil date, for calendar arithmetic.
    pub fn to_civil(self) -> jiff::civil::Date {
        // Every `Date` was checked when it was made; the default (0000-00-00) is the
        // only one that is not a day, and it maps to the earliest.
        jiff::civil::Date::new(self.year as i16, self.month as i8, self.day as i8)
            .unwrap_or(jiff::civil::Date::MIN)
    }

    pub fn from_civil(date: jiff::civil::Date) -> Date {
        Date {
            year: date.year().clamp(0, 9999) as u16,
            month: date.month() as u8,
            day: date.day() as u8,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // TOML may hand us a native date; accept it as its string form too.
        let text = DateOrString::deserialize(deserializer)?.0;
        Date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a date: write it as YYYY-MM-DD, for example 2026-11-01"
            ))
        })
    }
}

struct DateOrString(String);

impl<'de> Deserialize<'de> for DateOrString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            Text(String),
            Toml(toml::value::Datetime),
        }
        Ok(DateOrString(match Either::deserialize(deserializer) {
            Ok(Either::Text(text)) => text,
            Ok(Either::Toml(datetime)) => datetime.to_string(),
            Err(_) => {
                return Err(serde::de::Error::custom(
                    "expected a date written as YYYY-MM-DD, for example 2026-11-01",
                ))
            }
        }))
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A date written YYYY-MM-DD"
        })
    }
}

/// A time of day, written `HH:MM` (24 hours).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
}

impl Time {
    pub fn parse(text: &str) -> Option<Time> {
        let (hour, minute) = text.split_once(':')?;
        if hour.len() != 2 || minute.len() != 2 {
            return None;
        }
        if !hour
            .bytes()
            .chain(minute.bytes())
            .all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let (hour, minute): (u8, u8) = (hour.parse().ok()?, minute.parse().ok()?);
        // 24:00 is allowed as "end of day".
        let valid = (hour < 24 && minute < 60) || (hour == 24 && minute == 0);
        valid.then_some(Time { hour, minute })
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Time::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a time of day: write it as HH:MM, for example 09:30"
            ))
        })
    }
}

impl JsonSchema for Time {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Time".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$",
            "description": "A time of day written HH:MM (24 hours)"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert_eq!(
            Date::parse("2024-02-29").map(|d| d.to_string()).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2023-13-01"), None);
        assert_eq!(Date::parse("1.1.2023"), None);
        assert_eq!(Date::parse("२०२३-01-01"), None);
    }

    #[test]
    fn times_are_checked() {
        assert_eq!(
            Time::parse("09:30").map(|t| t.to_string()).as_deref(),
            Some("09:30")
        );
        assert_eq!(
            Time::parse("24:00").map(|t| t.to_string()).as_deref(),
            Some("24:00")
        );
        assert_eq!(Time::parse("24:01"), None);
        assert_eq!(Time::parse("9:30"), None);
        assert_eq!(Time::parse("09:60"), None);
    }
}
