//! Browser tests for the approval section.
