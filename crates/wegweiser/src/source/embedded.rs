//! Files compiled into the crate by `build.rs`: the library's UI strings and, with the
//! `sample` feature, the Spree-Neiße sample directory.

use super::files::SourceFiles;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

fn from_embedded(files: &[(&str, &str)]) -> SourceFiles {
    let files = files
        .iter()
        .map(|(path, text)| ((*path).to_owned(), (*text).to_owned()))
        .collect();
    // build.rs embeds only directory.toml and locales/<locale>/*.ftl (tests load both sets).
    SourceFiles::from_map(files).unwrap_or_default()
}

/// The library's own UI strings (`locales/<locale>/ui.ftl` of the workspace).
pub(crate) fn ui_files() -> SourceFiles {
    from_embedded(generated::UI_FILES)
}

/// The Spree-Neiße sample directory.
#[cfg(feature = "sample")]
pub(crate) fn sample_files() -> SourceFiles {
    from_embedded(generated::SAMPLE_FILES)
}
