//! Reading the structure of a directory (everything but its texts) from `directory.toml`
//! or `directory.json`. One outline ([`driver`]) serves both formats: each implements
//! its `Format` trait; the [`locator`] turns any path into the document into a line and
//! column, for the readers and for validation.

mod driver;
mod json_reader;
mod json_scan;
mod locator;
mod path;
#[cfg(feature = "toml-input")]
mod toml_reader;
#[cfg(feature = "toml-input")]
mod toml_syntax;

pub(crate) use driver::StructureRead;
pub use json_reader::JSON_FORMAT;
#[cfg(feature = "hsds")]
pub(crate) use json_scan::{error_offset, locate, trailing_comma};
pub(crate) use locator::Locator;
pub(crate) use path::Seg;

use crate::source::SourceFile;

/// What a structure file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// A folder's `directory.toml` or `directory.json`: the structure only.
    Structure,
    /// The whole JSON document of `Directory::to_json`: also `format` and `texts`.
    Document,
}

/// Reads `directory.json` or, with the `toml-input` feature, `directory.toml`.
pub(crate) fn read_structure(file: &SourceFile, form: Form) -> StructureRead<'_> {
    if form == Form::Document || file.path.ends_with(".json") {
        return json_reader::read(file, form == Form::Document);
    }
    read_toml(file)
}

#[cfg(feature = "toml-input")]
fn read_toml(file: &SourceFile) -> StructureRead<'_> {
    toml_reader::read(file)
}

#[cfg(not(feature = "toml-input"))]
fn read_toml(file: &SourceFile) -> StructureRead<'_> {
    use crate::problem::{ProblemCode, Severity};
    let locator = Locator::json(file);
    let problem = locator.problem(
        0..0,
        Severity::Error,
        ProblemCode::File,
        format!(
            "this build of wegweiser reads directory.json only, not {} (the `toml-input` feature is off): write it with `wegweiser export --format web`",
            file.path
        ),
    );
    StructureRead {
        data: crate::model::DirectoryData::default(),
        locator,
        problems: vec![problem],
        has_metadata: false,
        complete: false,
    }
}
