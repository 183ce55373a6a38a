//! LIX, the Swedish/Danish readability index, counted the way issue 14 defines it, so a
//! test can hold every guided screen to LIX ≤ 25 (easy text).
//!
//! LIX = words / sentences + 100 × long words / words.
//!
//! A screen's text is given as parts (the question, the help, each button label, the
//! progress line …). A reader takes the end of a heading, a button or a line as the end of
//! a sentence, so **each part, and each line inside a part, ends a sentence** even without
//! a full stop. Inside a part, a sentence ends at `.` `!` `?` or `:` followed by a space or
//! the end of the line; a run such as `?!` or `...` ends one sentence. The dots inside
//! "f.eks." or "1.5" end none, but the last dot of an abbreviation does, as in most LIX
//! counters (plain Danish writes "for eksempel" anyway).
//!
//! What counts as a word, decided here once:
//! - Words are separated by white space and by `/` ("og/eller" is two words).
//! - A word has at least one letter or digit; a lone dash ("–", "-") or other punctuation is
//!   no word.
//! - A word's length is its number of **letters** (`char::is_alphabetic`, so æ, ø and å are
//!   letters). Digits, hyphens and punctuation are not letters: "2026" is a word of length 0
//!   (a number is read as a word, but never a long one), "SMS-besked" is one word of nine
//!   letters.
//! - A long word has more than six letters.

/// The three counts LIX is made of, kept so a failing test can say why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LixCount {
    pub words: usize,
    pub sentences: usize,
    pub long_words: usize,
}

impl LixCount {
    /// Counts the parts of one screen; each part (and each line) ends a sentence.
    pub fn of(parts: &[&str]) -> LixCount {
        let mut count = LixCount::default();
        for line in parts.iter().flat_map(|part| part.lines()) {
            count.add_line(line);
        }
        count
    }

    fn add_line(&mut self, line: &str) {
        // Whether a word has been read since the last sentence end: a line ending without a
        // full stop still ends its sentence, but a line of only punctuation makes none.
        let mut open = false;
        for token in line.split(|c: char| c.is_whitespace() || c == '/') {
            if token.chars().any(char::is_alphanumeric) {
                self.words += 1;
                if token.chars().filter(|c| c.is_alphabetic()).count() > 6 {
                    self.long_words += 1;
                }
                open = true;
            }
            // The token is followed by white space, a slash or the end of the line, so a
            // terminator at its end ends a sentence ("f.eks." ends one, "1.5" none).
            if open && token.ends_with(['.', '!', '?', ':']) {
                self.sentences += 1;
                open = false;
            }
        }
        if open {
            self.sentences += 1;
        }
    }

    /// The index; 0 for a text without words (nothing to read is not hard to read).
    pub fn lix(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        let words = self.words as f64;
        words / self.sentences as f64 + 100.0 * self.long_words as f64 / words
    }
}

