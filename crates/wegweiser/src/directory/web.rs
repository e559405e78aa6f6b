//! The web bundle of a directory and the views a page shows: localized metadata and
//! the first listing of each locale.

use std::collections::BTreeMap;

use super::export::ExportOptions;
use super::locale::Locale;
use super::Directory;
use crate::error::Result;
use crate::l10n::Direction;
#[cfg(feature = "search")]
use crate::l10n::{ui_message_ids, LocalizedText, UiArg};
#[cfg(feature = "search")]
use crate::search::SearchRequest;
use crate::source::{fingerprint, SourceFile, SourceFiles, LOCK_FILE, STRUCTURE_JSON_FILE};
use crate::web::{BundleFile, BundleLocale, LocalizedMetadata, WebBundle, WebManifest, WEB_FORMAT};
#[cfg(feature = "search")]
use crate::web::{Card, FirstView, FIRST_VIEW_RESULTS};

impl Directory {
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
            if SourceFiles::is_lock(path) {
                continue; // shipped as it is, below
            }
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
                lock: None,
                first_view: None,
            });
            files.push(SourceFile::new(path, text.clone()));
            // A translation's stamps; the source texts for diffs are no reader's concern.
            let lock_path = format!("locales/{tag}/{LOCK_FILE}");
            let stamps = (*tag != source)
                .then(|| document.texts.get(&lock_path))
                .flatten();
            if let Some(lock) = stamps {
                if let Some(last) = locales.last_mut() {
                    last.lock = Some(BundleFile {
                        path: lock_path.clone(),
                        bytes: lock.len(),
                    });
                }
                files.push(SourceFile::new(lock_path, lock.clone()));
            }
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
            version: fingerprint(
                files
                    .iter()
                    .map(|file| (file.path.as_str(), file.text.as_bytes())),
            ),
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
        let request = SearchRequest {
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
        let mut ui: BTreeMap<String, LocalizedText> = ui_message_ids()
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
                &[("count", UiArg::Number(results.total as f64))],
            ),
        );
        Ok(FirstView {
            request,
            locale: locale.describe(),
            metadata: self.localized_metadata(locale),
            filter_options: self.filter_options(locale),
            ui,
            results,
            cards,
        })
    }
}
