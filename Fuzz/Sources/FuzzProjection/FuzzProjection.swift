import FuzzSupport

/// Reads any bytes as a projection folder's node and edge tables (split at the first 0 byte): it
/// must read or fail with located errors, never trap, overflow a buffer or leak.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzedProjection.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
