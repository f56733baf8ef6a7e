//! him: a command-line career explorer for health informatics and health information management.
//!
//! Data flows one way: `data` (TOML files, strictly loaded and checked) → `catalog` (validated
//! records with lookups by name) → `commands` (one file per command: a pure query that returns a
//! view) → `output` (tables, JSON, CSV or Markdown on one locked writer).

pub mod app;
pub mod catalog;
pub mod cli;
pub mod commands;
pub mod data;
pub mod domain;
pub mod error;
pub mod output;
pub mod settings;
pub mod text;
pub mod wages;
