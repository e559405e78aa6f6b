//! When a service or a contact's office is open, in the directory's time zone and with
//! its public holidays, and how that reads in the reader's language.

use jiff::civil::Date as CivilDate;
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use rustc_hash::FxHashSet;

use super::locale::Locale;
use super::Directory;
use crate::error::{Error, Result};
use crate::hours::{
    days_between, weekday_of, Change, ClosedReason, DayPlan, Holiday, HolidayCalendar, OpenState,
    Period, Schedule,
};
use crate::kind::{Kind, CLOSURE_NOTE};
use crate::l10n::{LocalizedText, UiArg};
use crate::model::{Appointment, OnHolidays, Service};
use crate::web::{HoursDay, HoursNow};

impl Directory {
    /// The time zone of the directory's opening hours (`directory.time_zone`).
    pub fn time_zone(&self) -> Result<TimeZone> {
        crate::hours::time_zone(&self.data.directory.time_zone)
    }

    /// The day `instant` falls on in the directory's time zone ("today" for a clock).
    pub fn local_date(&self, instant: Timestamp) -> Result<CivilDate> {
        Ok(instant.to_zoned(self.time_zone()?).date())
    }

    /// Whose public holidays apply (`directory.holidays`), if the directory says.
    pub fn holiday_calendar(&self) -> Result<Option<HolidayCalendar>> {
        self.data
            .directory
            .holidays
            .as_deref()
            .map(HolidayCalendar::from_code)
            .transpose()
    }

