//! partners.csv: code,name,siret,caf_code,convention,contrat,bulletin

use super::rows::{Cells, Outcome, RowResult};
use super::Importer;
use crate::domain::decision::{At, Decision, Intent};
use crate::domain::partners::{decide_create, decide_document};
use crate::domain::records::Partner;
use crate::domain::{ids, Document};
use crate::store::partners;

impl Importer<'_, '_> {
    pub(super) fn partner(&mut self, c: &[&str]) -> RowResult {
        let mut v = Cells::default();
        let code = v.check(c[0], ids::code("partner", c[0]).at("code"));
        let name = v.check(c[1], ids::text("name", c[1]).at("name"));
        let siret = v.check(c[2], ids::siret(c[2]).at("siret"));
        let caf_code = v.check(c[3], ids::caf_code(c[3]).at("caf_code"));
        let mut docs = Vec::new();
        for (i, doc) in Document::ALL.iter().enumerate() {
            let raw = c[4 + i];
            if !raw.is_empty() {
                let today = &self.tx.now[..10];
                let date = ids::received(doc.as_str(), raw, today).at(doc.as_str());
                if let Some(date) = v.check(raw, date) {
                    docs.push((*doc, date));
                }
            }
        }
        let (Some(code), Some(name), Some(siret), Some(caf_code)) = (code, name, siret, caf_code)
        else {
            return Err(v.refused());
        };
        v.done()?;
        let received = |doc: Document| {
            docs.iter()
                .find(|(d, _)| *d == doc)
                .map(|(_, date)| date.clone())
        };
        let tx = self.tx;
        let new = Partner {
            code,
            name,
            siret,
            caf_code,
            status: String::new(),
            convention: received(Document::Convention),
            contrat: received(Document::Contrat),
            bulletin: received(Document::Bulletin),
            created_at: tx.now.to_string(),
        };
        let existing = self.known.partner(tx, &new.code)?;
        let decided = decide_create(&tx.actor, Intent::Ensure, &new, existing.as_ref())?;
        let (Decision::Unchanged, Some(p)) = (decided, existing) else {
            // A new partner comes with the documents its row names, in one insert and one
            // audit row that lists them.
            partners::create(tx, &new, &self.audit)?;
            self.known.partner_written(&new.code);
            return Ok(Outcome::Created);
        };
        // A known partner: the documents its row names that the store does not hold yet
        // are recorded (each audited on its own).
        let mut changed = false;
        for (doc, date) in &docs {
            let d = decide_document(&tx.actor, Intent::Ensure, &p.code, Some(&p), *doc, date)?;
            if d == Decision::Write(()) {
                partners::record_document(tx, &p.code, *doc, date, &self.audit)?;
                changed = true;
            }
        }
        if changed {
            self.known.partner_written(&p.code);
        }
        Ok(if changed {
            Outcome::Changed
        } else {
            Outcome::Unchanged
        })
    }
}
