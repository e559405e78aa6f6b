//! What a web page needs: a bundle of files from which a visitor downloads only the
//! locales they read, result cards ready to render as text, and the options of the
//! search filters with their localized labels.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::checks::{check_email, check_url, normalize_phone};
use crate::directory::{Directory, Locale};
use crate::error::{Error, Result};
use crate::export::ExportOptions;
use crate::kind::Kind;
use crate::l10n::{parse_locale, Direction, LocaleChain, LocalizedText};
use crate::model::{Municipality, StepFree};
use crate::source::{SourceFile, SourceFiles, STRUCTURE_FILE, STRUCTURE_JSON_FILE};

/// The format name written into every web bundle manifest.
pub const WEB_FORMAT: &str = "wegweiser-web/1";
/// The manifest's file name inside a web bundle.
pub const MANIFEST_FILE: &str = "wegweiser.json";

/// `wegweiser.json`: what a web bundle holds and which files each locale needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebManifest {
    pub format: String,
    pub source_locale: String,
    /// The structure (`directory.json`), needed in every locale.
    pub structure: BundleFile,
    /// Every locale with texts, the source locale first.
    pub locales: Vec<BundleLocale>,
    /// Files every reader needs (the structure and the source locale): a page may fetch
    /// them before it knows the reader's locale.
    #[serde(default)]
    pub preload: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleFile {
    pub path: String,
    pub bytes: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleLocale {
    pub tag: String,
    /// The language's name in itself ("العربية"), for a language switcher.
    pub name: String,
    pub direction: Direction,
    /// Share of the source locale's texts this locale has (0.0 to 1.0).
    pub coverage: f64,
    pub machine_translated: bool,
    pub file: BundleFile,
    /// `first/<tag>.json`: the [`FirstView`] a page shows before the WebAssembly is ready.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_view: Option<BundleFile>,
}

/// A web bundle: the manifest and the files it names.
#[derive(Debug, Clone, PartialEq)]
pub struct WebBundle {
    pub manifest: WebManifest,
    pub files: Vec<SourceFile>,
}

impl WebBundle {
    /// Writes the bundle below `dir` (created if missing): the files and `wegweiser.json`.
    pub fn write_to(&self, dir: &std::path::Path) -> Result<()> {
        let io = |path: &std::path::Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        for file in &self.files {
            let path = dir.join(&file.path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
            }
            std::fs::write(&path, &file.text).map_err(io(&path))?;
        }
        let path = dir.join(MANIFEST_FILE);
        let json = serde_json::to_string_pretty(&self.manifest)? + "\n";
        std::fs::write(&path, json).map_err(|source| Error::Io { path, source })
    }
}

impl WebManifest {
    /// Reads a manifest; anything but a `wegweiser-web/1` manifest is an error.
    pub fn from_json(json: &str) -> Result<WebManifest> {
        let manifest: WebManifest = serde_json::from_str(json).map_err(|e| {
            Error::InvalidArgument(format!(
                "{MANIFEST_FILE} line {} column {}: {e}; write it with `wegweiser export --format web`",
                e.line(),
                e.column()
            ))
        })?;
        if manifest.format != WEB_FORMAT {
            return Err(Error::InvalidArgument(format!(
                "{MANIFEST_FILE}: format is {:?}, expected {WEB_FORMAT:?}; export the bundle again with this version",
                manifest.format
            )));
        }
        Ok(manifest)
    }

    /// The locales a reader who asks for `requested` (best first) needs, in fallback
    /// order and always ending in the source locale. Tags that are not language tags are
    /// skipped, so `navigator.languages` can be passed as it is.
    pub fn locales_for<S: AsRef<str>>(&self, requested: &[S]) -> Vec<String> {
        let requested: Vec<_> = requested
            .iter()
            .filter_map(|tag| parse_locale(tag.as_ref()).ok())
            .collect();
        let available: Vec<_> = self
            .locales
            .iter()
            .filter_map(|l| parse_locale(&l.tag).ok())
            .collect();
        let Ok(source) = parse_locale(&self.source_locale) else {
            return vec![self.source_locale.clone()];
        };
        LocaleChain::negotiate(&requested, &available, &source)
            .locales()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// The files to download for these locales: the structure, then one file per locale.
    pub fn files_for<S: AsRef<str>>(&self, locales: &[S]) -> Vec<String> {
        std::iter::once(self.structure.path.clone())
            .chain(
                self.locales
                    .iter()
                    .filter(|l| locales.iter().any(|wanted| wanted.as_ref() == l.tag))
                    .map(|l| l.file.path.clone()),
            )
            .collect()
    }
}

impl SourceFiles {
    /// Files keyed by path (`directory.json` or `directory.toml`, `locales/de/….ftl`), as a web page fetched
    /// them. Paths of any other form are an error that names them.
    pub fn from_map(files: BTreeMap<String, String>) -> Result<SourceFiles> {
        let mut sources = SourceFiles::default();
        for (path, text) in files {
            if path == STRUCTURE_FILE || path == STRUCTURE_JSON_FILE {
                if let Some(first) = &sources.structure {
                    return Err(Error::InvalidArgument(format!(
                        "both `{}` and `{path}` given: a directory has one structure file",
                        first.path
                    )));
                }
                sources.structure = Some(SourceFile::new(path, text));
            } else if path.ends_with(".ftl") && SourceFiles::locale_of(&path).is_some() {
                sources.fluent.push(SourceFile::new(path, text));
            } else {
                return Err(Error::InvalidArgument(format!(
                    "`{path}` is neither {STRUCTURE_JSON_FILE}, {STRUCTURE_FILE} nor locales/<locale>/<name>.ftl"
                )));
            }
        }
        sources.fluent.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(sources)
    }
}

/// A locale the directory has texts for, as a language switcher shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleInfo {
    pub tag: String,
    /// The language's name in itself ("Dolnoserbšćina", "العربية").
    pub name: String,
    pub direction: Direction,
}

/// The outcome of a negotiation, for callers outside Rust.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NegotiatedLocale {
    /// The locale texts are shown in.
    pub locale: String,
    /// Where texts are looked up, in order, ending in the source locale.
    pub chain: Vec<String>,
    /// The locale of the library's own UI strings.
    pub ui_locale: String,
    pub direction: Direction,
}

