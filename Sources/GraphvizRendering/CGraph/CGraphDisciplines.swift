import CGraphviz

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The methods cgraph calls back for the graphs we build; they must outlive the graph.
///
/// - The I/O methods let `agwrite` write into a Swift `[UInt8]` (its channel) instead of a `FILE`.
/// - The id methods number objects in creation order (see ``CGraphIdentifiers``).
struct CGraphDisciplines: ~Copyable {
    let io: UnsafeMutablePointer<Agiodisc_t>
    let id: UnsafeMutablePointer<Agiddisc_t>

    init() {
        io = .allocate(capacity: 1)
        io.initialize(to: Agiodisc_t(afread: nil, putstr: appendToBuffer, flush: { _ in 0 }))
        id = .allocate(capacity: 1)
        id.initialize(
            to: Agiddisc_t(
                open: { graph, _ in graph.map { Unmanaged.passRetained(CGraphIdentifiers(graph: $0)).toOpaque() } },
                map: mapIdentifier, alloc: { _, _, _ in 0 }, free: { _, _, _ in },
                print: { state, _, id in state.flatMap { identifiers($0).name(of: id) } },
                close: { state in state.map { Unmanaged<CGraphIdentifiers>.fromOpaque($0).release() } },
                idregister: { _, _, _ in }))
    }

    deinit {
        io.deallocate()
        id.deallocate()
    }

    /// A discipline for `agopen`, which copies these pointers into the graph.
    var discipline: Agdisc_t { Agdisc_t(mem: nil, id: id, io: io) }
}

/// cgraph's `putstr`: appends a C string to the `[UInt8]` that `channel` points to.
private func appendToBuffer(_ channel: UnsafeMutableRawPointer?, _ text: UnsafePointer<CChar>?) -> Int32 {
    guard let channel, let text else { return -1 }
    let bytes = UnsafeRawBufferPointer(start: text, count: strlen(text))
    channel.assumingMemoryBound(to: [UInt8].self).pointee.append(contentsOf: bytes)
    return 0
}

/// cgraph's id `map`: finds or makes the id of a name (or of a nameless object); 1 if it did.
private func mapIdentifier(
    _ state: UnsafeMutableRawPointer?, _ kind: Int32, _ name: UnsafeMutablePointer<CChar>?,
    _ id: UnsafeMutablePointer<IDTYPE>?, _ create: Int32
) -> Int {
    guard let state, let id, let found = identifiers(state).id(kind: kind, name: name, create: create != 0)
    else { return 0 }
    id.pointee = found
    return 1
}

/// The ``CGraphIdentifiers`` that the id `open` method made for a graph.
private func identifiers(_ state: UnsafeMutableRawPointer) -> CGraphIdentifiers {
    Unmanaged<CGraphIdentifiers>.fromOpaque(state).takeUnretainedValue()
}
