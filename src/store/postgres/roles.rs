//! The server's roles of a store (SPEC §4, issue #13): who owns it, the group every account
//! is in, the group of the Caf's agents, and how the migration that brings them in is run.
//!
//! - `{prefix}afas` owns every table and function. Nobody logs in as it: the migrations
//!   run under `SET ROLE`, by the database's owner (a role with CREATEROLE), who is made a
//!   member for the time of `init` or `migrate` only.
//! - `{prefix}afas_people`: every account's login role is a member; the policies are
//!   written for it. `{prefix}afas_caf`: the Caf agents.
//! - The prefix ('' by default) lets several stores share one server (staging and
//!   production, or the tests' many databases): roles belong to the whole server.

use anyhow::{anyhow, Result};
use postgres::Transaction;

/// The migration that makes accounts login roles and turns row-level security on. It and
/// every migration after it run as the owner, with the role names filled in (`filled`).
pub const MIGRATION: usize = 5;

/// Migration `version`'s SQL as it runs: from `MIGRATION` on, with the store's role names
/// (`owning`, the names the runner acts as) in place of its `{{…}}` marks; before, as it is.
pub fn filled(version: usize, owning: Option<&Names>, sql: &str) -> Result<String> {
    if version < MIGRATION {
        return Ok(sql.to_string());
    }
    match owning {
        Some(names) => Ok(names.fill(sql)),
        None => Err(anyhow!(
            "migration {version} names the store's roles, and the runner does not act as \
             its owner"
        )),
    }
}

/// The role names of one store.
#[derive(Clone, Debug)]
pub struct Names {
    pub prefix: String,
    pub owner: String,
    pub people: String,
    pub caf: String,
}

impl Names {
    pub fn new(prefix: &str) -> Names {
        Names {
            prefix: prefix.to_string(),
            owner: format!("{prefix}afas"),
            people: format!("{prefix}afas_people"),
            caf: format!("{prefix}afas_caf"),
        }
    }

    /// The names of a store already set up: its prefix is in the schema.
    pub fn of(t: &mut Transaction) -> Result<Names> {
        let prefix: String = t.query_one("SELECT afas_role_prefix()", &[])?.get(0);
        Ok(Names::new(&prefix))
    }

    /// The migration's SQL with these names in place of its `{{…}}` marks.
    pub fn fill(&self, sql: &str) -> String {
        sql.replace("{{owner_text}}", &literal(&self.owner))
            .replace("{{people_text}}", &literal(&self.people))
            .replace("{{caf_text}}", &literal(&self.caf))
            .replace("{{prefix}}", &literal(&self.prefix))
            .replace("{{owner}}", &ident(&self.owner))
            .replace("{{people}}", &ident(&self.people))
            .replace("{{caf}}", &ident(&self.caf))
    }
}

/// A role prefix afas accepts: letters, digits and `_`, at most 20, so that a role name
/// (prefix and login) stays within the server's 63 bytes and needs no quoting to type.
pub fn check_prefix(prefix: &str) -> Result<()> {
    if prefix.len() <= 20
        && prefix
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return Ok(());
    }
    Err(crate::domain::refusal::Refusal::Usage(format!(
        "--role-prefix {}: letters, digits and _ only, at most 20",
        crate::error::printable(prefix)
    ))
    .into())
}

/// `"name"`, quoted as an SQL identifier.
pub fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `'text'`, quoted as an SQL literal.
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// Before the identity migration: makes the three roles, gives the schema's tables and
/// functions (until now the runner's) to the owner, and lets the runner act as the owner
/// until `release`. A role of those names that exists already belongs to another store.
pub fn install(t: &mut Transaction, names: &Names) -> Result<()> {
    for role in [&names.owner, &names.people, &names.caf] {
        let taken: bool = t
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
                &[role],
            )?
            .get(0);
        if taken {
            return Err(anyhow!(
                "the server already has a role named {role}: another afas store uses these \
                 names; give this one its own --role-prefix"
            ));
        }
    }
    let (owner, people, caf) = (ident(&names.owner), ident(&names.people), ident(&names.caf));
    t.batch_execute(&format!(
        "CREATE ROLE {owner} NOLOGIN CREATEROLE;
         CREATE ROLE {people} NOLOGIN;
         CREATE ROLE {caf} NOLOGIN;
         GRANT {people}, {caf} TO {owner} WITH ADMIN OPTION;
         GRANT {owner} TO CURRENT_USER;
         GRANT USAGE, CREATE ON SCHEMA public TO {owner};
         GRANT USAGE ON SCHEMA public TO {people};"
    ))?;
    // Ending a suspended person's sessions needs pg_signal_backend; a server where the
    // runner may not give it still works, and the sessions end at their next connection.
    t.batch_execute("SAVEPOINT signal")?;
    if t.batch_execute(&format!("GRANT pg_signal_backend TO {owner}"))
        .is_err()
    {
        t.batch_execute("ROLLBACK TO SAVEPOINT signal")?;
    }
    t.batch_execute(&format!(
        "DO $$
         DECLARE r record;
         BEGIN
             FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                      WHERE n.nspname = 'public' AND c.relkind = 'r'
             LOOP
                 EXECUTE format('ALTER TABLE %I OWNER TO %I', r.relname, {owner_lit});
             END LOOP;
             FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p
                      JOIN pg_namespace n ON n.oid = p.pronamespace
                      WHERE n.nspname = 'public' AND p.proname LIKE 'afas\\_%'
             LOOP
                 EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.f, {owner_lit});
             END LOOP;
         END $$;",
        owner_lit = literal(&names.owner)
    ))?;
    Ok(())
}

/// Before a later migration: the runner acts as the owner again.
pub fn take_owner(t: &mut Transaction, names: &Names) -> Result<()> {
    t.batch_execute(&format!("GRANT {} TO CURRENT_USER", ident(&names.owner)))?;
    Ok(())
}

/// After `init` or `migrate`: the runner is no longer the owner. Nobody logs in as it.
pub fn release(client: &mut postgres::Client, names: &Names) -> Result<()> {
    client.batch_execute(&format!(
        "RESET ROLE; REVOKE {} FROM CURRENT_USER",
        ident(&names.owner)
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_from_the_identity_one_on_name_the_stores_roles() {
        let names = Names::new("t1_");
        let sql = "GRANT SELECT ON x TO {{people}}; -- {{owner_text}}";
        assert_eq!(filled(MIGRATION - 1, None, sql).unwrap(), sql);
        for version in [MIGRATION, MIGRATION + 1] {
            assert_eq!(
                filled(version, Some(&names), sql).unwrap(),
                "GRANT SELECT ON x TO \"t1_afas_people\"; -- 't1_afas'"
            );
            assert!(filled(version, None, sql).is_err());
        }
    }
}
