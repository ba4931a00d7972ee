/// The one-deletion variants of the keys seen so far, by hash: for a variant, every earlier
/// key that has it, in the order they were added.
///
/// Each hash has two chains of records, newest first: variants made by deleting a numeric scalar,
/// and the others (the key itself, or a deletion of anything else). Two keys that share only
/// numeric deletions are the same once numbers are removed, so ``DuplicateFinder`` never needs
/// them together, and a numbered series (`org-000001` … `org-030000`) costs nothing.
///
/// An open-addressing table with linear probing over hashes, sized once for every variant.
struct DeletionVariantTable {
    /// One variant of one key.
    struct Record {
        /// The key's index in ``MatchingKeys``.
        var key: Int32
        /// The variant: 0 for the key itself, `i + 1` for the key without scalar `i`.
        var variant: Int32
        /// The previous record of the same chain, or -1.
        var previous: Int32
    }

    /// Every record, in the order added.
    private var records: [Record] = []
    /// Each slot's hash; 0 marks an empty slot (a hash of 0 is stored as 1).
    private var hashes: [UInt64]
    /// Each slot's newest record among the variants deleting something other than a number.
    private var latestPlain: [Int32]
    /// Each slot's newest record among the variants deleting a numeric scalar.
    private var latestNumeric: [Int32]
    private let mask: Int

    /// A table for up to `capacity` records.
    init(capacity: Int) {
        var size = 16
        while size < capacity + capacity / 2 { size *= 2 }
        mask = size - 1
        hashes = Array(repeating: 0, count: size)
        latestPlain = Array(repeating: -1, count: size)
        latestNumeric = Array(repeating: -1, count: size)
        records.reserveCapacity(capacity)
    }

    /// The slot of `hash`: where it is, or the empty slot where it would go.
    private func slot(of hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0, hashes[slot] != hash { slot = (slot + 1) & mask }
        return slot
    }

    /// Calls `body` with each record of `hash` and its index, newest first: the plain ones, then,
    /// when `includingNumeric`, those deleting a numeric scalar.
    func forEachRecord(of hash: UInt64, includingNumeric: Bool, _ body: (Int, Record) -> Void) {
        let hash = hash == 0 ? 1 : hash
        let slot = slot(of: hash)
        guard hashes[slot] != 0 else { return }
        var record = latestPlain[slot]
        while record >= 0 {
            body(Int(record), records[Int(record)])
            record = records[Int(record)].previous
        }
        guard includingNumeric else { return }
        record = latestNumeric[slot]
        while record >= 0 {
            body(Int(record), records[Int(record)])
            record = records[Int(record)].previous
        }
    }

    /// Adds variant `variant` of key `key`, whose hash is `hash`.
    ///
    /// - Complexity: O(1) expected.
    mutating func add(key: Int, variant: Int, hash: UInt64, deletesNumber: Bool) {
        let hash = hash == 0 ? 1 : hash
        let slot = slot(of: hash)
        hashes[slot] = hash
        let index = Int32(records.count)
        if deletesNumber {
            records.append(Record(key: Int32(key), variant: Int32(variant), previous: latestNumeric[slot]))
            latestNumeric[slot] = index
        } else {
            records.append(Record(key: Int32(key), variant: Int32(variant), previous: latestPlain[slot]))
            latestPlain[slot] = index
        }
    }
}
