//! Writing an XLIFF 2.0 document with quick-xml: every text escaped by the writer.

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::content::{Content, Part};
use super::{XliffDocument, XLIFF_NAMESPACE};

/// The document as XLIFF 2.0 (UTF-8, indented).
pub fn write_xliff(document: &XliffDocument) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 1);
    // Writing into a Vec cannot fail.
    let _ = write_document(&mut writer, document);
    String::from_utf8(writer.into_inner()).unwrap_or_default()
}

fn write_document(w: &mut Writer<Vec<u8>>, d: &XliffDocument) -> std::io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = BytesStart::new("xliff");
    root.push_attribute(("xmlns", XLIFF_NAMESPACE));
    root.push_attribute(("version", "2.0"));
    root.push_attribute(("srcLang", d.source_locale.as_str()));
    root.push_attribute(("trgLang", d.target_locale.as_str()));
    w.write_event(Event::Start(root))?;
    let mut file = BytesStart::new("file");
    file.push_attribute(("id", "f1"));
    file.push_attribute(("original", d.original.as_str()));
    w.write_event(Event::Start(file))?;
    for unit in &d.units {
        let mut start = BytesStart::new("unit");
        start.push_attribute(("id", unit.id.as_str()));
        w.write_event(Event::Start(start))?;
        w.write_event(Event::Start(BytesStart::new("notes")))?;
        note(w, "wegweiser-state", &unit.state)?;
        if let Some(previous) = &unit.previous_source {
            note(w, "previous-source", previous)?;
        }
        if unit.source.whole_pattern {
            note(
                w,
                "format",
                "fluent-pattern: this text has variants; edit it as Fluent, keep the braces, the variant keys in [ ] and the * of the default",
            )?;
        }
        w.write_event(Event::End(BytesEnd::new("notes")))?;
        let codes = unit.source.codes();
        if !codes.is_empty() {
            w.write_event(Event::Start(BytesStart::new("originalData")))?;
            for (i, code) in codes.iter().enumerate() {
                let mut data = BytesStart::new("data");
                let id = format!("d{}", i + 1);
                data.push_attribute(("id", id.as_str()));
                w.write_event(Event::Start(data))?;
                w.write_event(Event::Text(BytesText::new(code)))?;
                w.write_event(Event::End(BytesEnd::new("data")))?;
            }
            w.write_event(Event::End(BytesEnd::new("originalData")))?;
        }
        let mut segment = BytesStart::new("segment");
        segment.push_attribute(("state", "initial"));
        w.write_event(Event::Start(segment))?;
        content(w, "source", &unit.source, &codes)?;
        if let Some(target) = &unit.target {
            content(w, "target", target, &codes)?;
        }
        w.write_event(Event::End(BytesEnd::new("segment")))?;
        w.write_event(Event::End(BytesEnd::new("unit")))?;
    }
    w.write_event(Event::End(BytesEnd::new("file")))?;
    w.write_event(Event::End(BytesEnd::new("xliff")))?;
    Ok(())
}

fn note(w: &mut Writer<Vec<u8>>, category: &str, text: &str) -> std::io::Result<()> {
    let mut start = BytesStart::new("note");
    start.push_attribute(("category", category));
    w.write_event(Event::Start(start))?;
    w.write_event(Event::Text(BytesText::new(text)))?;
    w.write_event(Event::End(BytesEnd::new("note")))?;
    Ok(())
}

/// `<source>` or `<target>`: text, and each code as `<ph>` pointing at its data. Mixed
/// content is written without indentation, which would add whitespace to the text.
fn content(
    w: &mut Writer<Vec<u8>>,
    name: &str,
    content: &Content,
    codes: &[&str],
) -> std::io::Result<()> {
    let mut inner = Writer::new(Vec::new());
    inner.write_event(Event::Start(BytesStart::new(name)))?;
    for (n, part) in content.parts.iter().enumerate() {
        match part {
            Part::Text(text) => inner.write_event(Event::Text(BytesText::new(text)))?,
            Part::Code(code) => {
                let data = codes.iter().position(|c| c == code).unwrap_or(0) + 1;
                let mut ph = BytesStart::new("ph");
                let id = (n + 1).to_string();
                let data_ref = format!("d{data}");
                ph.push_attribute(("id", id.as_str()));
                ph.push_attribute(("dataRef", data_ref.as_str()));
                inner.write_event(Event::Empty(ph))?;
            }
        }
    }
    inner.write_event(Event::End(BytesEnd::new(name)))?;
    w.write_indent()?;
    w.get_mut().extend_from_slice(&inner.into_inner());
    Ok(())
}
