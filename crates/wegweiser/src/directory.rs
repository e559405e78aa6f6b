//! [`Directory`]: a loaded, validated directory and everything one can ask of it.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};
use crate::kind::{ids, Kind};
use crate::l10n::{parse_locale, Catalog, Direction, LocaleChain, LocalizedText};
use crate::model::*;
use crate::problem::{sort_problems, Problem, ProblemCode, Severity};
use crate::source::{SourceFile, SourceFiles, STRUCTURE_FILE, STRUCTURE_JSON_FILE};
use crate::structure::{closest, read_structure};
use crate::validate::Checker;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// A directory of integration services with its texts in every locale it ships.
///
/// ```
/// let directory = wegweiser::Directory::sample()?;
/// let arabic = directory.locale(&["ar"])?;
/// let service = directory.service("mbe-forst")?;
/// let name = directory.text(&arabic, wegweiser::Kind::Service, &service.id, None);
/// assert_eq!(name.unwrap().locale, "ar");
/// # Ok::<(), wegweiser::Error>(())
/// ```
pub struct Directory {
    data: DirectoryData,
    texts: Catalog,
    sources: SourceFiles,
    problems: Vec<Problem>,
    source_locale: LanguageIdentifier,
    #[cfg(feature = "search")]
    pub(crate) search: OnceLock<std::result::Result<crate::search::SearchIndex, String>>,
    #[cfg(feature = "search")]
    search_docs: OnceLock<std::sync::Arc<crate::search::DocTable>>,
}

impl std::fmt::Debug for Directory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Directory")
            .field("id", &self.data.directory.id)
            .field("locales", &self.data.directory.locales)
            .field("services", &self.data.services.len())
            .field("problems", &self.problems.len())
            .finish()
    }
}

/// What was asked for: the chain for the directory's texts and the chain for the
/// library's own UI strings, negotiated from the same request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    requested: Vec<LanguageIdentifier>,
    data: LocaleChain,
    ui: LocaleChain,
}

impl Locale {
    /// The chain the directory's texts are looked up in.
    pub fn chain(&self) -> &LocaleChain {
        &self.data
    }

    /// The chain the library's UI strings are looked up in.
    pub fn ui_chain(&self) -> &LocaleChain {
        &self.ui
    }

    /// The locale texts are shown in (before any fallback).
    pub fn primary(&self) -> &LanguageIdentifier {
        self.data.primary()
    }

    /// What the caller asked for, parsed.
    pub fn requested(&self) -> &[LanguageIdentifier] {
        &self.requested
    }

    pub fn direction(&self) -> Direction {
        Direction::of(self.primary())
    }
}

/// Filters shared by the list commands and bindings. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Municipality id, German or Sorbian name; an Amt includes its member municipalities.
    pub municipality: Option<String>,
    /// Field of action id.
    pub field: Option<String>,
    /// A language the service is offered in (contacts: spoken).
    pub offered_in: Option<String>,
    /// Include internal contacts (never in public exports).
    #[serde(default)]
    pub include_internal: bool,
}

/// An entity with its texts in the requested locale.
#[derive(Debug, Clone, Serialize)]
pub struct Localized<'a, T: Serialize> {
    pub kind: Kind,
    #[serde(flatten)]
    pub entity: &'a T,
    /// `name` is the message value; the other keys are its attributes.
    pub texts: BTreeMap<String, LocalizedText>,
}

impl Directory {
    /// Reads and validates the directory in folder `path`. Fails with
    /// [`Error::Invalid`] (carrying every problem) if it has errors; warnings are kept in
    /// [`Directory::problems`].
    pub fn load(path: impl AsRef<Path>) -> Result<Directory> {
        Self::from_sources(SourceFiles::read_dir(path.as_ref())?)
    }

    /// Like [`Directory::load`], but keeps whatever could be read and returns every
    /// problem alongside, like Fluent's `add_resource`. Fails only if nothing is readable.
    pub fn load_lenient(path: impl AsRef<Path>) -> Result<(Directory, Vec<Problem>)> {
        Self::from_sources_lenient(SourceFiles::read_dir(path.as_ref())?)
    }

