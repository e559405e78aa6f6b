//! Opening hours: holidays against published dates, Easter against a reference list, and
//! the state of a timetable over daylight saving time, New Year, closures, appointments
//! and midnight.

use jiff::civil::{date, Date as CivilDate};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use wegweiser::hours::{
    easter_sunday, ClosedReason, Holiday, HolidayCalendar, OpenState, Schedule,
};
use wegweiser::{Closure, Date, OnHolidays, OpeningHours, Time, Weekday};

/// Brandenburg's holidays as the state publishes them (Easter-based dates checked against
/// the Ministry of the Interior's list), in date order.
const BRANDENBURG: [(i16, [&str; 12]); 7] = [
    (
        2024,
        [
            "01-01", "03-29", "03-31", "04-01", "05-01", "05-09", "05-19", "05-20", "10-03",
            "10-31", "12-25", "12-26",
        ],
    ),
    (
        2025,
        [
            "01-01", "04-18", "04-20", "04-21", "05-01", "05-29", "06-08", "06-09", "10-03",
            "10-31", "12-25", "12-26",
        ],
    ),
    (
        2026,
        [
            "01-01", "04-03", "04-05", "04-06", "05-01", "05-14", "05-24", "05-25", "10-03",
            "10-31", "12-25", "12-26",
        ],
    ),
    (
        2027,
        [
            "01-01", "03-26", "03-28", "03-29", "05-01", "05-06", "05-16", "05-17", "10-03",
            "10-31", "12-25", "12-26",
        ],
    ),
    (
        2028,
        [
            "01-01", "04-14", "04-16", "04-17", "05-01", "05-25", "06-04", "06-05", "10-03",
            "10-31", "12-25", "12-26",
        ],
    ),
    (
        2029,
        [
            "01-01", "03-30", "04-01", "04-02", "05-01", "05-10", "05-20", "05-21", "10-03",
            "10-31", "12-25", "12-26",
        ],
    ),
    (
        2030,
        [
            "01-01", "04-19", "04-21", "04-22", "05-01", "05-30", "06-09", "06-10", "10-03",
            "10-31", "12-25", "12-26",
        ],
    ),
];

#[test]
fn brandenburg_holidays_2024_to_2030() {
    use Holiday::*;
    let names = [
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
    ];
    for (year, days) in BRANDENBURG {
        let computed = HolidayCalendar::Brandenburg.holidays(year);
        let expected: Vec<(CivilDate, Holiday)> = days
            .iter()
            .zip(names)
            .map(|(day, name)| (format!("{year}-{day}").parse().unwrap(), name))
            .collect();
        assert_eq!(computed, expected, "{year}");
        // Nationwide: without Easter Sunday, Whit Sunday and Reformation Day.
        let national = HolidayCalendar::Germany.holidays(year);
        assert_eq!(national.len(), 9, "{year}");
        assert!(national
            .iter()
            .all(|(_, h)| !matches!(h, EasterSunday | WhitSunday | Reformation)));
    }
}

#[test]
fn easter_1900_to_2100_matches_the_reference_list() {
    let list = include_str!("fixtures/hours/easter-1900-2100.txt");
    let dates: Vec<&str> = list.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(dates.len(), 201);
    for (year, expected) in (1900..=2100).zip(dates) {
        assert_eq!(easter_sunday(year).unwrap().to_string(), expected, "{year}");
    }
}

fn hours(days: &[Weekday], opens: &str, closes: &str) -> OpeningHours {
    OpeningHours {
        days: days.to_vec(),
        opens: Time::parse(opens).unwrap(),
        closes: Time::parse(closes).unwrap(),
        valid_from: None,
        valid_through: None,
        appointment_only: false,
    }
}

fn schedule<'a>(hours: &'a [OpeningHours], closures: &'a [Closure]) -> Schedule<'a> {
    Schedule {
        hours,
        closures,
        on_holidays: OnHolidays::Closed,
        by_arrangement: false,
        appointment_required: false,
        calendar: Some(HolidayCalendar::Brandenburg),
        zone: TimeZone::get("Europe/Berlin").unwrap(),
    }
}

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

