//! An .xlsx sheet read as a stream of rows: calamine's cell reader parses the sheet's XML
//! as it goes, so a sheet of a million rows is never held whole (`Range` would hold every
//! cell). The reader borrows its workbook, so both live on a thread of their own, which
//! sends the rows' texts through a bounded channel: memory holds a few hundred rows.

use std::path::PathBuf;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

use calamine::{open_workbook, Data, Xlsx};

/// A row: its number in the sheet (from 0) and its cells' texts, by column from A.
pub type Row = (u32, Vec<String>);

/// How many rows wait in the channel at most.
const AHEAD: usize = 256;

/// The rows of a sheet, from its reading thread; an error ends them.
pub struct Stream {
    rows: Receiver<Result<Row, String>>,
}

impl Stream {
    /// Starts reading sheet `sheet` of the .xlsx `path`.
    pub fn start(path: PathBuf, sheet: String) -> Stream {
        let (tx, rows) = sync_channel(AHEAD);
        // When the import stops early (a refusal), the receiver goes and the thread ends
        // at its next send.
        std::thread::spawn(move || {
            if let Err(e) = read(&path, &sheet, &tx) {
                let _ = tx.send(Err(e));
            }
        });
        Stream { rows }
    }

    /// The next row; None after the last.
    pub fn next_row(&mut self) -> Option<Result<Row, String>> {
        self.rows.recv().ok()
    }
}

fn read(
    path: &std::path::Path,
    sheet: &str,
    tx: &SyncSender<Result<Row, String>>,
) -> Result<(), String> {
    let mut book: Xlsx<_> = open_workbook(path).map_err(|e: calamine::XlsxError| e.to_string())?;
    let mut cells = book
        .worksheet_cells_reader(sheet)
        .map_err(|e| e.to_string())?;
    let mut current: Option<(u32, Vec<String>)> = None;
    while let Some(cell) = cells.next_cell().map_err(|e| e.to_string())? {
        let (row, col) = cell.get_position();
        let value = Data::from(cell.get_value().clone());
        if value == Data::Empty {
            continue;
        }
        if current.as_ref().is_some_and(|(r, _)| *r != row) {
            if let Some(done) = current.take() {
                if tx.send(Ok(done)).is_err() {
                    return Ok(());
                }
            }
        }
        let (_, texts) = current.get_or_insert_with(|| (row, Vec::new()));
        let col = col as usize;
        if texts.len() <= col {
            texts.resize(col + 1, String::new());
        }
        super::text_of(&value, &mut texts[col]);
    }
    if let Some(done) = current {
        let _ = tx.send(Ok(done));
    }
    Ok(())
}

/// Whether calamine's streaming reader can read `path`: Excel's own format (.xlsx, .xlsm).
pub fn streams(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["xlsx", "xlsm"].contains(&e.to_ascii_lowercase().as_str()))
}
