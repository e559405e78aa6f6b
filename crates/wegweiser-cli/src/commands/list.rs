//! `wegweiser list`: entities of one kind, with filters, as a table or JSON.

use std::io::Write;
use std::process::ExitCode;

use clap::ValueEnum;
use wegweiser::{Directory, Filter, Kind, Locale, UiArg};

use crate::context::{print_json, FilterArgs, Global, PlaceTimeArgs};
use crate::failure::Failure;
use crate::output::{marked, table, Out};

#[derive(clap::Args)]
pub struct Args {
    #[arg(value_enum)]
    what: ListKind,
    #[command(flatten)]
    filter: FilterArgs,
    /// Services only: open then, nearest first (with a distance column).
    #[command(flatten)]
    place_time: PlaceTimeArgs,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ListKind {
    Services,
    Measures,
    Fields,
    Municipalities,
    Contacts,
    Organizations,
}

pub fn run(args: &Args, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let directory = global.open()?;
    let locale = global.locale(&directory)?;
    let filter = Filter {
        open_at: args.place_time.open_at(),
        near: args.place_time.near.clone(),
        within_km: args.place_time.within_km()?,
        ..args.filter.to_filter()
    };
    list(out, &directory, &locale, args.what, &filter, args.json)?;
    Ok(ExitCode::SUCCESS)
}

fn list(
    out: &mut Out,
    directory: &Directory,
    locale: &Locale,
    what: ListKind,
    filter: &Filter,
    json: bool,
) -> Result<(), Failure> {
    let name = |kind: Kind, id: &str| directory.name(locale, kind, id);
    let kind = match what {
        ListKind::Services => Kind::Service,
        ListKind::Measures => Kind::Measure,
        ListKind::Fields => Kind::Field,
        ListKind::Municipalities => Kind::Municipality,
        ListKind::Contacts => Kind::Contact,
        ListKind::Organizations => Kind::Organization,
    };
    if json {
        let items = directory.list_json(locale, kind, filter)?;
        print_json(out, &items)?;
        return Ok(());
    }
    let ids = directory.list(kind, filter)?;
    let from = filter
        .near
        .as_deref()
        .map(|near| directory.resolve_near(near))
        .transpose()?;
    let mut rows = Vec::new();
    for id in &ids {
        let title = name(kind, id);
        let mut row = vec![id.clone(), marked(&title, locale)];
        match what {
            ListKind::Services => {
                let service = directory.service(id)?;
                let places: Vec<String> = directory
                    .service_municipalities(service)
                    .iter()
                    .map(|m| name(Kind::Municipality, m).text)
                    .collect();
                row.push(places.join(", "));
                row.push(service.languages.join(" "));
                if let Some(from) = from {
                    let km = directory.distance_to(Kind::Service, id, from);
                    row.push(
                        km.map_or_else(String::new, |km| directory.format_distance(locale, km)),
                    );
                }
            }
            ListKind::Measures => {
                let measure = directory.measure(id)?;
                row.push(directory.format_status(locale, measure.status).text);
                row.push(name(Kind::Field, &measure.field).text);
            }
            ListKind::Fields => {
                let field = directory.field(id)?;
                let count = directory
                    .services(&Filter {
                        field: Some(field.id.clone()),
                        ..filter.clone()
                    })?
                    .len();
                row.insert(0, field.number.to_string());
                row.push(
                    directory
                        .ui(
                            locale,
                            "count-services",
                            &[("count", UiArg::Number(count as f64))],
                        )
                        .text,
                );
            }
            ListKind::Municipalities => {
                let municipality = directory.municipality(id)?;
                let other = if locale.primary().language.as_str() == "dsb" {
                    municipality.name_de.clone()
                } else {
                    municipality.name_dsb.clone().unwrap_or_default()
                };
                row.push(other);
                row.push(
                    directory
                        .format_municipality_kind(locale, municipality.kind)
                        .text,
                );
                row.push(
                    municipality
                        .amt
                        .as_deref()
                        .map(|a| name(Kind::Municipality, a).text)
                        .unwrap_or_default(),
                );
            }
            ListKind::Contacts => {
                let contact = directory.contact(id)?;
                row.push(contact.phones.first().cloned().unwrap_or_default());
                row.push(contact.email.clone().unwrap_or_default());
            }
            ListKind::Organizations => {
                let organization = directory.organization(id)?;
                row.push(
                    organization
                        .municipality
                        .as_deref()
                        .map(|m| name(Kind::Municipality, m).text)
                        .unwrap_or_default(),
                );
            }
        }
        rows.push(row);
    }
    let count_id = match what {
        ListKind::Services => Some("services-found"),
        ListKind::Measures => Some("count-measures"),
        _ => None,
    };
    let width = rows.first().map_or(0, Vec::len);
    let right = vec![false; width];
    table(out, &[], &rows, &right)?;
    if let Some(count_id) = count_id {
        writeln!(
            out,
            "\n{}",
            directory
                .ui(
                    locale,
                    count_id,
                    &[("count", UiArg::Number(ids.len() as f64))]
                )
                .text
        )?;
    }
    Ok(())
}