/// The local time of an instant in Berlin, `2026-12-31T13:00`.
fn local(z: &jiff::Zoned) -> String {
    z.strftime("%Y-%m-%dT%H:%M").to_string()
}

const WEEKDAYS: [Weekday; 5] = [
    Weekday::Mo,
    Weekday::Tu,
    Weekday::We,
    Weekday::Th,
    Weekday::Fr,
];

#[test]
fn a_lunch_break_closes_and_reopens_the_same_day() {
    let week = [
        hours(&WEEKDAYS, "09:00", "12:00"),
        hours(&WEEKDAYS, "13:00", "16:00"),
    ];
    let s = schedule(&week, &[]);
    // Wednesday 2 December 2026, 11:00 in Berlin (CET, UTC+1).
    match s.state_at(at("2026-12-02T10:00:00Z")) {
        OpenState::Open { until } => assert_eq!(local(&until), "2026-12-02T12:00"),
        other => panic!("{other:?}"),
    }
    let lunch = at("2026-12-02T11:30:00Z");
    assert!(!s.is_open(lunch));
    let change = s.next_change(lunch).unwrap();
    assert!(change.opens);
    assert_eq!(local(&change.at), "2026-12-02T13:00");
    // The afternoon ends at 16:00, and nothing follows until Thursday.
    let change = s.next_change(at("2026-12-02T14:00:00Z")).unwrap();
    assert!(!change.opens);
    assert_eq!(local(&change.at), "2026-12-02T16:00");
}

#[test]
fn new_year_and_the_weekend_after_it() {
    let week = [hours(&WEEKDAYS, "09:00", "12:00")];
    let s = schedule(&week, &[]);
    // Thursday 31 December 2026, 13:00: 1 January 2027 is a Friday and a holiday.
    let change = s.next_change(at("2026-12-31T12:00:00Z")).unwrap();
    assert_eq!(local(&change.at), "2027-01-04T09:00");
    match s.state_at(at("2027-01-01T10:00:00Z")) {
        OpenState::Closed { reason, next } => {
            assert_eq!(reason, Some(ClosedReason::Holiday(Holiday::NewYear)));
            assert_eq!(local(&next.unwrap().opens), "2027-01-04T09:00");
        }
        other => panic!("{other:?}"),
    }
    // A service open on holidays opens on New Year's Day.
    let open = Schedule {
        on_holidays: OnHolidays::Open,
        ..s.clone()
    };
    assert!(open.is_open(at("2027-01-01T10:00:00Z")));
}

#[test]
fn a_closure_that_ends_on_a_holiday() {
    let week = [hours(&WEEKDAYS, "09:00", "12:00")];
    // Closed from Monday 22 March 2027 through Easter Monday, 29 March.
    let closures = [Closure {
        id: "move".into(),
        from: Date::parse("2027-03-22").unwrap(),
        through: Some(Date::parse("2027-03-29").unwrap()),
    }];
    let s = schedule(&week, &closures);
    match s.state_at(at("2027-03-24T09:00:00Z")) {
        OpenState::Closed { reason, next } => {
            assert_eq!(reason, Some(ClosedReason::Closure("move".into())));
            // Tuesday after Easter, and in summer time by then (UTC+2).
            let next = next.unwrap();
            assert_eq!(local(&next.opens), "2027-03-30T09:00");
            assert_eq!(next.opens.offset().seconds(), 7200);
        }
        other => panic!("{other:?}"),
    }
    let plan = s.day(date(2027, 3, 29));
    assert_eq!(plan.holiday, Some(Holiday::EasterMonday));
    assert_eq!(plan.closure.as_deref(), Some("move"));
    // Closed until further notice: no next opening at all.
    let open_ended = [Closure {
        id: "closed".into(),
        from: Date::parse("2027-03-22").unwrap(),
        through: None,
    }];
    let s = schedule(&week, &open_ended);
    assert_eq!(s.next_change(at("2027-03-24T09:00:00Z")), None);
}

