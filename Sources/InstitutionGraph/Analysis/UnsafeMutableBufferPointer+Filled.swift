extension UnsafeMutableBufferPointer {
    /// Allocates a buffer of `capacity` elements, each set to `value`: a workspace's buffer, which
    /// its owner deallocates.
    static func allocate(capacity: Int, filledWith value: Element) -> Self {
        let buffer = allocate(capacity: capacity)
        buffer.initialize(repeating: value)
        return buffer
    }

    /// ``allocate(capacity:filledWith:)`` starting on a cache line (64 bytes), so that no element
    /// of a size that divides 64 straddles two lines, as one at 16 bytes past a line would.
    static func allocateOnCacheLines(capacity: Int, filledWith value: Element) -> Self {
        let bytes = UnsafeMutableRawPointer.allocate(
            byteCount: Swift.max(1, capacity) * MemoryLayout<Element>.stride, alignment: Swift.max(64, MemoryLayout<Element>.alignment))
        let buffer = Self(start: bytes.bindMemory(to: Element.self, capacity: capacity), count: capacity)
        buffer.initialize(repeating: value)
        return buffer
    }
}