    /// The timetable of a service, or of a contact's office hours (closed on holidays).
    /// `kind:id` picks the kind; a bare id is looked up among services, then contacts.
    pub fn schedule(&self, id: &str) -> Result<Schedule<'_>> {
        let (zone, calendar) = (self.time_zone()?, self.holiday_calendar()?);
        let contact = match id.split_once(':') {
            Some(("contact", id)) => Some(self.contact(id)?),
            Some(("service", id)) => return self.service_schedule(id, zone, calendar),
            _ => match self.service(id) {
                Ok(_) => None,
                Err(e) => Some(self.contact(id).map_err(|_| e)?),
            },
        };
        match contact {
            Some(contact) => Ok(Schedule {
                hours: &contact.office_hours,
                closures: &[],
                on_holidays: OnHolidays::Closed,
                by_arrangement: false,
                appointment_required: false,
                calendar,
                zone,
            }),
            None => self.service_schedule(id, zone, calendar),
        }
    }

    pub(super) fn service_schedule(
        &self,
        id: &str,
        zone: TimeZone,
        calendar: Option<HolidayCalendar>,
    ) -> Result<Schedule<'_>> {
        Ok(service_schedule(self.service(id)?, zone, calendar))
    }

    /// The ids of every service one can walk into at `instant`.
    pub fn services_open_at(&self, instant: Timestamp) -> Result<FxHashSet<&str>> {
        let (zone, calendar) = (self.time_zone()?, self.holiday_calendar()?);
        let mut open = FxHashSet::default();
        for service in &self.data.services {
            if service_schedule(service, zone.clone(), calendar).is_open(instant) {
                open.insert(service.id.as_str());
            }
        }
        Ok(open)
    }

    /// Whether anyone can come without an appointment at `instant`.
    pub fn is_open(&self, id: &str, instant: Timestamp) -> Result<bool> {
        Ok(self.schedule(id)?.is_open(instant))
    }

    /// When the state next changes after `instant` (opens at, closes at).
    pub fn next_change(&self, id: &str, instant: Timestamp) -> Result<Option<Change>> {
        Ok(self.schedule(id)?.next_change(instant))
    }

    /// The seven days from `from`, with periods, holidays and closures.
    pub fn week(&self, id: &str, from: CivilDate) -> Result<Vec<DayPlan>> {
        Ok(self.schedule(id)?.days(from, 7))
    }

    /// Reads an instant: RFC 3339 with an offset (`2026-12-24T10:00:00+01:00`, `…Z`), or a
    /// local date and time of the directory (`2026-12-24T10:00`, `2026-12-24 10:00`).
    pub fn parse_instant(&self, text: &str) -> Result<Timestamp> {
        let text = text.trim();
        if let Ok(instant) = text.parse::<Timestamp>() {
            return Ok(instant);
        }
        let local: jiff::civil::DateTime = text.parse().map_err(|_| {
            Error::InvalidArgument(format!(
                "`{text}` is not a time: write it as 2026-12-24T10:00 (local time of the directory) or 2026-12-24T10:00:00Z"
            ))
        })?;
        self.time_zone()?
            .to_ambiguous_zoned(local)
            .compatible()
            .map(|z| z.timestamp())
            .map_err(|_| {
                Error::InvalidArgument(format!(
                    "`{text}` is not a time in {}",
                    self.data.directory.time_zone
                ))
            })
    }

    /// The state at `instant` in the reader's language.
    pub fn hours_now(&self, locale: &Locale, id: &str, instant: Timestamp) -> Result<HoursNow> {
        let schedule = self.schedule(id)?;
        let now = instant.to_zoned(schedule.zone.clone());
        let rfc3339 = rfc3339;
        let (state, head, until, next, reason) = match schedule.state_at(instant) {
            OpenState::Open { until } => {
                let time = self.clock(locale, &until, &now);
                let head = self.ui(locale, "hours-open-until", &[("time", UiArg::Text(&time))]);
                ("open", head, Some(rfc3339(&until)), None, None)
            }
            OpenState::ByAppointment { until: Some(until) } => {
                let time = self.clock(locale, &until, &now);
                let args = [("time", UiArg::Text(&time))];
                let head = self.ui(locale, "hours-appointment-until", &args);
                ("by-appointment", head, Some(rfc3339(&until)), None, None)
            }
            OpenState::ByAppointment { until: None } => {
                let head = self.ui(locale, "hours-by-appointment", &[]);
                ("by-appointment", head, None, None, None)
            }
            OpenState::ByArrangement => {
                let head = self.ui(locale, "hours-by-arrangement", &[]);
                ("by-arrangement", head, None, None, None)
            }
            OpenState::Unknown => (
                "unknown",
                self.ui(locale, "hours-unknown", &[]),
                None,
                None,
                None,
            ),
            OpenState::Closed { reason, next } => {
                let head = match &reason {
                    Some(ClosedReason::Holiday(holiday)) => {
                        let name = self.holiday_name(locale, *holiday).text;
                        self.ui(
                            locale,
                            "hours-closed-holiday",
                            &[("holiday", UiArg::Text(&name))],
                        )
                    }
                    Some(ClosedReason::Closure(closure)) => self.closure_text(locale, id, closure),
                    None => self.ui(locale, "hours-closed", &[]),
                };
                let mut head = head;
                if let Some(next) = &next {
                    let opening = self.opening_text(locale, next, &now);
                    head.text = format!("{} · {}", head.text, opening);
                }
                let reason = reason.map(|r| match r {
                    ClosedReason::Holiday(h) => h.code().to_owned(),
                    ClosedReason::Closure(c) => format!("closure:{c}"),
                });
                let next = next.map(|p| rfc3339(&p.opens));
                ("closed", head, None, next, reason)
            }
        };
        Ok(HoursNow {
            state,
            text: head.text,
            locale: head.locale,
            until,
            next_opening: next,
            reason,
        })
    }

    /// The seven days from `from` in the reader's language.
    pub fn hours_week(&self, locale: &Locale, id: &str, from: CivilDate) -> Result<Vec<HoursDay>> {
        let schedule = self.schedule(id)?;
        let days = schedule.days(from, 7);
        let separator = self.ui(locale, "hours-list-separator", &[]).text;
        Ok(days
            .into_iter()
            .map(|day| {
                let weekday = weekday_of(day.date);
                let name = self
                    .ui(locale, &format!("weekday-{}", weekday.as_str()), &[])
                    .text;
                let label = format!("{name}{separator}{}", self.calendar_date(locale, day.date));
                let hours = if !day.periods.is_empty() {
                    day.periods
                        .iter()
                        .map(|p| self.period_text(locale, p))
                        .collect::<Vec<_>>()
                        .join(&separator)
                } else if let Some(closure) = &day.closure {
                    self.closure_text(locale, id, closure).text
                } else if let (Some(holiday), OnHolidays::Closed) =
                    (day.holiday, schedule.on_holidays)
                {
                    let name = self.holiday_name(locale, holiday).text;
                    self.ui(
                        locale,
                        "hours-day-holiday",
                        &[("holiday", UiArg::Text(&name))],
                    )
                    .text
                } else if !schedule.has_hours() {
                    let message = match (schedule.by_arrangement, schedule.appointment_required) {
                        (true, _) => "hours-by-arrangement",
                        (false, true) => "hours-by-appointment",
                        _ => "hours-unknown",
                    };
                    self.ui(locale, message, &[]).text
                } else {
                    self.ui(locale, "hours-day-closed", &[]).text
                };
                HoursDay {
                    date: crate::model::Date::from_civil(day.date).to_string(),
                    label,
                    hours,
                    holiday: day.holiday.map(|h| h.code().to_owned()),
                    closure: day.closure.clone(),
                    open: !day.periods.is_empty(),
                }
            })
            .collect())
    }

    /// A holiday's name in the reader's language.
    pub fn holiday_name(&self, locale: &Locale, holiday: Holiday) -> LocalizedText {
        self.ui(locale, &format!("holiday-{}", holiday.code()), &[])
    }

    /// A closure's reason (`.closure-<id>` of the service), or "temporarily closed".
    fn closure_text(&self, locale: &Locale, id: &str, closure: &str) -> LocalizedText {
        let id = id.strip_prefix("service:").unwrap_or(id);
        let attribute = format!("{CLOSURE_NOTE}{closure}");
        match self.text(locale, Kind::Service, id, Some(&attribute)) {
            Some(note) => {
                let mut text = self.ui(
                    locale,
                    "hours-closed-closure",
                    &[("note", UiArg::Text(&note.text))],
                );
                text.locale = note.locale;
                text
            }
            None => self.ui(locale, "hours-closed-temporarily", &[]),
        }
    }

    /// "öffnet heute um 13:00 Uhr", "… morgen …", "… Montag …", "… am 07.01.2027 …".
    fn opening_text(&self, locale: &Locale, next: &Period, now: &Zoned) -> String {
        let time = self.clock(locale, &next.opens, now);
        let days_ahead = days_between(now.date(), next.opens.date(), 7);
        let weekday = weekday_of(next.opens.date());
        let day = self
            .ui(locale, &format!("weekday-{}", weekday.as_str()), &[])
            .text;
        let date = self.calendar_date(locale, next.opens.date());
        let args = [
            ("time", UiArg::Text(&time)),
            ("day", UiArg::Text(&day)),
            ("weekday", UiArg::Text(weekday.as_str())),
            ("date", UiArg::Text(&date)),
        ];
        let message = match days_ahead {
            0 => "hours-opens-today",
            1 => "hours-opens-tomorrow",
            2..=6 => "hours-opens-weekday",
            _ => "hours-opens-date",
        };
        let text = self.ui(locale, message, &args).text;
        if next.appointment_only {
            self.ui(
                locale,
                "hours-day-appointment",
                &[("range", UiArg::Text(&text))],
            )
            .text
        } else {
            text
        }
    }

    /// "09:00–12:00 Uhr", marked when only with an appointment.
    fn period_text(&self, locale: &Locale, period: &Period) -> String {
        let opens = self.clock(locale, &period.opens, &period.opens);
        let closes = self.clock(locale, &period.closes, &period.opens);
        let args = [
            ("opens", UiArg::Text(&opens)),
            ("closes", UiArg::Text(&closes)),
        ];
        let range = self.ui(locale, "hours-range", &args).text;
        if period.appointment_only {
            self.ui(
                locale,
                "hours-day-appointment",
                &[("range", UiArg::Text(&range))],
            )
            .text
        } else {
            range
        }
    }

    /// A time of day by the locale's `hours-time`; midnight after `day` reads `24:00`.
    fn clock(&self, locale: &Locale, at: &Zoned, day: &Zoned) -> String {
        let (hour, minute) = if at.date() > day.date() && at.hour() == 0 && at.minute() == 0 {
            (24, 0)
        } else {
            (at.hour(), at.minute())
        };
        let (hour, minute) = (format!("{hour:02}"), format!("{minute:02}"));
        let args = [
            ("hour", UiArg::Text(&hour)),
            ("minute", UiArg::Text(&minute)),
        ];
        self.ui(locale, "hours-time", &args).text
    }

    /// A date by the locale's `hours-date`.
    pub(super) fn calendar_date(&self, locale: &Locale, date: CivilDate) -> String {
        let (day, month, year) = (
            format!("{:02}", date.day()),
            format!("{:02}", date.month()),
            format!("{:04}", date.year()),
        );
        let args = [
            ("day", UiArg::Text(&day)),
            ("month", UiArg::Text(&month)),
            ("year", UiArg::Text(&year)),
        ];
        self.ui(locale, "hours-date", &args).text
    }
}

fn service_schedule(
    service: &Service,
    zone: TimeZone,
    calendar: Option<HolidayCalendar>,
) -> Schedule<'_> {
    Schedule {
        hours: &service.opening_hours,
        closures: &service.closures,
        on_holidays: service.on_public_holidays,
        by_arrangement: service.by_arrangement,
        appointment_required: service.appointment == Some(Appointment::Required),
        calendar,
        zone,
    }
}

/// `2026-12-07T12:00:00+01:00`: the instant with its offset (RFC 3339), without jiff's
/// printer, which the browser build need not carry.
fn rfc3339(at: &Zoned) -> String {
    let offset = at.offset().seconds();
    let sign = if offset < 0 { '-' } else { '+' };
    let (hours, minutes) = (offset.abs() / 3600, offset.abs() % 3600 / 60);
    format!(
        "{}T{:02}:{:02}:{:02}{sign}{hours:02}:{minutes:02}",
        crate::model::Date::from_civil(at.date()),
        at.hour(),
        at.minute(),
        at.second()
    )
}
