//! Declarations, their forms and values, and the approver's recorded steps.

use std::collections::BTreeMap;

use anyhow::Result;

use super::sql::args;
use super::{Edited, Tx};
use crate::domain::declaration::{Declaration, Form};
use crate::domain::fields;
use crate::domain::records::Summary;
use crate::domain::{DeclarationState, FormKind, FormState};
use crate::error::not_found;

pub fn get(tx: &Tx, id: i64) -> Result<Declaration> {
    tx.db
        .query_opt(
            "SELECT d.id, d.call, c.type, c.year, c.status = 'open', c.deadline, d.service, s.name,
                s.kind, d.partner, d.state, d.round, d.activity_reviewed, d.financial_reviewed,
                d.transmitted_at, d.transmitted_by, d.sent_back_reason
         FROM declaration d JOIN call c ON c.id = d.call JOIN service s ON s.code = d.service
         WHERE d.id = ?1",
            args![id],
            |r| {
                Ok(Declaration {
                    id: r.get(0)?,
                    call: r.get(1)?,
                    call_type: r.get(2)?,
                    call_year: r.get(3)?,
                    call_open: r.get(4)?,
                    deadline: r.get(5)?,
                    service: r.get(6)?,
                    service_name: r.get(7)?,
                    service_kind: r.get(8)?,
                    partner: r.get(9)?,
                    state: r.get(10)?,
                    round: r.get(11)?,
                    activity_reviewed: r.get(12)?,
                    financial_reviewed: r.get(13)?,
                    transmitted_at: r.get(14)?,
                    transmitted_by: r.get(15)?,
                    sent_back_reason: r.get(16)?,
                })
            },
        )?
        .ok_or_else(|| not_found(format!("no declaration {id}")))
}

/// The declaration `id` as the acting account may know it: another partner's is not found,
/// with the same message as one that does not exist (SPEC §7).
pub fn seen(tx: &Tx, id: i64) -> Result<Declaration> {
    let d = get(tx, id)?;
    if !tx.actor.sees(Some(&d.partner)) {
        return Err(not_found(format!("no declaration {id}")));
    }
    Ok(d)
}

/// The forms of a declaration with their values: activity forms by site, then financial.
pub fn forms(tx: &Tx, declaration: i64) -> Result<Vec<Form>> {
    let mut forms: Vec<Form> = tx.db.query_map(
        "SELECT id, kind, site, state, return_reason, updated_at, updated_by FROM form
         WHERE declaration = ?1 ORDER BY kind, coalesce(site, '')",
        args![declaration],
        |r| {
            Ok(Form {
                id: r.get(0)?,
                kind: r.get(1)?,
                site: r.get(2)?,
                state: r.get(3)?,
                return_reason: r.get(4)?,
                updated_at: r.get(5)?,
                updated_by: r.get(6)?,
                values: BTreeMap::new(),
            })
        },
    )?;
    for f in &mut forms {
        f.values = tx
            .db
            .query_map(
                "SELECT field, value FROM form_value WHERE form = ?1",
                args![f.id],
                |r| Ok((r.get::<String>(0)?, r.get::<i64>(1)?)),
            )?
            .into_iter()
            .map(|(field, value)| {
                // afas writes only values within the fields' bound, so that no total of
                // them can overflow: anything else was written past it.
                if (0..=fields::MAX_VALUE).contains(&value) {
                    Ok((field, value))
                } else {
                    Err(Edited(format!(
                        "{value} in field {field} of form {}, outside 0 to {}",
                        f.id,
                        fields::MAX_VALUE
                    )))
                }
            })
            .collect::<Result<_, Edited>>()?;
    }
    Ok(forms)
}

pub fn set_value(tx: &Tx, form: i64, field: &str, value: i64) -> Result<()> {
    tx.db.run(
        "INSERT INTO form_value (form, field, value) VALUES (?1, ?2, ?3)
         ON CONFLICT (form, field) DO UPDATE SET value = excluded.value",
        args![form, field, value],
    )?;
    Ok(())
}

pub fn set_form_state(
    tx: &Tx,
    form: i64,
    state: FormState,
    return_reason: Option<&str>,
    by: &str,
) -> Result<()> {
    let now = tx.now.as_str();
    tx.db.run(
        "UPDATE form SET state = ?2, return_reason = ?3, updated_by = ?4, updated_at = ?5
         WHERE id = ?1",
        args![form, state, return_reason, by, now],
    )?;
    Ok(())
}

pub fn set_state(tx: &Tx, id: i64, state: DeclarationState) -> Result<()> {
    tx.db.run(
        "UPDATE declaration SET state = ?2 WHERE id = ?1",
        args![id, state],
    )?;
    Ok(())
}

