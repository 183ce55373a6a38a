//! Browser tests for the interventions section.