impl Locale {
    pub fn describe(&self) -> NegotiatedLocale {
        NegotiatedLocale {
            locale: self.primary().to_string(),
            chain: self
                .chain()
                .locales()
                .iter()
                .map(ToString::to_string)
                .collect(),
            ui_locale: self.ui_chain().primary().to_string(),
            direction: self.direction(),
        }
    }
}

/// The directory's metadata with its own texts (title, region, description, demo notice)
/// in the reader's locale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocalizedMetadata {
    #[serde(flatten)]
    pub metadata: crate::model::Metadata,
    pub title: Option<LocalizedText>,
    pub region: Option<LocalizedText>,
    pub description: Option<LocalizedText>,
    pub demo_notice: Option<LocalizedText>,
}

impl Directory {
    /// Like [`Directory::locale`], but entries that are not language tags are skipped
    /// instead of failing: for lists a browser or a page author supplies.
    pub fn locale_skipping_invalid<S: AsRef<str>>(&self, requested: &[S]) -> Locale {
        let valid: Vec<&str> = requested
            .iter()
            .map(AsRef::as_ref)
            .filter(|tag| parse_locale(tag).is_ok())
            .collect();
        self.locale(&valid)
            .unwrap_or_else(|_| self.locale_from_accept_language(""))
    }

    /// The locales with texts, each named in itself.
    pub fn locale_infos(&self) -> Vec<LocaleInfo> {
        self.locales()
            .iter()
            .map(|id| LocaleInfo {
                tag: id.to_string(),
                name: self.language_name(&id.to_string()),
                direction: Direction::of(id),
            })
            .collect()
    }

