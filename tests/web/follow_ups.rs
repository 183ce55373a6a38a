//! Browser tests for the follow-ups section.