/// "Contrôler et transmettre": a new approval pass starts; its steps start from nothing.
pub fn start_approval(tx: &Tx, id: i64) -> Result<()> {
    tx.db.run(
        "UPDATE declaration SET state = 'en-cours-approbation', round = round + 1,
                activity_reviewed = NULL, financial_reviewed = NULL WHERE id = ?1",
        args![id],
    )?;
    tx.db.run(
        "UPDATE form SET state = 'complet', return_reason = NULL
         WHERE declaration = ?1 AND state <> 'non-demande'",
        args![id],
    )?;
    Ok(())
}

/// Records (or, with None, clears) step 1 or 2.
pub fn set_review(tx: &Tx, id: i64, form_kind: FormKind, at: Option<&str>) -> Result<()> {
    let column = match form_kind {
        FormKind::Financial => "financial_reviewed",
        FormKind::Activity => "activity_reviewed",
    };
    tx.db.run(
        &format!("UPDATE declaration SET {column} = ?2 WHERE id = ?1"),
        args![id, at],
    )?;
    Ok(())
}

pub fn justify(tx: &Tx, id: i64, round: i64, control: &str, text: &str, by: &str) -> Result<()> {
    let now = tx.now.as_str();
    tx.db.run(
        "INSERT INTO justification (declaration, round, control, text, by_login, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (declaration, round, control) DO UPDATE
           SET text = excluded.text, by_login = excluded.by_login, at = excluded.at",
        args![id, round, control, text, by, now],
    )?;
    Ok(())
}

/// This pass's justifications, by control.
pub fn justifications(tx: &Tx, id: i64, round: i64) -> Result<BTreeMap<String, String>> {
    let rows = tx.db.query_map(
        "SELECT control, text FROM justification WHERE declaration = ?1 AND round = ?2",
        args![id, round],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(rows.into_iter().collect())
}

pub fn transmit(tx: &Tx, id: i64, by: &str) -> Result<()> {
    let now = tx.now.as_str();
    tx.db.run(
        "UPDATE declaration SET state = 'transmise-caf', transmitted_at = ?2, transmitted_by = ?3,
                sent_back_reason = NULL WHERE id = ?1",
        args![id, now, by],
    )?;
    Ok(())
}

pub fn send_back(tx: &Tx, id: i64, reason: &str) -> Result<()> {
    tx.db.run(
        "UPDATE declaration SET state = 'a-revoir', sent_back_reason = ?2,
                activity_reviewed = NULL, financial_reviewed = NULL WHERE id = ?1",
        args![id, reason],
    )?;
    Ok(())
}

/// The same service's last transmitted declaration of the same type, of an earlier year:
/// the reference of VARIATION_N1 (N-1: a later year's is never the reference, even when it
/// was transmitted first).
pub fn previous_transmitted(tx: &Tx, d: &Declaration) -> Result<Option<i64>> {
    tx.db.query_opt(
        "SELECT d.id FROM declaration d JOIN call c ON c.id = d.call
             WHERE d.service = ?1 AND c.type = ?2 AND d.call <> ?3 AND c.year < ?4
               AND d.state = 'transmise-caf'
             ORDER BY c.year DESC, d.transmitted_at DESC LIMIT 1",
        args![d.service, d.call_type, d.call, d.call_year],
        |r| r.get(0),
    )
}

pub struct Filter<'a> {
    pub call: Option<&'a str>,
    pub state: Option<DeclarationState>,
    pub partner: Option<&'a str>,
}

pub fn list(tx: &Tx, f: &Filter) -> Result<Vec<Summary>> {
    let rows = tx.db.query_map(
        "SELECT d.id, d.call, d.service, d.partner, d.state,
                (SELECT count(*) FROM form WHERE declaration = d.id AND state = 'complet'),
                (SELECT count(*) FROM form WHERE declaration = d.id AND state <> 'non-demande'),
                c.deadline, d.transmitted_at
         FROM declaration d JOIN call c ON c.id = d.call
         WHERE (?1 IS NULL OR d.call = ?1) AND (?2 IS NULL OR d.state = ?2)
           AND (?3 IS NULL OR d.partner = ?3)
         ORDER BY d.id",
        args![f.call, f.state, f.partner],
        |r| {
            Ok(Summary {
                id: r.get(0)?,
                call: r.get(1)?,
                service: r.get(2)?,
                partner: r.get(3)?,
                state: r.get(4)?,
                forms_complete: format!("{}/{}", r.get::<i64>(5)?, r.get::<i64>(6)?),
                deadline: r.get(7)?,
                transmitted_at: r.get(8)?,
            })
        },
    )?;
    Ok(rows)
}
