//! The end-to-end tests of `afas`, in one test binary: one module per feature, all driving
//! the real `afas` binary through the harness in `common/`. One binary links the
//! dependencies once instead of once per file, and lets the compiler see which helpers are
//! really used.

#[macro_use]
mod common;

mod access;
mod assets;
mod audit_chain;
mod call_bars;
mod campaign;
mod cli_basics;
mod completion;
mod concurrency;
mod crash;
mod declaration_rules;
mod demo;
mod escapes;
mod export;
mod followup;
mod habilitation_rules;
mod habilitation_story;
mod harness;
mod hostile;
mod identity;
mod import;
mod interactive;
mod outbox;
mod profiles;
mod properties;
mod race;
mod readiness;
mod relay;
mod schema;
mod server_rules;
mod several_cafs;
mod shared_store;
mod sheets;
mod spreadsheet_csv;
mod store_edges;
mod tampering;
mod workshops;
