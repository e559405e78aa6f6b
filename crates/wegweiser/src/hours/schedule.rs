//! A weekly timetable turned into real instants: periods per day, public holidays,
//! closures, appointment-only hours, in the directory's time zone.
//!
//! Times in the data are wall-clock times. A time that does not exist (02:30 on the night
//! clocks go forward) is taken as the instant after the gap, one that happens twice (the
//! night they go back) as its first occurrence: jiff's "compatible" rule, as in RFC 5545.

use jiff::civil::{Date, Time as CivilTime};
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};

use super::holidays::{Holiday, HolidayCalendar};
use crate::model::{Closure, OnHolidays, OpeningHours, Time, Weekday};

/// How far ahead the next opening is looked for: past a year's closure or summer break.
pub const HORIZON_DAYS: i32 = 400;

/// Everything that decides when a service (or a contact's office) is open.
#[derive(Debug, Clone)]
pub struct Schedule<'a> {
    pub hours: &'a [OpeningHours],
    pub closures: &'a [Closure],
    pub on_holidays: OnHolidays,
    /// Times are agreed with each person.
    pub by_arrangement: bool,
    /// An appointment is always needed (`appointment = "required"`): every period is
    /// appointment-only.
    pub appointment_required: bool,
    pub calendar: Option<HolidayCalendar>,
    pub zone: TimeZone,
}

/// One stretch of time in which the place receives people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub opens: Zoned,
    pub closes: Zoned,
    /// Only people with an appointment are seen.
    pub appointment_only: bool,
}

/// One day of the timetable, with why it has no hours when it has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayPlan {
    pub date: Date,
    pub holiday: Option<Holiday>,
    /// The id of the closure that covers the day.
    pub closure: Option<String>,
    /// In order, overlapping periods of the same kind merged.
    pub periods: Vec<Period>,
}

/// Why a place is closed on a day it would otherwise be open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClosedReason {
    Holiday(Holiday),
    /// A closure, by its id.
    Closure(String),
}

/// The state at an instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenState {
    /// Open to anyone, until the instant given.
    Open { until: Zoned },
    /// Only with an appointment: in appointment-only hours (until the instant given), or a
    /// service that always needs one and publishes no hours.
    ByAppointment { until: Option<Zoned> },
    /// Closed; the next opening, if there is one within [`HORIZON_DAYS`].
    Closed {
        reason: Option<ClosedReason>,
        next: Option<Period>,
    },
    /// Times are agreed with each person.
    ByArrangement,
    /// No hours are known.
    Unknown,
}

/// The next time the state changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub at: Zoned,
    /// Open (or receiving by appointment) from `at` on; false: closing at `at`.
    pub opens: bool,
    /// What opens, or what follows the closing: appointment-only hours.
    pub appointment_only: bool,
}

