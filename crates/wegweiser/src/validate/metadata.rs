//! Checks of `[directory]`: locales, country code, id.

use super::checker::{id_message, Checker};
use crate::kind::is_valid_id;
use crate::l10n::parse_locale;
use crate::problem::{ProblemCode, Severity};
use crate::structure::Seg;

impl Checker<'_, '_> {
    pub(super) fn check_metadata(&mut self) {
        let meta = &self.data.directory;
        let path = |key: &'static str| [Seg::Key("directory"), Seg::Key(key)];
        for (i, tag) in meta.locales.iter().enumerate() {
            if meta.locales[..i].contains(tag) {
                self.report(
                    &[Seg::Key("directory"), Seg::Key("locales"), Seg::Index(i)],
                    Severity::Error,
                    ProblemCode::LocaleMismatch,
                    format!("locale `{tag}` is listed twice: remove this one"),
                );
                continue;
            }
            if parse_locale(tag).ok().map(|l| l.to_string()).as_ref() != Some(tag) {
                self.report(
                    &[Seg::Key("directory"), Seg::Key("locales"), Seg::Index(i)],
                    Severity::Error,
                    ProblemCode::InvalidLocale,
                    format!("`{tag}` is not a language tag in canonical form (like `de`, `dsb`, `fa-AF`)"),
                );
            }
        }
        if !meta.locales.contains(&meta.source_locale) {
            self.report(
                &path("locales"),
                Severity::Error,
                ProblemCode::LocaleMismatch,
                format!(
                    "`locales` must include the source locale `{}`",
                    meta.source_locale
                ),
            );
        }
        if meta.country_code.is_empty()
            || meta.country_code.len() > 3
            || !meta.country_code.bytes().all(|b| b.is_ascii_digit())
            || meta.country_code.starts_with('0')
        {
            self.report(
                &path("country_code"),
                Severity::Error,
                ProblemCode::InvalidValue,
                format!(
                    "country_code `{}` must be a calling code without + (like \"49\")",
                    meta.country_code
                ),
            );
        }
        if !is_valid_id(&meta.id) {
            self.report(
                &path("id"),
                Severity::Error,
                ProblemCode::InvalidId,
                id_message(&meta.id),
            );
        }
    }
}
