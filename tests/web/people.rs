//! Browser tests for the people section.
