//! Synthetic directories of any size, in the sample's format and locales, for benchmarks
//! and scale tests. Deterministic: the same seed gives the same files.

use crate::directory::Directory;
use crate::error::{Error, Result};
use crate::kind::Kind;
use crate::l10n::LocaleChain;
use crate::model::{Location, Service};
use crate::source::{SourceFile, SourceFiles, STRUCTURE_FILE};

/// The most services [`synthetic`] writes (200,000 take about 1.2 GB of files and
/// several GB of memory while written).
pub const MAX_GENERATED_SERVICES: usize = 200_000;

/// A small, fast, seedable generator (xorshift64*): no dependency, same output everywhere.
struct Random(u64);

impl Random {
    fn new(seed: u64) -> Random {
        Random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Builds a directory with `services` services from `base` (usually the sample): each new
/// service copies the structure and texts of a random service of `base`, placed in a
/// random municipality, so text statistics and translation coverage stay realistic.
pub fn synthetic(base: &Directory, services: usize, seed: u64) -> Result<SourceFiles> {
    if services > MAX_GENERATED_SERVICES {
        return Err(Error::InvalidArgument(format!(
            "{services} services is more than the {MAX_GENERATED_SERVICES} a generated directory may have"
        )));
    }
    let mut random = Random::new(seed);
    let mut data = base.data().clone();
    if data.services.is_empty() {
        return Err(Error::InvalidArgument(
            "the base directory has no services to copy".into(),
        ));
    }
    let templates = data.services.clone();
    let towns: Vec<String> = data
        .municipalities
        .iter()
        .filter(|m| m.kind != crate::model::MunicipalityKind::Amt)
        .map(|m| m.id.clone())
        .collect();
    let mut locations: Vec<Location> = Vec::new();
    let mut new_services: Vec<Service> = Vec::with_capacity(services);
    let mut origin: Vec<(String, String, String)> = Vec::with_capacity(services); // (new id, template id, town)
    for n in 0..services {
        let template = &templates[random.below(templates.len())];
        let town = towns[random.below(towns.len())].clone();
        let location_id = format!("gen-loc-{n:06}");
        let base_location = template
            .locations
            .first()
            .and_then(|l| data.locations.iter().find(|x| &x.id == l))
            .cloned();
        locations.push(Location {
            id: location_id.clone(),
            street: base_location
                .as_ref()
                .map_or_else(|| "Hauptstraße 1".to_owned(), |l| l.street.clone()),
            postal_code: base_location
                .as_ref()
                .map_or_else(|| "03149".to_owned(), |l| l.postal_code.clone()),
            municipality: Some(town.clone()),
            locality: None,
            coordinates: None,
            step_free: base_location.map(|l| l.step_free).unwrap_or_default(),
        });
        let id = format!("gen-{n:06}");
        let mut service = template.clone();
        service.id = id.clone();
        service.locations = vec![location_id];
        new_services.push(service);
        origin.push((id, template.id.clone(), town));
    }
    data.services = new_services;
    data.locations.extend(locations);
    // Measures pointed at the sample's services; keep them, without those links.
    for measure in &mut data.measures {
        measure.services.clear();
    }

    let mut fluent = Vec::new();
    for locale in base.locales() {
        let chain = LocaleChain::only(locale.clone());
        let town_name = |id: &str| {
            data.municipalities
                .iter()
                .find(|m| m.id == id)
                .map(|m| {
                    if locale.language.as_str() == "dsb" {
                        m.name_dsb.clone().unwrap_or_else(|| m.name_de.clone())
                    } else {
                        m.name_de.clone()
                    }
                })
                .unwrap_or_default()
        };
        // The sample's files without its service messages, then the generated services.
        let mut text = String::new();
        for file in base
            .sources()
            .fluent
            .iter()
            .filter(|f| SourceFiles::locale_of(&f.path) == Some(&locale.to_string()))
        {
            text.push_str(&remove_kind_messages(&file.text, Kind::Service));
            text.push('\n');
        }
        for (id, template, town) in &origin {
            let message = Kind::Service.message_id(template);
            let Some(name) = base.catalog().format(&chain, &message, None, None) else {
                continue;
            };
            text.push_str(&format!(
                "{} = {} – {}\n",
                Kind::Service.message_id(id),
                escape(&name.text),
                escape(&town_name(town))
            ));
            for attribute in Kind::Service.attributes() {
                if let Some(value) = base
                    .catalog()
                    .format(&chain, &message, Some(attribute), None)
                {
                    text.push_str(&format!("    .{attribute} = {}\n", escape(&value.text)));
                }
            }
        }
        fluent.push(SourceFile::new(
            format!("locales/{locale}/directory.ftl"),
            text,
        ));
    }
    let structure = toml::to_string(&data).map_err(|e| Error::InvalidArgument(e.to_string()))?;
    Ok(SourceFiles {
        structure: Some(SourceFile::new(STRUCTURE_FILE, structure)),
        fluent,
        locks: Vec::new(),
        problems: Vec::new(),
    })
}

/// Text as a Fluent value on one line: braces and leading special characters escaped.
fn escape(text: &str) -> String {
    let one_line = text.replace(['\n', '\r'], " ");
    let escaped = one_line.replace('{', "{\"{\"}").replace('}', "{\"}\"}");
    // Isolation marks from formatting are not part of the text.
    let escaped = escaped.replace(['\u{2068}', '\u{2069}'], "");
    if escaped.starts_with(['[', '*', '.']) || escaped.starts_with(char::is_whitespace) {
        format!("{{\"\"}}{escaped}")
    } else {
        escaped
    }
}

/// Drops every message of `kind` (with its attributes) from a Fluent source.
fn remove_kind_messages(source: &str, kind: Kind) -> String {
    let prefix = format!("{}-", kind.as_str());
    let mut out = String::new();
    let mut skipping = false;
    for line in source.split_inclusive('\n') {
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#') {
            skipping = line.starts_with(&prefix);
        }
        if !skipping {
            out.push_str(line);
        }
    }
    out
}

#[cfg(all(test, feature = "sample"))]
mod tests {
    use super::*;

    #[test]
    fn generated_directories_are_valid_and_deterministic() {
        let sample = Directory::sample().unwrap();
        let files = synthetic(&sample, 150, 7).unwrap();
        assert_eq!(files, synthetic(&sample, 150, 7).unwrap());
        assert_ne!(files, synthetic(&sample, 150, 8).unwrap());
        let (directory, problems) = Directory::from_sources_lenient(files).unwrap();
        let errors: Vec<String> = problems
            .iter()
            .filter(|p| p.is_error())
            .map(ToString::to_string)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        assert_eq!(directory.data().services.len(), 150);
        // Translation coverage resembles the sample's.
        let status = directory.l10n_status();
        let polish = status.locales.iter().find(|l| l.locale == "pl").unwrap();
        assert!(polish.coverage < 1.0);
    }
}
