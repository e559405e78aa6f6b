//! Distances on the earth's surface, and reading "where" from a user.

use crate::model::Coordinates;

/// The mean radius of the earth (IUGG), in kilometres.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// The great-circle distance between two points in kilometres (the haversine formula:
/// within 0.5 % of the distance on the ellipsoid, enough for "2.4 km").
pub fn distance_km(a: Coordinates, b: Coordinates) -> f64 {
    let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// Reads `51.57,14.37` (latitude, longitude in degrees). None when the text is not two
/// numbers or they are out of range.
pub fn parse_coordinates(text: &str) -> Option<Coordinates> {
    let (lat, lon) = text.split_once(',')?;
    let lat: f64 = lat.trim().parse().ok()?;
    let lon: f64 = lon.trim().parse().ok()?;
    valid(Coordinates { lat, lon })
}

/// The coordinates if they are a point on the earth.
pub fn valid(point: Coordinates) -> Option<Coordinates> {
    let ok = point.lat.is_finite()
        && point.lon.is_finite()
        && (-90.0..=90.0).contains(&point.lat)
        && (-180.0..=180.0).contains(&point.lon);
    ok.then_some(point)
}

/// Reads a radius: `10km`, `10 km`, `800m`, or a plain number of kilometres.
pub fn parse_radius_km(text: &str) -> Option<f64> {
    let text = text.trim().to_ascii_lowercase();
    let (number, factor) = if let Some(km) = text.strip_suffix("km") {
        (km, 1.0)
    } else if let Some(m) = text.strip_suffix('m') {
        (m, 0.001)
    } else {
        (text.as_str(), 1.0)
    };
    let value: f64 = number.trim().parse().ok()?;
    (value.is_finite() && value >= 0.0).then_some(value * factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_and_radii_are_read() {
        let point = parse_coordinates(" 51.57, 14.37 ").unwrap();
        assert_eq!((point.lat, point.lon), (51.57, 14.37));
        assert_eq!(parse_coordinates("91,0"), None);
        assert_eq!(parse_coordinates("NaN,1"), None);
        assert_eq!(parse_coordinates("Grodk"), None);
        assert_eq!(parse_radius_km("10km"), Some(10.0));
        assert_eq!(parse_radius_km("800 m"), Some(0.8));
        assert_eq!(parse_radius_km("2.5"), Some(2.5));
        assert_eq!(parse_radius_km("-1km"), None);
        assert_eq!(parse_radius_km("inf"), None);
    }

    #[test]
    fn a_degree_of_latitude_is_about_111_km() {
        let a = Coordinates {
            lat: 51.0,
            lon: 14.0,
        };
        let b = Coordinates {
            lat: 52.0,
            lon: 14.0,
        };
        assert!((distance_km(a, b) - 111.195).abs() < 0.01);
        assert_eq!(distance_km(a, a), 0.0);
    }
}
