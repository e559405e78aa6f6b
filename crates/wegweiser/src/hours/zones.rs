//! Time zones by IANA name. Those of the German-speaking countries are compiled in (a few
//! kilobytes, in every build); the `tzdb` feature adds every other zone (the WebAssembly
//! build leaves it out: its data is 207 KB, 50 KB gzipped).

use jiff::tz::{self, TimeZone};

use crate::error::{Error, Result};

/// The zones every build knows.
pub const COMPILED_IN: [&str; 4] = ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "UTC"];

static ZONES: [TimeZone; 4] = [
    tz::get!("Europe/Berlin"),
    tz::get!("Europe/Vienna"),
    tz::get!("Europe/Zurich"),
    tz::get!("UTC"),
];

/// The time zone named `name` (`Europe/Berlin`).
pub fn time_zone(name: &str) -> Result<TimeZone> {
    if let Some(i) = COMPILED_IN.iter().position(|n| *n == name) {
        return Ok(ZONES[i].clone());
    }
    #[cfg(feature = "tzdb")]
    if let Ok(zone) = TimeZone::get(name) {
        return Ok(zone);
    }
    let known = if cfg!(feature = "tzdb") {
        "an IANA name such as \"Europe/Berlin\"".to_owned()
    } else {
        format!("one this build knows: {}", COMPILED_IN.join(", "))
    };
    Err(Error::InvalidArgument(format!(
        "time zone `{name}` is not known: write {known}"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiled_in_zones_have_their_rules() {
        for name in COMPILED_IN {
            let zone = time_zone(name).unwrap();
            assert_eq!(zone.iana_name(), Some(name));
        }
        let summer: jiff::Timestamp = "2026-07-01T12:00:00Z".parse().unwrap();
        let berlin = time_zone("Europe/Berlin").unwrap();
        assert_eq!(berlin.to_offset(summer).seconds(), 7200);
        assert!(time_zone("Europe/Nowhere").is_err());
    }

    #[cfg(feature = "tzdb")]
    #[test]
    fn the_database_knows_the_rest() {
        assert!(time_zone("America/New_York").is_ok());
    }
}