impl Schedule<'_> {
    /// Whether there are weekly hours to compute with.
    pub fn has_hours(&self) -> bool {
        !self.hours.is_empty()
    }

    /// The plan of one day.
    pub fn day(&self, date: Date) -> DayPlan {
        let holiday = self.calendar.and_then(|c| c.holiday_on(date));
        let closure = self
            .closures
            .iter()
            .find(|c| c.from.to_civil() <= date && c.through.is_none_or(|t| date <= t.to_civil()))
            .map(|c| c.id.clone());
        let shut =
            closure.is_some() || (holiday.is_some() && self.on_holidays == OnHolidays::Closed);
        let periods = if shut {
            Vec::new()
        } else {
            self.periods_on(date)
        };
        DayPlan {
            date,
            holiday,
            closure,
            periods,
        }
    }

    /// The coming `days` days from `from`, holidays and closures marked.
    pub fn days(&self, from: Date, days: usize) -> Vec<DayPlan> {
        successive(from).take(days).map(|d| self.day(d)).collect()
    }

    /// Whether anyone can come without an appointment at `instant`.
    pub fn is_open(&self, instant: Timestamp) -> bool {
        matches!(self.state_at(instant), OpenState::Open { .. })
    }

    /// The state at `instant`, with until when it lasts or when it next opens.
    pub fn state_at(&self, instant: Timestamp) -> OpenState {
        if !self.has_hours() {
            let now = instant.to_zoned(self.zone.clone());
            let plan = self.day(now.date());
            if let Some(id) = plan.closure {
                let reason = Some(ClosedReason::Closure(id));
                return OpenState::Closed { reason, next: None };
            }
            return if self.by_arrangement {
                OpenState::ByArrangement
            } else if self.appointment_required {
                OpenState::ByAppointment { until: None }
            } else {
                OpenState::Unknown
            };
        }
        let now = instant.to_zoned(self.zone.clone());
        let mut periods = self.periods_from(now.date().yesterday().unwrap_or(now.date()));
        let Some(first) = periods.find(|p| p.closes.timestamp() > instant) else {
            return OpenState::Closed {
                reason: self.reason_on(now.date()),
                next: None,
            };
        };
        if first.opens.timestamp() > instant {
            return OpenState::Closed {
                reason: self.reason_on(now.date()),
                next: Some(first),
            };
        }
        // Open: the stretch lasts while periods of the same kind follow without a gap.
        let mut until = first.closes.clone();
        for next in periods {
            if next.opens > until || next.appointment_only != first.appointment_only {
                break;
            }
            until = until.max(next.closes);
        }
        if first.appointment_only {
            OpenState::ByAppointment { until: Some(until) }
        } else {
            OpenState::Open { until }
        }
    }

    /// When the state next changes after `instant`: the closing of the current stretch,
    /// or the next opening. None when nothing changes within [`HORIZON_DAYS`].
    pub fn next_change(&self, instant: Timestamp) -> Option<Change> {
        match self.state_at(instant) {
            OpenState::Open { until } | OpenState::ByAppointment { until: Some(until) } => {
                let after = self
                    .periods_from(until.date())
                    .find(|p| p.opens <= until && p.closes > until);
                Some(Change {
                    at: until,
                    opens: after.is_some(),
                    appointment_only: after.is_some_and(|p| p.appointment_only),
                })
            }
            OpenState::Closed {
                next: Some(next), ..
            } => Some(Change {
                at: next.opens,
                opens: true,
                appointment_only: next.appointment_only,
            }),
            _ => None,
        }
    }

    /// Why `date` has no hours, if it is a holiday or closed.
    fn reason_on(&self, date: Date) -> Option<ClosedReason> {
        let plan = self.day(date);
        match (plan.closure, plan.holiday) {
            (Some(id), _) => Some(ClosedReason::Closure(id)),
            (None, Some(holiday)) if self.on_holidays == OnHolidays::Closed => {
                Some(ClosedReason::Holiday(holiday))
            }
            _ => None,
        }
    }

    /// Every period from the start of `from` on, up to the horizon.
    fn periods_from(&self, from: Date) -> impl Iterator<Item = Period> + '_ {
        successive(from)
            .take(HORIZON_DAYS as usize)
            .flat_map(move |d| self.day(d).periods)
    }

    fn periods_on(&self, date: Date) -> Vec<Period> {
        let weekday = weekday_of(date);
        let mut periods: Vec<Period> = self
            .hours
            .iter()
            .filter(|h| {
                h.days.contains(&weekday)
                    && h.valid_from.is_none_or(|from| from.to_civil() <= date)
                    && h.valid_through
                        .is_none_or(|through| date <= through.to_civil())
            })
            .filter_map(|h| {
                let opens = self.instant(date, h.opens)?;
                let closes = self.instant(date, h.closes)?;
                // 02:00–03:00 on the night clocks go forward has no length.
                // A service that always needs an appointment receives no one without.
                (closes > opens).then_some(Period {
                    opens,
                    closes,
                    appointment_only: h.appointment_only || self.appointment_required,
                })
            })
            .collect();
        periods.sort_by(|a, b| (&a.opens, a.appointment_only).cmp(&(&b.opens, b.appointment_only)));
        let mut merged: Vec<Period> = Vec::with_capacity(periods.len());
        for period in periods {
            match merged.last_mut() {
                Some(last)
                    if last.appointment_only == period.appointment_only
                        && period.opens <= last.closes =>
                {
                    if period.closes > last.closes {
                        last.closes = period.closes;
                    }
                }
                _ => merged.push(period),
            }
        }
        merged
    }

    /// The instant of a wall-clock time on a day; `24:00` is the next day's start.
    fn instant(&self, date: Date, time: Time) -> Option<Zoned> {
        let (date, hour) = if time.hour >= 24 {
            (date.tomorrow().ok()?, 0)
        } else {
            (date, time.hour as i8)
        };
        let time = CivilTime::new(hour, time.minute as i8, 0, 0).ok()?;
        self.zone
            .to_ambiguous_zoned(date.to_datetime(time))
            .compatible()
            .ok()
    }
}

/// `from`, the day after, and so on.
fn successive(from: Date) -> impl Iterator<Item = Date> {
    std::iter::successors(Some(from), |d| d.tomorrow().ok())
}

/// Whole days from `from` to `to`, counting up to `at_most` (then `at_most`); 0 when
/// `to` is not after `from`. Day by day: cheaper in the browser build than calendar spans.
pub fn days_between(from: Date, to: Date, at_most: u32) -> u32 {
    successive(from)
        .take(at_most as usize + 1)
        .position(|d| d >= to)
        .map_or(at_most, |n| n as u32)
}

/// Our weekday of a civil date.
pub fn weekday_of(date: Date) -> Weekday {
    Weekday::ALL[date.weekday().to_monday_zero_offset() as usize]
}
