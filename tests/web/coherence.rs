//! Browser tests: the coherence view.