    /// [`Directory::metadata`] with the directory's texts in the reader's locale.
    pub fn localized_metadata(&self, locale: &Locale) -> LocalizedMetadata {
        LocalizedMetadata {
            metadata: self.metadata().clone(),
            title: self.directory_text(locale, None),
            region: self.directory_text(locale, Some("region")),
            description: self.directory_text(locale, Some("description")),
            demo_notice: self.directory_text(locale, Some("demo-notice")),
        }
    }

    /// The public part of the directory as a web bundle: `directory.json`, one Fluent file
    /// per locale (`locales/<tag>/directory.ftl`) and the manifest. Internal contacts are
    /// left out, as in every public export.
    pub fn web_bundle(&self) -> Result<WebBundle> {
        let document = self.to_document(ExportOptions::default());
        // JSON, so that the browser reads it without a TOML parser in the wasm.
        let structure = serde_json::to_string(&document.data)?;
        let status = self.l10n_status();
        let infos = self.locale_infos();
        let mut per_locale: BTreeMap<String, String> = BTreeMap::new();
        for (path, text) in &document.texts {
            if let Some(locale) = SourceFiles::locale_of(path) {
                let joined = per_locale.entry(locale.to_owned()).or_default();
                if !joined.is_empty() && !joined.ends_with("\n\n") {
                    joined.push('\n');
                }
                joined.push_str(text);
            }
        }
        let mut files = vec![SourceFile::new(STRUCTURE_JSON_FILE, structure)];
        let mut locales = Vec::new();
        let source = self.source_locale().to_string();
        let mut tags: Vec<&String> = per_locale.keys().collect();
        tags.sort_by_key(|tag| (**tag != source, tag.to_string()));
        for tag in tags {
            let text = &per_locale[tag];
            let path = format!("locales/{tag}/directory.ftl");
            let state = status.locales.iter().find(|l| &l.locale == tag);
            let info = infos.iter().find(|i| &i.tag == tag);
            locales.push(BundleLocale {
                tag: tag.clone(),
                name: info.map_or_else(|| tag.clone(), |i| i.name.clone()),
                direction: info.map_or(Direction::Ltr, |i| i.direction),
                coverage: state.map_or(1.0, |s| s.coverage),
                machine_translated: state.is_some_and(|s| s.machine_translated > 0),
                file: BundleFile {
                    path: path.clone(),
                    bytes: text.len(),
                },
                first_view: None,
            });
            files.push(SourceFile::new(path, text.clone()));
        }
        #[cfg(feature = "search")]
        for bundle_locale in &mut locales {
            let locale = self.locale(&[bundle_locale.tag.as_str()])?;
            let view = self.first_view(&locale, FIRST_VIEW_RESULTS)?;
            let path = format!("first/{}.json", bundle_locale.tag);
            let text = serde_json::to_string(&view)?;
            bundle_locale.first_view = Some(BundleFile {
                path: path.clone(),
                bytes: text.len(),
            });
            files.push(SourceFile::new(path, text));
        }
        let manifest = WebManifest {
            format: WEB_FORMAT.to_owned(),
            source_locale: source,
            structure: BundleFile {
                path: STRUCTURE_JSON_FILE.to_owned(),
                bytes: files[0].text.len(),
            },
            locales,
            preload: Vec::new(),
        };
        let manifest = WebManifest {
            preload: manifest.files_for(&[&manifest.source_locale]),
            ..manifest
        };
        Ok(WebBundle { manifest, files })
    }

