/// What an output file holds, written from where it lies in memory: a report's downloads and a
/// large export are tens of megabytes, which a copy into `Data` first would double.
enum FileContents: Sendable {
    /// Text, written as UTF-8.
    case text(String)
    /// Bytes, written as they are.
    case bytes([UInt8])

    /// Calls `body` with the contents' bytes in place (a native string's UTF-8 is contiguous).
    func withUnsafeBytes<Success, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Success) throws(Failure) -> Success {
        // The standard library's accessors rethrow untyped errors: the result carries the type.
        let result =
            switch self {
            case .text(var text): text.withUTF8 { utf8 in Result { () throws(Failure) in try body(UnsafeRawBufferPointer(utf8)) } }
            case .bytes(let bytes): bytes.withUnsafeBytes { buffer in Result { () throws(Failure) in try body(buffer) } }
            }
        return try result.get()
    }
}
