//! When a place is open: public holidays computed for any year (`holidays.rs`), and a
//! weekly timetable with lunch breaks, appointment-only hours, holidays and closures
//! turned into real instants in the directory's time zone (`schedule.rs`).
//!
//! All computation with dates, times and time zones goes through `jiff`, with time zones
//! compiled in (`zones.rs`), so the browser gets the same answers.

mod holidays;
mod schedule;
mod zones;

pub use holidays::{easter_sunday, Holiday, HolidayCalendar};
pub use schedule::{
    days_between, weekday_of, Change, ClosedReason, DayPlan, OpenState, Period, Schedule,
    HORIZON_DAYS,
};
pub use zones::{time_zone, COMPILED_IN};
