//! `wegweiser show`: one entity with its texts, references and details.

use std::io::{self, Write};
use std::process::ExitCode;

use wegweiser::{Directory, Kind, Locale, UiArg};

use crate::context::{print_json, Global};
use crate::failure::Failure;
use crate::output::{marked, Out};

#[derive(clap::Args)]
pub struct Args {
    /// ID, or KIND:ID when an id is used by several kinds.
    id: String,
    /// The moment for "open now" and the coming week: local time of the directory
    /// (2026-12-24T10:00) or RFC 3339. Default: now.
    #[arg(long)]
    at: Option<String>,
    #[arg(long)]
    json: bool,
}

pub fn run(args: &Args, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let directory = global.open()?;
    let locale = global.locale(&directory)?;
    let (kind, index) = directory.find(&args.id)?;
    if args.json {
        let value = directory.entity_json(&locale, kind, index);
        print_json(out, &value)?;
    } else {
        show(out, &directory, &locale, kind, index)?;
        if matches!(kind, Kind::Service | Kind::Contact) {
            let at = match &args.at {
                Some(at) => directory.parse_instant(at)?,
                None => jiff::Timestamp::now(),
            };
            let id = format!("{}:{}", kind.as_str(), entity_id(&directory, kind, index));
            week(out, &directory, &locale, &id, at)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The state now and the coming seven days.
fn week(
    out: &mut impl Write,
    directory: &Directory,
    locale: &Locale,
    id: &str,
    at: jiff::Timestamp,
) -> Result<(), Failure> {
    let now = directory.hours_now(locale, id, at)?;
    writeln!(out, "\n{}", now.text)?;
    let today = directory.local_date(at)?;
    writeln!(out, "{}:", directory.ui(locale, "hours-week", &[]).text)?;
    for day in directory.hours_week(locale, id, today)? {
        writeln!(out, "  {}: {}", day.label, day.hours)?;
    }
    Ok(())
}

/// The human-readable view of one entity.
fn show(
    out: &mut impl Write,
    directory: &Directory,
    locale: &Locale,
    kind: Kind,
    index: usize,
) -> io::Result<()> {
    let label = |id: &str| directory.ui(locale, id, &[]).text;
    let data = directory.data();
    let id = wegweiser::references(data, kind, index); // references of this entity
    let entity_id = entity_id(directory, kind, index);
    let texts = directory.texts(locale, kind, &entity_id);
    let title = texts
        .get("name")
        .map(|t| marked(t, locale))
        .unwrap_or_else(|| entity_id.clone());
    writeln!(out, "{title}")?;
    writeln!(out, "{} · {}", label(&kind.label_id()), entity_id)?;
    writeln!(out)?;
    let line = |out: &mut dyn Write, key: &str, value: String| -> io::Result<()> {
        if value.is_empty() {
            return Ok(());
        }
        writeln!(out, "{}: {value}", label(key))
    };
    let text = |attribute: &str| {
        texts
            .get(attribute)
            .map(|t| marked(t, locale))
            .unwrap_or_default()
    };
    if let Some(description) = texts.get("description") {
        writeln!(out, "{}\n", marked(description, locale))?;
    }
    let names = |key: &str| -> String {
        id.iter()
            .filter(|r| r.key == key)
            .map(|r| directory.name(locale, r.target, r.id).text)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let languages = |tags: &[String]| {
        tags.iter()
            .map(|t| directory.language_name(t))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match kind {
        Kind::Service => {
            let service = &data.services[index];
            line(out, "label-provider", names("provider"))?;
            line(out, "label-fields", names("fields"))?;
            line(out, "label-target-groups", names("target_groups"))?;
            line(out, "label-languages", languages(&service.languages))?;
            line(out, "label-eligibility", text("eligibility"))?;
            if let Some(cost) = service.cost {
                let value = label(if cost.free { "cost-free" } else { "cost-paid" });
                let note = text("cost-note");
                line(
                    out,
                    "label-cost",
                    if note.is_empty() {
                        value
                    } else {
                        format!("{value} – {note}")
                    },
                )?;
            }
            if let Some(appointment) = service.appointment {
                let value = directory.format_appointment(locale, appointment).text;
                let note = text("appointment-note");
                line(
                    out,
                    "label-appointment",
                    if note.is_empty() {
                        value
                    } else {
                        format!("{value} – {note}")
                    },
                )?;
            }
            for hours in &service.opening_hours {
                line(
                    out,
                    "label-opening-hours",
                    directory.format_hours(locale, hours),
                )?;
            }
            line(out, "label-opening-hours", text("hours-note"))?;
            for location in &service.locations {
                if let Ok(location) = directory.location(location) {
                    line(out, "label-address", address(directory, locale, location))?;
                }
            }
            let step_free = directory.format_step_free(locale, service.step_free).text;
            let note = text("accessibility-note");
            line(
                out,
                "label-accessibility",
                if note.is_empty() {
                    step_free
                } else {
                    format!("{step_free} – {note}")
                },
            )?;
            line(
                out,
                "label-website",
                service.website.clone().unwrap_or_default(),
            )?;
            for contact in &service.contacts {
                if let Ok(contact) = directory.contact(contact) {
                    let role = directory.name(locale, Kind::Contact, &contact.id).text;
                    let reach: Vec<String> = contact
                        .phones
                        .iter()
                        .cloned()
                        .chain(contact.email.clone())
                        .collect();
                    line(
                        out,
                        "label-contacts",
                        format!("{role} ({})", reach.join(", ")),
                    )?;
                }
            }
            line(out, "label-keywords", text("keywords"))?;
            line(
                out,
                "label-last-reviewed",
                service
                    .last_reviewed
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            )?;
        }
        Kind::Measure => {
            let measure = &data.measures[index];
            line(out, "label-fields", names("field"))?;
            line(
                out,
                "label-status",
                directory.format_status(locale, measure.status).text,
            )?;
            if let Some(frame) = &measure.time_frame {
                line(
                    out,
                    "label-time-frame",
                    directory.format_time_frame(locale, frame),
                )?;
            }
            line(out, "label-time-frame", text("time-frame-note"))?;
            line(out, "label-goals", names("goals"))?;
            line(out, "label-recommendations", names("recommendations"))?;
            line(out, "label-responsible", {
                let mut all = vec![
                    names("responsible_contacts"),
                    names("responsible_organizations"),
                ];
                all.retain(|s| !s.is_empty());
                all.join("; ")
            })?;
            line(out, "label-partners", names("partners"))?;
            line(out, "label-services", names("services"))?;
        }
        Kind::Field => {
            let field = &data.fields[index];
            let goals: Vec<String> = data
                .goals
                .iter()
                .filter(|g| g.field == field.id)
                .map(|g| directory.name(locale, Kind::Goal, &g.id).text)
                .collect();
            let recommendations: Vec<String> = data
                .recommendations
                .iter()
                .filter(|r| r.field == field.id)
                .map(|r| directory.name(locale, Kind::Recommendation, &r.id).text)
                .collect();
            let measures: Vec<String> = data
                .measures
                .iter()
                .filter(|m| m.field == field.id)
                .map(|m| directory.name(locale, Kind::Measure, &m.id).text)
                .collect();
            for (key, items) in [
                ("label-goals", goals),
                ("label-recommendations", recommendations),
                ("label-measures", measures),
            ] {
                if !items.is_empty() {
                    writeln!(out, "{}:", label(key))?;
                    for item in items {
                        writeln!(out, "  • {item}")?;
                    }
                }
            }
            let count = data
                .services
                .iter()
                .filter(|s| s.fields.contains(&field.id))
                .count();
            writeln!(
                out,
                "{}",
                directory
                    .ui(
                        locale,
                        "count-services",
                        &[("count", UiArg::Number(count as f64))]
                    )
                    .text
            )?;
        }
        Kind::Contact => {
            let contact = &data.contacts[index];
            line(out, "label-organization", names("organization"))?;
            line(out, "label-phone", contact.phones.join(", "))?;
            line(
                out,
                "label-email",
                contact.email.clone().unwrap_or_default(),
            )?;
            line(
                out,
                "label-website",
                contact.website.clone().unwrap_or_default(),
            )?;
            line(out, "label-languages-spoken", languages(&contact.languages))?;
            for hours in &contact.office_hours {
                line(
                    out,
                    "label-office-hours",
                    directory.format_hours(locale, hours),
                )?;
            }
            line(out, "label-office-hours", text("office-hours-note"))?;
            if let Some(location) = contact
                .location
                .as_ref()
                .and_then(|l| directory.location(l).ok())
            {
                line(out, "label-address", address(directory, locale, location))?;
            }
            writeln!(out, "{}", text("note"))?;
        }
        Kind::Municipality => {
            let municipality = &data.municipalities[index];
            line(out, "label-name", municipality.name_de.clone())?;
            line(
                out,
                "label-sorbian-name",
                municipality.name_dsb.clone().unwrap_or_default(),
            )?;
            line(
                out,
                "label-municipality",
                directory
                    .format_municipality_kind(locale, municipality.kind)
                    .text,
            )?;
            line(out, "label-amt", names("amt"))?;
        }
        Kind::Organization => {
            let organization = &data.organizations[index];
            line(out, "label-municipality", names("municipality"))?;
            line(
                out,
                "label-website",
                organization.website.clone().unwrap_or_default(),
            )?;
        }
        Kind::Location => {
            let location = &data.locations[index];
            line(out, "label-address", address(directory, locale, location))?;
            line(
                out,
                "label-accessibility",
                directory.format_step_free(locale, location.step_free).text,
            )?;
            writeln!(out, "{}", text("directions"))?;
        }
        Kind::Goal | Kind::Recommendation => line(out, "label-fields", names("field"))?,
        Kind::Principle | Kind::TargetGroup => {}
    }
    Ok(())
}

fn entity_id(directory: &Directory, kind: Kind, index: usize) -> String {
    wegweiser::ids(directory.data(), kind)
        .get(index)
        .map(|id| (*id).to_owned())
        .unwrap_or_default()
}

fn address(directory: &Directory, locale: &Locale, location: &wegweiser::Location) -> String {
    let town = match (&location.municipality, &location.locality) {
        (Some(m), _) => directory.name(locale, Kind::Municipality, m).text,
        (None, Some(l)) => l.clone(),
        (None, None) => String::new(),
    };
    let place = directory
        .text(locale, Kind::Location, &location.id, None)
        .map(|t| format!("{}, ", t.text))
        .unwrap_or_default();
    format!(
        "{place}{}, {} {town}",
        location.street, location.postal_code
    )
}
