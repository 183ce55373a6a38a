//! Browser tests for the consents section.
