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
    /// Where `wegweiser index` saves search indexes, and every command looks for one for
    /// its data. Default: $XDG_CACHE_HOME/wegweiser, else ~/.cache/wegweiser.
    #[arg(long, global = true, env = "WEGWEISER_INDEX_CACHE")]
    pub index_cache: Option<PathBuf>,
    /// Build the search index, even when one is saved for this data.
    #[arg(long, global = true)]
    pub no_index_cache: bool,
}

impl Global {
    /// The directory of `--dir`, else the built-in sample, set to open a saved search
    /// index rather than build one (unless `--no-index-cache`).
    pub fn open(&self) -> Result<Directory, Failure> {
        let mut directory = self.open_uncached()?;
        if let Some(cache) = self.index_cache_folder().filter(|_| !self.no_index_cache) {
            directory.use_index_cache(cache);
        }
        Ok(directory)
    }

    /// The directory, which builds its search index itself.
    pub fn open_uncached(&self) -> Result<Directory, Failure> {
        Ok(match &self.dir {
            Some(dir) => Directory::load(dir)?,
            None => Directory::sample()?,
        })
    }

    /// `--index-cache`, else the user's cache folder.
    pub fn index_cache_folder(&self) -> Option<PathBuf> {
        if let Some(cache) = &self.index_cache {
            return Some(cache.clone());
        }
        let home = |var: &str| {
            std::env::var_os(var)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        home("XDG_CACHE_HOME")
            .or_else(|| home("HOME").map(|h| h.join(".cache")))
            .map(|cache| cache.join("wegweiser"))
    }

    /// Says on stderr when a saved index was there but could not be used.
    pub fn warn_about_index(&self, directory: &Directory) {
        if let Some(wegweiser::IndexOrigin::Rebuilt { reason }) = directory.index_origin() {
            eprintln!("wegweiser: warning: {reason}; searched with an index built anew");
        }
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

/// "Open now" and "near me", for `search` and `list services`.
#[derive(clap::Args)]
pub struct PlaceTimeArgs {
    /// Only services one can walk into now (appointment-only hours do not count).
    #[arg(long, conflicts_with = "open_at")]
    pub open_now: bool,
    /// Only services open then: local time of the directory (2026-12-24T10:00) or RFC 3339.
    #[arg(long)]
    pub open_at: Option<String>,
    /// Nearest first, from a municipality (German or Sorbian name: Grodk) or a point
    /// (51.57,14.37).
    #[arg(long)]
    pub near: Option<String>,
    /// With --near: only within this distance (10km, 800m; a plain number is km).
    #[arg(long, requires = "near")]
    pub within: Option<String>,
}

impl PlaceTimeArgs {
    /// The instant `--open-now` or `--open-at` asks for.
    pub fn open_at(&self) -> Option<String> {
        match (&self.open_at, self.open_now) {
            (Some(at), _) => Some(at.clone()),
            (None, true) => Some(jiff::Timestamp::now().to_string()),
            (None, false) => None,
        }
    }

    pub fn within_km(&self) -> Result<Option<f64>, wegweiser::Error> {
        self.within
            .as_deref()
            .map(|w| {
                wegweiser::geo::parse_radius_km(w).ok_or_else(|| {
                    wegweiser::Error::InvalidArgument(format!(
                        "--within `{w}` is not a distance: write 10km, 800m or 2.5"
                    ))
                })
            })
            .transpose()
    }
}

impl FilterArgs {
    pub fn to_filter(&self) -> Filter {
        Filter {
            municipality: self.municipality.clone(),
            field: self.field.clone(),
            offered_in: self.offered_in.clone(),
            include_internal: self.include_internal,
            ..Filter::default()
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
