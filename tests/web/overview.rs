//! Browser tests: the overview view.
