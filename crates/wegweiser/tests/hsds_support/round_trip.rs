//! Comparing a directory with what came back from HSDS: entity by entity (ids mapped
//! through UUID v5), text by text in every locale.

use std::collections::BTreeSet;

use wegweiser::hsds::ids::of_entity;
use wegweiser::{Directory, Kind, Visibility};

fn uuid(kind: Kind, id: &str) -> String {
    of_entity(kind.as_str(), id)
}

fn uuids(kind: Kind, ids: &[String]) -> Vec<String> {
    ids.iter().map(|id| uuid(kind, id)).collect()
}

/// Every text of an entity (value and the attributes HSDS carries) in every locale.
fn same_texts(a: &Directory, a_id: &str, b: &Directory, b_id: &str, kind: Kind, skip: &[&str]) {
    for locale in a.locales() {
        let tag = locale.to_string();
        let (la, lb) = (a.locale(&[&tag]).unwrap(), b.locale(&[&tag]).unwrap());
        let attributes =
            std::iter::once(None).chain(kind.attributes().filter(|x| !skip.contains(x)).map(Some));
        for attribute in attributes {
            // HSDS carries no translation stamps (`l10n.lock`): nor does the comparison.
            let fresh = |mut text: wegweiser::LocalizedText| {
                text.outdated = false;
                text
            };
            let (ta, tb) = (
                a.text(&la, kind, a_id, attribute).map(fresh),
                b.text(&lb, kind, b_id, attribute),
            );
            assert_eq!(
                ta,
                tb,
                "{kind} {a_id} .{} in {tag}",
                attribute.unwrap_or("(name)")
            );
        }
    }
}

