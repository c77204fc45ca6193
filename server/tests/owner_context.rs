//! A page's owner looking up a context while another thread drops the owner above it (a request
//! dropped while its page still renders) must not deadlock: reactive_graph 0.2.16 held the
//! child's lock while it let go of the parent, whose cleanup locks its children (see the patch
//! in `vendor/reactive_graph`). Unpatched, this hung within about 5,000 rounds in every run.

use std::sync::mpsc;
use std::time::Duration;

use leptos::reactive::owner::{Owner, provide_context, use_context};

#[test]
fn a_context_lookup_survives_its_parent_being_dropped() {
    for round in 0..20_000 {
        let parent = Owner::new();
        parent.with(|| provide_context(42u32));
        let child = parent.with(Owner::new);
        let (done, finished) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            child.with(|| {
                for _ in 0..200 {
                    let _ = use_context::<u32>();
                }
            });
            let _ = done.send(());
        });
        std::thread::yield_now();
        drop(parent);
        assert!(
            finished.recv_timeout(Duration::from_secs(5)).is_ok(),
            "a context lookup deadlocked in round {round}"
        );
        assert!(reader.join().is_ok());
    }
}
