//! Chains of references within one kind (a ladder's `leads_to`, credentials requiring
//! credentials), walked without recursion and bounded by `MAX_CHAIN`.

/// The longest chain of records him follows (a career ladder of `leads_to`, credentials
/// requiring credentials): far beyond any real one, and a bound on every walk over references.
/// docs/DATA.md documents it.
pub const MAX_CHAIN: usize = 100;

/// Each record's references to records of its own kind, in one list: record i's are
/// `refs[starts[i]..starts[i + 1]]`, each with `E` saying where it is written and the index of
/// the record it names.
pub(super) struct References<E> {
    starts: Vec<usize>,
    refs: Vec<(E, usize)>,
}

impl<E: Copy> References<E> {
    /// The references of `records`, as `each` lists them for one record.
    pub(super) fn of<T>(
        records: &[T],
        mut each: impl FnMut(&T, &mut Vec<(E, usize)>),
    ) -> References<E> {
        let mut starts = Vec::with_capacity(records.len() + 1);
        let mut refs = Vec::new();
        for record in records {
            starts.push(refs.len());
            each(record, &mut refs);
        }
        starts.push(refs.len());
        References { starts, refs }
    }

    pub(super) fn of_record(&self, record: usize) -> &[(E, usize)] {
        &self.refs[self.starts[record]..self.starts[record + 1]]
    }
}

/// The records where a chain first grows longer than `MAX_CHAIN`, each with the reference that
/// carries the chain on: every chain that is too long passes through exactly one of them, so a
/// chain of 20,000 credentials is one problem, not 19,900.
///
/// The longest chain from each record is found in one depth-first walk over every reference,
/// kept on a stack of its own rather than the program's (a chain of 20,000 overflowed it). A
/// reference that closes a cycle is not followed: cycles are reported, or ignored, elsewhere.
pub(super) fn too_long_chains<E: Copy>(next: &References<E>) -> Vec<(usize, E)> {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let count = next.starts.len() - 1;
    let mut state = vec![NEW; count];
    // The records in the longest chain from each record, itself included, and the reference
    // the chain goes on by.
    let mut longest: Vec<(usize, Option<E>)> = vec![(1, None); count];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for start in 0..count {
        if state[start] != NEW {
            continue;
        }
        state[start] = ON_PATH;
        stack.push((start, 0));
        while let Some(&mut (node, ref mut edge)) = stack.last_mut() {
            let Some(&(at, target)) = next.of_record(node).get(*edge) else {
                state[node] = DONE;
                stack.pop();
                if let Some(&(parent, edge)) = stack.last() {
                    let (at, _) = next.of_record(parent)[edge - 1];
                    if longest[node].0 + 1 > longest[parent].0 {
                        longest[parent] = (longest[node].0 + 1, Some(at));
                    }
                }
                continue;
            };
            *edge += 1;
            match state[target] {
                NEW => {
                    state[target] = ON_PATH;
                    stack.push((target, 0));
                }
                DONE if longest[target].0 + 1 > longest[node].0 => {
                    longest[node] = (longest[target].0 + 1, Some(at));
                }
                _ => {}
            }
        }
    }
    longest
        .into_iter()
        .enumerate()
        .filter_map(|(record, (length, at))| {
            (length == MAX_CHAIN + 1)
                .then_some(at.map(|at| (record, at)))
                .flatten()
        })
        .collect()
}
