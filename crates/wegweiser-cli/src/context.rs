//! What every command shares: the directory it works on, the reader's locale, JSON output.

use std::io::Write;
use std::path::PathBuf;

use wegweiser::{Directory, Filter, Locale};

use crate::failure::Failure;

/// The options every command takes.
#[derive(clap::Args)]
pub struct Global {
    /// Directory folder (directory.toml + locales/). Default: the built-in Spree-Neiße sample.
    #[arg(long, global = true, env = "WEGWEISER_DIR")]
    pub dir: Option<PathBuf>,
    /// Language to show texts in (BCP 47: de, dsb, ar, uk, fa-AF …). Default: $LANG, else the
    /// directory's source locale.
    #[arg(long, global = true)]
    pub lang: Option<String>,
}

impl Global {
    /// The directory of `--dir`, else the built-in sample.
    pub fn open(&self) -> Result<Directory, Failure> {
        Ok(match &self.dir {
            Some(dir) => Directory::load(dir)?,
            None => Directory::sample()?,
        })
    }

    /// `--lang`, else `LANG` (when it names a language), else the source locale.
    pub fn locale(&self, directory: &Directory) -> Result<Locale, Failure> {
        if let Some(lang) = &self.lang {
            return Ok(directory.locale(&[lang.as_str()])?);
        }
        if let Ok(env) = std::env::var("LANG") {
            if let Ok(locale) = directory.locale(&[env.as_str()]) {
                return Ok(locale);
            }
        }
        Ok(directory.locale(&[directory.source_locale().to_string()])?)
    }
}

#[derive(clap::Args)]
pub struct FilterArgs {
    /// Municipality: id, German or Sorbian name (an Amt includes its members).
    #[arg(long)]
    pub municipality: Option<String>,
    /// Field of action id.
    #[arg(long)]
    pub field: Option<String>,
    /// Language the service is offered in (contacts: spoken).
    #[arg(long)]
    pub offered_in: Option<String>,
    /// Include internal contacts.
    #[arg(long)]
    pub include_internal: bool,
}

impl FilterArgs {
    pub fn to_filter(&self) -> Filter {
        Filter {
            municipality: self.municipality.clone(),
            field: self.field.clone(),
            offered_in: self.offered_in.clone(),
            include_internal: self.include_internal,
        }
    }
}

/// Pretty JSON on one stream, for every `--json` output.
pub fn print_json<T: serde::Serialize + ?Sized>(
    out: &mut impl Write,
    value: &T,
) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
    writeln!(out, "{text}")
}
