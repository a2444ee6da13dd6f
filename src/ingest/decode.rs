//! Bytes to text: BOMs, declared charsets, lossy UTF-8, and binary detection.

/// Text decoded from a file, with a warning when the decoding was lossy.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub warning: Option<String>,
}

/// Decodes `bytes` to text, or says why the file is not text.
///
/// A BOM wins (UTF-8, UTF-16 LE/BE); then valid UTF-8; then `charset_hint` (an HTML page's
/// declared charset); then UTF-8 decoded lossily, with a warning. A file that looks binary
/// (NUL bytes or many control characters in its first 8 KiB) is refused.
pub fn decode(bytes: &[u8], charset_hint: Option<&str>) -> Result<Decoded, String> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        let warning = had_errors.then(|| format!("invalid {} sequences replaced", enc.name()));
        return Ok(Decoded {
            text: strip_nul(text.into_owned()),
            warning,
        });
    }
    if looks_binary(bytes) {
        return Err("binary file, not text".to_string());
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: s.to_string(),
            warning: None,
        });
    }
    if let Some(enc) =
        charset_hint.and_then(|c| encoding_rs::Encoding::for_label(c.trim().as_bytes()))
        && enc != encoding_rs::UTF_8
    {
        let (text, _, had_errors) = enc.decode(bytes);
        let warning = had_errors.then(|| format!("invalid {} sequences replaced", enc.name()));
        return Ok(Decoded {
            text: text.into_owned(),
            warning,
        });
    }
    let text = String::from_utf8_lossy(bytes).into_owned();
    Ok(Decoded {
        text,
        warning: Some("invalid UTF-8: decoded lossily (bad bytes replaced by U+FFFD)".to_string()),
    })
}

/// [`decode`] of bytes the caller gives up: valid UTF-8 (most files) becomes the text
/// without a copy, so that a huge file is not held twice while it is read.
pub fn decode_owned(bytes: Vec<u8>, charset_hint: Option<&str>) -> Result<Decoded, String> {
    if encoding_rs::Encoding::for_bom(&bytes).is_some() || looks_binary(&bytes) {
        return decode(&bytes, charset_hint);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text,
            warning: None,
        }),
        Err(e) => decode(e.as_bytes(), charset_hint),
    }
}

fn strip_nul(s: String) -> String {
    if s.contains('\0') {
        s.replace('\0', "")
    } else {
        s
    }
}

/// Tells whether the start of a file looks like binary data rather than text.
pub(super) fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.is_empty() {
        return false;
    }
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "Acme raised $5 million.".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(
            decode(&bytes, None).unwrap().text,
            "Acme raised $5 million."
        );
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"\x7fELF\x02\x01\x01\0\0\0\0", None).is_err());
    }

    #[test]
    fn invalid_utf8_is_lossy_with_warning() {
        let d = decode(b"caf\xe9 raised $5 million", None).unwrap();
        assert!(d.text.contains('\u{fffd}'));
        assert!(d.warning.is_some());
    }

    #[test]
    fn declared_charset_is_used() {
        let d = decode(b"caf\xe9", Some("windows-1252")).unwrap();
        assert_eq!(d.text, "café");
        assert!(d.warning.is_none());
    }

    #[test]
    fn bytes_given_up_decode_as_bytes_lent() {
        let mut utf16 = vec![0xff, 0xfe];
        for u in "Acme".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        let cases: [(&[u8], Option<&str>); 7] = [
            (b"Acme raised $5 million.", None),
            ("caf\u{e9} \u{2019}".as_bytes(), None),
            (&utf16, None),
            (b"\xef\xbb\xbfAcme", None),
            (b"\x7fELF\x02\x01\x01\0\0\0\0", None),
            (b"caf\xe9 raised $5 million", None),
            (b"caf\xe9", Some("windows-1252")),
        ];
        for (bytes, hint) in cases {
            let lent = decode(bytes, hint).map(|d| (d.text, d.warning));
            let given = decode_owned(bytes.to_vec(), hint).map(|d| (d.text, d.warning));
            assert_eq!(lent, given, "{bytes:?}");
        }
    }
}
