//! Human-readable forms of structured values in the requested locale, built from the
//! library's UI strings: opening hours, statuses, time frames.

use super::locale::Locale;
use super::Directory;
use crate::l10n::LocalizedText;
use crate::l10n::UiArg;
use crate::model::{
    Appointment, MeasureStatus, MunicipalityKind, OpeningHours, StepFree, TimeFrame, Weekday,
};

impl Directory {
    /// "Montag, Mittwoch: 09:00–12:00 Uhr" in the requested locale.
    pub fn format_hours(&self, locale: &Locale, hours: &OpeningHours) -> String {
        let days = compress_days(&hours.days)
            .into_iter()
            .map(|(first, last)| {
                let name = |d: Weekday| {
                    self.ui(locale, &format!("weekday-{}", d.as_str()), &[])
                        .text
                };
                if first == last {
                    name(first)
                } else {
                    format!("{}–{}", name(first), name(last))
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        let opens = hours.opens.to_string();
        let closes = hours.closes.to_string();
        let range = self
            .ui(
                locale,
                "hours-range",
                &[
                    ("opens", UiArg::Text(&opens)),
                    ("closes", UiArg::Text(&closes)),
                ],
            )
            .text;
        let mut text = format!("{days}: {range}");
        if let (Some(from), Some(through)) = (hours.valid_from, hours.valid_through) {
            let (from, through) = (from.to_string(), through.to_string());
            let valid = self
                .ui(
                    locale,
                    "valid-period",
                    &[
                        ("start", UiArg::Text(&from)),
                        ("end", UiArg::Text(&through)),
                    ],
                )
                .text;
            text.push_str(&format!(" ({valid})"));
        }
        text
    }

    pub fn format_time_frame(&self, locale: &Locale, frame: &TimeFrame) -> String {
        let start = frame.start.to_string();
        match frame.end {
            Some(end) => {
                let end = end.to_string();
                self.ui(
                    locale,
                    "time-frame-range",
                    &[("start", UiArg::Text(&start)), ("end", UiArg::Text(&end))],
                )
                .text
            }
            None => {
                self.ui(locale, "time-frame-from", &[("start", UiArg::Text(&start))])
                    .text
            }
        }
    }

    pub fn format_status(&self, locale: &Locale, status: MeasureStatus) -> LocalizedText {
        self.ui(locale, &format!("measure-status-{}", status.as_str()), &[])
    }

    pub fn format_appointment(&self, locale: &Locale, appointment: Appointment) -> LocalizedText {
        self.ui(
            locale,
            &format!("appointment-{}", appointment.as_str()),
            &[],
        )
    }

    pub fn format_step_free(&self, locale: &Locale, step_free: StepFree) -> LocalizedText {
        self.ui(locale, &format!("step-free-{}", step_free.as_str()), &[])
    }

    pub fn format_municipality_kind(
        &self,
        locale: &Locale,
        kind: MunicipalityKind,
    ) -> LocalizedText {
        self.ui(locale, &format!("municipality-kind-{}", kind.as_str()), &[])
    }

    /// The name of a language in itself ("Deutsch", "العربية"), where the library has it;
    /// otherwise the tag.
    pub fn language_name(&self, tag: &str) -> String {
        match self.locale(&[tag]) {
            Ok(locale)
                if locale.ui_chain().primary().language == locale.requested()[0].language =>
            {
                self.ui(&locale, "language-name", &[]).text
            }
            _ => tag.to_owned(),
        }
    }
}

/// Consecutive days as ranges: [mo, tu, we, fr] → [(mo, we), (fr, fr)].
fn compress_days(days: &[Weekday]) -> Vec<(Weekday, Weekday)> {
    let mut sorted = days.to_vec();
    sorted.sort();
    sorted.dedup();
    let mut ranges: Vec<(Weekday, Weekday)> = Vec::new();
    for day in sorted {
        match ranges.last_mut() {
            Some((_, last)) if (*last as u8) + 1 == day as u8 => *last = day,
            _ => ranges.push((day, day)),
        }
    }
    // Two days in a row read better as a list than as a range.
    ranges
        .into_iter()
        .flat_map(|(first, last)| {
            if (last as u8) == (first as u8) + 1 {
                vec![(first, first), (last, last)]
            } else {
                vec![(first, last)]
            }
        })
        .collect()
}
