extension UnsafeMutableBufferPointer {
    /// Allocates a buffer of `capacity` elements, each set to `value`: a workspace's buffer, which
    /// its owner deallocates.
    static func allocate(capacity: Int, filledWith value: Element) -> Self {
        let buffer = allocate(capacity: capacity)
        buffer.initialize(repeating: value)
        return buffer
    }
}