    /// Validates a folder and returns its problems, errors and warnings, in file order.
    pub fn validate_path(path: impl AsRef<Path>) -> Result<Vec<Problem>> {
        let (_, problems) = Self::load_lenient(path)?;
        Ok(problems)
    }

    /// The Spree-Neiße sample directory compiled into the crate.
    #[cfg(feature = "sample")]
    pub fn sample() -> Result<Directory> {
        Self::from_sources(Self::sample_sources())
    }

    /// The files of the compiled-in sample, for tools that want to write them out.
    #[cfg(feature = "sample")]
    pub fn sample_sources() -> SourceFiles {
        from_embedded(embedded::SAMPLE_FILES)
    }

    /// Builds a directory from files in memory (strict, like [`Directory::load`]).
    pub fn from_sources(sources: SourceFiles) -> Result<Directory> {
        let (directory, problems) = Self::from_sources_lenient(sources)?;
        if problems.iter().any(Problem::is_error) {
            return Err(Error::Invalid { problems });
        }
        Ok(directory)
    }

    /// Builds a directory from files in memory, keeping what can be read.
    pub fn from_sources_lenient(sources: SourceFiles) -> Result<(Directory, Vec<Problem>)> {
        let mut problems = Vec::new();
        // The file this build expects, to name in the problem when there is none.
        let (expected, missing) = if cfg!(feature = "toml-input") {
            (
                STRUCTURE_FILE,
                format!("{STRUCTURE_FILE} is missing: a directory folder needs it (or {STRUCTURE_JSON_FILE}) next to locales/"),
            )
        } else {
            (
                STRUCTURE_JSON_FILE,
                format!("{STRUCTURE_JSON_FILE} is missing: write it with `wegweiser export --format web`"),
            )
        };
        let empty = SourceFile::new(expected, "");
        let structure_file = sources.structure.as_ref().unwrap_or(&empty);
        if sources.structure.is_none() {
            problems.push(Problem {
                file: expected.into(),
                line: 1,
                column: 1,
                severity: Severity::Error,
                code: ProblemCode::File,
                message: missing,
            });
        }
        let read = read_structure(structure_file);
        problems.extend(read.problems);
        let data = read.data;
        let texts = Catalog::from_files(&sources.fluent, &mut problems);
        let mut checker = Checker {
            data: &data,
            locator: &read.locator,
            problems: &mut problems,
        };
        // Without a readable [directory] its own checks would only repeat that error.
        checker.check_structure(read.has_metadata);
        checker.check_texts(&texts, &sources.fluent);
        sort_problems(&mut problems);
        let source_locale = parse_locale(&data.directory.source_locale)
            .unwrap_or_else(|_| "de".parse().expect("valid tag"));
        let warnings = problems.iter().filter(|p| !p.is_error()).cloned().collect();
        Ok((
            Directory {
                data,
                texts,
                sources,
                problems: warnings,
                source_locale,
                #[cfg(feature = "search")]
                search: OnceLock::new(),
                #[cfg(feature = "search")]
                search_docs: OnceLock::new(),
            },
            problems,
        ))
    }

    /// The structure as read from `directory.toml`.
    pub fn data(&self) -> &DirectoryData {
        &self.data
    }

    pub fn metadata(&self) -> &Metadata {
        &self.data.directory
    }

    /// The files the directory was built from.
    pub fn sources(&self) -> &SourceFiles {
        &self.sources
    }

