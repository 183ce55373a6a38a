//! Shared test support for model (and format) tests:
//! - [`fixtures`]: a realistic hand-written plan (Mette, single mother of two);
//! - [`strategies`]: proptest strategies for valid plans, possibly-invalid plans
//!   and edit scripts.
//!
//! Use from another test file with `mod model_support;`.
#![allow(dead_code)]

pub mod fixtures;
pub mod strategies;
