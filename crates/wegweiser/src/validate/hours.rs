//! Opening hours, closures and the time settings of `[directory]`: every period has a
//! day and ends after it starts, closures are well formed, the time zone and holiday
//! calendar are ones the library knows.

use super::checker::Checker;
use crate::hours::HolidayCalendar;
use crate::kind::{is_valid_id, Kind};
use crate::model::{OpeningHours, Service};
use crate::problem::{ProblemCode, Severity};
use crate::structure::Seg;

impl Checker<'_, '_> {
    pub(super) fn check_hours(
        &mut self,
        base: &[Seg<'_>],
        key: &'static str,
        hours: &[OpeningHours],
    ) {
        for (i, spec) in hours.iter().enumerate() {
            let mut path = base.to_vec();
            path.extend([Seg::Key(key), Seg::Index(i)]);
            if spec.days.is_empty() {
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::InvalidValue,
                    "opening hours need at least one day".into(),
                );
            }
            if spec.opens >= spec.closes {
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::Inconsistent,
                    format!(
                        "opens at {} but closes at {}: closing must come after opening",
                        spec.opens, spec.closes
                    ),
                );
            }
            if let (Some(from), Some(through)) = (spec.valid_from, spec.valid_through) {
                if through < from {
                    self.report(
                        &path,
                        Severity::Error,
                        ProblemCode::Inconsistent,
                        format!("valid_through {through} is before valid_from {from}"),
                    );
                }
            }
        }
    }

    pub(super) fn check_closures(&mut self, base: &[Seg<'_>], service: &Service) {
        for (i, closure) in service.closures.iter().enumerate() {
            let mut path = base.to_vec();
            path.extend([Seg::Key("closures"), Seg::Index(i)]);
            if !is_valid_id(&closure.id) {
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::InvalidId,
                    format!("closure id `{}` must be lowercase letters, digits and hyphens (like \"summer-2026\")", closure.id),
                );
            } else if service.closures[..i].iter().any(|c| c.id == closure.id) {
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::DuplicateId,
                    format!(
                        "closure `{}` of service `{}` is listed twice: give each its own id",
                        closure.id, service.id
                    ),
                );
            }
            if let Some(through) = closure.through.filter(|t| *t < closure.from) {
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::Inconsistent,
                    format!(
                        "closure `{}` ends ({through}) before it starts ({})",
                        closure.id, closure.from
                    ),
                );
            }
        }
        if service.by_arrangement && !service.opening_hours.is_empty() {
            let mut path = base.to_vec();
            path.push(Seg::Key("by_arrangement"));
            self.report(
                &path,
                Severity::Warning,
                ProblemCode::Inconsistent,
                format!("service `{}` has opening hours and is by arrangement: remove one (the hours win)", service.id),
            );
        }
    }

    pub(super) fn check_time_settings(&mut self) {
        let meta = &self.data.directory;
        if let Err(e) = crate::hours::time_zone(&meta.time_zone) {
            self.report(
                &[Seg::Key("directory"), Seg::Key("time_zone")],
                Severity::Error,
                ProblemCode::InvalidValue,
                e.to_string(),
            );
        }
        if let Some(Err(e)) = meta.holidays.as_deref().map(HolidayCalendar::from_code) {
            self.report(
                &[Seg::Key("directory"), Seg::Key("holidays")],
                Severity::Error,
                ProblemCode::InvalidValue,
                e.to_string(),
            );
        }
        for (index, municipality) in self.data.municipalities.iter().enumerate() {
            let Some(c) = municipality.coordinates else {
                continue;
            };
            if crate::geo::valid(c).is_none() {
                let mut path = self.entity_path(Kind::Municipality, index);
                path.push(Seg::Key("coordinates"));
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::InvalidValue,
                    format!(
                        "coordinates of `{}` are out of range (lat -90..90, lon -180..180)",
                        municipality.id
                    ),
                );
            }
        }
    }
}
