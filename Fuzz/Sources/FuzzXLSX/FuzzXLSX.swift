import FuzzSupport
import InstitutionGraph

/// Loads any bytes as a .xlsx dataset: it must load or fail with located errors, never trap,
/// overflow a buffer or leak (AddressSanitizer watches).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzedLoad.check(Array(UnsafeBufferPointer(start: data, count: size)), format: .xlsx)
    return 0
}
