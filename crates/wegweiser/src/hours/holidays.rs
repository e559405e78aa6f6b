//! Public holidays, computed for any year: the fixed ones and those that move with Easter.

use jiff::civil::Date;

use crate::error::{Error, Result};

/// A public holiday. Its name for readers is the UI string `holiday-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holiday {
    NewYear,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    LabourDay,
    Ascension,
    WhitSunday,
    WhitMonday,
    GermanUnity,
    Reformation,
    ChristmasDay,
    BoxingDay,
}

impl Holiday {
    pub fn code(self) -> &'static str {
        match self {
            Holiday::NewYear => "new-year",
            Holiday::GoodFriday => "good-friday",
            Holiday::EasterSunday => "easter-sunday",
            Holiday::EasterMonday => "easter-monday",
            Holiday::LabourDay => "labour-day",
            Holiday::Ascension => "ascension",
            Holiday::WhitSunday => "whit-sunday",
            Holiday::WhitMonday => "whit-monday",
            Holiday::GermanUnity => "german-unity",
            Holiday::Reformation => "reformation",
            Holiday::ChristmasDay => "christmas-day",
            Holiday::BoxingDay => "boxing-day",
        }
    }
}

/// Whose holidays: the codes of ISO 3166-2 that `directory.holidays` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HolidayCalendar {
    /// The nationwide holidays of Germany (`DE`).
    Germany,
    /// Brandenburg (`DE-BB`): the nationwide ones, Easter and Whit Sunday, and
    /// Reformation Day on 31 October.
    Brandenburg,
}

impl HolidayCalendar {
    /// The codes accepted, for messages.
    pub const CODES: [&'static str; 2] = ["DE", "DE-BB"];

    pub fn from_code(code: &str) -> Result<HolidayCalendar> {
        match code.to_ascii_uppercase().as_str() {
            "DE" => Ok(HolidayCalendar::Germany),
            "DE-BB" => Ok(HolidayCalendar::Brandenburg),
            _ => Err(Error::InvalidArgument(format!(
                "holidays `{code}` are not known: use one of {}",
                HolidayCalendar::CODES.join(", ")
            ))),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            HolidayCalendar::Germany => "DE",
            HolidayCalendar::Brandenburg => "DE-BB",
        }
    }

    /// The holidays of a year in date order, by today's rules (plus the nationwide
    /// Reformation Day of 2017).
    pub fn holidays(self, year: i16) -> Vec<(Date, Holiday)> {
        let Some(easter) = easter_sunday(year) else {
            return Vec::new();
        };
        let from_easter = |days: i32| shift(easter, days);
        let fixed = |month: i8, day: i8| Date::new(year, month, day).ok();
        let mut days: Vec<(Option<Date>, Holiday)> = vec![
            (fixed(1, 1), Holiday::NewYear),
            (from_easter(-2), Holiday::GoodFriday),
            (from_easter(1), Holiday::EasterMonday),
            (fixed(5, 1), Holiday::LabourDay),
            (from_easter(39), Holiday::Ascension),
            (from_easter(50), Holiday::WhitMonday),
            (fixed(10, 3), Holiday::GermanUnity),
            (fixed(12, 25), Holiday::ChristmasDay),
            (fixed(12, 26), Holiday::BoxingDay),
        ];
        let reformation = self == HolidayCalendar::Brandenburg || year == 2017;
        if reformation {
            days.push((fixed(10, 31), Holiday::Reformation));
        }
        if self == HolidayCalendar::Brandenburg {
            days.push((Some(easter), Holiday::EasterSunday));
            days.push((from_easter(49), Holiday::WhitSunday));
        }
        let mut days: Vec<(Date, Holiday)> = days
            .into_iter()
            .filter_map(|(day, holiday)| Some((day?, holiday)))
            .collect();
        days.sort();
        days
    }

    /// The holiday on a day, if it is one.
    pub fn holiday_on(self, day: Date) -> Option<Holiday> {
        self.holidays(day.year())
            .into_iter()
            .find(|(d, _)| *d == day)
            .map(|(_, holiday)| holiday)
    }
}

/// The day `days` after (or before) `day`.
fn shift(day: Date, days: i32) -> Option<Date> {
    let mut day = day;
    for _ in 0..days.unsigned_abs() {
        day = if days > 0 {
            day.tomorrow()
        } else {
            day.yesterday()
        }
        .ok()?;
    }
    Some(day)
}

/// Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus of Meeus,
/// Jones and Butcher), for years 1583 to 9999.
pub fn easter_sunday(year: i16) -> Option<Date> {
    if !(1583..=9999).contains(&year) {
        return None;
    }
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // `Date::new`, not `date()`: the latter can panic, which keeps jiff's error
    // formatting in the browser build.
    Date::new(year, month as i8, day as i8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn calendars_by_code() {
        assert_eq!(
            HolidayCalendar::from_code("de-bb").unwrap(),
            HolidayCalendar::Brandenburg
        );
        let error = HolidayCalendar::from_code("DE-BY").unwrap_err().to_string();
        assert!(
            error.contains("DE-BY") && error.contains("DE-BB"),
            "{error}"
        );
    }

    #[test]
    fn easter_outside_the_gregorian_calendar_is_none() {
        assert_eq!(easter_sunday(1582), None);
        assert_eq!(easter_sunday(2026), Some(date(2026, 4, 5)));
    }

    #[test]
    fn reformation_day_is_nationwide_only_in_2017() {
        let germany = HolidayCalendar::Germany;
        assert_eq!(
            germany.holiday_on(date(2017, 10, 31)),
            Some(Holiday::Reformation)
        );
        assert_eq!(germany.holiday_on(date(2018, 10, 31)), None);
        assert_eq!(
            HolidayCalendar::Brandenburg.holiday_on(date(2018, 10, 31)),
            Some(Holiday::Reformation)
        );
        assert_eq!(germany.holiday_on(date(2026, 4, 5)), None, "Easter Sunday");
    }
}
