//! Checks of single values: e-mail addresses, URLs, phone numbers.

/// Normalizes a phone number to E.164 (`+4935620123450`), or says why it can't.
///
/// National numbers (`03562 0123-45`) get `country_code`; `00` and `+` mark international
/// ones. Spaces, `-`, `/`, `.` and brackets are separators. A trunk zero written in
/// brackets after the country code (`+49 (0)3562 …`) is dropped.
pub fn normalize_phone(number: &str, country_code: &str) -> Result<String, String> {
    let trimmed = number.trim();
    if trimmed.is_empty() {
        return Err("the number is empty".into());
    }
    let without_trunk = trimmed.replacen("(0)", "", 1);
    let mut digits = String::new();
    let mut international = false;
    for (i, c) in without_trunk.chars().enumerate() {
        match c {
            '+' if i == 0 => international = true,
            '0'..='9' => digits.push(c),
            ' ' | '-' | '/' | '.' | '(' | ')' | '\u{a0}' => {}
            other => return Err(format!("`{other}` cannot be part of a phone number")),
        }
    }
    let full = if international {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("{country_code}{rest}")
    } else {
        return Err("a number without + or a leading 0 has no area code".into());
    };
    if full.starts_with('0') {
        return Err("the country code cannot start with 0".into());
    }
    match full.len() {
        0..=7 => Err(format!(
            "{} digits are too few for a phone number with area code",
            full.len()
        )),
        8..=15 => Ok(format!("+{full}")),
        n => Err(format!("{n} digits are more than E.164 allows (15)")),
    }
}

/// Checks an e-mail address (the practical subset of RFC 5321 that people use).
pub fn check_email(address: &str) -> Result<(), String> {
    let Some((local, domain)) = address.rsplit_once('@') else {
        return Err("an e-mail address needs an @".into());
    };
    if local.is_empty() || local.len() > 64 {
        return Err("the part before @ is empty or too long".into());
    }
    let local_ok = local
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    if !local_ok {
        return Err(format!("`{local}` is not a valid part before @"));
    }
    check_domain(domain)
}

fn check_domain(domain: &str) -> Result<(), String> {
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return Err(format!(
            "`{domain}` is not a domain: it needs a dot, as in example.org"
        ));
    }
    for label in &labels {
        let ok = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-');
        if !ok {
            return Err(format!("`{domain}` is not a valid domain"));
        }
    }
    Ok(())
}

/// Checks a link: only `http`, `https`, `mailto` and `tel` are allowed, so no data can
/// smuggle `javascript:` into a page.
/// The longest link accepted, in characters (browsers and servers cut off near 2,000).
pub const MAX_URL_CHARS: usize = 2_000;

pub fn check_url(link: &str) -> Result<(), String> {
    if link.chars().count() > MAX_URL_CHARS {
        return Err(format!(
            "a link of {} characters is longer than the limit of {MAX_URL_CHARS}: shorten it",
            link.chars().count()
        ));
    }
    let parsed = url::Url::parse(link).map_err(|e| format!("`{link}` is not a URL ({e})"))?;
    match parsed.scheme() {
        "http" | "https" => {
            if parsed.host_str().is_none_or(str::is_empty) {
                return Err(format!("`{link}` has no host"));
            }
            Ok(())
        }
        "mailto" => check_email(parsed.path()),
        "tel" => normalize_phone(parsed.path(), "49").map(|_| ()),
        other => Err(format!(
            "links may only use http, https, mailto or tel, not `{other}:`"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_normalize_to_e164() {
        assert_eq!(
            normalize_phone("03562 0123-45", "49").unwrap(),
            "+493562012345"
        );
        assert_eq!(
            normalize_phone("+49 (0)3562 / 69 24", "49").unwrap(),
            "+4935626924"
        );
        assert_eq!(
            normalize_phone("0048 68 123 45 67", "49").unwrap(),
            "+48681234567"
        );
        assert!(normalize_phone("3562 12345", "49").is_err());
        assert!(normalize_phone("0800-CALL-NOW", "49").is_err());
        assert!(normalize_phone("+49 1234 5678 9012 3456", "49").is_err());
        assert!(normalize_phone("0123", "49").is_err());
    }

    #[test]
    fn emails() {
        assert!(check_email("mbe-forst@welfare-lausitz.example").is_ok());
        assert!(check_email("integration@").is_err());
        assert!(check_email("no-at-sign.example").is_err());
        assert!(check_email("a..b@x.example").is_err());
        assert!(check_email("a@localhost").is_err());
    }

    #[test]
    fn urls() {
        assert!(check_url("https://www.spree-neisse.example/integration").is_ok());
        assert!(check_url("mailto:info@x.example").is_ok());
        assert!(check_url("tel:+4935620100").is_ok());
        assert!(check_url("javascript:alert(1)").is_err());
        assert!(check_url("ftp://x.example").is_err());
        assert!(check_url("www.example.org").is_err());
    }
}