#[test]
fn the_night_clocks_go_forward() {
    // Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST.
    let night = [hours(&[Weekday::Su], "01:00", "04:00")];
    let s = Schedule {
        calendar: None,
        ..schedule(&night, &[])
    };
    match s.state_at(at("2026-03-29T00:30:00Z")) {
        // 01:30 CET; the night lasts two real hours, to 04:00 CEST = 02:00 UTC.
        OpenState::Open { until } => assert_eq!(until.timestamp(), at("2026-03-29T02:00:00Z")),
        other => panic!("{other:?}"),
    }
    // An hour that does not exist opens no one's door.
    let gap = [hours(&[Weekday::Su], "02:00", "03:00")];
    let s = Schedule {
        calendar: None,
        ..schedule(&gap, &[])
    };
    assert!(!s.is_open(at("2026-03-29T01:00:00Z")));
    let next = s.next_change(at("2026-03-29T00:00:00Z")).unwrap();
    assert_eq!(local(&next.at), "2026-04-05T02:00");
}

#[test]
fn the_night_clocks_go_back() {
    // Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:00–03:00 happens twice.
    let night = [hours(&[Weekday::Su], "02:00", "03:00")];
    let s = Schedule {
        calendar: None,
        ..schedule(&night, &[])
    };
    // From the first 02:00 (CEST, 00:00 UTC) to 03:00 CET (02:00 UTC): two real hours.
    assert!(s.is_open(at("2026-10-25T00:15:00Z")));
    assert!(s.is_open(at("2026-10-25T01:30:00Z")), "the second 02:30");
    assert!(!s.is_open(at("2026-10-25T02:00:00Z")));
}

#[test]
fn periods_that_end_at_midnight() {
    let late = [
        hours(&[Weekday::Fr], "20:00", "24:00"),
        hours(&[Weekday::Sa], "00:00", "02:00"),
        hours(&[Weekday::Mo], "18:00", "24:00"),
    ];
    let s = Schedule {
        calendar: None,
        ..schedule(&late, &[])
    };
    // Friday 4 December 2026, 23:00: open through midnight until Saturday 02:00.
    match s.state_at(at("2026-12-04T22:00:00Z")) {
        OpenState::Open { until } => assert_eq!(local(&until), "2026-12-05T02:00"),
        other => panic!("{other:?}"),
    }
    // Saturday 00:30 is inside Saturday's own period.
    assert!(s.is_open(at("2026-12-04T23:30:00Z")));
    // Monday 7 December: until midnight, which is Tuesday 00:00.
    match s.state_at(at("2026-12-07T20:00:00Z")) {
        OpenState::Open { until } => assert_eq!(local(&until), "2026-12-08T00:00"),
        other => panic!("{other:?}"),
    }
    assert!(
        !s.is_open(at("2026-12-07T23:00:00Z")),
        "Tuesday 00:00 is closed"
    );
}

#[test]
fn appointments_are_their_own_state() {
    let mut afternoon = hours(&[Weekday::Tu], "13:00", "18:00");
    afternoon.appointment_only = true;
    let week = [hours(&[Weekday::Tu], "08:00", "12:00"), afternoon];
    let s = schedule(&week, &[]);
    // Tuesday 1 December 2026, 14:00.
    let instant = at("2026-12-01T13:00:00Z");
    match s.state_at(instant) {
        OpenState::ByAppointment { until: Some(until) } => {
            assert_eq!(local(&until), "2026-12-01T18:00")
        }
        other => panic!("{other:?}"),
    }
    assert!(!s.is_open(instant), "not open to walk in");
    let change = s.next_change(at("2026-12-01T10:30:00Z")).unwrap();
    assert_eq!(local(&change.at), "2026-12-01T12:00");
    assert!(!change.opens);
    // "appointment = required" makes every period appointment-only …
    let required = Schedule {
        appointment_required: true,
        ..s.clone()
    };
    assert!(matches!(
        required.state_at(at("2026-12-01T08:00:00Z")),
        OpenState::ByAppointment { until: Some(_) }
    ));
    // … and without hours the state is "by appointment", never "closed".
    let none = Schedule {
        hours: &[],
        ..required.clone()
    };
    assert_eq!(
        none.state_at(instant),
        OpenState::ByAppointment { until: None }
    );
    let arranged = Schedule {
        by_arrangement: true,
        ..none.clone()
    };
    assert_eq!(arranged.state_at(instant), OpenState::ByArrangement);
    let unknown = Schedule {
        appointment_required: false,
        ..none
    };
    assert_eq!(unknown.state_at(instant), OpenState::Unknown);
}

