//! The seats of a limit of two: a partner's administrators, the FDAs or FDFs of one scope.
//!
//! Each holder has seat 1 or 2, and a unique index (account_admin_seat, profile_seat)
//! refuses a second holder of a seat: the server itself keeps the limit. A new holder
//! takes the free seat, chosen here from the seats read with the holders, not by a
//! subquery of the insert: the import sends many rows in one statement (`sql/batch.rs`),
//! and a subquery would not see the rows of its own statement.

/// Which of the two seats are taken.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Seats {
    taken: [bool; 2],
}

impl Seats {
    /// Notes a seat the store says is taken.
    pub fn hold(&mut self, seat: Option<i64>) {
        if let Some(s @ 1..=2) = seat {
            self.taken[(s - 1) as usize] = true;
        }
    }

    /// Takes the free seat, 1 else 2. With both taken it answers 2 all the same: the rules
    /// have refused the holder before, and if not, the unique index does.
    pub fn take(&mut self) -> i64 {
        let seat = if self.taken[0] { 2 } else { 1 };
        self.taken[seat - 1] = true;
        seat as i64
    }
}

#[cfg(test)]
mod tests {
    use super::Seats;

    #[test]
    fn a_new_holder_takes_the_free_seat() {
        let mut s = Seats::default();
        assert_eq!(s.take(), 1);
        assert_eq!(s.take(), 2);
        let mut s = Seats::default();
        s.hold(Some(1));
        assert_eq!(s.take(), 2, "seat 1 is held");
        let mut s = Seats::default();
        s.hold(Some(2));
        assert_eq!(
            s.take(),
            1,
            "the holder of seat 1 left; seat 2 is still held"
        );
        s.hold(None);
        assert_eq!(s.take(), 2);
    }
}
