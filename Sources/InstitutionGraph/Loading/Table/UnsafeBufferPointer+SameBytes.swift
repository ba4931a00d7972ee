extension UnsafeBufferPointer<UInt8> {
    /// Whether `other` holds the same bytes: eight at a time, then the rest, since the cells and
    /// names compared are short and a call to `memcmp` costs more.
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        let (mine, theirs) = (UnsafeRawBufferPointer(self), UnsafeRawBufferPointer(other))
        var offset = 0
        while offset + 8 <= count {
            guard mine.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == theirs.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        while offset < count {
            guard mine[offset] == theirs[offset] else { return false }
            offset += 1
        }
        return true
    }
}
