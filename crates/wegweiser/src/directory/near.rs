//! Where entities are, how far they are from a reader, and how a distance reads.

use rustc_hash::FxHashMap;

use super::locale::Locale;
use super::Directory;
use crate::error::{Error, Result};
use crate::geo::{distance_km, parse_coordinates};
use crate::kind::Kind;
use crate::l10n::UiArg;
use crate::model::Coordinates;

impl Directory {
    /// A point from a reader: `51.57,14.37`, or a municipality by id, German or Sorbian
    /// name (`Grodk`), at its centre.
    pub fn resolve_near(&self, text: &str) -> Result<Coordinates> {
        if let Some(point) = parse_coordinates(text) {
            return Ok(point);
        }
        if text.contains(',')
            && text
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == '-')
        {
            return Err(Error::InvalidArgument(format!(
                "`{text}` is not a point: write latitude,longitude in degrees, like 51.57,14.37"
            )));
        }
        let municipality = self.municipality(text)?;
        municipality.coordinates.ok_or_else(|| {
            Error::InvalidArgument(format!(
                "municipality `{}` has no coordinates in this directory: give a point (51.57,14.37)",
                municipality.id
            ))
        })
    }

    /// Where an entity is: the coordinates of its locations, else the centres of their
    /// municipalities; an organization's seat. Empty when the directory does not say.
    pub fn positions(&self, kind: Kind, id: &str) -> Vec<Coordinates> {
        let centre = |municipality: Option<&str>| {
            municipality
                .and_then(|m| self.data.municipalities.iter().find(|x| x.id == m))
                .and_then(|m| m.coordinates)
        };
        match kind {
            Kind::Service => self
                .service(id)
                .map(|s| {
                    s.locations
                        .iter()
                        .filter_map(|l| self.location(l).ok())
                        .filter_map(|l| l.coordinates.or_else(|| centre(l.municipality.as_deref())))
                        .collect()
                })
                .unwrap_or_default(),
            Kind::Location => self
                .location(id)
                .ok()
                .and_then(|l| l.coordinates.or_else(|| centre(l.municipality.as_deref())))
                .into_iter()
                .collect(),
            Kind::Organization => self
                .organization(id)
                .ok()
                .and_then(|o| centre(o.municipality.as_deref()))
                .into_iter()
                .collect(),
            Kind::Municipality => centre(Some(id)).into_iter().collect(),
            _ => Vec::new(),
        }
    }

    /// The distance from `from` to every service that has a place, in one pass over the
    /// data (a search near a point asks for all of them). Organizations are known only by
    /// the town of their seat, too coarse to sort by: they come after the services.
    pub(super) fn distances_from(&self, from: Coordinates) -> FxHashMap<(Kind, &str), f64> {
        let centres: FxHashMap<&str, Coordinates> = self
            .data
            .municipalities
            .iter()
            .filter_map(|m| Some((m.id.as_str(), m.coordinates?)))
            .collect();
        let centre = |m: Option<&String>| m.and_then(|m| centres.get(m.as_str()).copied());
        let places: FxHashMap<&str, Coordinates> = self
            .data
            .locations
            .iter()
            .filter_map(|l| {
                Some((
                    l.id.as_str(),
                    l.coordinates.or_else(|| centre(l.municipality.as_ref()))?,
                ))
            })
            .collect();
        let mut distances = FxHashMap::default();
        for service in &self.data.services {
            let nearest = service
                .locations
                .iter()
                .filter_map(|l| places.get(l.as_str()))
                .map(|p| distance_km(from, *p))
                .min_by(f64::total_cmp);
            if let Some(km) = nearest {
                distances.insert((Kind::Service, service.id.as_str()), km);
            }
        }
        distances
    }

    /// `filter.near` and `within_km` checked, as the distance of every placed service.
    pub(super) fn service_distances(
        &self,
        filter: &super::Filter,
    ) -> Result<Option<FxHashMap<&str, f64>>> {
        check_radius(filter.within_km, filter.near.is_some())?;
        let Some(near) = &filter.near else {
            return Ok(None);
        };
        let from = self.resolve_near(near)?;
        Ok(Some(
            self.distances_from(from)
                .into_iter()
                .map(|((_, id), km)| (id, km))
                .collect(),
        ))
    }

    /// The distance from `from` to the nearest place of an entity, in kilometres.
    pub fn distance_to(&self, kind: Kind, id: &str, from: Coordinates) -> Option<f64> {
        self.positions(kind, id)
            .into_iter()
            .map(|p| distance_km(from, p))
            .min_by(f64::total_cmp)
    }

    /// "2,4 km", "2.4 km", "800 m" by the locale's UI strings. The digits are Latin in
    /// every locale, as on the addresses, phone numbers and times beside them.
    pub fn format_distance(&self, locale: &Locale, km: f64) -> String {
        if km < 1.0 {
            // To the nearest 10 m: closer than that a reader is there.
            let meters = ((km * 100.0).round() as u64 * 10).max(10).to_string();
            return self
                .ui(locale, "distance-m", &[("meters", UiArg::Text(&meters))])
                .text;
        }
        let tenths = (km * 10.0).round() as u64;
        let (whole, fraction) = ((tenths / 10).to_string(), (tenths % 10).to_string());
        let args = [
            ("whole", UiArg::Text(&whole)),
            ("fraction", UiArg::Text(&fraction)),
        ];
        self.ui(locale, "distance-km", &args).text
    }
}

/// A radius must be a distance, and needs a place to measure from.
pub(super) fn check_radius(within_km: Option<f64>, has_near: bool) -> Result<()> {
    match within_km {
        Some(_) if !has_near => Err(Error::InvalidArgument(
            "within_km needs near: a point or a municipality to measure from".into(),
        )),
        Some(radius) if !radius.is_finite() || radius < 0.0 => Err(Error::InvalidArgument(
            format!("within_km must be a distance of 0 or more kilometres, not {radius}"),
        )),
        _ => Ok(()),
    }
}
