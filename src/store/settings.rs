//! The store's settings: control thresholds and the e-mail sender.

use super::sql::args;
use super::Tx;
use crate::domain::records::SettingRow;
use anyhow::Result;

use crate::domain::controls::{self, Thresholds};
use crate::domain::fields;

pub fn get(tx: &Tx, key: &str) -> Result<String> {
    let stored: Option<String> = tx.db.query_opt(
        "SELECT value FROM setting WHERE key = ?1",
        args![key],
        |r| r.get(0),
    )?;
    Ok(stored.unwrap_or_else(|| {
        controls::setting(key)
            .map(|s| s.default.to_string())
            .unwrap_or_default()
    }))
}

pub fn set(tx: &Tx, key: &str, value: &str) -> Result<()> {
    tx.db.run(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        args![key, value],
    )?;
    Ok(())
}

pub fn list(tx: &Tx) -> Result<Vec<SettingRow>> {
    controls::SETTINGS
        .iter()
        .map(|s| {
            Ok(SettingRow {
                key: s.key.to_string(),
                value: get(tx, s.key)?,
                default: s.default.to_string(),
                meaning: s.meaning.to_string(),
            })
        })
        .collect()
}

/// The control thresholds, as stored (values were checked when set).
pub fn thresholds(tx: &Tx) -> Result<Thresholds> {
    let read = |key: &str, fallback: i64| -> Result<i64> {
        Ok(fields::parse_value(&get(tx, key)?, fields::Unit::Hundredths).unwrap_or(fallback))
    };
    let d = Thresholds::default();
    Ok(Thresholds {
        variation_n1: read("controls.variation_n1", d.variation_n1)?,
        cout_horaire_min: read("controls.cout_horaire_min", d.cout_horaire_min)?,
        cout_horaire_max: read("controls.cout_horaire_max", d.cout_horaire_max)?,
        deficit: read("controls.deficit", d.deficit)?,
    })
}

/// The store's own random id (Message-ID, SPEC §6), made by `fresh` the first time it is
/// asked for. Kept with the settings, out of `config list` and `config set`'s reach.
pub fn store_id(tx: &Tx, fresh: impl FnOnce() -> String) -> Result<String> {
    const KEY: &str = "store.id";
    let stored: Option<String> = tx.db.query_opt(
        "SELECT value FROM setting WHERE key = ?1",
        args![KEY],
        |r| r.get(0),
    )?;
    if let Some(id) = stored {
        return Ok(id);
    }
    let id = fresh();
    tx.db.run(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)",
        args![KEY, id.as_str()],
    )?;
    Ok(id)
}
