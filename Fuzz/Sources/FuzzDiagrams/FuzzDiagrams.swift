/// Draws diagrams whose names come from any bytes through Graphviz, as SVG, and reads the SVG
/// back: every name must be drawn as written (see `FuzzedDiagram`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzedDiagram.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
