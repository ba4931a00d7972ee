import CGraphviz

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A started Graphviz context (`GVC_t *`) with the plugins it loaded.
///
/// Graphviz finds its plugins through the configuration file `config6a` in its plugin directory,
/// which Debian's `graphviz` package writes by running `dot -c` when it is installed.
struct GraphvizContext {
    /// The context, passed to `gvLayout` and `gvRenderData`.
    let gvc: OpaquePointer
    /// The installed layout engines.
    let engines: [LayoutEngine]
    /// The installed output formats (device plugins) that draw into memory.
    let formats: [OutputFormat]

    /// Devices that open a window instead of drawing into memory: without a display, Graphviz crashes
    /// (`x11`, `xlib`) or GTK ends the process (`gtk`), so they are never offered.
    private static let windowDevices: Set = ["gtk", "x11", "xlib"]

    /// Starts Graphviz with `gvContext`.
    ///
    /// - Parameter failure: The error to throw if Graphviz cannot start at all.
    /// - Throws: `failure`, or ``GraphvizError/pluginsMissing`` if Graphviz found no plugins.
    static func start(failure: @autoclosure () -> GraphvizError) throws(GraphvizError) -> GraphvizContext {
        guard let gvc = gvContext() else { throw failure() }
        let engines = pluginNames(gvc, kind: "layout").map(LayoutEngine.init(rawValue:))
        let formats = pluginNames(gvc, kind: "device").filter { !windowDevices.contains($0) }
            .map(OutputFormat.init(rawValue:))
        guard !engines.isEmpty, !formats.isEmpty else {
            gvFreeContext(gvc)
            throw .pluginsMissing
        }
        return GraphvizContext(gvc: gvc, engines: engines, formats: formats)
    }

    /// The names `gvPluginList` gives for one kind of plugin, such as `layout` or `device`.
    private static func pluginNames(_ gvc: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        defer { free(list) }
        return (0..<Int(count)).compactMap { index in
            list[index].map { name in
                defer { free(name) }
                return String(cString: name)
            }
        }
    }
}
