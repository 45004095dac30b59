//! afas as a library: the binary (`main.rs`), the tests and the examples all use the same
//! crate, so that nothing is copied or included by path.

pub mod cli;
pub mod commands;
pub mod complete;
pub mod csv_io;
pub mod domain;
pub mod error;
pub mod mail;
pub mod notices;
pub mod output;
pub mod prompt;
pub mod store;
pub mod views;
pub mod workbook;
