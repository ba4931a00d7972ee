import FuzzSupport
import InstitutionGraph

/// Exports a dataset whose names come from any bytes, as GraphML, GEXF and node-link JSON, and
/// reads each back: the names must survive every escaping layer (see `FuzzedExport`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzedExport.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
