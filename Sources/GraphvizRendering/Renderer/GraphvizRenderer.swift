import CGraphviz

/// Lays out and draws graphs with Graphviz, one call at a time.
///
/// Graphviz is not thread safe (cgraph(3)): its graphs, error reporting and plugin context are
/// process-wide state. Every Graphviz call in this module therefore runs on this one actor,
/// ``shared``; concurrent callers wait their turn.
///
/// Whatever Graphviz reports goes through its error callback (`agseterrf`) to the actor, never to
/// standard error: errors are thrown as ``GraphvizError``, warnings come back in the ``Rendering``.
/// Engines and formats are checked against the installed plugins before anything is laid out.
///
/// ```swift
/// let svg = try await GraphvizRenderer.shared.render(graph, engine: .fdp, format: .svg).bytes
/// ```
public actor GraphvizRenderer {
    /// The one renderer: Graphviz's state is global, so more of them could only collide.
    public static let shared = GraphvizRenderer()

    /// Graphviz's context (`GVC_t *`) and the plugins it found, made on first use and kept for the
    /// life of the process.
    private var context: GraphvizContext?
    /// What Graphviz reported since the last step of the current call.
    private var transcript = ""
    /// The last graph circo laid out, kept open until circo lays out another.
    ///
    /// circo in Graphviz 2.42 (`initGraphAttrs`, circogen/circular.c) remembers the root graph it
    /// last laid out, with two attribute symbols and a string of that graph, in static variables,
    /// and looks them up again only for a graph at another address. A new graph made where a
    /// closed one was would have circo read freed memory (it crashed one test run in about eight);
    /// while the graph it remembers stays open, no new graph can be made there.
    private var circoGraph: CGraph?

    private init() {
        // Send warnings as well as errors to the callback; cgraph writes messages below the level
        // to a temporary file.
        agseterr(AGWARN)
        agseterrf { text in
            guard let text else { return 0 }
            let message = String(cString: text)
            GraphvizRenderer.shared.assumeIsolated { $0.transcript += message }
            return 0
        }
    }

    /// Lays `graph` out with `engine` and draws it in `format`.
    ///
    /// Each call builds a fresh Graphviz graph, so engines never see another engine's layout.
    ///
    /// - Throws: ``GraphvizError/unknownLayoutEngine(_:available:)`` or
    ///   ``GraphvizError/unknownFormat(_:available:)`` before any work if Graphviz lacks them;
    ///   ``GraphvizError/unknownNode(_:referrer:)`` if an edge or subgraph names an undeclared node;
    ///   ``GraphvizError/failed(_:messages:)`` with Graphviz's own words if it reports an error.
    public func render(
        _ graph: GraphDescription, engine: LayoutEngine = .dot, format: OutputFormat
    ) throws(GraphvizError) -> Rendering {
        let context = try started()
        guard context.engines.contains(engine) else {
            throw .unknownLayoutEngine(engine, available: context.engines)
        }
        guard context.formats.contains(where: { $0.rawValue == format.device }) else {
            throw .unknownFormat(format, available: context.formats)
        }

        let built = try CGraph.build(graph)
        let warnings = try finish(.build)
        let drawn: Result<Rendering, GraphvizError>
        do {
            drawn = .success(try draw(built, context: context, engine: engine, format: format, warnings: warnings))
        } catch {
            drawn = .failure(error)
        }
        // circo remembers a graph only once it has laid out a part of more than one node.
        if engine == .circo && built.hasEdgeBetweenTwoNodes {
            circoGraph = consume built
        }
        return try drawn.get()
    }

    /// Lays `graph` out and draws it, then frees the layout.
    private func draw(
        _ graph: borrowing CGraph, context: GraphvizContext, engine: LayoutEngine, format: OutputFormat,
        warnings: [String]
    ) throws(GraphvizError) -> Rendering {
        var warnings = warnings
        defer { gvFreeLayout(context.gvc, graph.root) }
        guard gvLayout(context.gvc, graph.root, engine.rawValue) == 0 else { throw failure(.layout(engine)) }
        warnings += try finish(.layout(engine))

        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        defer { gvFreeRenderData(data) }
        guard gvRenderData(context.gvc, graph.root, format.rawValue, &data, &length) == 0 else {
            throw failure(.render(format))
        }
        warnings += try finish(.render(format))
        let bytes = Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
        return Rendering(bytes: bytes, warnings: warnings)
    }

    /// `graph` as canonical DOT text, written by Graphviz (`agwrite`) without laying it out.
    ///
    /// - Throws: ``GraphvizError/unknownNode(_:referrer:)`` if an edge or subgraph names an undeclared
    ///   node; ``GraphvizError/failed(_:messages:)`` if Graphviz reports an error.
    public func dot(_ graph: GraphDescription) throws(GraphvizError) -> String {
        _ = try started()
        let built = try CGraph.build(graph)
        try finish(.build)
        guard let text = built.dot() else { throw failure(.write) }
        try finish(.write)
        return text
    }

    /// Reads DOT text holding one graph with Graphviz (`agmemread`) and lists what it holds.
    ///
    /// - Throws: ``GraphvizError/failed(_:messages:)`` with Graphviz's syntax errors, or if the text
    ///   holds more than one graph.
    public func parse(dot text: String) throws(GraphvizError) -> ParsedGraph {
        _ = try started()
        guard let graph = CGraph.read(dot: text) else { throw failure(.parse) }
        guard !CGraph.drainReader() else {
            throw .failed(.parse, messages: ["the text holds more than one graph"])
        }
        try finish(.parse)
        return graph.parsed
    }

    /// The layout engines Graphviz has installed, in its order.
    public func availableEngines() throws(GraphvizError) -> [LayoutEngine] {
        try started().engines
    }

    /// The output formats Graphviz has installed, in its order, except those that open a window
    /// (`gtk`, `x11`, `xlib`).
    public func availableFormats() throws(GraphvizError) -> [OutputFormat] {
        try started().formats
    }

    /// Starts Graphviz on first use, and begins a call with an empty transcript.
    private func started() throws(GraphvizError) -> GraphvizContext {
        defer { transcript = "" }
        if let context { return context }
        let started = try GraphvizContext.start(failure: failure(.context))
        context = started
        return started
    }

    /// Ends one step that succeeded: returns the warnings it reported, or throws if it reported errors.
    @discardableResult
    private func finish(_ stage: GraphvizError.Stage) throws(GraphvizError) -> [String] {
        let messages = GraphvizMessages(transcript: transcript)
        guard messages.errors.isEmpty else { throw failure(stage) }
        transcript = ""
        return messages.warnings
    }

    /// The error for a step that failed, in Graphviz's words if it gave any.
    private func failure(_ stage: GraphvizError.Stage) -> GraphvizError {
        let messages = GraphvizMessages(transcript: transcript)
        transcript = ""
        return .failed(stage, messages: messages.errors.isEmpty ? messages.warnings : messages.errors)
    }
}
