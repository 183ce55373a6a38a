//! Browser tests for the goals section.