    /// Warnings found while loading (errors make loading fail).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    pub fn source_locale(&self) -> &LanguageIdentifier {
        &self.source_locale
    }

    /// The locales the directory has texts for.
    pub fn locales(&self) -> Vec<LanguageIdentifier> {
        self.texts.available()
    }

    /// Negotiates the requested locales (best first) against the directory's locales and
    /// the library's UI locales. Fails only for strings that are not language tags; a
    /// valid tag the directory lacks falls back along the chain to the source locale.
    pub fn locale<S: AsRef<str>>(&self, requested: &[S]) -> Result<Locale> {
        let requested = requested
            .iter()
            .map(|tag| parse_locale(tag.as_ref()))
            .collect::<Result<Vec<_>>>()?;
        Ok(self.locale_from_ids(requested))
    }

    /// Negotiates from an HTTP `Accept-Language` header; unparsable entries are skipped.
    pub fn locale_from_accept_language(&self, header: &str) -> Locale {
        self.locale_from_ids(fluent_langneg::accepted_languages::parse(header))
    }

    fn locale_from_ids(&self, requested: Vec<LanguageIdentifier>) -> Locale {
        let data = LocaleChain::negotiate(&requested, &self.texts.available(), &self.source_locale);
        let ui = LocaleChain::negotiate(&requested, &ui_catalog().available(), &ui_source());
        Locale {
            requested,
            data,
            ui,
        }
    }

    /// The text of an entity in the requested locale, falling back along the chain.
    /// `attribute` `None` is the message value (the name).
    pub fn text(
        &self,
        locale: &Locale,
        kind: Kind,
        id: &str,
        attribute: Option<&str>,
    ) -> Option<LocalizedText> {
        if kind == Kind::Municipality && attribute.is_none() {
            return self.municipality_name(locale, id);
        }
        self.texts
            .format(&locale.data, &kind.message_id(id), attribute, None)
    }

    /// Text of the directory itself: title (`None`), `region`, `motto`, `description`,
    /// `demo-notice`.
    pub fn directory_text(
        &self,
        locale: &Locale,
        attribute: Option<&str>,
    ) -> Option<LocalizedText> {
        self.texts
            .format(&locale.data, "directory", attribute, None)
    }

    /// The name of an entity, or its id if it has no text at all.
    pub fn name(&self, locale: &Locale, kind: Kind, id: &str) -> LocalizedText {
        self.text(locale, kind, id, None)
            .unwrap_or_else(|| LocalizedText {
                text: id.to_owned(),
                locale: "und".into(),
                direction: Direction::Ltr,
                fallback: true,
                machine_translated: false,
            })
    }

    /// A municipality's official name: Sorbian where Sorbian is asked for and known.
    fn municipality_name(&self, locale: &Locale, id: &str) -> Option<LocalizedText> {
        let municipality = self.data.municipalities.iter().find(|m| m.id == id)?;
        let wanted = locale.requested().first().unwrap_or(locale.primary());
        let wants_sorbian = wanted.language.as_str() == "dsb";
        let (text, tag) = match (&municipality.name_dsb, wants_sorbian) {
            (Some(name), true) => (name.clone(), "dsb"),
            _ => (municipality.name_de.clone(), "de"),
        };
        let tag_id: LanguageIdentifier = tag.parse().ok()?;
        Some(LocalizedText {
            fallback: locale.data.is_fallback(&tag_id),
            direction: Direction::Ltr,
            locale: tag.into(),
            text,
            machine_translated: false,
        })
    }

    /// Every text of an entity in the requested locale, keyed `name` and attribute names.
    pub fn texts(&self, locale: &Locale, kind: Kind, id: &str) -> BTreeMap<String, LocalizedText> {
        let mut out = BTreeMap::new();
        if let Some(name) = self.text(locale, kind, id, None) {
            out.insert("name".to_owned(), name);
        }
        for attribute in kind.attributes() {
            if let Some(text) = self.text(locale, kind, id, Some(attribute)) {
                out.insert(attribute.to_owned(), text);
            }
        }
        out
    }

    /// An entity with its texts, ready to serialize.
    pub fn localize<'a, T: Serialize + HasId>(
        &self,
        locale: &Locale,
        kind: Kind,
        entity: &'a T,
    ) -> Localized<'a, T> {
        Localized {
            kind,
            entity,
            texts: self.texts(locale, kind, entity.id()),
        }
    }

    /// A UI string of the library (`kind-service`, `count-services`, `weekday-mo` …) in the
    /// requested locale, with German as the last fallback.
    pub fn ui(&self, locale: &Locale, id: &str, args: &[(&str, UiArg<'_>)]) -> LocalizedText {
        ui_text(&locale.ui, id, args)
    }

    // ----- lookups -----

    pub fn service(&self, id: &str) -> Result<&Service> {
        find(&self.data.services, id, Kind::Service)
    }

    pub fn measure(&self, id: &str) -> Result<&Measure> {
        find(&self.data.measures, id, Kind::Measure)
    }

    pub fn field(&self, id: &str) -> Result<&FieldOfAction> {
        find(&self.data.fields, id, Kind::Field)
    }

    pub fn organization(&self, id: &str) -> Result<&Organization> {
        find(&self.data.organizations, id, Kind::Organization)
    }

    pub fn contact(&self, id: &str) -> Result<&Contact> {
        find(&self.data.contacts, id, Kind::Contact)
    }

    pub fn location(&self, id: &str) -> Result<&Location> {
        find(&self.data.locations, id, Kind::Location)
    }

    /// Finds an entity by id, in any kind; `kind:id` (`service:mbe-forst`) picks a kind.
    pub fn find(&self, reference: &str) -> Result<(Kind, usize)> {
        let (kind, id) = match reference.split_once(':') {
            Some((kind, id)) => (Some(kind.parse::<Kind>()?), id),
            None => (None, reference),
        };
        let kinds: Vec<Kind> = kind.map_or_else(|| Kind::ALL.to_vec(), |k| vec![k]);
        let mut found: Vec<(Kind, usize)> = Vec::new();
        for kind in &kinds {
            if let Some(index) = ids(&self.data, *kind)
                .iter()
                .position(|candidate| *candidate == id)
            {
                found.push((*kind, index));
            }
        }
        match found.as_slice() {
            [one] => Ok(*one),
            [] => {
                let all: Vec<&str> = kinds.iter().flat_map(|k| ids(&self.data, *k)).collect();
                Err(Error::NotFound {
                    kind: kind.map_or("entity", Kind::as_str),
                    id: id.to_owned(),
                    suggestion: closest(id, all).map(str::to_owned),
                })
            }
            many => Err(Error::InvalidArgument(format!(
                "`{id}` is the id of several entities; write {}",
                many.iter()
                    .map(|(k, _)| format!("`{k}:{id}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ))),
        }
    }

    /// Finds a municipality by id, German or Sorbian name; case and diacritics don't matter
    /// (`Grodk`, `spremberg`, `Barsc`).
    pub fn municipality(&self, name: &str) -> Result<&Municipality> {
        let wanted = fold(name);
        let matches = |m: &&Municipality| {
            fold(&m.id) == wanted
                || fold(&m.name_de) == wanted
                || m.name_dsb.as_deref().is_some_and(|n| fold(n) == wanted)
                // "Forst" for "Forst (Lausitz)", "Baršć" for "Baršć (Łužyca)".
                || fold(&m.name_de).split(" (").next() == Some(wanted.as_str())
                || m.name_dsb.as_deref().is_some_and(|n| fold(n).split(" (").next() == Some(wanted.as_str()))
        };
        self.data
            .municipalities
            .iter()
            .find(matches)
            .ok_or_else(|| {
                let names: Vec<String> = self
                    .data
                    .municipalities
                    .iter()
                    .flat_map(|m| std::iter::once(m.name_de.clone()).chain(m.name_dsb.clone()))
                    .collect();
                Error::NotFound {
                    kind: "municipality",
                    id: name.to_owned(),
                    suggestion: closest(name, names.iter().map(String::as_str)).map(str::to_owned),
                }
            })
    }

    /// The ids a municipality filter stands for: the municipality, and for an Amt its members.
    pub fn municipality_scope(&self, name: &str) -> Result<Vec<&str>> {
        let municipality = self.municipality(name)?;
        let mut scope = vec![municipality.id.as_str()];
        if municipality.kind == MunicipalityKind::Amt {
            scope.extend(
                self.data
                    .municipalities
                    .iter()
                    .filter(|m| m.amt.as_deref() == Some(municipality.id.as_str()))
                    .map(|m| m.id.as_str()),
            );
        }
        Ok(scope)
    }

    /// Municipalities the services of `service` take place in.
    pub fn service_municipalities(&self, service: &Service) -> Vec<&str> {
        let mut out: Vec<&str> = service
            .locations
            .iter()
            .filter_map(|l| self.data.locations.iter().find(|loc| &loc.id == l))
            .filter_map(|l| l.municipality.as_deref())
            .collect();
        out.dedup();
        out
    }

    fn check_field(&self, field: &str) -> Result<()> {
        self.field(field).map(|_| ())
    }

    fn check_language(&self, tag: &str) -> Result<LanguageIdentifier> {
        parse_locale(tag)
    }

    /// Services matching `filter`, in file order.
    pub fn services(&self, filter: &Filter) -> Result<Vec<&Service>> {
        let scope = filter
            .municipality
            .as_deref()
            .map(|m| self.municipality_scope(m))
            .transpose()?;
        if let Some(field) = &filter.field {
            self.check_field(field)?;
        }
        let language = filter
            .offered_in
            .as_deref()
            .map(|l| self.check_language(l))
            .transpose()?;
        Ok(self
            .data
            .services
            .iter()
            .filter(|s| filter.field.as_ref().is_none_or(|f| s.fields.contains(f)))
            .filter(|s| {
                scope.as_ref().is_none_or(|scope| {
                    self.service_municipalities(s)
                        .iter()
                        .any(|m| scope.contains(m))
                })
            })
            .filter(|s| language.as_ref().is_none_or(|l| speaks(&s.languages, l)))
            .collect())
    }

    /// Measures matching `filter`. Municipality and language apply through the services
    /// that carry a measure out.
    pub fn measures(&self, filter: &Filter) -> Result<Vec<&Measure>> {
        if let Some(field) = &filter.field {
            self.check_field(field)?;
        }
        let services_filter = Filter {
            field: None,
            ..filter.clone()
        };
        let needs_services = filter.municipality.is_some() || filter.offered_in.is_some();
        let services: Vec<&str> = if needs_services {
            self.services(&services_filter)?
                .into_iter()
                .map(|s| s.id.as_str())
                .collect()
        } else {
            Vec::new()
        };
        Ok(self
            .data
            .measures
            .iter()
            .filter(|m| filter.field.as_ref().is_none_or(|f| &m.field == f))
            .filter(|m| {
                !needs_services || m.services.iter().any(|s| services.contains(&s.as_str()))
            })
            .collect())
    }

    /// Fields of action, by number. With a municipality or language filter: those that have
    /// at least one matching service.
    pub fn fields_of_action(&self, filter: &Filter) -> Result<Vec<&FieldOfAction>> {
        let mut fields: Vec<&FieldOfAction> = self.data.fields.iter().collect();
        fields.sort_by_key(|f| f.number);
        if let Some(field) = &filter.field {
            self.check_field(field)?;
            fields.retain(|f| &f.id == field);
        }
        if filter.municipality.is_some() || filter.offered_in.is_some() {
            let services = self.services(&Filter {
                field: None,
                ..filter.clone()
            })?;
            fields.retain(|f| services.iter().any(|s| s.fields.contains(&f.id)));
        }
        Ok(fields)
    }

    /// Fields of action that have no service matching `filter` (for example, no service in
    /// Guben): the gaps of the directory.
    pub fn fields_without_services(&self, filter: &Filter) -> Result<Vec<&FieldOfAction>> {
        let covered = self.fields_of_action(filter)?;
        let mut all: Vec<&FieldOfAction> = self.data.fields.iter().collect();
        all.sort_by_key(|f| f.number);
        all.retain(|f| !covered.iter().any(|c| c.id == f.id));
        Ok(all)
    }

    /// Municipalities; with a municipality filter, that one (and an Amt's members).
    pub fn municipalities(&self, filter: &Filter) -> Result<Vec<&Municipality>> {
        let scope = filter
            .municipality
            .as_deref()
            .map(|m| self.municipality_scope(m))
            .transpose()?;
        Ok(self
            .data
            .municipalities
            .iter()
            .filter(|m| scope.as_ref().is_none_or(|s| s.contains(&m.id.as_str())))
            .collect())
    }

    /// Contacts; internal ones only with `include_internal`.
    pub fn contacts(&self, filter: &Filter) -> Result<Vec<&Contact>> {
        let scope = filter
            .municipality
            .as_deref()
            .map(|m| self.municipality_scope(m))
            .transpose()?;
        let language = filter
            .offered_in
            .as_deref()
            .map(|l| self.check_language(l))
            .transpose()?;
        let field_services: Option<Vec<&Service>> = match &filter.field {
            Some(field) => {
                self.check_field(field)?;
                Some(
                    self.data
                        .services
                        .iter()
                        .filter(|s| s.fields.contains(field))
                        .collect(),
                )
            }
            None => None,
        };
        Ok(self
            .data
            .contacts
            .iter()
            .filter(|c| filter.include_internal || c.visibility == Visibility::Public)
            .filter(|c| {
                scope.as_ref().is_none_or(|scope| {
                    c.location
                        .as_ref()
                        .and_then(|l| self.data.locations.iter().find(|loc| &loc.id == l))
                        .and_then(|l| l.municipality.as_deref())
                        .is_some_and(|m| scope.contains(&m))
                })
            })
            .filter(|c| language.as_ref().is_none_or(|l| speaks(&c.languages, l)))
            .filter(|c| {
                field_services
                    .as_ref()
                    .is_none_or(|services| services.iter().any(|s| s.contacts.contains(&c.id)))
            })
            .collect())
    }

    /// Organizations; with a municipality filter, those seated there.
    pub fn organizations(&self, filter: &Filter) -> Result<Vec<&Organization>> {
        let scope = filter
            .municipality
            .as_deref()
            .map(|m| self.municipality_scope(m))
            .transpose()?;
        Ok(self
            .data
            .organizations
            .iter()
            .filter(|o| {
                scope
                    .as_ref()
                    .is_none_or(|s| o.municipality.as_deref().is_some_and(|m| s.contains(&m)))
            })
            .collect())
    }
}

/// Entities that have an id.
pub trait HasId {
    fn id(&self) -> &str;
}

macro_rules! has_id {
    ($($t:ty),*) => {$(
        impl HasId for $t {
            fn id(&self) -> &str {
                &self.id
            }
        }
    )*};
}
has_id!(
    Principle,
    TargetGroup,
    FieldOfAction,
    Goal,
    Recommendation,
    Measure,
    Municipality,
    Organization,
    Location,
    Contact,
    Service
);

fn find<'a, T: HasId>(items: &'a [T], id: &str, kind: Kind) -> Result<&'a T> {
    items
        .iter()
        .find(|item| item.id() == id)
        .ok_or_else(|| Error::NotFound {
            kind: kind.as_str(),
            id: id.to_owned(),
            suggestion: closest(id, items.iter().map(HasId::id)).map(str::to_owned),
        })
}

/// Whether a list of language tags covers `wanted` (`fa` covers `fa-AF` and back).
fn speaks(tags: &[String], wanted: &LanguageIdentifier) -> bool {
    tags.iter()
        .filter_map(|t| t.parse::<LanguageIdentifier>().ok())
        .any(|tag| {
            tag.language == wanted.language
                && (tag.region.is_none() || wanted.region.is_none() || tag.region == wanted.region)
        })
}

/// Lowercase without diacritics, for forgiving name matching ("Baršć" = "barsc").
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'á' | 'à' | 'â' | 'ą' => out.push('a'),
            'č' | 'ć' | 'ç' => out.push('c'),
            'ď' => out.push('d'),
            'é' | 'è' | 'ê' | 'ě' | 'ę' => out.push('e'),
            'í' | 'î' => out.push('i'),
            'ł' => out.push('l'),
            'ń' | 'ň' => out.push('n'),
            'ó' | 'ô' => out.push('o'),
            'ŕ' | 'ř' => out.push('r'),
            'š' | 'ś' => out.push('s'),
            'ť' => out.push('t'),
            'ú' | 'ů' => out.push('u'),
            'ý' => out.push('y'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            _ => out.push(c),
        }
    }
    out
}

/// An argument to a UI string.
#[derive(Debug, Clone, Copy)]
pub enum UiArg<'a> {
    Number(f64),
    Text(&'a str),
}

fn ui_source() -> LanguageIdentifier {
    "de".parse().expect("valid tag")
}

fn from_embedded(files: &[(&str, &str)]) -> SourceFiles {
    let files = files
        .iter()
        .map(|(path, text)| ((*path).to_owned(), (*text).to_owned()))
        .collect();
    // build.rs embeds only directory.toml and locales/<locale>/*.ftl (tests load both sets).
    SourceFiles::from_map(files).unwrap_or_default()
}

/// The library's own UI strings, compiled in.
pub(crate) fn ui_catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let mut problems = Vec::new();
        // Tests check that these files have no problems.
        Catalog::from_files(&from_embedded(embedded::UI_FILES).fluent, &mut problems)
    })
}

