//! Reading a PDF back in tests: the text of each page, and an Info entry.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

/// Text per page without line breaks (extraction splits lines differently from layout).
pub fn pages(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("valid PDF");
    let n = doc.get_pages().len() as u32;
    (1..=n)
        .map(|p| {
            doc.extract_text(&[p])
                .unwrap_or_default()
                .replace("\r\n", "\n")
                .replace(" \n", "")
                .replace('\n', "")
        })
        .collect()
}

/// An entry of the PDF Info dictionary (UTF-16 or plain).
pub fn info(bytes: &[u8], key: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let dict = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .and_then(|r| doc.get_dictionary(r))
        .unwrap();
    let raw = dict.get(key).unwrap().as_str().unwrap();
    if raw.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = raw[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(raw).into_owned()
    }
}
