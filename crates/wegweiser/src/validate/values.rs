//! Values that must have a form: e-mail addresses, links, phone numbers, language tags,
//! Ämter (opening hours: `hours.rs`).

use super::checker::Checker;
use super::checks::{check_email, check_url, normalize_phone};
use crate::kind::Kind;
use crate::l10n::parse_locale;
use crate::problem::{ProblemCode, Severity};
use crate::structure::Seg;

impl Checker<'_, '_> {
    pub(super) fn check_values(&mut self) {
        let data = self.data;
        let country = data.directory.country_code.clone();
        let demo = data.directory.demo;
        for (index, contact) in data.contacts.iter().enumerate() {
            let base = self.entity_path(Kind::Contact, index);
            let at = |key: &'static str, i: Option<usize>| {
                let mut p = base.clone();
                p.push(Seg::Key(key));
                if let Some(i) = i {
                    p.push(Seg::Index(i));
                }
                p
            };
            for (i, phone) in contact.phones.iter().enumerate() {
                if let Err(why) = normalize_phone(phone, &country) {
                    self.report(
                        &at("phones", Some(i)),
                        Severity::Error,
                        ProblemCode::InvalidPhone,
                        format!(
                            "phone `{phone}` of contact `{}` does not normalize to E.164: {why}",
                            contact.id
                        ),
                    );
                }
            }
            if let Some(email) = &contact.email {
                self.check_mail(
                    &at("email", None),
                    email,
                    &format!("contact `{}`", contact.id),
                );
            }
            if let Some(website) = &contact.website {
                self.check_link(&at("website", None), website);
            }
            if demo && contact.person_name.is_some() {
                self.report(
                    &at("person_name", None),
                    Severity::Warning,
                    ProblemCode::DemoData,
                    "demo data should name roles, not persons: remove person_name".into(),
                );
            }
            self.check_languages(&base, "languages", &contact.languages);
            self.check_hours(&base, "office_hours", &contact.office_hours);
        }
        for (index, service) in data.services.iter().enumerate() {
            let base = self.entity_path(Kind::Service, index);
            let status_as_of = data.directory.status_as_of;
            if let Some(reviewed) = service.last_reviewed.filter(|d| *d > status_as_of) {
                let mut path = base.clone();
                path.push(Seg::Key("last_reviewed"));
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::Inconsistent,
                    format!("service `{}` was reviewed on {reviewed}, after the directory's status_as_of {status_as_of}: fix the date, or move status_as_of on", service.id),
                );
            }
            if let Some(website) = &service.website {
                let mut path = base.clone();
                path.push(Seg::Key("website"));
                self.check_link(&path, website);
            }
            if let Some(email) = &service.email {
                let mut path = base.clone();
                path.push(Seg::Key("email"));
                self.check_mail(&path, email, &format!("service `{}`", service.id));
            }
            if let (Some(min), Some(max)) = (service.minimum_age, service.maximum_age) {
                if min > max {
                    let mut path = base.clone();
                    path.push(Seg::Key("maximum_age"));
                    self.report(
                        &path,
                        Severity::Error,
                        ProblemCode::Inconsistent,
                        format!("service `{}` is for ages {min} to {max}: the minimum age is above the maximum", service.id),
                    );
                }
            }
            self.check_languages(&base, "languages", &service.languages);
            self.check_hours(&base, "opening_hours", &service.opening_hours);
            self.check_closures(&base, service);
        }
        for (index, organization) in data.organizations.iter().enumerate() {
            if let Some(email) = &organization.email {
                let mut path = self.entity_path(Kind::Organization, index);
                path.push(Seg::Key("email"));
                self.check_mail(&path, email, &format!("organization `{}`", organization.id));
            }
            if let Some(website) = &organization.website {
                let mut path = self.entity_path(Kind::Organization, index);
                path.push(Seg::Key("website"));
                self.check_link(&path, website);
            }
        }
        for (index, location) in data.locations.iter().enumerate() {
            let base = self.entity_path(Kind::Location, index);
            if location.municipality.is_none() && location.locality.is_none() {
                self.report(
                    &base,
                    Severity::Error,
                    ProblemCode::InvalidValue,
                    format!("location `{}` needs `municipality` (in the region) or `locality` (outside it)", location.id),
                );
            }
            if !location.postal_code.is_empty() && !is_postal_code(&location.postal_code) {
                let mut path = base.clone();
                path.push(Seg::Key("postal_code"));
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::InvalidValue,
                    format!("postal code `{}` of `{}` must be 3 to 10 letters, digits, spaces or hyphens (like \"03149\")", location.postal_code, location.id),
                );
            }
            if let Some(c) = location.coordinates {
                if !(-90.0..=90.0).contains(&c.lat) || !(-180.0..=180.0).contains(&c.lon) {
                    let mut path = base.clone();
                    path.push(Seg::Key("coordinates"));
                    self.report(
                        &path,
                        Severity::Error,
                        ProblemCode::InvalidValue,
                        format!(
                            "coordinates of `{}` are out of range (lat -90..90, lon -180..180)",
                            location.id
                        ),
                    );
                }
            }
        }
        for (index, set) in data.synonyms.iter().enumerate() {
            if parse_locale(&set.locale).is_err() {
                self.report(
                    &[Seg::Key("synonyms"), Seg::Index(index), Seg::Key("locale")],
                    Severity::Error,
                    ProblemCode::InvalidLocale,
                    format!(
                        "`{}` is not a language tag (like `de`, `ar`, `fa-AF`)",
                        set.locale
                    ),
                );
            }
            for (i, word) in set.words.iter().enumerate() {
                if word.trim().is_empty() || word.trim().contains(char::is_whitespace) {
                    self.report(
                        &[
                            Seg::Key("synonyms"),
                            Seg::Index(index),
                            Seg::Key("words"),
                            Seg::Index(i),
                        ],
                        Severity::Error,
                        ProblemCode::InvalidValue,
                        format!("synonym `{word}` must be a single word"),
                    );
                }
            }
        }
        for (index, measure) in data.measures.iter().enumerate() {
            if let Some(frame) = &measure.time_frame {
                if frame.end.is_some_and(|end| end < frame.start) {
                    let mut path = self.entity_path(Kind::Measure, index);
                    path.push(Seg::Key("time_frame"));
                    self.report(
                        &path,
                        Severity::Error,
                        ProblemCode::Inconsistent,
                        format!(
                            "time frame of measure `{}` ends before it starts",
                            measure.id
                        ),
                    );
                }
            }
        }
    }

    /// An e-mail address of `owner`; in demo data it must be under `.example`.
    fn check_mail(&mut self, path: &[Seg<'_>], email: &str, owner: &str) {
        if let Err(why) = check_email(email) {
            self.report(
                path,
                Severity::Error,
                ProblemCode::InvalidEmail,
                format!("e-mail `{email}` of {owner}: {why}"),
            );
        } else if self.data.directory.demo && !email.to_ascii_lowercase().ends_with(".example") {
            self.report(
                path,
                Severity::Warning,
                ProblemCode::DemoData,
                format!("demo data should use e-mail addresses under .example, not `{email}`"),
            );
        }
    }

    pub(super) fn check_link(&mut self, path: &[Seg<'_>], link: &str) {
        if let Err(why) = check_url(link) {
            self.report(path, Severity::Error, ProblemCode::InvalidUrl, why);
        }
    }

    pub(super) fn check_languages(&mut self, base: &[Seg<'_>], key: &'static str, tags: &[String]) {
        for (i, tag) in tags.iter().enumerate() {
            if parse_locale(tag).is_err() || tag.contains('_') {
                let mut path = base.to_vec();
                path.extend([Seg::Key(key), Seg::Index(i)]);
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::InvalidLocale,
                    format!("`{tag}` is not a language tag (like `de`, `ar`, `fa-AF`)"),
                );
            }
        }
    }
}

/// Postal codes of any country: 3 to 10 letters, digits, inner spaces and hyphens.
pub(crate) fn is_postal_code(code: &str) -> bool {
    (3..=10).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
        && code.starts_with(|c: char| c.is_ascii_alphanumeric())
        && code.ends_with(|c: char| c.is_ascii_alphanumeric())
}