/// Problems in the compiled-in UI strings (for tests and `wegweiser validate --ui`).
pub fn ui_problems() -> Vec<Problem> {
    let mut problems = Vec::new();
    Catalog::from_files(&from_embedded(embedded::UI_FILES).fluent, &mut problems);
    problems
}

/// The ids of the library's UI strings (those of the source locale, which has them all).
#[cfg(feature = "search")]
pub(crate) fn ui_message_ids() -> Vec<String> {
    let mut ids: Vec<String> = ui_catalog()
        .locale(&ui_source())
        .map(|catalog| catalog.messages.keys().cloned().collect())
        .unwrap_or_default();
    ids.sort();
    ids
}

/// The files of the compiled-in UI strings.
pub fn ui_sources() -> SourceFiles {
    from_embedded(embedded::UI_FILES)
}

/// The locales the library's UI strings exist in.
pub fn ui_locales() -> Vec<LanguageIdentifier> {
    ui_catalog().available()
}

/// Formats a UI string in `chain`. A missing id gives the id itself, so a typo shows.
pub fn ui_text(chain: &LocaleChain, id: &str, args: &[(&str, UiArg<'_>)]) -> LocalizedText {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            UiArg::Number(n) => fluent_args.set(*name, *n),
            UiArg::Text(t) => fluent_args.set(*name, *t),
        }
    }
    ui_catalog()
        .format(chain, id, None, Some(&fluent_args))
        .unwrap_or_else(|| LocalizedText {
            text: id.to_owned(),
            locale: "und".into(),
            direction: Direction::Ltr,
            fallback: true,
            machine_translated: false,
        })
}

