//! `wegweiser l10n stamp`: marks translations as reviewed against today's source texts,
//! in `locales/<locale>/l10n.lock`; `wegweiser l10n diff`: what changed in the source
//! since each outdated translation was made (see docs/translating.md).

use std::io::Write;
use std::process::ExitCode;

use wegweiser::{write_lock_file, Overwrite};

use crate::context::Global;
use crate::failure::Failure;
use crate::output::Out;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Mark translations as current: their source text is the one they were made from.
    Stamp(StampArgs),
    /// Print, for each outdated translation of a locale, the source text it was made
    /// from and today's, for the translator.
    Diff(DiffArgs),
    /// Write the texts a locale needs as XLIFF 2.0, for a translation agency.
    Export(ExportArgs),
    /// Read a translated XLIFF 2.0 file into the locale's Fluent files (checked first:
    /// on any error nothing is written).
    Import(ImportArgs),
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// The only format: XLIFF 2.0.
    #[arg(long, value_parser = ["xliff"], default_value = "xliff")]
    format: String,
    #[arg(long)]
    locale: String,
    /// Which texts: any of missing, outdated, machine-translated, translated.
    #[arg(long, value_delimiter = ',', default_value = "missing,outdated")]
    only: Vec<String>,
    /// The file to write (refused if it exists and wegweiser did not write it).
    #[arg(long)]
    out: std::path::PathBuf,
    #[arg(long)]
    force: bool,
}

#[derive(clap::Args)]
pub struct ImportArgs {
    /// The translated XLIFF 2.0 file.
    file: std::path::PathBuf,
}

#[derive(clap::Args)]
pub struct DiffArgs {
    #[arg(long)]
    locale: String,
}

#[derive(clap::Args)]
pub struct StampArgs {
    /// The locale whose translations were reviewed.
    #[arg(long, required_unless_present = "minor")]
    locale: Option<String>,
    /// The source edit needs no retranslation (a typo): move the stamps of IDS in every
    /// locale that had them (every outdated text without IDS).
    #[arg(long, conflicts_with = "locale")]
    minor: bool,
    /// Message ids (`service-mbe-forst`); without any, every translated text.
    ids: Vec<String>,
    /// Replace a lock file that wegweiser did not write.
    #[arg(long)]
    force: bool,
}

pub fn run(command: &Command, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    match command {
        Command::Stamp(args) => stamp(args, global, out),
        Command::Diff(args) => diff(args, global, out),
        Command::Export(args) => export(args, global, out),
        Command::Import(args) => import(args, global, out),
    }
}

fn export(args: &ExportArgs, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let directory = global.open()?;
    let mut only = Vec::new();
    for name in &args.only {
        only.push(match name.trim() {
            "missing" => wegweiser::TextStatus::Missing,
            "outdated" => wegweiser::TextStatus::Outdated,
            "machine-translated" => wegweiser::TextStatus::MachineTranslated,
            "translated" => wegweiser::TextStatus::Translated,
            other => {
                return Err(Failure(
                    format!(
                        "--only `{other}`: use missing, outdated, machine-translated or translated"
                    ),
                    2,
                ))
            }
        });
    }
    let xliff = directory.xliff_export(&args.locale, &only)?;
    let overwrite = if args.force {
        Overwrite::Force
    } else {
        Overwrite::OwnOutput
    };
    wegweiser::write_xliff_file(&args.out, xliff.as_bytes(), overwrite)?;
    let units = xliff.matches("<unit ").count();
    writeln!(
        out,
        "{}: {units} units for {}",
        args.out.display(),
        args.locale
    )?;
    Ok(ExitCode::SUCCESS)
}

fn import(args: &ImportArgs, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let Some(dir) = &global.dir else {
        return Err(Failure(
            "l10n import writes into a directory folder: give --dir DIR".into(),
            2,
        ));
    };
    let directory = global.open()?;
    let text = wegweiser::read_text_file(&args.file)?;
    let name = args.file.display().to_string();
    let import = directory.xliff_import(&name, &text)?;
    for problem in &import.problems {
        writeln!(out, "{problem}")?;
    }
    if import.problems.iter().any(wegweiser::Problem::is_error) {
        return Err(Failure(
            format!("{name}: not imported, no file changed: fix the problems above"),
            1,
        ));
    }
    for file in &import.files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| Failure(format!("{}: {e}", parent.display()), 1))?;
        }
        wegweiser::write_directory_file(&path, file.text.as_bytes())?;
    }
    writeln!(
        out,
        "{name}: {} units imported into {}",
        import.imported, import.locale
    )?;
    Ok(ExitCode::SUCCESS)
}

fn diff(args: &DiffArgs, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let directory = global.open()?;
    let wanted = wegweiser::parse_locale(&args.locale)?.to_string();
    let status = directory.l10n_status();
    let Some(locale) = status.locales.iter().find(|l| l.locale == wanted) else {
        return Err(Failure(
            format!("the directory has no locale `{wanted}`"),
            2,
        ));
    };
    let outdated = locale
        .texts
        .iter()
        .filter(|t| t.status == wegweiser::TextStatus::Outdated);
    let mut count = 0;
    for text in outdated {
        count += 1;
        let key = wegweiser::unit_key(&text.message, text.attribute.as_deref());
        writeln!(out, "{key}")?;
        let before = text.source_before.as_deref().unwrap_or("(not recorded)");
        writeln!(out, "  - {}", printable(before))?;
        writeln!(
            out,
            "  + {}",
            printable(text.source_now.as_deref().unwrap_or(""))
        )?;
    }
    writeln!(out, "{count} outdated in {wanted}; after updating them: wegweiser l10n stamp --locale {wanted} IDS")?;
    Ok(ExitCode::SUCCESS)
}

/// One line per text, and nothing a terminal would obey.
fn printable(text: &str) -> String {
    wegweiser::printable(&text.replace('\n', " / ")).into_owned()
}

fn stamp(args: &StampArgs, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let Some(dir) = &global.dir else {
        return Err(Failure(
            "l10n stamp writes into a directory folder: give --dir DIR".into(),
            2,
        ));
    };
    let directory = global.open()?;
    let locks = match &args.locale {
        Some(locale) if !args.minor => directory.stamp(locale, &args.ids)?,
        _ => directory.stamp_minor(&args.ids)?,
    };
    let overwrite = if args.force {
        Overwrite::Force
    } else {
        Overwrite::OwnOutput
    };
    for lock in &locks {
        write_lock_file(&dir.join(&lock.path), lock.text.as_bytes(), overwrite)?;
        let entries = lock.text.lines().filter(|l| l.starts_with('"')).count();
        let what = if lock.text.contains("[source-texts]") {
            "source texts recorded"
        } else {
            "texts stamped"
        };
        writeln!(out, "{}: {entries} {what}", lock.path)?;
    }
    if locks.is_empty() {
        writeln!(
            out,
            "nothing to stamp: no stamped translation of these texts is outdated"
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
