//! Result cards: everything a page shows of an entity, as plain text and links that can
//! only be `tel:`, `mailto:` or http(s).

use schemars::JsonSchema;
use serde::Serialize;

use crate::kind::Kind;
use crate::l10n::LocalizedText;
use crate::model::Municipality;
use crate::validate::{check_email, check_url, normalize_phone};

/// "Spremberg / Grodk"; for a Sorbian reader "Grodk / Spremberg".
pub(crate) fn bilingual_name(municipality: &Municipality, sorbian_reader: bool) -> String {
    match &municipality.name_dsb {
        Some(dsb) if sorbian_reader => format!("{dsb} / {}", municipality.name_de),
        Some(dsb) => format!("{} / {dsb}", municipality.name_de),
        None => municipality.name_de.clone(),
    }
}

pub(crate) fn contact_links(
    phones: &[String],
    email: Option<&str>,
    website: Option<&str>,
    country_code: &str,
) -> Vec<CardLink> {
    let mut links = Vec::new();
    for phone in phones {
        if let Ok(e164) = normalize_phone(phone, country_code) {
            links.push(CardLink {
                kind: LinkKind::Phone,
                label: phone.clone(),
                href: format!("tel:{e164}"),
            });
        }
    }
    if let Some(email) = email.filter(|e| check_email(e).is_ok()) {
        links.push(CardLink {
            kind: LinkKind::Email,
            label: email.to_owned(),
            href: format!("mailto:{email}"),
        });
    }
    links.extend(website_link(website));
    links
}

/// Only http(s) addresses become links. The label is the address as people write it
/// ("vhs-spn.example/kurse"): shorter on a phone and on paper, and read out more easily.
pub(crate) fn website_link(website: Option<&str>) -> Option<CardLink> {
    let website = website?.trim();
    check_url(website).ok()?;
    let url = url::Url::parse(website).ok()?;
    matches!(url.scheme(), "http" | "https").then(|| CardLink {
        kind: LinkKind::Website,
        label: short_address(website),
        href: url.to_string(),
    })
}

/// `https://www.example.org/a/` → `example.org/a`: without scheme, `www.` and a final `/`.
fn short_address(website: &str) -> String {
    let lower = website.to_ascii_lowercase();
    let rest = ["https://", "http://"]
        .iter()
        .find(|scheme| lower.starts_with(*scheme))
        .map_or(website, |scheme| &website[scheme.len()..]);
    let rest = if rest.to_ascii_lowercase().starts_with("www.") {
        &rest[4..]
    } else {
        rest
    };
    let rest = rest.split('#').next().unwrap_or(rest);
    rest.strip_suffix('/').unwrap_or(rest).to_owned()
}

/// What a result card shows. Every string is plain text; `href`s are `tel:`, `mailto:`
/// or http(s) only.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Card {
    pub kind: Kind,
    pub id: String,
    pub name: LocalizedText,
    pub description: Option<LocalizedText>,
    pub places: Vec<CardPlace>,
    pub links: Vec<CardLink>,
    /// Opening hours in the reader's locale ("Mo–Fr: 08:30–12:45 Uhr").
    pub hours: Vec<String>,
    /// Languages the service is offered in, named in themselves.
    pub languages: Vec<LanguageLabel>,
    pub cost: Option<LocalizedText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct CardPlace {
    pub name: Option<LocalizedText>,
    pub street: String,
    pub postal_code: String,
    /// The municipality in German and Sorbian, or the town outside the region.
    pub town: String,
    pub step_free: Option<LocalizedText>,
    /// The place on OpenStreetMap, where the directory knows its coordinates: a plain link
    /// that loads nothing until the reader follows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub map_url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    Phone,
    Email,
    Website,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct CardLink {
    pub kind: LinkKind,
    pub label: String,
    pub href: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct LanguageLabel {
    pub tag: String,
    pub name: String,
}

/// The address of a point on openstreetmap.org, with a marker.
pub(crate) fn osm_url(point: crate::model::Coordinates) -> String {
    let (lat, lon) = (point.lat, point.lon);
    format!("https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=17/{lat:.5}/{lon:.5}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_mailto_and_tel_become_links() {
        assert!(website_link(Some("javascript:alert(1)")).is_none());
        assert!(website_link(Some("data:text/html,<script>")).is_none());
        assert!(website_link(Some("https://")).is_none());
        assert_eq!(
            website_link(Some("https://vhs.example/kurs")).unwrap().href,
            "https://vhs.example/kurs"
        );
        for (address, label) in [
            (
                "https://www.Landkreis.example/integration/",
                "Landkreis.example/integration",
            ),
            ("HTTP://WWW.example.org", "example.org"),
            ("https://example.org/a?b=1#top", "example.org/a?b=1"),
            ("https://wwwx.example/", "wwwx.example"),
            ("https://bürgerservice.example/", "bürgerservice.example"),
        ] {
            assert_eq!(
                website_link(Some(address)).unwrap().label,
                label,
                "{address}"
            );
        }
        let links = contact_links(
            &["03562 0100-100".into(), "not a phone".into()],
            Some("javascript:alert(1)"),
            Some("vbscript:x"),
            "49",
        );
        assert_eq!(links.len(), 1, "{links:?}");
        assert_eq!(links[0].href, "tel:+4935620100100");
    }
}