impl Directory {
    pub(crate) fn catalog(&self) -> &Catalog {
        &self.texts
    }

    /// The searchable entities and their facets, without the full-text index.
    #[cfg(feature = "search")]
    pub(crate) fn search_docs(&self) -> &std::sync::Arc<crate::search::DocTable> {
        self.search_docs
            .get_or_init(|| std::sync::Arc::new(crate::search::DocTable::build(self)))
    }

    /// The search index, built on first use.
    #[cfg(feature = "search")]
    pub(crate) fn search_index(&self) -> Result<&crate::search::SearchIndex> {
        self.search
            .get_or_init(|| {
                crate::search::SearchIndex::build(self, std::sync::Arc::clone(self.search_docs()))
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| Error::Search(e.clone()))
    }
}

/// A reference from one entity to another, with the target's name.
#[derive(Debug, Clone, Serialize)]
pub struct NamedReference {
    pub key: &'static str,
    pub kind: Kind,
    pub id: String,
    pub name: LocalizedText,
}

impl Directory {
    /// Every reference entity `index` of `kind` makes, with the names of the targets.
    pub fn named_references(
        &self,
        locale: &Locale,
        kind: Kind,
        index: usize,
    ) -> Vec<NamedReference> {
        crate::kind::references(&self.data, kind, index)
            .into_iter()
            .map(|r| NamedReference {
                key: r.key,
                kind: r.target,
                id: r.id.to_owned(),
                name: self.name(locale, r.target, r.id),
            })
            .collect()
    }

