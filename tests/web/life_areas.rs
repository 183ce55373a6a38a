//! Browser tests: the life areas view.
