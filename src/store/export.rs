//! The import formats read back out of the store, row by row, for `afas export`.

use super::sql::args;
use anyhow::Result;

use super::{reach, Tx};
use crate::domain::CsvKind;

/// Calls `row` with each row of `kind` (the cells in `kind.columns()` order), of one
/// partner or of all (`None`), in a stable order. Streams: one row in memory at a time.
pub fn rows(
    tx: &Tx,
    kind: CsvKind,
    partner: Option<&str>,
    mut row: impl FnMut(&[String]) -> Result<()>,
) -> Result<()> {
    // An agent of one Caf exports its Caf's partners only (?2, `reach.rs`).
    let code = reach::of_caf("code", 2);
    let of_caf = reach::of_caf("partner", 2);
    let m_partner = reach::of_caf("m.partner", 2);
    let s_partner = reach::of_caf("s.partner", 2);
    let sql = match kind {
        CsvKind::Partners => format!(
            "SELECT code, name, siret, caf_code, coalesce(convention, ''), coalesce(contrat, ''),
                    coalesce(bulletin, '')
             FROM partner WHERE (?1 IS NULL OR code = ?1) AND {code} ORDER BY code",
        ),
        // Caf agents travel too (empty partner), but only for a Caf agent's export of all.
        CsvKind::Accounts => format!(
            "SELECT login, coalesce(partner, ''), first_name, last_name, email,
                    CASE is_admin WHEN 1 THEN 'yes' ELSE 'no' END
             FROM account WHERE (?1 IS NULL OR partner = ?1) AND (partner IS NULL OR {of_caf})
             ORDER BY partner IS NOT NULL, partner, login",
        ),
        CsvKind::Groups => format!(
            "SELECT m.partner, m.kind, m.login,
                    CASE WHEN g.manager = m.login THEN 'yes' ELSE 'no' END
             FROM membership m JOIN grp g ON g.partner = m.partner AND g.kind = m.kind
             WHERE (?1 IS NULL OR m.partner = ?1) AND {m_partner}
             ORDER BY m.partner, m.kind, m.login",
        ),
        CsvKind::Services => format!(
            "SELECT code, partner, kind, name FROM service
             WHERE (?1 IS NULL OR partner = ?1) AND {of_caf} ORDER BY code",
        ),
        CsvKind::Sites => format!(
            "SELECT si.service, si.code, si.name, coalesce(si.address, '')
             FROM site si JOIN service s ON s.code = si.service
             WHERE (?1 IS NULL OR s.partner = ?1) AND {s_partner} ORDER BY si.service, si.code",
        ),
        CsvKind::Profiles => format!(
            "SELECT p.login, p.kind, p.service, coalesce(p.site, '')
             FROM profile p JOIN service s ON s.code = p.service
             WHERE (?1 IS NULL OR s.partner = ?1) AND {s_partner}
             ORDER BY p.service, p.kind, p.site NULLS FIRST, p.login",
        ),
    };
    let width = kind.columns().len();
    let mut record: Vec<String> = Vec::with_capacity(width);
    tx.db
        .for_each(&sql, args![partner, tx.actor.caf_code()], |r| {
            record.clear();
            for i in 0..width {
                record.push(r.get(i)?);
            }
            row(&record)
        })?;
    Ok(())
}
