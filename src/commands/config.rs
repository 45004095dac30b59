//! `afas config`: the store's settings (control thresholds, the e-mail sender).

use anyhow::Result;
use serde_json::json;

use super::Ctx;
use crate::cli::ConfigCmd;
use crate::domain::access::Action;
use crate::domain::address;
use crate::domain::controls::{self, SETTINGS};
use crate::domain::fields::{self, Unit};
use crate::error::refused;
use crate::store::settings;

pub fn run(ctx: &mut Ctx, cmd: ConfigCmd) -> Result<()> {
    match cmd {
        ConfigCmd::List => {
            let list = ctx.read(|tx, _| settings::list(tx))?;
            ctx.out.list(&list)
        }
        ConfigCmd::Set { key, value } => {
            let Some(setting) = controls::setting(key.trim()) else {
                let keys: Vec<&str> = SETTINGS.iter().map(|s| s.key).collect();
                return Err(refused(format!(
                    "no setting {key:?}: one of {}",
                    keys.join(", ")
                )));
            };
            let value = if setting.key == "mail.from" {
                // Kept as typed (trimmed): the sender's one check reads it again at delivery.
                address::sender(&value)?;
                value.trim().to_string()
            } else {
                let v = fields::parse_value(&value, Unit::Hundredths)
                    .map_err(|why| refused(format!("{} {value:?}: {why}", setting.key)))?;
                fields::format_value(v, Unit::Hundredths)
            };
            let list = ctx.write(|tx| {
                tx.actor.require(Action::National("change settings"))?;
                let before = settings::get(tx, setting.key)?;
                settings::set(tx, setting.key, &value)?;
                let t = settings::thresholds(tx)?;
                if t.cout_horaire_min > t.cout_horaire_max {
                    return Err(refused(
                        "controls.cout_horaire_min would exceed controls.cout_horaire_max",
                    ));
                }
                tx.audit(
                    "config.set",
                    setting.key,
                    None,
                    json!({"before": before, "after": value}),
                )?;
                settings::list(tx)
            })?;
            ctx.out.say(&format!("{} = {value}", setting.key))?;
            if ctx.out.format != crate::output::Format::Table {
                ctx.out.list(&list)?;
            }
            Ok(())
        }
    }
}
