//! Browser tests: the timeline view.
