//! Checked HSDS records → our model and its texts: the concept's taxonomies,
//! municipalities, organizations, locations and contacts (services: `map_service.rs`).

use std::collections::{BTreeMap, HashMap, HashSet};

use super::check::Checked;
use super::report::ImportReport;
use crate::hsds::export::{DIRECTORY_FIELDS, DIRECTORY_TEXTS};
use crate::hsds::ids::derive;
use crate::hsds::record::Record;
use crate::hsds::table::{Table, Translation};
use crate::hsds::terms::{Taxonomy, Term};
use crate::kind::{is_valid_id, Kind};
use crate::model::*;
use crate::problem::{ProblemCode, Severity};
use crate::text::{fold, is_unsafe_char};

/// The texts of one message in one locale: attribute (`""` for the value) → text and
/// whether a machine made it.
pub(super) type MessageTexts = BTreeMap<String, (String, bool)>;

/// Every imported text: (kind, id) → locale → attribute → text.
pub(super) type Texts = BTreeMap<(Kind, String), BTreeMap<String, MessageTexts>>;

pub(super) struct Mapper<'a> {
    pub checked: &'a Checked,
    pub translations: HashMap<(String, String, String), Vec<&'a Translation>>,
    pub source_locale: String,
    pub report: &'a mut ImportReport,
    pub data: DirectoryData,
    pub texts: Texts,
    /// German name → municipality id.
    pub municipalities: HashMap<String, String>,
    /// The directory's own message: locale → attribute → text.
    pub directory: BTreeMap<String, MessageTexts>,
    /// Translation keys (table, record, field) a text was taken from.
    pub used_translations: HashSet<(String, String, String)>,
    /// Ids of the attributes the mapping read, and of the addresses it used.
    pub used: HashSet<String>,
    /// Ids of the locations and contacts imported.
    pub kept_locations: HashSet<String>,
    pub kept_contacts: HashSet<String>,
}

