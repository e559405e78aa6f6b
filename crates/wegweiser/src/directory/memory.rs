//! Handing freed memory back to the system after a load or an index build.
//!
//! Validation needs every file's Fluent syntax tree at once; a tree is many small
//! allocations, several times the size of its text. Once the compact store has what it
//! needs the trees are dropped, but glibc's allocator keeps the pages of freed small
//! allocations that lie between live ones: without asking it to release them, a
//! directory would stay resident at about the peak of its load (4.5 times its size
//! instead of 1.7 at 10,000 services, docs/scaling.md).

/// Returns whole free pages of the heap to the system (glibc's `malloc_trim`). Other
/// allocators and platforms release memory their own way: there it does nothing.
pub(crate) fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks glibc's own heap; it takes no pointers from us.
    unsafe {
        libc::malloc_trim(0);
    }
}
