//! `afas export KIND`: the import formats, to stdout, streamed row by row, so that
//! export → import into an empty store gives the same data back.

use std::io::Write;

use anyhow::Result;

use super::{scope, Ctx};
use crate::domain::CsvKind;
use crate::store;

pub fn run(ctx: &mut Ctx, kind: CsvKind, partner: Option<String>) -> Result<()> {
    ctx.read(|tx, actor| {
        let only = scope(tx, actor, partner.as_deref())?;
        let columns = kind.columns();
        let stdout = std::io::stdout().lock();
        let mut out = csv::Writer::from_writer(std::io::BufWriter::new(stdout));
        out.write_record(columns)?;
        store::export::rows(tx, kind, only.as_deref(), |record| {
            out.write_record(record)?;
            Ok(())
        })?;
        out.flush()?;
        out.into_inner().map_err(|e| e.into_error())?.flush()?;
        Ok(())
    })
}
