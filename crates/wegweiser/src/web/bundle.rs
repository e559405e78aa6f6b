//! A web bundle: the files a page downloads, and the manifest that tells which files each
//! reader's locales need.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::l10n::{parse_locale, Direction, LocaleChain};
use crate::source::{write_folder, Overwrite, SourceFile};

/// The format name written into every web bundle manifest.
pub const WEB_FORMAT: &str = "wegweiser-web/1";
/// The manifest's file name inside a web bundle.
pub const MANIFEST_FILE: &str = "wegweiser.json";

/// `wegweiser.json`: what a web bundle holds and which files each locale needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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
    /// A fingerprint of every file of the bundle and of the library version: it changes
    /// exactly when a page must download the bundle again (an offline copy is keyed by
    /// it). Empty in bundles written before it existed.
    #[serde(default)]
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BundleFile {
    pub path: String,
    pub bytes: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BundleLocale {
    pub tag: String,
    /// The language's name in itself ("العربية"), for a language switcher.
    pub name: String,
    pub direction: Direction,
    /// Share of the source locale's texts this locale has (0.0 to 1.0).
    pub coverage: f64,
    pub machine_translated: bool,
    pub file: BundleFile,
    /// `locales/<tag>/l10n.lock`: which source text each translation was made from, so
    /// that the page can mark outdated translations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock: Option<BundleFile>,
    /// `first/<tag>.json`: the `FirstView` a page shows before the WebAssembly is ready.
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
    /// Writes the bundle as the folder `dir`: the files and `wegweiser.json`. A folder
    /// wegweiser did not write is refused unless `overwrite` is [`Overwrite::Force`].
    pub fn write_to(&self, dir: &std::path::Path, overwrite: Overwrite) -> Result<()> {
        let manifest = serde_json::to_string_pretty(&self.manifest)? + "\n";
        write_folder(
            dir,
            self.files
                .iter()
                .map(|file| (file.path.as_str(), file.text.as_bytes()))
                .chain([(MANIFEST_FILE, manifest.as_bytes())]),
            overwrite,
        )
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

    /// The files to download for these locales: the structure, then each locale's
    /// Fluent file and its lock file, if it has one.
    pub fn files_for<S: AsRef<str>>(&self, locales: &[S]) -> Vec<String> {
        std::iter::once(self.structure.path.clone())
            .chain(
                self.locales
                    .iter()
                    .filter(|l| locales.iter().any(|wanted| wanted.as_ref() == l.tag))
                    .flat_map(|l| std::iter::once(&l.file).chain(&l.lock))
                    .map(|file| file.path.clone()),
            )
            .collect()
    }
}
