/// The one way the store streams a table: pages of at most `size` items, each read after the
/// key of the last item of the page before (keyset paging, never OFFSET), so a walk over
/// millions of rows holds one page in memory and costs the same per page at the end as at the
/// start. A short page ends the walk.
///
/// `body` runs between pages, outside any database access, so it may use the store.
func forEachInPages<Item, Key, Failure: Error>(
    size: Int, startingAfter start: Key, page: (Key) throws(Failure) -> [Item], key: (Item) -> Key,
    _ body: (Item) throws(Failure) -> Void
) throws(Failure) {
    var after = start
    while true {
        let items = try page(after)
        for item in items { try body(item) }
        guard let last = items.last, items.count == size else { return }
        after = key(last)
    }
}
