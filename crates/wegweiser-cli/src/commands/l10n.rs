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
    }
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