    /// What a page shows before it can search: the first `limit` entries of the listing
    /// (an empty query) with their cards, the filter choices and every UI string, in
    /// `locale`. `wegweiser export --format web` writes one per locale, so a page renders
    /// its first results without waiting for the WebAssembly.
    #[cfg(feature = "search")]
    pub fn first_view(&self, locale: &Locale, limit: usize) -> Result<FirstView> {
        let request = crate::search::SearchRequest {
            query: String::new(),
            locales: vec![locale.primary().to_string()],
            limit,
            ..Default::default()
        };
        let results = self.search(&request)?;
        let cards = results
            .hits
            .iter()
            .map(|hit| self.card(locale, hit.kind, &hit.id))
            .collect::<Result<Vec<Card>>>()?;
        let mut ui: BTreeMap<String, LocalizedText> = crate::directory::ui_message_ids()
            .into_iter()
            .map(|id| {
                let text = self.ui(locale, &id, &[]);
                (id, text)
            })
            .collect();
        ui.insert(
            "count-results".to_owned(),
            self.ui(
                locale,
                "count-results",
                &[(
                    "count",
                    crate::directory::UiArg::Number(results.total as f64),
                )],
            ),
        );
        Ok(FirstView {
            locale: locale.describe(),
            metadata: self.localized_metadata(locale),
            filter_options: self.filter_options(locale),
            ui,
            results,
            cards,
        })
    }

    /// A result card: everything a page shows of an entity, as text and safe links.
    pub fn card(&self, locale: &Locale, kind: Kind, id: &str) -> Result<Card> {
        let (kind, index) = self.find(&format!("{}:{id}", kind.as_str()))?;
        let data = self.data();
        let mut card = Card {
            kind,
            id: id.to_owned(),
            name: self.name(locale, kind, id),
            description: self.text(locale, kind, id, Some("description")),
            places: Vec::new(),
            links: Vec::new(),
            hours: Vec::new(),
            languages: Vec::new(),
            cost: None,
        };
        let country = &data.directory.country_code;
        match kind {
            Kind::Service => {
                let service = &data.services[index];
                for location in &service.locations {
                    if let Ok(location) = self.location(location) {
                        card.places.push(self.card_place(locale, location));
                    }
                }
                for contact in &service.contacts {
                    if let Ok(contact) = self.contact(contact) {
                        card.links.extend(contact_links(
                            &contact.phones,
                            contact.email.as_deref(),
                            None,
                            country,
                        ));
                    }
                }
                card.links.extend(website_link(service.website.as_deref()));
                card.hours = service
                    .opening_hours
                    .iter()
                    .map(|hours| self.format_hours(locale, hours))
                    .collect();
                card.languages = service
                    .languages
                    .iter()
                    .map(|tag| LanguageLabel {
                        tag: tag.clone(),
                        name: self.language_name(tag),
                    })
                    .collect();
                card.cost = service.cost.map(|cost| {
                    self.ui(
                        locale,
                        if cost.free { "cost-free" } else { "cost-paid" },
                        &[],
                    )
                });
            }
            Kind::Organization => {
                let organization = &data.organizations[index];
                card.links
                    .extend(website_link(organization.website.as_deref()));
            }
            Kind::Contact => {
                let contact = &data.contacts[index];
                if let Some(location) = contact.location.as_deref() {
                    if let Ok(location) = self.location(location) {
                        card.places.push(self.card_place(locale, location));
                    }
                }
                card.links.extend(contact_links(
                    &contact.phones,
                    contact.email.as_deref(),
                    contact.website.as_deref(),
                    country,
                ));
            }
            _ => {}
        }
        Ok(card)
    }

    fn card_place(&self, locale: &Locale, location: &crate::model::Location) -> CardPlace {
        let town = match &location.municipality {
            Some(id) => self
                .data()
                .municipalities
                .iter()
                .find(|m| &m.id == id)
                .map(|m| bilingual_name(m, locale))
                .unwrap_or_else(|| id.clone()),
            None => location.locality.clone().unwrap_or_default(),
        };
        CardPlace {
            name: self.text(locale, Kind::Location, &location.id, None),
            street: location.street.clone(),
            postal_code: location.postal_code.clone(),
            town,
            step_free: (location.step_free != StepFree::Unknown)
                .then(|| self.format_step_free(locale, location.step_free)),
        }
    }

