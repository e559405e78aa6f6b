//! The directory as Open Referral HSDS 3.0 and back ([`crate::hsds`] does the work).

use std::path::Path;

use super::export::ExportOptions;
use super::Directory;
use crate::error::{Error, Result};
use crate::hsds::{self, ExportSource, HsdsExportOptions, HsdsFiles, ImportOptions, ImportReport};
use crate::kind::Kind;
use crate::l10n::{parse_locale, ui_chain, ui_text, LocaleChain};
use crate::model::DirectoryData;

/// The public view of a directory, as the HSDS export reads it.
struct PublicView<'a> {
    directory: &'a Directory,
    data: DirectoryData,
}

impl ExportSource for PublicView<'_> {
    fn data(&self) -> &DirectoryData {
        &self.data
    }

    fn locales(&self) -> Vec<String> {
        self.directory
            .locales()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn text(
        &self,
        locale: &str,
        kind: Kind,
        id: &str,
        attribute: Option<&str>,
    ) -> Option<(String, bool)> {
        let chain = LocaleChain::only(parse_locale(locale).ok()?);
        let text = self
            .directory
            .texts
            .format(&chain, &kind.message_id(id), attribute, None)?;
        Some((text.text, text.machine_translated))
    }

    fn ui(&self, locale: &str, id: &str) -> String {
        let requested: Vec<_> = parse_locale(locale).into_iter().collect();
        ui_text(&ui_chain(&requested), id, &[]).text
    }

    fn language_name(&self, tag: &str) -> Option<String> {
        let name = self.directory.language_name(tag);
        (name != tag).then_some(name)
    }

    fn directory_text(&self, locale: &str, attribute: Option<&str>) -> Option<(String, bool)> {
        let chain = LocaleChain::only(parse_locale(locale).ok()?);
        let text = self
            .directory
            .texts
            .format(&chain, "directory", attribute, None)?;
        Some((text.text, text.machine_translated))
    }

    fn title(&self, locale: &str) -> Option<String> {
        let locale = self.directory.locale(&[locale]).ok()?;
        self.directory.directory_text(&locale, None).map(|t| t.text)
    }
}

impl Directory {
    /// The directory as HSDS 3.0, public view only (internal contacts are left out):
    /// `services.json`, a tabular data package and the translations extension
    /// (`docs/hsds.md`).
    pub fn to_hsds(&self, options: &HsdsExportOptions) -> Result<HsdsFiles> {
        if let Some(lang) = &options.lang {
            parse_locale(lang)?;
        }
        let view = PublicView {
            directory: self,
            data: self.to_document(ExportOptions::default()).data,
        };
        Ok(hsds::export(&view, options))
    }

    /// Reads an HSDS 3.0 JSON file or tabular folder into a directory, with the report of
    /// what had no place in it and of the records that were skipped. Fails when the input
    /// cannot be read, when none of it could be imported ([`Error::Invalid`] with the
    /// problems), or when the result does not validate.
    pub fn from_hsds(path: &Path, options: &ImportOptions) -> Result<(Directory, ImportReport)> {
        let imported = hsds::import_path(path, options)?;
        let report = imported.report;
        // Records with errors are skipped, but an input of which nothing could be read
        // (a JSON syntax error) is an error as a whole.
        if report.imported.is_empty() && report.problems.iter().any(|p| p.is_error()) {
            return Err(Error::Invalid {
                problems: report.problems,
            });
        }
        let directory = Directory::from_sources(imported.files)?;
        Ok((directory, report))
    }
}