/// `back` holds everything of `sample` that HSDS carries. With `complete`, every entity;
/// else (services.json) only the services and what they link to.
pub fn assert_same(sample: &Directory, back: &Directory, complete: bool) {
    let (a, b) = (sample.data(), back.data());
    assert_eq!(a.directory.id, b.directory.id);
    assert_eq!(a.directory.version, b.directory.version);
    assert_eq!(a.directory.status_as_of, b.directory.status_as_of);
    assert_eq!(
        (&a.directory.country, &a.directory.state_province),
        (&b.directory.country, &b.directory.state_province)
    );
    let locales = |d: &Directory| {
        d.data()
            .directory
            .locales
            .iter()
            .cloned()
            .collect::<BTreeSet<_>>()
    };
    assert_eq!(locales(sample), locales(back));
    for locale in sample.locales() {
        let tag = locale.to_string();
        for attribute in [None, Some("region"), Some("motto"), Some("description")] {
            let (la, lb) = (
                sample.locale(&[&tag]).unwrap(),
                back.locale(&[&tag]).unwrap(),
            );
            assert_eq!(
                sample.directory_text(&la, attribute),
                back.directory_text(&lb, attribute),
                "directory {attribute:?} in {tag}"
            );
        }
    }

    assert_eq!(a.fields.len(), b.fields.len());
    for (fa, fb) in a.fields.iter().zip(&b.fields) {
        assert_eq!((&fa.id, fa.number), (&fb.id, fb.number));
        same_texts(sample, &fa.id, back, &fb.id, Kind::Field, &[]);
    }
    let groups_b: BTreeSet<&str> = b.target_groups.iter().map(|g| g.id.as_str()).collect();
    for group in &a.target_groups {
        if complete
            || a.services
                .iter()
                .any(|s| s.target_groups.contains(&group.id))
        {
            assert!(
                groups_b.contains(group.id.as_str()),
                "target group {}",
                group.id
            );
            same_texts(sample, &group.id, back, &group.id, Kind::TargetGroup, &[]);
        }
    }

    let public: Vec<_> = a
        .contacts
        .iter()
        .filter(|c| c.visibility == Visibility::Public)
        .collect();
    let served = |id: &str| {
        a.services
            .iter()
            .any(|s| s.contacts.iter().any(|c| c == id))
    };
    let used_location = |id: &str| {
        a.services
            .iter()
            .any(|s| s.locations.iter().any(|l| l == id))
    };
    let mut compared = [0usize; 4];

    for service in &a.services {
        let id = uuid(Kind::Service, &service.id);
        let other = b
            .services
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("service {}", service.id));
        let sorted = |mut v: Vec<String>| {
            v.sort();
            v
        };
        let contacts: Vec<String> = service
            .contacts
            .iter()
            .filter(|c| public.iter().any(|p| &p.id == *c))
            .cloned()
            .collect();
        assert_eq!(
            sorted(uuids(Kind::Contact, &contacts)),
            sorted(other.contacts.clone()),
            "contacts of {}",
            service.id
        );
        assert_eq!(
            uuids(Kind::Location, &service.locations),
            other.locations,
            "locations of {}",
            service.id
        );
        assert_eq!(
            service
                .provider
                .as_ref()
                .map(|p| uuid(Kind::Organization, p)),
            other.provider
        );
        assert_eq!(
            (&service.fields, &service.target_groups, &service.languages),
            (&other.fields, &other.target_groups, &other.languages),
            "{}",
            service.id
        );
        assert_eq!(
            (service.cost, service.appointment, service.step_free),
            (other.cost, other.appointment, other.step_free),
            "{}",
            service.id
        );
        assert_eq!(service.opening_hours, other.opening_hours, "{}", service.id);
        assert_eq!(
            (
                &service.website,
                &service.email,
                service.minimum_age,
                service.maximum_age,
                service.last_reviewed
            ),
            (
                &other.website,
                &other.email,
                other.minimum_age,
                other.maximum_age,
                other.last_reviewed
            )
        );
        same_texts(sample, &service.id, back, &id, Kind::Service, &["keywords"]);
        compared[0] += 1;
    }
    for organization in &a.organizations {
        if !complete
            && !a
                .services
                .iter()
                .any(|s| s.provider.as_deref() == Some(&organization.id))
        {
            continue;
        }
        let id = uuid(Kind::Organization, &organization.id);
        let other = b
            .organizations
            .iter()
            .find(|o| o.id == id)
            .unwrap_or_else(|| panic!("organization {}", organization.id));
        assert_eq!(
            (&organization.website, &organization.email),
            (&other.website, &other.email)
        );
        same_texts(sample, &organization.id, back, &id, Kind::Organization, &[]);
        compared[1] += 1;
    }
    for location in &a.locations {
        if !complete && !used_location(&location.id) {
            continue;
        }
        let id = uuid(Kind::Location, &location.id);
        let other = b
            .locations
            .iter()
            .find(|l| l.id == id)
            .unwrap_or_else(|| panic!("location {}", location.id));
        assert_eq!(
            (&location.street, &location.postal_code, &location.locality),
            (&other.street, &other.postal_code, &other.locality),
            "{}",
            location.id
        );
        assert_eq!(
            (location.coordinates, location.step_free),
            (other.coordinates, other.step_free),
            "{}",
            location.id
        );
        let name_de = |d: &wegweiser::DirectoryData, m: &Option<String>| {
            m.as_ref()
                .and_then(|m| d.municipalities.iter().find(|x| &x.id == m))
                .map(|m| (m.name_de.clone(), m.name_dsb.clone()))
        };
        assert_eq!(
            name_de(a, &location.municipality),
            name_de(b, &other.municipality),
            "municipality of {}",
            location.id
        );
        same_texts(sample, &location.id, back, &id, Kind::Location, &[]);
        compared[2] += 1;
    }
    for contact in public {
        if !complete && !served(&contact.id) {
            continue;
        }
        let id = uuid(Kind::Contact, &contact.id);
        let other = b
            .contacts
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("contact {}", contact.id));
        let e164: Vec<String> = contact
            .phones
            .iter()
            .map(|p| wegweiser::normalize_phone(p, "49").unwrap())
            .collect();
        assert_eq!(e164, other.phones, "{}", contact.id);
        assert_eq!(
            (&contact.person_name, &contact.email),
            (&other.person_name, &other.email)
        );
        assert_eq!(
            contact
                .organization
                .as_ref()
                .map(|o| uuid(Kind::Organization, o)),
            other.organization
        );
        // services.json holds the places of services, not those only contacts use.
        if complete || contact.location.as_ref().is_some_and(|l| used_location(l)) {
            assert_eq!(
                contact.location.as_ref().map(|l| uuid(Kind::Location, l)),
                other.location,
                "{}",
                contact.id
            );
        }
        assert_eq!(
            contact.office_hours, other.office_hours,
            "office hours of {}",
            contact.id
        );
        // Languages and the note ride on the phones: a contact without one loses them.
        let skip: &[&str] = if contact.phones.is_empty() {
            &["note"]
        } else {
            &[]
        };
        if !contact.phones.is_empty() {
            assert_eq!(contact.languages, other.languages, "{}", contact.id);
        }
        same_texts(sample, &contact.id, back, &id, Kind::Contact, skip);
        compared[3] += 1;
    }
    assert!(compared.iter().all(|n| *n > 0), "compared {compared:?}");
}