impl<'a> Mapper<'a> {
    pub fn new(
        checked: &'a Checked,
        translations: &'a [Translation],
        source_locale: &str,
        report: &'a mut ImportReport,
    ) -> Mapper<'a> {
        let mut by_field: HashMap<_, Vec<&Translation>> = HashMap::new();
        for t in translations {
            let key = (t.table.clone(), t.record_id.clone(), t.field.clone());
            by_field.entry(key).or_default().push(t);
        }
        Mapper {
            checked,
            translations: by_field,
            source_locale: source_locale.to_owned(),
            report,
            data: DirectoryData::default(),
            texts: Texts::new(),
            municipalities: HashMap::new(),
            directory: BTreeMap::new(),
            used_translations: HashSet::new(),
            used: HashSet::new(),
            kept_locations: HashSet::new(),
            kept_contacts: HashSet::new(),
        }
    }

    /// The text of `field` of `record` as the message (or `attribute`) of an entity, in
    /// the source locale and in every locale the translations extension has.
    pub fn text(
        &mut self,
        entity: (Kind, &str),
        attribute: &str,
        record: &Record,
        field: &str,
    ) -> bool {
        let mut found = false;
        let key = (
            record.table.name().to_owned(),
            record.id().unwrap_or_default(),
            field.to_owned(),
        );
        let translations: Vec<&Translation> = self
            .translations
            .get(&key)
            .map(|list| {
                list.iter()
                    .copied()
                    .filter(|t| !t.text.trim().is_empty())
                    .collect()
            })
            .unwrap_or_default();
        if !translations.is_empty() {
            self.used_translations.insert(key.clone());
        }
        let has_source = translations.iter().any(|t| t.locale == self.source_locale);
        let base = record.text(field).filter(|_| !has_source);
        let texts = base
            .map(|text| (self.source_locale.clone(), text, false))
            .into_iter()
            .chain(translations.iter().map(|t| {
                (
                    t.locale.clone(),
                    t.text.clone(),
                    t.status == "machine-translated",
                )
            }));
        for (locale, text, machine) in texts {
            let text = clean(&text);
            if text.is_empty() {
                continue;
            }
            found = true;
            self.texts
                .entry((entity.0, entity.1.to_owned()))
                .or_default()
                .entry(locale)
                .or_default()
                .insert(attribute.to_owned(), (text, machine));
        }
        found
    }

    /// A text the entity must have: `fallback` when the record has none.
    pub fn required_text(
        &mut self,
        entity: (Kind, &str),
        record: &Record,
        fields: &[&str],
        fallback: &str,
    ) {
        if fields
            .iter()
            .any(|field| self.text(entity, "", record, field))
        {
            return;
        }
        self.texts
            .entry((entity.0, entity.1.to_owned()))
            .or_default()
            .entry(self.source_locale.clone())
            .or_default()
            .insert(String::new(), (fallback.to_owned(), false));
        self.report.chose(format!(
            "a {} without {} is named by its e-mail address or id",
            entity.0,
            fields.join(" or ")
        ));
    }

    /// An attribute the entity must have (a service's description): `fallback`'s text
    /// when the record has none.
    pub fn required_attribute(
        &mut self,
        entity: (Kind, &str),
        attribute: &str,
        record: &Record,
        fallback: &str,
    ) {
        let has = self
            .texts
            .get(&(entity.0, entity.1.to_owned()))
            .and_then(|locales| locales.get(&self.source_locale))
            .is_some_and(|message| message.contains_key(attribute));
        if !has && self.text(entity, attribute, record, fallback) {
            self.report.chose(format!(
                "a {} without `{attribute}` gets its {fallback} as {attribute}",
                entity.0
            ));
        }
    }

    /// Our term an attribute links to, if it is one of ours.
    pub fn term(&self, attribute: &Record) -> Option<Term> {
        let term = self
            .checked
            .get(Table::TaxonomyTerm, &attribute.text("taxonomy_term_id")?)?;
        our_term(term)
    }

    /// Our terms linked to `link`, with each attribute's record.
    pub fn terms(&self, link: &str) -> Vec<(Term, &'a Record)> {
        self.checked
            .children(Table::Attribute, "link_id", link)
            .into_iter()
            .filter_map(|a| Some((self.term(a)?, a)))
            .collect()
    }

    /// [`Mapper::terms`], noting the attributes as read (the sweep reports the rest).
    pub fn read_terms(&mut self, link: &str) -> Vec<(Term, &'a Record)> {
        let terms = self.terms(link);
        for (_, attribute) in &terms {
            self.used.extend(attribute.id());
        }
        terms
    }

    /// A record that has no place (a virtual location, a defunct service): skipped with a
    /// warning, not an error.
    pub fn pass_over(&mut self, record: &Record, reason: String) {
        let origin = record.origin.clone();
        self.report.skip(
            record,
            &origin,
            Severity::Warning,
            ProblemCode::InvalidValue,
            reason,
        );
    }

    pub fn warn(&mut self, record: &Record, field: &str, code: ProblemCode, message: String) {
        let origin = record
            .get(field)
            .map(|c| c.origin.clone())
            .unwrap_or(record.origin.clone());
        self.report
            .problem(&record.file, &origin, Severity::Warning, code, message);
    }

    /// The directory's title and region: from the translations extension, else `title`.
    pub fn directory_texts(&mut self, title: &str) {
        let record = derive(DIRECTORY_TEXTS, &self.data.directory.id);
        let ours: Vec<&Translation> = self
            .translations
            .iter()
            .filter(|((table, id, _), _)| table == DIRECTORY_TEXTS && *id == record)
            .flat_map(|(_, list)| list.iter().copied())
            .collect();
        for translation in ours {
            let text = clean(&translation.text);
            if text.is_empty() {
                continue;
            }
            let key = (
                DIRECTORY_TEXTS.to_owned(),
                record.clone(),
                translation.field.clone(),
            );
            self.used_translations.insert(key);
            let Some((_, attribute)) = DIRECTORY_FIELDS
                .iter()
                .find(|(f, _)| *f == translation.field)
            else {
                continue;
            };
            self.directory
                .entry(translation.locale.clone())
                .or_default()
                .insert(
                    attribute.unwrap_or_default().to_owned(),
                    (text, translation.status == "machine-translated"),
                );
        }
        let source = self
            .directory
            .entry(self.source_locale.clone())
            .or_default();
        let title = clean(title);
        if !source.contains_key("") {
            source.insert(String::new(), (title.clone(), false));
            self.report
                .chose(format!("the directory's title: `{title}`"));
        }
        let region = self
            .data
            .directory
            .state_province
            .clone()
            .map(|region| clean(&region))
            .filter(|region| !region.is_empty())
            .unwrap_or_else(|| title.clone());
        let source = self
            .directory
            .entry(self.source_locale.clone())
            .or_default();
        source.entry("region".into()).or_insert((region, false));
    }

    pub fn run_entities(&mut self) {
        self.concept();
        self.municipalities();
        for record in self.checked.rows(Table::Organization) {
            self.organization(record);
        }
        let country = self.data.directory.country_code.clone();
        for record in self.checked.rows(Table::Location) {
            self.location(record);
        }
        for record in self.checked.rows(Table::Contact) {
            self.contact(record, &country);
        }
    }

    /// Fields of action and target groups, from our taxonomies' terms.
    fn concept(&mut self) {
        let mut seen = HashSet::new();
        for record in self.checked.rows(Table::TaxonomyTerm) {
            let Some(term) = our_term(record) else {
                continue;
            };
            match term {
                Term::Field(code, number) => {
                    let id = entity_id(&code);
                    if !seen.insert((Kind::Field, id.clone())) {
                        continue;
                    }
                    self.data.fields.push(FieldOfAction {
                        id: id.clone(),
                        number,
                    });
                    self.required_text((Kind::Field, &id), record, &["name"], &id);
                    if !self.text((Kind::Field, &id), "description", record, "description") {
                        self.text((Kind::Field, &id), "description", record, "name");
                    }
                }
                Term::TargetGroup(code) => {
                    let id = entity_id(&code);
                    if !seen.insert((Kind::TargetGroup, id.clone())) {
                        continue;
                    }
                    self.data.target_groups.push(TargetGroup { id: id.clone() });
                    self.required_text((Kind::TargetGroup, &id), record, &["name"], &id);
                    if record.text("description") != record.text("name") {
                        self.text(
                            (Kind::TargetGroup, &id),
                            "description",
                            record,
                            "description",
                        );
                    }
                }
                _ => {}
            }
        }
    }

    /// Municipalities: the service areas that are also the town of an address (what our
    /// export writes); Sorbian names from the `dsb` translations.
    fn municipalities(&mut self) {
        let areas: HashSet<String> = self
            .checked
            .rows(Table::ServiceArea)
            .iter()
            .filter_map(|r| r.text("name"))
            .collect();
        let mut used: HashSet<String> = HashSet::new();
        for address in self.checked.rows(Table::Address) {
            let Some(city) = address.text("city") else {
                continue;
            };
            if !areas.contains(&city) || self.municipalities.contains_key(&city) {
                continue;
            }
            let base = entity_id(&city);
            let mut id = base.clone();
            let mut n = 1;
            while used.contains(&id) {
                n += 1;
                id = format!("{base}-{n}");
            }
            used.insert(id.clone());
            let sorbian = self.translation_of(address, "city", "dsb");
            self.municipalities.insert(city.clone(), id.clone());
            self.data.municipalities.push(Municipality {
                id,
                name_de: city,
                name_dsb: sorbian,
                name_dsb_verified: true,
                kind: MunicipalityKind::Municipality,
                amt: None,
                coordinates: None,
            });
        }
        if !self.data.municipalities.is_empty() {
            self.report.chose(
                "municipalities: HSDS has no kind (town, municipality, Amt) and no Amt membership: each is a `municipality`".into(),
            );
        }
    }

    fn translation_of(&self, record: &Record, field: &str, locale: &str) -> Option<String> {
        let key = (
            record.table.name().to_owned(),
            record.id()?,
            field.to_owned(),
        );
        self.translations
            .get(&key)?
            .iter()
            .find(|t| t.locale == locale)
            .map(|t| t.text.clone())
    }

    fn organization(&mut self, record: &Record) {
        let id = record.id().unwrap_or_default();
        let entity = (Kind::Organization, id.as_str());
        self.required_text(entity, record, &["name"], &id);
        if record.text("description") != record.text("name") {
            self.text(entity, "description", record, "description");
        }
        self.text(entity, "alternate-name", record, "alternate_name");
        self.data.organizations.push(Organization {
            id: id.clone(),
            website: record.text("website"),
            email: record.text("email"),
            municipality: None,
        });
    }
}