/// LIX of a screen given as its parts (question, help, each button, each line).
pub fn lix(parts: &[&str]) -> f64 {
    LixCount::of(parts).lix()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(parts: &[&str]) -> (usize, usize, usize) {
        let c = LixCount::of(parts);
        (c.words, c.sentences, c.long_words)
    }

    #[test]
    fn a_plain_danish_sentence() {
        // Hvad(4) er(2) vigtigst(8, long) for(3) dig(3) lige(4) nu?(2)
        // 7 words, 1 sentence, 1 long: 7/1 + 100·1/7 = 21.29
        assert_eq!(count(&["Hvad er vigtigst for dig lige nu?"]), (7, 1, 1));
        let got = lix(&["Hvad er vigtigst for dig lige nu?"]);
        assert!((got - (7.0 + 100.0 / 7.0)).abs() < 1e-9, "{got}");
    }

    #[test]
    fn each_part_ends_a_sentence_even_without_a_full_stop() {
        // "Tilbage"(7, long) "Spring over"(6, 4) "Gem og stop for nu"(3, 2, 4, 3, 2)
        // 8 words, 3 sentences (one per button), 1 long: 8/3 + 100/8 = 15.17
        let parts = ["Tilbage", "Spring over", "Gem og stop for nu"];
        assert_eq!(count(&parts), (8, 3, 1));
        assert!((lix(&parts) - (8.0 / 3.0 + 12.5)).abs() < 1e-9);
    }

    #[test]
    fn sentences_end_at_full_stop_question_exclamation_and_colon() {
        // Skriv(5) det(3) her:(3) | Hvem(4) hjælper(7, long) dig?(3) | Godt!(4) | Tak.(3)
        // 8 words, 4 sentences, 1 long
        assert_eq!(
            count(&["Skriv det her: Hvem hjælper dig? Godt! Tak."]),
            (8, 4, 1)
        );
    }

    #[test]
    fn each_line_of_a_part_ends_a_sentence() {
        // Two lines without full stops: two sentences, 4 words, 0 long.
        assert_eq!(count(&["Min mor\nMin ven"]), (4, 2, 0));
    }

    #[test]
    fn æøå_are_letters_and_digits_are_not() {
        // Spørgsmål: S-p-ø-r-g-s-m-å-l = 9 letters, long. "3" and "10" are words of no
        // letters. "af" 2. 4 words, 1 sentence (the line), 1 long.
        assert_eq!(count(&["Spørgsmål 3 af 10"]), (4, 1, 1));
        // "Økonomi"(7, long), "søskende"(8, long), "bøger"(5).
        assert_eq!(count(&["Økonomi søskende bøger."]), (3, 1, 2));
        // Eight digits and no letter: a word, never long.
        assert_eq!(count(&["12345678"]), (1, 1, 0));
    }

    #[test]
    fn a_hyphenated_word_is_one_word_and_its_hyphen_is_no_letter() {
        // "SMS-besked" = 3 + 6 = 9 letters: one long word. "e-mail" = 5 letters.
        assert_eq!(count(&["Send en SMS-besked eller e-mail."]), (5, 1, 1));
        // "bo-tid" is 5 letters: not long, though it has seven characters.
        assert_eq!(count(&["bo-tid"]), (1, 1, 0));
    }

    #[test]
    fn a_dash_or_slash_is_no_word() {
        // "–" is no word; "og/eller" is two. Ven(3) og(2) eller(5) familie(7, long)
        assert_eq!(count(&["Ven og/eller – familie"]), (4, 1, 1));
    }

    #[test]
    fn dots_inside_an_abbreviation_or_number_end_no_sentence() {
        // "f.eks." followed by a space ends a sentence; "1.5" ends none.
        // Skriv(5) f.eks.(4) | din(3) mor(3) eller(5) 1.5(0) venner.(6): 7 words, 2 sentences
        assert_eq!(
            count(&["Skriv f.eks. din mor eller 1.5 venner."]),
            (7, 2, 0)
        );
        // A run of terminators ends one sentence.
        assert_eq!(count(&["Hvad?! Nej..."]), (2, 2, 0));
    }

    #[test]
    fn nothing_to_read_scores_zero() {
        assert_eq!(count(&[]), (0, 0, 0));
        assert_eq!(lix(&[]), 0.0);
        assert_eq!(lix(&["", "   ", "\n"]), 0.0);
        // Only punctuation: no words, no sentences.
        assert_eq!(count(&["... ?! – :"]), (0, 0, 0));
        assert_eq!(lix(&["... ?! – :"]), 0.0);
    }

    #[test]
    fn a_long_hard_sentence_scores_high() {
        // Case-work Danish. Long: Kommunalbestyrelsen træffer afgørelse tilrettelæggelsen
        // beskæftigelsesindsatsen helhedsorienteret vurdering borgerens situation (9);
        // short: om af efter en af (5). 14 words, 1 sentence: 14 + 100·9/14 = 78.3
        let hard = "Kommunalbestyrelsen træffer afgørelse om tilrettelæggelsen af \
                    beskæftigelsesindsatsen efter en helhedsorienteret vurdering af borgerens situation.";
        assert_eq!(count(&[hard]), (14, 1, 9));
        assert!(lix(&[hard]) > 25.0);
    }
}
