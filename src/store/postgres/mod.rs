//! The shared store on a PostgreSQL server (SPEC §4): connecting, and its own migrations.

pub mod connect;