    /// Entity `index` of `kind` with its texts and named references, as JSON.
    pub fn entity_json(&self, locale: &Locale, kind: Kind, index: usize) -> serde_json::Value {
        let data = &self.data;
        let mut value = match kind {
            Kind::Principle => {
                serde_json::to_value(self.localize(locale, kind, &data.principles[index]))
            }
            Kind::TargetGroup => {
                serde_json::to_value(self.localize(locale, kind, &data.target_groups[index]))
            }
            Kind::Field => serde_json::to_value(self.localize(locale, kind, &data.fields[index])),
            Kind::Goal => serde_json::to_value(self.localize(locale, kind, &data.goals[index])),
            Kind::Recommendation => {
                serde_json::to_value(self.localize(locale, kind, &data.recommendations[index]))
            }
            Kind::Measure => {
                serde_json::to_value(self.localize(locale, kind, &data.measures[index]))
            }
            Kind::Municipality => {
                serde_json::to_value(self.localize(locale, kind, &data.municipalities[index]))
            }
            Kind::Organization => {
                serde_json::to_value(self.localize(locale, kind, &data.organizations[index]))
            }
            Kind::Location => {
                serde_json::to_value(self.localize(locale, kind, &data.locations[index]))
            }
            Kind::Contact => {
                serde_json::to_value(self.localize(locale, kind, &data.contacts[index]))
            }
            Kind::Service => {
                serde_json::to_value(self.localize(locale, kind, &data.services[index]))
            }
        }
        .unwrap_or_default();
        if let Some(object) = value.as_object_mut() {
            // A municipality's own `kind` (town, municipality, amt) would shadow the
            // entity kind: it is given as `municipality_kind`.
            if kind == Kind::Municipality {
                let own = data.municipalities[index].kind.as_str();
                object.insert("municipality_kind".into(), own.into());
            }
            object.insert("kind".into(), kind.as_str().into());
            let references = self.named_references(locale, kind, index);
            object.insert(
                "references".into(),
                serde_json::to_value(references).unwrap_or_default(),
            );
        }
        value
    }
}

impl Directory {
    /// Ids of the entities of `kind` that match `filter`, in the order the kind's own
    /// listing uses (fields of action by number). Kinds without filters list everything.
    pub fn list(&self, kind: Kind, filter: &Filter) -> Result<Vec<String>> {
        fn own<T: HasId>(items: Vec<&T>) -> Vec<String> {
            items.into_iter().map(|item| item.id().to_owned()).collect()
        }
        Ok(match kind {
            Kind::Service => own(self.services(filter)?),
            Kind::Measure => own(self.measures(filter)?),
            Kind::Field => own(self.fields_of_action(filter)?),
            Kind::Organization => own(self.organizations(filter)?),
            Kind::Contact => own(self.contacts(filter)?),
            Kind::Municipality => own(self.municipalities(filter)?),
            other => ids(&self.data, other)
                .into_iter()
                .map(str::to_owned)
                .collect(),
        })
    }

    /// [`Directory::list`] with each entity's texts and named references, as JSON.
    pub fn list_json(
        &self,
        locale: &Locale,
        kind: Kind,
        filter: &Filter,
    ) -> Result<Vec<serde_json::Value>> {
        let all = ids(&self.data, kind);
        Ok(self
            .list(kind, filter)?
            .iter()
            .filter_map(|id| all.iter().position(|candidate| candidate == id))
            .map(|index| self.entity_json(locale, kind, index))
            .collect())
    }
}
