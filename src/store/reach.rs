//! What an agent of one Caf reads (SPEC §4): the rows of its Caf's partners. On SQLite the
//! whole file is open to whoever opens it, so the queries that count or limit rows say it
//! themselves; on PostgreSQL the server's policies already do, and the filter changes
//! nothing. Lists of whole records are filtered by `Actor::only_seen` instead.

/// The partners of the Caf in parameter `param`: the one query of what a Caf's agent
/// reaches (its actor reads them, completion and `of_caf` ask it).
pub fn caf_partners(param: u8) -> String {
    format!("SELECT code FROM partner WHERE caf_code = ?{param}")
}

/// The condition "`column` names a partner of the Caf in parameter `param`, or that
/// parameter is NULL" (a national agent, or a partner's people, whom other filters limit).
pub fn of_caf(column: &str, param: u8) -> String {
    format!(
        "(?{param} IS NULL OR {column} IN ({}))",
        caf_partners(param)
    )
}
