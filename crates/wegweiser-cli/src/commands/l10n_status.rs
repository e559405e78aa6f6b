//! `wegweiser l10n-status`: translation coverage per locale, or the missing texts of one.

use std::io::Write;
use std::process::ExitCode;

use wegweiser::{Directory, Locale};

use crate::context::{print_json, Global};
use crate::failure::Failure;
use crate::output::{table, Out};

#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    json: bool,
    /// List the missing texts of this locale.
    #[arg(long, value_name = "LOCALE", conflicts_with = "outdated")]
    missing: Option<String>,
    /// List the texts of this locale whose source changed after they were translated.
    #[arg(long, value_name = "LOCALE")]
    outdated: Option<String>,
}

pub fn run(args: &Args, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let directory = global.open()?;
    let locale = global.locale(&directory)?;
    let list = match (&args.missing, &args.outdated) {
        (Some(locale), _) => Some((locale.as_str(), wegweiser::TextStatus::Missing)),
        (None, Some(locale)) => Some((locale.as_str(), wegweiser::TextStatus::Outdated)),
        (None, None) => None,
    };
    status(out, &directory, &locale, args.json, list)?;
    Ok(ExitCode::SUCCESS)
}

fn status(
    out: &mut Out,
    directory: &Directory,
    locale: &Locale,
    json: bool,
    list: Option<(&str, wegweiser::TextStatus)>,
) -> Result<(), Failure> {
    let status = directory.l10n_status();
    if let Some((wanted, state)) = list {
        let wanted = wegweiser::parse_locale(wanted)?.to_string();
        let Some(one) = status.locales.iter().find(|l| l.locale == wanted) else {
            return Err(Failure(
                format!("the directory has no locale `{wanted}`"),
                2,
            ));
        };
        for text in one.texts.iter().filter(|t| t.status == state) {
            match &text.attribute {
                Some(attribute) => writeln!(out, "{}.{attribute}", text.message)?,
                None => writeln!(out, "{}", text.message)?,
            }
        }
        return Ok(());
    }
    if json {
        print_json(out, &status)?;
        return Ok(());
    }
    let label = |id: &str| directory.ui(locale, id, &[]).text;
    let header = vec![
        label("l10n-locale"),
        String::new(),
        label("l10n-translated"),
        label("l10n-machine"),
        label("l10n-outdated"),
        label("l10n-missing"),
        label("l10n-coverage"),
    ];
    let rows: Vec<Vec<String>> = status
        .locales
        .iter()
        .map(|l| {
            vec![
                l.locale.clone(),
                directory.language_name(&l.locale),
                l.translated.to_string(),
                l.machine_translated.to_string(),
                l.outdated.to_string(),
                l.missing.to_string(),
                format!("{:.1} %", l.coverage * 100.0),
            ]
        })
        .collect();
    table(out, &header, &rows, &[false, false, true, true, true, true])?;
    Ok(())
}
