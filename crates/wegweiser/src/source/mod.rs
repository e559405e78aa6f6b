//! The files of a directory, held in memory: read from a folder, compiled in, handed
//! over by a web page or a JSON document; and the one way files are written out.

mod embedded;
mod file;
mod files;
mod fingerprint;
mod read;
mod write;

#[cfg(feature = "sample")]
pub(crate) use embedded::sample_files;
pub(crate) use embedded::ui_files;
pub(crate) use file::{indexed_line_col, line_end, reset_line_index};
pub use file::{line_col, SourceFile};
pub use files::{SourceFiles, LOCK_FILE, LOCK_HEADER, STRUCTURE_FILE, STRUCTURE_JSON_FILE};
pub use fingerprint::fingerprint;
pub use read::{
    read_file_bytes, read_text_file, MAX_FILE_BYTES, MAX_FLUENT_FILES, MAX_TOTAL_BYTES,
};
pub(crate) use write::write_folder;
pub use write::{
    write_directory_file, write_export_file, write_lock_file, write_xliff_file, Overwrite,
    OUTPUT_MARKER,
};