#[test]
fn valid_from_and_through_bound_the_hours() {
    let mut course = hours(&WEEKDAYS, "09:00", "12:00");
    course.valid_from = Date::parse("2027-01-11");
    course.valid_through = Date::parse("2027-01-15");
    let week = [course];
    let s = schedule(&week, &[]);
    let next = s.next_change(at("2026-12-02T10:00:00Z")).unwrap();
    assert_eq!(local(&next.at), "2027-01-11T09:00");
    assert!(s.is_open(at("2027-01-15T09:00:00Z")));
    assert_eq!(s.next_change(at("2027-01-15T12:00:00Z")), None);
}

#[test]
fn a_week_marks_holidays_and_closures() {
    let week = [hours(&WEEKDAYS, "09:00", "12:00")];
    let closures = [Closure {
        id: "christmas".into(),
        from: Date::parse("2026-12-28").unwrap(),
        through: Some(Date::parse("2026-12-30").unwrap()),
    }];
    let s = schedule(&week, &closures);
    let days = s.days(date(2026, 12, 24), 7);
    let summary: Vec<(String, usize, Option<Holiday>, Option<String>)> = days
        .iter()
        .map(|d| {
            (
                d.date.to_string(),
                d.periods.len(),
                d.holiday,
                d.closure.clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("2026-12-24".into(), 1, None, None),
            ("2026-12-25".into(), 0, Some(Holiday::ChristmasDay), None),
            ("2026-12-26".into(), 0, Some(Holiday::BoxingDay), None),
            ("2026-12-27".into(), 0, None, None),
            ("2026-12-28".into(), 0, None, Some("christmas".into())),
            ("2026-12-29".into(), 0, None, Some("christmas".into())),
            ("2026-12-30".into(), 0, None, Some("christmas".into())),
        ]
    );
}

#[test]
fn an_unknown_time_zone_or_holiday_calendar_is_a_located_error() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");
    let mut sources = wegweiser::SourceFiles::read_dir(std::path::Path::new(dir)).unwrap();
    let structure = sources.structure.as_mut().unwrap();
    let text = structure.text.replacen(
        "[directory]\n",
        "[directory]\ntime_zone = \"Europe/Nowhere\"\nholidays = \"DE-XX\"\n",
        1,
    );
    let line = text
        .lines()
        .position(|l| l.starts_with("time_zone"))
        .unwrap() as u32
        + 1;
    structure.text = text.into();
    let (directory, problems) = wegweiser::Directory::from_sources_lenient(sources).unwrap();
    let found: Vec<String> = problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| format!("{}:{}:{}: {}", p.file, p.line, p.column, p.message))
        .collect();
    assert_eq!(
        found,
        [
            format!("directory.toml:{line}:13: time zone `Europe/Nowhere` is not known: write an IANA name such as \"Europe/Berlin\""),
            format!("directory.toml:{}:12: holidays `DE-XX` are not known: use one of DE, DE-BB", line + 1),
        ]
    );
    // Asking for hours then is an error, not a panic or a silent UTC.
    let service = directory.data().services[0].id.clone();
    let error = directory
        .is_open(&service, at("2026-12-07T09:00:00Z"))
        .unwrap_err();
    assert_eq!(error.code(), "invalid-argument");
}