    /// The values the search filters offer, with localized labels. Municipalities are
    /// named in German and Sorbian ("Spremberg / Grodk"; Sorbian first for Sorbian readers).
    pub fn filter_options(&self, locale: &Locale) -> FilterOptions {
        let data = self.data();
        let option = |value: &str, label: String| FilterOption {
            value: value.to_owned(),
            label,
        };
        let fields = data
            .fields
            .iter()
            .map(|f| option(&f.id, self.name(locale, Kind::Field, &f.id).text))
            .collect();
        let mut municipalities: Vec<FilterOption> = data
            .municipalities
            .iter()
            .map(|m| option(&m.id, bilingual_name(m, locale)))
            .collect();
        municipalities.sort_by_key(|a| crate::fold(&a.label));
        let mut tags: Vec<&str> = data
            .services
            .iter()
            .flat_map(|s| s.languages.iter().map(String::as_str))
            .collect();
        tags.sort_unstable();
        tags.dedup();
        let languages = tags
            .into_iter()
            .map(|tag| option(tag, self.language_name(tag)))
            .collect();
        let kinds = [
            Kind::Service,
            Kind::Measure,
            Kind::Organization,
            Kind::Field,
        ]
        .iter()
        .map(|kind| {
            option(
                kind.as_str(),
                self.ui(locale, &format!("kind-{}", kind.as_str()), &[])
                    .text,
            )
        })
        .collect();
        FilterOptions {
            kind: kinds,
            field: fields,
            municipality: municipalities,
            offered_in: languages,
        }
    }
}

/// "Spremberg / Grodk"; for a Sorbian reader "Grodk / Spremberg".
fn bilingual_name(municipality: &Municipality, locale: &Locale) -> String {
    let sorbian_reader = locale
        .requested()
        .first()
        .is_some_and(|l| l.language.as_str() == "dsb");
    match &municipality.name_dsb {
        Some(dsb) if sorbian_reader => format!("{dsb} / {}", municipality.name_de),
        Some(dsb) => format!("{} / {dsb}", municipality.name_de),
        None => municipality.name_de.clone(),
    }
}

fn contact_links(
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

/// Only http(s) addresses become links.
fn website_link(website: Option<&str>) -> Option<CardLink> {
    let website = website?;
    check_url(website).ok()?;
    let url = url::Url::parse(website).ok()?;
    matches!(url.scheme(), "http" | "https").then(|| CardLink {
        kind: LinkKind::Website,
        label: website.to_owned(),
        href: url.to_string(),
    })
}

/// How many results a [`FirstView`] in a web bundle holds (one page of the widget).
pub const FIRST_VIEW_RESULTS: usize = 10;

/// The first listing of a locale, ready to render: see [`Directory::first_view`].
#[cfg(feature = "search")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FirstView {
    pub locale: NegotiatedLocale,
    pub metadata: LocalizedMetadata,
    pub filter_options: FilterOptions,
    /// Every UI string in this locale, without arguments; `count-results` counts the
    /// listing's total.
    pub ui: BTreeMap<String, LocalizedText>,
    /// The listing's first page, as [`Directory::search`] returns it for an empty query.
    pub results: crate::search::SearchResults,
    /// The cards of those results, in the same order.
    pub cards: Vec<Card>,
}

/// What a result card shows. Every string is plain text; `href`s are `tel:`, `mailto:`
/// or http(s) only.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardPlace {
    pub name: Option<LocalizedText>,
    pub street: String,
    pub postal_code: String,
    /// The municipality in German and Sorbian, or the town outside the region.
    pub town: String,
    pub step_free: Option<LocalizedText>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    Phone,
    Email,
    Website,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CardLink {
    pub kind: LinkKind,
    pub label: String,
    pub href: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageLabel {
    pub tag: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FilterOption {
    pub value: String,
    pub label: String,
}

/// The choices of each search filter (see [`crate::SearchRequest`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FilterOptions {
    pub kind: Vec<FilterOption>,
    pub field: Vec<FilterOption>,
    pub municipality: Vec<FilterOption>,
    pub offered_in: Vec<FilterOption>,
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