/// One of our terms, from its code (`field:education`), when it is in our taxonomy.
pub(super) fn our_term(record: &Record) -> Option<Term> {
    let term = Term::parse(&record.text("code")?)?;
    let ours = record.id() == Some(term.uuid())
        || record.text("taxonomy_id") == Some(term.taxonomy().uuid())
        || record
            .text("taxonomy")
            .and_then(|t| Taxonomy::from_name(&t))
            == Some(term.taxonomy());
    ours.then_some(term)
}

/// A valid id for a name: `Forst (Lausitz)` → `forst-lausitz`.
pub(super) fn entity_id(name: &str) -> String {
    if is_valid_id(name) {
        return name.to_owned();
    }
    let folded: String = fold(name)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let id: Vec<&str> = folded.split('-').filter(|part| !part.is_empty()).collect();
    let mut id = id.join("-");
    id.truncate(60);
    let id = id.trim_end_matches('-').to_owned();
    if id.is_empty() {
        "imported".into()
    } else {
        id
    }
}

/// Text as a Fluent message may hold it: tabs become spaces, CR LF a line break,
/// control characters and bidi overrides are dropped.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace(['\t', '\r'], " ")
        .chars()
        .filter(|&c| c == '\n' || !is_unsafe_char(c))
        .collect::<String>()
        .trim()
        .to_owned()
}

pub(super) fn number(record: &Record, field: &str) -> Option<f64> {
    record.text(field)?.replace(',', ".").parse().ok()
}
