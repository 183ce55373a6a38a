//! Browser tests: the decision view.
