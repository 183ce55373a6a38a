//! Text splices in UTF-16 code units, as the browser counts: `input.selectionStart`, a
//! Yjs text and a `beforeinput` event all count an emoji as two and `æ` as one. A splice
//! that would cut a character in half is refused rather than guessed at.

/// The length of `text` in UTF-16 code units.
pub fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// The byte index of UTF-16 offset `at` in `text`, or None when `at` lies past the end or
/// inside a character that takes two code units.
fn byte_index(text: &str, at: usize) -> Option<usize> {
    let mut units = 0;
    for (byte, c) in text.char_indices() {
        if units == at {
            return Some(byte);
        }
        units += c.len_utf16();
        if units > at {
            return None;
        }
    }
    (units == at).then_some(text.len())
}

/// `text` with `delete` code units at `at` replaced by `insert`, and the text that was
/// deleted (for the inverse splice). None when the range lies outside the text or cuts a
/// character in half.
pub fn apply_splice(
    text: &str,
    at: usize,
    delete: usize,
    insert: &str,
) -> Option<(String, String)> {
    let start = byte_index(text, at)?;
    let end = byte_index(text, at.checked_add(delete)?)?;
    let mut spliced = String::with_capacity(text.len() - (end - start) + insert.len());
    spliced.push_str(&text[..start]);
    spliced.push_str(insert);
    spliced.push_str(&text[end..]);
    Some((spliced, text[start..end].to_string()))
}

/// The one splice that turns `old` into `new` (common start and end kept), as
/// `(at, delete, insert)` in UTF-16 code units; None when they are equal. A text field
/// sends this for each input, so a keystroke is a splice of one character wherever the
/// caret is.
pub fn splice_between(old: &str, new: &str) -> Option<(usize, usize, String)> {
    if old == new {
        return None;
    }
    let prefix: usize = old
        .chars()
        .zip(new.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let (old_rest, new_rest) = (&old[prefix..], &new[prefix..]);
    let suffix: usize = old_rest
        .chars()
        .rev()
        .zip(new_rest.chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let deleted = &old_rest[..old_rest.len() - suffix];
    let inserted = &new_rest[..new_rest.len() - suffix];
    Some((
        utf16_len(&old[..prefix]),
        utf16_len(deleted),
        inserted.to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_letters_and_emoji_land_where_typed() {
        // "Jeg vil gå 😊 ture": the emoji is two code units, å one.
        let text = "Jeg vil gå 😊 ture";
        let at = utf16_len("Jeg vil gå 😊 ");
        let (spliced, deleted) = apply_splice(text, at, 0, "lange ").unwrap();
        assert_eq!(spliced, "Jeg vil gå 😊 lange ture");
        assert_eq!(deleted, "");
        let (back, _) = apply_splice(&spliced, at, utf16_len("lange "), "").unwrap();
        assert_eq!(back, text);
    }

    #[test]
    fn a_splice_inside_an_emoji_or_past_the_end_is_refused() {
        let text = "ø😊";
        assert_eq!(
            apply_splice(text, 2, 0, "x"),
            None,
            "inside the surrogate pair"
        );
        assert_eq!(apply_splice(text, 1, 1, ""), None, "deletes half the emoji");
        assert_eq!(apply_splice(text, 4, 0, "x"), None, "past the end");
        assert_eq!(
            apply_splice(text, 0, usize::MAX, ""),
            None,
            "overflowing range"
        );
        assert_eq!(
            apply_splice(text, 3, 0, "!"),
            Some(("ø😊!".to_string(), String::new()))
        );
    }

    #[test]
    fn the_splice_between_two_texts_reproduces_the_new_one() {
        let cases = [
            ("", "Å"),
            ("Min drøm", "Min store drøm"),
            ("Min store drøm", "Min drøm"),
            ("aaa", "aa"),
            ("😊😊", "😊x😊"),
            ("æøå", "æå"),
            ("hej", "farvel"),
        ];
        for (old, new) in cases {
            let (at, delete, insert) = splice_between(old, new).unwrap();
            let (spliced, _) = apply_splice(old, at, delete, &insert).unwrap();
            assert_eq!(spliced, new, "{old:?} -> {new:?}");
        }
        assert_eq!(splice_between("samme", "samme"), None);
        assert_eq!(
            splice_between("Min drøm", "Min store drøm"),
            Some((4, 0, "store ".into()))
        );
    }
}
